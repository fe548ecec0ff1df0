import { SentenceIds } from '../shared/sentence-ids';

/** One sentence the player can read, taken from the page. */
export interface ReadingItem {
  readonly id: string;
  readonly text: string;
  readonly sectionIndex: number;
}

/** A section of the page: where it starts in the list of sentences, and its title. */
export interface ReadingSection {
  readonly anchor: string;
  readonly title: string;
  readonly start: number;
}

/** Everything on a page that can be read aloud, in reading order. */
export interface ReadingDocument {
  readonly pageId: string;
  readonly pageTitle: string;
  readonly lang: string;
  readonly items: readonly ReadingItem[];
  readonly sections: readonly ReadingSection[];
  /** The guide's next page, from the page's own "Next" link, or null on the last page. */
  readonly next: NextPage | null;
}

/** The page after this one in the guide. */
export interface NextPage {
  readonly pageId: string;
  readonly path: string;
  readonly title: string;
  /** The id its first sentence, its title, gets there (labelSentences), so a saved place can point at its top. */
  readonly firstSentenceId: string;
}

/** Added to the next page's address by "Listen to the next page": that page then reads from its top. */
export const LISTEN_ON_ARRIVAL = '#listen';

/** The address that opens a page and reads it from its top (start-reading.tsx). */
export function listenAddress(path: string): string {
  return `${path}${LISTEN_ON_ARRIVAL}`;
}

/** The section a sentence is in; shared so the player, its bar and the lock screen name the same one. */
export function sectionAt(doc: ReadingDocument, index: number): ReadingSection | undefined {
  return doc.sections[doc.items[index]?.sectionIndex ?? 0];
}

/** The title of the section a sentence is in, or the page's title where the page has no sections. */
export function sectionTitleAt(doc: ReadingDocument, index: number): string {
  return sectionAt(doc, index)?.title ?? doc.pageTitle;
}

/**
 * Gives each sentence span of a prerendered article its id (data-s), worked out from its words in page order
 * with the build's own id maker, so an id survives edits elsewhere on the page. The HTML does not carry the ids:
 * that would add 0.6 KiB to a treatment page before its first paint.
 */
export function labelSentences(article: HTMLElement): void {
  const ids = new SentenceIds(article.dataset.page ?? '');
  for (const span of article.querySelectorAll<HTMLElement>('.s')) {
    span.dataset.s = ids.next(span.textContent ?? '');
  }
}

/**
 * Reads the sentences of a prerendered article in order, once labelSentences has given them ids. The page
 * title (h1) belongs to the first section; each later section starts with its heading.
 */
export function readDocument(article: HTMLElement, lang: string): ReadingDocument {
  const items: ReadingItem[] = [];
  const sections: ReadingSection[] = [];
  const title = article.dataset.title ?? '';
  const heading = article.querySelector<HTMLElement>('h1 [data-s]');
  const sectionElements = [...article.querySelectorAll<HTMLElement>('section[data-section]')];
  sectionElements.forEach((section, sectionIndex) => {
    const h2 = section.querySelector('h2');
    sections.push({ anchor: section.dataset.section ?? '', title: h2?.textContent?.trim() || title, start: items.length });
    if (sectionIndex === 0 && heading) items.push({ id: heading.dataset.s!, text: heading.textContent ?? '', sectionIndex });
    for (const element of section.querySelectorAll<HTMLElement>('[data-s]')) {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) items.push({ id: element.dataset.s!, text, sectionIndex });
    }
  });
  return { pageId: article.dataset.page ?? '', pageTitle: title, lang, items, sections, next: nextPage(article) };
}

/** The page the article's "Next:" link leads to: its id, path and title, without the link's "Next:" label. */
function nextPage(article: HTMLElement): NextPage | null {
  const link = article.querySelector<HTMLAnchorElement>('a[rel="next"]');
  if (!link) return null;
  const label = link.querySelector('.pager__label')?.textContent ?? '';
  const title = (link.textContent ?? '').replace(label, '').replace(/\s+/g, ' ').trim();
  const pageId = link.pathname.replace(/^\/|\/$/g, '');
  return title && pageId ? { pageId, path: link.pathname, title, firstSentenceId: new SentenceIds(pageId).next(title) } : null;
}
