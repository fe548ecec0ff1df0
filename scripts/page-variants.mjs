// Copies of the built site with one page changed, for comparing parts of a page (scripts/compare-pages.mjs).
// Every page carries the sha256 of its inline stylesheet and script in a Content-Security-Policy, both in a meta
// tag and in the header served from _headers. A copy whose inline style or script was edited without fresh
// hashes loses it entirely, so it measures a different page. Here every copy gets the hashes of what it
// actually holds.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP hash sources of a page's inline scripts and stylesheets. */
export function inlineHashes(html) {
  const script = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]));
  const style = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
  return { script, style };
}

/** Adds the given hash sources to a policy's script-src and style-src (keeping what it allowed before). */
export function allowHashes(policy, { script, style }) {
  return policy
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      const extra = name === 'script-src' ? script : name === 'style-src' ? style : [];
      const missing = extra.filter((source) => !directive.includes(source));
      return missing.length ? `${directive.trimEnd()} ${missing.join(' ')}` : directive;
    })
    .join(';');
}

/** A page's HTML with its meta policy also allowing the given hash sources. */
export function refreshPageCsp(html, hashes) {
  return html.replace(
    /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/,
    (_, open, policy, close) => open + allowHashes(policy, hashes) + close,
  );
}

/** A _headers file whose Content-Security-Policy also allows the given hash sources. */
export function refreshHeadersCsp(headers, hashes) {
  return headers.replace(/^(\s+Content-Security-Policy:\s*)(.+)$/m, (_, open, policy) => open + allowHashes(policy, hashes));
}

/** Copies the built site `from` to `to`, applies `transform` to the page at `path`, and refreshes its hashes. */
export function makeVariant({ from, to, path, transform = (html) => html }) {
  cpSync(from, to, { recursive: true });
  const file = join(to, path, 'index.html');
  const html = transform(readFileSync(file, 'utf8'));
  const hashes = inlineHashes(html);
  writeFileSync(file, refreshPageCsp(html, hashes));
  const headers = join(to, '_headers');
  if (existsSync(headers)) writeFileSync(headers, refreshHeadersCsp(readFileSync(headers, 'utf8'), hashes));
}
