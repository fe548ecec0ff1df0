// Size budgets for the first load of every page, measured on the built files (sizes, not timings).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets, in bytes of gzip-compressed transfer. */
export const BUDGETS = Object.freeze({
  firstLoadJs: 30 * 1024,
  firstLoadTotal: 100 * 1024,
});

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Every prerendered page in a built guide, as paths of index.html files. */
export function builtPages(dist) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['assets', 'voice', 'icons'].includes(name)) walk(path);
      } else if (name.endsWith('.html')) pages.push(path);
    }
  };
  walk(dist);
  return pages.sort();
}

/**
 * What a first visit to a page downloads before it is usable: the HTML, its stylesheets, scripts (and the
 * chunks they import), and the font files its inline @font-face rules name (the regular and bold weights,
 * fetched as soon as text uses them). The service worker's later precaching is not part of it.
 */
export function firstLoad(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const files = [{ path: htmlFile, kind: 'html' }];
  const attr = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
  for (const href of attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) files.push({ path: join(dist, href), kind: 'css' });
  for (const href of attr(/<link[^>]+rel="preload"[^>]+href="([^"]+)"[^>]*as="font"/g))
    files.push({ path: join(dist, href), kind: 'font' });
  for (const href of attr(/<link[^>]+href="([^"]+)"[^>]+rel="preload"[^>]*as="font"/g))
    files.push({ path: join(dist, href), kind: 'font' });
  for (const href of attr(/@font-face\{[^}]*?url\(([^)"']+\.woff2)\)/g)) files.push({ path: join(dist, href), kind: 'font' });
  const scripts = [...attr(/<script[^>]+src="([^"]+)"/g), ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  const seen = new Set();
  const addScript = (src) => {
    const path = join(dist, src);
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    files.push({ path, kind: 'js' });
    // Static imports of other chunks load at once; dynamic import() and workers do not.
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},\s*]+from\s*)?["'](\.\/[^"']+\.js)["']/g))
      addScript(join(src, '..', m[1]));
  };
  scripts.forEach(addScript);
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  return unique.map((f) => {
    const content = readFileSync(f.path);
    return { ...f, bytes: gz(content), isVoice: /\/voice\//.test(f.path) || (f.kind === 'js' && content.includes('eSpeakNGWorker')) };
  });
}

/** Checks every page against the budgets; returns a list of problems (empty when all pass). */
export function checkBudgets(dist, budgets = BUDGETS) {
  const problems = [];
  for (const page of builtPages(dist)) {
    const files = firstLoad(dist, page);
    const sum = (kind) => files.filter((f) => !kind || f.kind === kind).reduce((total, f) => total + f.bytes, 0);
    const fonts = files.filter((f) => f.kind === 'font');
    const name = page.slice(dist.length);
    if (sum('js') > budgets.firstLoadJs)
      problems.push(`${name}: first-load JavaScript is ${sum('js')} bytes gzip, over ${budgets.firstLoadJs}`);
    if (sum() > budgets.firstLoadTotal) problems.push(`${name}: first load is ${sum()} bytes gzip, over ${budgets.firstLoadTotal}`);
    if (fonts.length > 2) problems.push(`${name}: loads ${fonts.length} font files; the budget allows the regular and bold weights`);
    if (files.some((f) => f.isVoice)) {
      problems.push(`${name}: the built-in voice is part of the first load`);
    }
  }
  return problems;
}

/** A table of first-load sizes by kind for one page. */
export function sizeTable(dist, htmlFile) {
  const files = firstLoad(dist, htmlFile);
  const by = (kind) => files.filter((f) => f.kind === kind).reduce((t, f) => t + f.bytes, 0);
  return { html: by('html'), css: by('css'), js: by('js'), font: by('font'), total: files.reduce((t, f) => t + f.bytes, 0) };
}
