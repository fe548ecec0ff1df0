/** The CSP hash sources of a page's inline scripts and stylesheets. */
export function inlineHashes(html: string): { script: string[]; style: string[] };
/** Adds the given hash sources to a policy's script-src and style-src (keeping what it allowed before). */
export function allowHashes(policy: string, hashes: { script: string[]; style: string[] }): string;
/** A page's HTML with its meta policy allowing its own inline style and script. */
export function refreshPageCsp(html: string): string;
/** A _headers file whose Content-Security-Policy also allows the given page's inline style and script. */
export function refreshHeadersCsp(headers: string, html: string): string;
/** Copies the built site `from` to `to`, applies `transform` to the page at `path`, and refreshes its hashes. */
export function makeVariant(options: { from: string; to: string; path: string; transform?: (html: string) => string }): void;
