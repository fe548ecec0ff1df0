/** Facts about the app that every page shows, kept in one place. */
export const SITE = Object.freeze({
  name: 'Bone Metastasis Treatment Guide',
  shortName: 'Bone Guide',
  description: 'A read-aloud, large-print guide to the treatments for cancer that has spread to the bone. Works offline.',
  lang: 'en',
  /** Matches the default theme's page colour (black on cream). */
  themeColor: '#fffbea',
});

/** The Content Security Policy every page declares; nothing may load from another origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The route of a content page. */
export function pagePath(id: string): string {
  return `/${id}/`;
}
