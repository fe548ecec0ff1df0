/**
 * Splits prose into the short sentences that read-aloud speaks one at a time.
 * Some Web Speech voices stop after about 15 seconds of one utterance (Chrome's network voices:
 * https://crbug.com/679437), so sentences longer than about 30 words are cut at a comma or semicolon.
 */

/** A half-open range [start, end) of characters in a block's text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The longest sentence, in words, that is spoken as one utterance. */
export const MAX_SPOKEN_WORDS = 30;

// Abbreviations whose full stop does not end a sentence. Lower-case, without the final dot.
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'approx', 'no', 'e.g', 'i.e', 'cf', 'fig', 'mg', 'ml', 'inc']);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Counts the words in a piece of text. */
export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

/** Splits text into sentence ranges, trimmed of surrounding spaces, never losing a character of prose. */
export function splitSentences(text: string, maxWords: number = MAX_SPOKEN_WORDS): TextRange[] {
  const raw: TextRange[] = [];
  for (const segment of segmenter.segment(text)) {
    const range = trim(text, segment.index, segment.index + segment.segment.length);
    if (range) raw.push(range);
  }
  const merged: TextRange[] = [];
  for (const range of raw) {
    const previous = merged[merged.length - 1];
    if (previous && endsWithAbbreviation(text.slice(previous.start, previous.end))) {
      merged[merged.length - 1] = { start: previous.start, end: range.end };
    } else {
      merged.push(range);
    }
  }
  return merged.flatMap((range) => splitLong(text, range, maxWords));
}

function trim(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

function endsWithAbbreviation(sentence: string): boolean {
  const match = /(?:^|\s|\()([A-Za-z]+(?:\.[A-Za-z]+)*)\.$/.exec(sentence);
  return match !== null && ABBREVIATIONS.has(match[1]!.toLowerCase());
}

function splitLong(text: string, range: TextRange, maxWords: number): TextRange[] {
  const sentence = text.slice(range.start, range.end);
  const total = countWords(sentence);
  if (total <= maxWords) return [range];
  // Candidate cut points: just after a comma or semicolon that is followed by a space.
  let best: { at: number; balance: number } | null = null;
  const pattern = /[,;](?=\s)/g;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const at = match.index + 1;
    const before = countWords(sentence.slice(0, at));
    const after = total - before;
    if (before < 3 || after < 3) continue;
    const balance = Math.abs(before - after);
    if (!best || balance < best.balance) best = { at, balance };
  }
  if (!best) return [range];
  const left = trim(text, range.start, range.start + best.at);
  const right = trim(text, range.start + best.at, range.end);
  return [left, right].filter((part): part is TextRange => part !== null).flatMap((part) => splitLong(text, part, maxWords));
}
