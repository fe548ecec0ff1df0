/** The CSP hash sources of a page's inline scripts and stylesheets. */
export function inlineHashes(html: string): { script: string[]; style: string[] };
/** Adds the given hash sources to a policy's script-src and style-src (keeping what it allowed before). */
export function allowHashes(policy: string, hashes: { script: string[]; style: string[] }): string;
/** A page's HTML with its meta policy also allowing the given hash sources. */
export function refreshPageCsp(html: string, hashes: { script: string[]; style: string[] }): string;
/** A _headers file whose Content-Security-Policy also allows the given hash sources. */
export function refreshHeadersCsp(headers: string, hashes: { script: string[]; style: string[] }): string;
/** Copies the built site `from` to `to`, applies `transform` to the page at `path`, and refreshes its hashes. */
export function makeVariant(options: { from: string; to: string; path: string; transform?: (html: string) => string }): void;
