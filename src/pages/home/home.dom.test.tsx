import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page, PageKind } from '../../content/content-types';
import { SentenceIds } from '../../shared/sentence-ids';
import { labelSentences, readDocument } from '../../player/reading-document';
import { Home } from './home';
import { HOME_HEADING, homeReading } from './home-reading';

/** A page of the guide as the content compiler gives it, with only what the home page shows. */
function guidePage(id: string, order: number, kind: PageKind, title: string, summary: string): Page {
  return {
    id,
    title,
    order,
    summary,
    kind,
    checked: '2026-11-27',
    sources: [],
    titleSentence: { id: new SentenceIds(id).next(title), text: title, runs: [{ text: title }] },
    sections: [],
    file: `content/${id}.md`,
  };
}

const pages: readonly Page[] = [
  guidePage('about', 1, 'guide', 'About bone metastasis', 'What it is. How it is found.'),
  guidePage('radiation', 2, 'treatment', 'Radiation therapy', 'Beams of energy that ease bone pain.'),
  guidePage('surgery', 3, 'treatment', 'Surgery', 'An operation to make a weak bone strong.'),
  guidePage('pain', 4, 'living', 'Pain control', 'Medicines and other ways to ease pain.'),
  guidePage('help', 5, 'urgent', 'Get help now', 'Signs that need care today.'),
  guidePage('questions', 6, 'questions', 'Questions to ask', 'What to ask your care team.'),
];

/** The home page as the build writes it, in the document. */
function homePage(): HTMLElement {
  const host = document.createElement('main');
  document.body.append(host);
  render(<Home pages={pages} />, host);
  return host.querySelector<HTMLElement>('[data-page]')!;
}

afterEach(() => {
  render(null, document.querySelector('main')!);
  document.body.innerHTML = '';
});

describe('the home page, read aloud', () => {
  it("reads its heading, its introduction, then each group's heading and each page's title and summary, in the order shown", () => {
    const root = homePage();
    labelSentences(root);
    const reading = readDocument(root, 'en');
    const texts = reading.items.map((item) => item.text);
    expect(texts.slice(0, 2)).toEqual([
      HOME_HEADING,
      'This guide explains, in plain words, the treatments that can help when cancer has spread to the bone.',
    ]);
    expect(texts.slice(texts.indexOf('Start here'))).toEqual([
      'Start here',
      'About bone metastasis',
      'What it is.',
      'How it is found.',
      'Treatments',
      'Radiation therapy',
      'Beams of energy that ease bone pain.',
      'Surgery',
      'An operation to make a weak bone strong.',
      'Day to day',
      'Pain control',
      'Medicines and other ways to ease pain.',
      'More help',
      'Questions to ask',
      'What to ask your care team.',
      'Settings',
      "Change the text size, colors, line spacing, reading voice and speed, and save your care team's phone numbers.",
    ]);
    // The urgent page has its own shortcut at the top, which is a link, not part of the list read.
    expect(texts).not.toContain('Get help now');
    // Every sentence on the page is read, once.
    expect(reading.items).toHaveLength(root.querySelectorAll('.s').length);
    expect(reading.pageTitle).toBe('Home');
    expect(reading.sections.map((section) => [section.anchor, section.title])).toEqual([
      ['introduction', 'Home'],
      ['start-here', 'Start here'],
      ['treatments', 'Treatments'],
      ['day-to-day', 'Day to day'],
      ['more-help', 'More help'],
    ]);
  });

  it("gives each sentence the id the build made for it, so the page's script and the build agree", () => {
    const root = homePage();
    labelSentences(root);
    const built = homeReading(pages);
    const buildIds = [
      built.heading,
      ...built.introduction.flat(),
      ...built.groups.flatMap((group) => [group.heading, ...group.entries.flatMap((entry) => [entry.title, ...entry.summary])]),
    ].map((sentence) => sentence.id);
    expect(readDocument(root, 'en').items.map((item) => item.id)).toEqual(buildIds);
    expect(new Set(buildIds).size).toBe(buildIds.length);
  });

  it("offers Listen to this page, and Listen to the whole guide from the guide's first page", () => {
    const root = homePage();
    const listen = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Listen to this page');
    expect(listen?.dataset.listen).toBe('page');
    const whole = [...root.querySelectorAll('a')].find((link) => link.textContent === 'Listen to the whole guide');
    expect(whole?.getAttribute('href')).toBe('/about/#listen-guide');
  });
});
