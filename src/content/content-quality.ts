import readability from 'text-readability-ts';
import type { Block, GlossaryEntry, Page, Sentence } from './content-types';
import { termPattern } from './glossary';
import { countWords } from './sentences';

/** The hardest reading grade allowed for any page (US school grade, Flesch–Kincaid). */
export const MAX_READING_GRADE = 8;
/** The longest sentence allowed, in words. */
export const MAX_SENTENCE_WORDS = 25;

/** Every prose sentence of a block, in reading order (headings excluded). */
export function blockSentences(block: Block): readonly Sentence[] {
  switch (block.type) {
    case 'paragraph':
      return block.sentences;
    case 'list':
      return block.items.flat();
    case 'definition':
      return block.sentences;
    case 'subheading':
      return [];
  }
}

/** Every prose sentence of a page, in reading order. */
export function pageSentences(page: Page): readonly Sentence[] {
  return page.sections.flatMap((section) => section.blocks.flatMap(blockSentences));
}

/** The Flesch–Kincaid grade of some prose, from a maintained readability library. */
export function readingGrade(text: string): number {
  return readability.fleschKincaidGrade(text);
}

/** The page's prose as one text, with list items ending like sentences so they are scored as such. */
export function pageProse(page: Page): string {
  return pageSentences(page)
    .map((s) => (/[.!?:]$/.test(s.text) ? s.text : `${s.text}.`))
    .join(' ');
}

/** Sentences longer than the limit. */
export function longSentences(page: Page, limit = MAX_SENTENCE_WORDS): string[] {
  return pageSentences(page)
    .map((s) => s.text)
    .filter((text) => countWords(text) > limit);
}

/** Glossary terms whose first use on the page is not a link to their entry. */
export function unlinkedFirstUses(page: Page, glossary: readonly GlossaryEntry[]): string[] {
  // The glossary page is where the entries are; its definitions do not link to each other.
  if (page.kind === 'glossary') return [];
  const sentences = pageSentences(page);
  const problems: string[] = [];
  for (const entry of glossary) {
    const pattern = termPattern(entry);
    const first = sentences.find((s) => pattern.test(s.text));
    if (!first) continue;
    const linked = first.runs.some((run) => run.href?.endsWith(`#${entry.anchor}`));
    // A term may sit inside a longer linked term (for example "ablation" inside "microwave ablation");
    // that first use still leads to the glossary.
    const insideOtherLink = first.runs.some((run) => run.href !== undefined && pattern.test(run.text));
    if (!linked && !insideOtherLink) problems.push(`${page.id}: "${entry.term}" in "${first.text}"`);
  }
  return problems;
}

// Word shapes that speech engines often misread: acronyms, numbers joined to words, and the Greek and
// Latin endings of drug and procedure names.
const ACRONYM = /^[A-Z]{2,}s?$/;
const HARD_SHAPE = /\d|plasty|osis|emia|mab$|onate|ic$|tactic|ceutical|clast|metasta|frequency|ablation|phen|oxen|codone|oid$|myeloma|lymphoma|diarrhea/i;

/** True for a word whose spelling a voice is likely to read wrongly. */
export function isLikelyMisread(word: string): boolean {
  return ACRONYM.test(word) || (HARD_SHAPE.test(word) && !COMMON_WORDS.has(word.toLowerCase()));
}

/** Glossary words a speech engine would likely misread that have no lexicon entry. */
export function missingPronunciations(glossary: readonly GlossaryEntry[], lexicon: Readonly<Record<string, string>>): string[] {
  const known = new Set(Object.keys(lexicon).map((k) => k.toLowerCase()));
  const missing = new Set<string>();
  for (const entry of glossary) {
    for (const form of [entry.term, ...entry.also]) {
      if (known.has(form.toLowerCase())) continue;
      for (const word of form.split(/\s+/)) {
        if (isLikelyMisread(word) && !known.has(word.toLowerCase())) missing.add(word);
      }
    }
  }
  return [...missing];
}

// Everyday words that match a hard-word shape but that every voice reads correctly.
const COMMON_WORDS = new Set(['acid', 'clinic', 'topic', 'microwave', 'therapy', 'steroid', 'thyroid', 'radioactive']);
