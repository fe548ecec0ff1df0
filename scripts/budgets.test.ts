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
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** A tiny built site with one page and a script of the given size (random, so it does not compress). */
function site(scriptBytes: number, scriptText?: string) {
  dist = mkdtempSync(join(cacheFolder(), 'budget-'));
  mkdirSync(join(dist, 'assets'));
  const random = Array.from({ length: scriptBytes }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
  writeFileSync(join(dist, 'assets/main.js'), scriptText ?? `const x = ${JSON.stringify(random)};`);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/main.js"></script></head><body>Hi</body></html>');
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

  it('fail when the built-in voice is in the first load', () => {
    expect(checkBudgets(site(0, 'class eSpeakNGWorker {}')).join('\n')).toMatch(/built-in voice is part of the first load/);
  });
});
