/** FNV-1a, 32 bits, over the string's UTF-16 code units, as 8 hex digits: the same in Node and every browser. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Makes sentence ids that depend only on a sentence's words, so they stay the same across builds and edits
 * elsewhere (a saved reading place survives a content update). Pure and synchronous, because the page's script
 * works the ids out from the text rather than the HTML carrying them (0.6 KiB less on a treatment page).
 */
export class SentenceIds {
  private readonly seen = new Map<string, number>();

  constructor(private readonly pageId: string) {}

  /** Returns the next id for this sentence text on this page; repeated sentences get -2, -3. */
  next(text: string): string {
    const normal = text.replace(/\s+/g, ' ').trim().toLowerCase();
    const hash = fnv1a(`${this.pageId}\n${normal}`);
    const count = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, count);
    return count === 1 ? `s-${hash}` : `s-${hash}-${count}`;
  }
}

/** Turns heading text into an anchor such as "how-it-works". */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}
