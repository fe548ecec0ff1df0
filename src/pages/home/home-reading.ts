// The home page's words as sentences the player reads, made at build time with the content compiler's own sentence
// splitter and ids. Only the prerender imports this (through home.tsx): it never reaches the browser's bundle.
import type { Page, Sentence } from '../../content/content-types';
import { SentenceIds } from '../../shared/sentence-ids';
import { splitSentences } from '../../content/sentences';
import { HOME_PAGE_ID } from '../../player/reading-memory';
import { pagePath } from '../../site/site';

/** The home page's heading. */
export const HOME_HEADING = 'Treatments for cancer that has spread to the bone';

/** The home page's introduction, one string a paragraph. */
export const HOME_INTRODUCTION: readonly string[] = [
  'This guide explains, in plain words, the treatments that can help when cancer has spread to the bone. Every page can be read aloud to you. The guide works without an internet connection once you have opened it.',
  'This guide gives general information only. It is not a substitute for advice from your own care team, who know you and your health.',
];

/** One line of the home page's list: a page's title, as a link, and its summary. */
export interface HomeEntry {
  readonly href: string;
  readonly title: Sentence;
  readonly summary: readonly Sentence[];
}

/** A group of the list under its heading ("Treatments"), read as a section of its own. */
export interface HomeGroup {
  readonly anchor: string;
  readonly heading: Sentence;
  readonly entries: readonly HomeEntry[];
}

/** Everything the home page reads aloud, in the order it is shown. */
export interface HomeReading {
  readonly heading: Sentence;
  readonly introduction: readonly (readonly Sentence[])[];
  readonly groups: readonly HomeGroup[];
}

/** The Settings page's line in the list, which is not a page of the guide. */
const SETTINGS_ENTRY = {
  href: '/settings/',
  title: 'Settings',
  summary: "Change the text size, colors, line spacing, reading voice and speed, and save your care team's phone numbers.",
};

/**
 * Lays out the home page's list (the urgent page has its own shortcut at the top) and makes every sentence on it,
 * in page order, with the ids the page's script will give the same words (labelSentences).
 */
export function homeReading(pages: readonly Page[]): HomeReading {
  const ids = new SentenceIds(HOME_PAGE_ID);
  const one = (text: string): Sentence => ({ id: ids.next(text), text, runs: [{ text }] });
  const prose = (text: string): Sentence[] => splitSentences(text).map(({ start, end }) => one(text.slice(start, end)));
  const listed = (kinds: readonly Page['kind'][]) =>
    pages
      .filter((page) => kinds.includes(page.kind))
      .map((page) => ({ href: pagePath(page.id), title: page.title, summary: page.summary }));
  const lists = [
    { anchor: 'start-here', heading: 'Start here', items: listed(['guide']) },
    { anchor: 'treatments', heading: 'Treatments', items: listed(['treatment']) },
    { anchor: 'day-to-day', heading: 'Day to day', items: listed(['living']) },
    { anchor: 'more-help', heading: 'More help', items: [...listed(['questions', 'glossary']), SETTINGS_ENTRY] },
  ].filter((list) => list.items.length > 0);

  // In the order they are shown: a repeated sentence's id depends on how many times it came before.
  const heading = one(HOME_HEADING);
  const introduction = HOME_INTRODUCTION.map(prose);
  const groups = lists.map(({ anchor, heading: groupHeading, items }): HomeGroup => {
    const headingSentence = one(groupHeading);
    return {
      anchor,
      heading: headingSentence,
      entries: items.map((item) => ({ href: item.href, title: one(item.title), summary: prose(item.summary) })),
    };
  });
  return { heading, introduction, groups };
}
