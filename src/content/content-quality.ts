import readability from 'text-readability-ts';
import type { Block, GlossaryEntry, Guide, Page, Sentence } from './content-types';
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

/**
 * Words and spellings of British English that a US reader would stumble on, each with the US wording to use.
 * The guide is written for US readers, who listen more than they read. A word ending in "*" also matches
 * longer words that start with it (for example "haemo*" matches "haemoglobin"); short initialisms match only
 * in capitals, so everyday words are not mistaken for them.
 */
export const UK_ONLY_WORDS: readonly { readonly uk: string; readonly us: string }[] = [
  { uk: 'at weekends', us: 'on weekends' },
  { uk: 'at the weekend', us: 'on the weekend' },
  { uk: 'drip', us: 'IV' },
  { uk: 'drips', us: 'IVs' },
  { uk: 'feel sick', us: 'feel like throwing up, or nausea' },
  { uk: 'feeling sick', us: 'feeling like throwing up, or nausea' },
  { uk: 'be sick', us: 'throw up' },
  { uk: 'pass urine', us: 'urinate, or pee' },
  { uk: 'passing urine', us: 'urinating, or peeing' },
  { uk: 'tumour*', us: 'tumor' },
  { uk: 'centre*', us: 'center' },
  { uk: 'haem*', us: 'hem- (hemoglobin, hematology)' },
  { uk: 'anaem*', us: 'anem- (anemia)' },
  { uk: 'oesoph*', us: 'esoph- (esophagus)' },
  { uk: 'diarrhoea', us: 'diarrhea' },
  { uk: 'paracetamol', us: 'acetaminophen (Tylenol)' },
  { uk: 'A&E', us: 'emergency room' },
  { uk: 'GP', us: 'primary care doctor' },
  { uk: 'ring your', us: 'call your' },
  { uk: 'fortnight*', us: 'two weeks' },
  { uk: 'whilst', us: 'while' },
  { uk: 'programme*', us: 'program' },
  { uk: 'colour*', us: 'color' },
  { uk: 'stabilis*', us: 'stabiliz-' },
  { uk: 'organise*', us: 'organize' },
  { uk: 'organising', us: 'organizing' },
  { uk: 'organisation*', us: 'organization' },
  { uk: 'anaesth*', us: 'anesth-' },
  { uk: 'orthopaedic*', us: 'orthopedic' },
  { uk: 'paediatric*', us: 'pediatric' },
  { uk: 'mould', us: 'mold' },
];

function ukWordPattern(uk: string): RegExp {
  const prefix = uk.endsWith('*');
  const word = prefix ? uk.slice(0, -1) : uk;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  // Initialisms in capitals ("GP", "A&E") must match exactly, so "gp" inside other words never counts.
  const flags = /^[A-Z&]+$/.test(word) ? 'u' : 'iu';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, flags);
}

const UK_PATTERNS = UK_ONLY_WORDS.map((entry) => ({ ...entry, pattern: ukWordPattern(entry.uk) }));

/** The UK-only words (as listed in UK_ONLY_WORDS) that a text uses. */
export function ukOnlyWords(text: string): string[] {
  return UK_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ uk }) => uk);
}

/** Every text of the guide a person reads or hears, named by where it is: titles, summaries, headings, prose and glossary entries. */
export function guideTexts(guide: Guide): { readonly where: string; readonly text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const page of guide.pages) {
    texts.push({ where: `${page.id} title`, text: page.title }, { where: `${page.id} summary`, text: page.summary });
    for (const section of page.sections) {
      if (section.heading) texts.push({ where: `${page.id} heading`, text: section.heading.text });
      for (const block of section.blocks) {
        if (block.type === 'subheading') texts.push({ where: `${page.id} heading`, text: block.sentence.text });
        // The glossary page's definitions are the glossary entries, checked below where their file is named.
        if (block.type === 'definition') continue;
        for (const sentence of blockSentences(block)) texts.push({ where: page.id, text: sentence.text });
      }
    }
  }
  for (const entry of guide.glossary) {
    for (const text of [entry.term, entry.means, ...entry.also]) texts.push({ where: `glossary.yaml "${entry.term}"`, text });
  }
  return texts;
}

/** Each place where the guide uses a UK-only word, as 'where: "word" in "text"'. */
export function ukWordsInGuide(guide: Guide): string[] {
  return guideTexts(guide).flatMap(({ where, text }) => ukOnlyWords(text).map((uk) => `${where}: "${uk}" in "${text}"`));
}

/**
 * Source addresses that are retired, archived, out of date or not meant for US readers: the replaced NICE
 * guideline CG75 (now NG234), the closed Cancerbackup site, Mayo Clinic's Spanish-language and marketing pages,
 * the American Cancer Society's and Mayo Clinic's old page addresses, web archives, and any address that is not https.
 */
export const RETIRED_SOURCES: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /^http:\/\//i, why: 'not a secure (https) address' },
  { pattern: /nice\.org\.uk\/guidance\/cg75\b/i, why: 'NICE CG75 was replaced by NICE NG234' },
  { pattern: /cancerback?up\.org\.uk/i, why: 'Cancerbackup closed' },
  { pattern: /mayoclinic\.org\/es-es\//i, why: 'a Spanish-language page' },
  { pattern: /mayoclinic\.org\/.*(why-choose-mayo-clinic|care-at-mayo-clinic)/i, why: 'a marketing page' },
  { pattern: /mayoclinic\.org\/.*\/basics\//i, why: 'an old Mayo Clinic address' },
  { pattern: /cancer\.org\/(treatment\/(understandingyourdiagnosis|treatmentsandsideeffects)|cancer\/[a-z]+cancer\/detailedguide)\//i, why: 'an old American Cancer Society address' },
  { pattern: /webarchive|web\.archive\.org|archive\.org\/wayback/i, why: 'an archived copy' },
];

/** Each source on a page whose address is retired or archived, as 'page-id: url (why)'. */
export function retiredSources(pages: readonly Page[]): string[] {
  return pages.flatMap((page) =>
    page.sources.flatMap((source) => {
      const retired = RETIRED_SOURCES.find(({ pattern }) => pattern.test(source.url));
      return retired ? [`${page.id}: ${source.url} (${retired.why})`] : [];
    }),
  );
}
