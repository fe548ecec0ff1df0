import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allowHashes, makeVariant } from './page-variants.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policy = (script: string, style: string) =>
  `default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)}; object-src 'none'`;

let folders: string[] = [];
afterEach(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders = [];
});

/** A tiny built site: one page whose policy allows its inline script and style, in the meta tag and _headers. */
function site(script: string, style: string): string {
  const cache = resolve(import.meta.dirname, '../node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dist = mkdtempSync(join(cache, 'variant-'));
  folders.push(dist);
  mkdirSync(join(dist, 'page'));
  const csp = policy(script, style);
  writeFileSync(
    join(dist, 'page/index.html'),
    `<html><head><meta http-equiv="Content-Security-Policy" content="${csp}"/><script>${script}</script><script type="module" src="/a.js"></script><style>${style}</style></head><body></body></html>`,
  );
  writeFileSync(
    join(dist, '_headers'),
    `/*\n  Content-Security-Policy: ${csp}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n`,
  );
  return dist;
}

describe('page variants', () => {
  it('allow an edited inline style and script in both the meta policy and the served header', () => {
    const from = site('a()', 'p{color:red}');
    const to = `${from}-copy`;
    folders.push(to);
    makeVariant({ from, to, path: '/page/', transform: (html) => html.replace('a()', 'b()').replace('color:red', 'color:blue') });
    const html = readFileSync(join(to, 'page/index.html'), 'utf8');
    const headers = readFileSync(join(to, '_headers'), 'utf8');
    for (const text of [html, headers]) {
      expect(text).toMatch(new RegExp(`script-src [^;]*${hash('b()').replace(/[+/]/g, '\\$&')}`));
      expect(text).toMatch(new RegExp(`style-src [^;]*${hash('p{color:blue}').replace(/[+/]/g, '\\$&')}`));
    }
    // The other headers and directives are untouched, and the original stays as it was.
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(readFileSync(join(from, 'page/index.html'), 'utf8')).not.toContain(hash('b()'));
  });

  it('add each hash only once', () => {
    const csp = policy('a()', 'p{}');
    expect(allowHashes(csp, { script: [hash('a()')], style: [hash('p{}')] })).toBe(csp);
  });
});
