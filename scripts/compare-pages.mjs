// Compares versions of one page against each other and against the bare page, in the benchmark's phone profile.
// For questions like "what does this part of the page cost?", which one `npm run bench` cannot answer.
//
//   node scripts/compare-pages.mjs variants.mjs [--page /radiation-therapy/] [--runs 31]
//
// variants.mjs has a default export naming each version: { name: { dist?, transform? } }. `dist` is a built
// site (default dist/; for a whole build of another commit, build a git worktree and name its dist/), and
// `transform(html)` edits a copy of the page. The first version is the reference. Inline styles and scripts
// of every copy get fresh CSP hashes (scripts/page-variants.mjs), and a run that reports a CSP violation
// stops the comparison. On this shared machine the same build moves by 30 ms from one series to the next, so
// read the paired differences (each round loads every version once, in an order reversed every other round),
// not the medians of separate series, and use 31 runs or more.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { browserArgs, executablePath, makeBarePages, measureLoad, median, quantile } from './page-load.mjs';
import { makeVariant } from './page-variants.mjs';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { page: { type: 'string', default: '/radiation-therapy/' }, runs: { type: 'string', default: '31' } } });
if (positionals.length !== 1) {
  console.error('Usage: node scripts/compare-pages.mjs variants.mjs [--page /radiation-therapy/] [--runs 31]');
  process.exit(2);
}
const path = values.page;
const runs = Number(values.runs);
const variants = (await import(pathToFileURL(resolve(positionals[0])).href)).default;
const names = Object.keys(variants);
const work = mkdtempSync(join(tmpdir(), 'compare-'));
const servers = [];
const origins = {};
const browser = await chromium.launch({ executablePath, args: browserArgs });
try {
  let port = 4300;
  for (const name of names) {
    const { dist = join(root, 'dist'), transform } = variants[name];
    makeVariant({ from: resolve(dist), to: join(work, name), path, transform });
    servers.push(await serve({ dir: join(work, name), port, log: false }));
    origins[name] = `http://127.0.0.1:${port++}`;
  }
  await makeBarePages(browser, origins[names[0]], [path], join(work, 'bare'));
  servers.push(await serve({ dir: join(work, 'bare'), port, log: false }));
  origins.bare = `http://127.0.0.1:${port}`;
  const all = [...names, 'bare'];
  const results = Object.fromEntries(all.map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? [...all].reverse() : all) {
      results[name].push(await measureLoad(browser, origins[name] + path));
    }
  }
  const bare = median(results.bare.map((r) => r.lcp));
  console.log(`${path}, ${runs} rounds`);
  for (const name of all) {
    const m = (key) => Math.round(median(results[name].map((r) => r[key])));
    console.log(`${name.padEnd(16)} FCP ${m('fcp')} ms, LCP ${m('lcp')} ms, response end ${m('responseEnd')} ms, LCP ÷ bare ${(m('lcp') / bare).toFixed(2)}`);
  }
  for (const name of all.slice(1)) {
    const diffs = results[name].map((run, i) => run.lcp - results[names[0]][i].lcp);
    const r = (q) => Math.round(quantile(diffs, q));
    console.log(`LCP ${name} − ${names[0]}: median ${r(0.5)} ms (middle half ${r(0.25)} to ${r(0.75)}), lower in ${diffs.filter((d) => d < 0).length} of ${runs}`);
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
}
