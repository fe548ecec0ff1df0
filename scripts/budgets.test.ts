import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets.mjs';

/** A scratch folder inside the project (node_modules/.cache), made if a fresh install has none. */
function cacheFolder(): string {
  const folder = resolve(import.meta.dirname, '../node_modules/.cache');
  mkdirSync(folder, { recursive: true });
  return folder;
}

let dist = '';
const randomText = (length: number) => Array.from({ length }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** A tiny built site with one page and a script of the given size (random, so it does not compress). */
function site(scriptBytes: number, scriptText?: string, fontBytes = 0) {
  dist = mkdtempSync(join(cacheFolder(), 'budget-'));
  mkdirSync(join(dist, 'assets'));
  const random = randomText(scriptBytes);
  writeFileSync(join(dist, 'assets/main.js'), scriptText ?? `const x = ${JSON.stringify(random)};`);
  const font = fontBytes ? `<style>@font-face{font-family:A;src:url(/assets/a.woff2)format("woff2")}</style>` : '';
  if (fontBytes) writeFileSync(join(dist, 'assets/a.woff2'), randomText(fontBytes));
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><html><head>${font}<script type="module" src="/assets/main.js"></script></head><body>Hi</body></html>`,
  );
  return dist;
}

describe('size budgets', () => {
  it('pass for a small bundle', () => {
    expect(checkBudgets(site(1000))).toEqual([]);
  });

  it('fail for a deliberately oversized bundle', () => {
    const problems = checkBudgets(site(40 * 1024));
    expect(problems.join('\n')).toMatch(/first-load JavaScript is \d+ bytes gzip, over 30720/);
  });

  it('count the font files that the inline @font-face rules name', () => {
    expect(checkBudgets(site(1000, undefined, 20 * 1024))).toEqual([]);
    expect(checkBudgets(site(1000, undefined, 150 * 1024)).join('\n')).toMatch(/first load is \d+ bytes gzip, over 102400/);
  });

  it('fail when the built-in voice is in the first load', () => {
    expect(checkBudgets(site(0, 'class eSpeakNGWorker {}')).join('\n')).toMatch(/built-in voice is part of the first load/);
  });
});
