/**
 * The typed shape of the guide after the build compiles `content/`.
 * Pages are made of sections, sections of blocks, blocks of sentences.
 * A sentence is the unit of reading aloud: one utterance, one highlight.
 */

/** A run of inline text inside a sentence, with at most one link and optional bold. */
export interface InlineRun {
  readonly text: string;
  readonly strong?: boolean;
  /** Site-relative or https link target. */
  readonly href?: string;
  /** Set when the link points at a glossary entry (first use of a term on the page). */
  readonly glossaryTerm?: string;
}

/** One sentence (or part of a long sentence), with an id that stays the same across builds. */
export interface Sentence {
  readonly id: string;
  readonly text: string;
  readonly runs: readonly InlineRun[];
}

/** A block of prose inside a section. */
export type Block =
  | { readonly type: 'paragraph'; readonly sentences: readonly Sentence[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Sentence[])[] }
  | { readonly type: 'subheading'; readonly anchor: string; readonly sentence: Sentence }
  | {
      readonly type: 'definition';
      readonly anchor: string;
      readonly term: Sentence;
      readonly say: string | null;
      readonly sentences: readonly Sentence[];
    };

/** A part of a page under one level-2 heading (or the page's opening text, which has no heading). */
export interface Section {
  readonly anchor: string;
  readonly title: string;
  /** The spoken heading; null for the opening section, whose heading is the page's h1. */
  readonly heading: Sentence | null;
  readonly blocks: readonly Block[];
}

/** A source a page's facts come from. */
export interface SourceLink {
  readonly title: string;
  readonly url: string;
}

/** What kind of page this is: treatment pages share the same four headings. */
export type PageKind = 'guide' | 'treatment' | 'living' | 'urgent' | 'questions' | 'glossary';

/** One page of the guide, compiled from one Markdown file. */
export interface Page {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  readonly summary: string;
  /** The day the page was last checked against its sources, YYYY-MM-DD (not a clinical review). */
  readonly checked: string;
  readonly kind: PageKind;
  readonly sources: readonly SourceLink[];
  /** The page title as a sentence, so reading the whole page starts with it. */
  readonly titleSentence: Sentence;
  readonly sections: readonly Section[];
  /** Path of the Markdown file, relative to the project, for error messages. */
  readonly file: string;
}

/** One glossary entry, from content/glossary.yaml. */
export interface GlossaryEntry {
  readonly term: string;
  readonly anchor: string;
  /** Other spellings that should link to this entry (plural, adjective). */
  readonly also: readonly string[];
  /** Pronunciation respelling shown to readers, e.g. meh-TAS-tuh-sis. */
  readonly say: string | null;
  readonly means: string;
}

/** A doctor's or nurse's review of the whole guide, recorded in content/review.yaml. */
export interface ClinicalReview {
  readonly name: string;
  /** Their job, as it should be shown: "oncology nurse", "radiation oncologist". */
  readonly role: string;
  /** The day of the review, YYYY-MM-DD. */
  readonly date: string;
}

/** Everything the build knows about the guide. */
export interface Guide {
  readonly pages: readonly Page[];
  readonly glossary: readonly GlossaryEntry[];
  readonly lexicon: Readonly<Record<string, string>>;
  /** Who reviewed the guide's medical content; null until a doctor or nurse has, and every page says so. */
  readonly clinicalReviewer: ClinicalReview | null;
}
