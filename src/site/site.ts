/** Facts about the app that every page shows, kept in one place. */
export const SITE = Object.freeze({
  name: 'Bone Metastasis Treatment Guide',
  shortName: 'Bone Guide',
  description: 'A read-aloud, large-print guide to the treatments for cancer that has spread to the bone. Works offline.',
  lang: 'en',
  /** Every page's reminder, in its footer on screen and at the top of its first sheet on paper. */
  notAdvice: 'This guide gives general information. It does not replace advice from your own care team.',
});

/** The Content Security Policy every page declares; nothing may load from another origin. */
export function contentSecurityPolicy(inlineHashes: { readonly script: string; readonly style: string }): string {
  return [
    "default-src 'self'",
    `script-src 'self' '${inlineHashes.script}'`,
    `style-src 'self' '${inlineHashes.style}'`,
    "img-src 'self' data:",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Headers for static hosts that read a _headers file; frame-ancestors works only as a real header. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/** The route of a content page. */
export function pagePath(id: string): string {
  return `/${id}/`;
}
