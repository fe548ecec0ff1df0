// Compares versions of one page against each other and against the bare page, in the benchmark's phone profile.
// For questions like "what does this part of the page cost?", which one `npm run bench` cannot answer.
//
//   node scripts/compare-pages.mjs variants.mjs [--page /radiation-therapy/] [--runs 31] [--work]
//
// variants.mjs has a default export naming each version: { name: { dist?, transform? } }. `dist` is a built
// site (default dist/; for a whole build of another commit, build a git worktree and name its dist/), and
// `transform(html)` edits a copy of the page. The first version is the reference. Inline styles and scripts
// of every copy get fresh CSP hashes (scripts/page-variants.mjs), and a run that reports a CSP violation
// stops the comparison. On a shared machine the same build's paint times drift between series by more than
// most changes cost, so read the paired differences (each round loads every version once, in an order reversed
// every other round), not the medians of separate series, and use the default number of rounds or more.
// --work compares main-thread work up to the first paint instead (measureWork in scripts/page-load.mjs): it is
// far steadier than paint times, so about ten rounds tell apart parts too small for paint times to show. It
// says what a change saves in work, not in paint time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { browserArgs, executablePath, makeBarePages, measureLoad, measureWork, median, quantile } from './page-load.mjs';
import { makeVariant } from './page-variants.mjs';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    page: { type: 'string', default: '/radiation-therapy/' },
    runs: { type: 'string', default: '31' },
    work: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error('Usage: node scripts/compare-pages.mjs variants.mjs [--page /radiation-therapy/] [--runs 31] [--work]');
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
      results[name].push(await (values.work ? measureWork : measureLoad)(browser, origins[name] + path));
    }
  }
  (values.work ? reportWork : reportPaint)(results, names, all);
} finally {
  await browser.close();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
}

/** Prints each version's median work up to the first paint, and the paired differences from the first version. */
function reportWork(results, names, all) {
  console.log(`${path}, ${runs} rounds: main-thread work from commit to first paint, CPU not slowed (ms)`);
  for (const name of all) {
    const m = (key) => median(results[name].map((r) => r[key])).toFixed(1);
    console.log(`${name.padEnd(16)} work ${m('work')}, of which parse ${m('parse')}, style ${m('style')}, layout ${m('layout')}`);
  }
  printDifferences(results, names, all, 'work', (ms) => ms.toFixed(1));
}

/** Prints each version's median paint times and LCP ratio, and the paired LCP differences from the first version. */
function reportPaint(results, names, all) {
  const bare = median(results.bare.map((r) => r.lcp));
  console.log(`${path}, ${runs} rounds`);
  for (const name of all) {
    const m = (key) => Math.round(median(results[name].map((r) => r[key])));
    console.log(
      `${name.padEnd(16)} FCP ${m('fcp')} ms, LCP ${m('lcp')} ms, response end ${m('responseEnd')} ms, LCP ÷ bare ${(m('lcp') / bare).toFixed(2)}`,
    );
  }
  printDifferences(results, names, all, 'lcp', Math.round);
}

/** Prints, for every version after the first, the median and middle half of its per-round differences. */
function printDifferences(results, names, all, key, format) {
  for (const name of all.slice(1)) {
    const diffs = results[name].map((run, i) => run[key] - results[names[0]][i][key]);
    const q = (at) => format(quantile(diffs, at));
    console.log(
      `${key === 'lcp' ? 'LCP' : key} ${name} − ${names[0]}: median ${q(0.5)} ms (middle half ${q(0.25)} to ${q(0.75)}), lower in ${diffs.filter((d) => d < 0).length} of ${runs}`,
    );
  }
}
