import { createHash } from 'node:crypto';

/** Makes sentence ids that depend only on a sentence's words, so they stay the same across builds and edits elsewhere. */
export class SentenceIds {
  private readonly seen = new Map<string, number>();

  constructor(private readonly pageId: string) {}

  /** Returns the next id for this sentence text on this page; repeated sentences get -2, -3. */
  next(text: string): string {
    const normal = text.replace(/\s+/g, ' ').trim().toLowerCase();
    const hash = createHash('sha256').update(`${this.pageId}\n${normal}`).digest('hex').slice(0, 8);
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
