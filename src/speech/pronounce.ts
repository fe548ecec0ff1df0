/**
 * Turns the words on screen into the words a voice is given, never changing the words on screen, and maps the
 * voice's word positions back to the displayed text so the highlight stays on the right word. Three kinds of
 * change: the pronunciation lexicon, phone numbers said digit by digit, and readers' respellings in lowercase.
 */

/** A piece of the spoken text and the piece of displayed text it stands for. */
interface Piece {
  readonly displayStart: number;
  readonly displayEnd: number;
  readonly spokenStart: number;
  readonly spokenEnd: number;
  readonly replaced: boolean;
}

/** The text to speak, with a way back to the displayed text. */
export interface SpokenText {
  readonly display: string;
  readonly spoken: string;
  /** Maps a range in the spoken text to the displayed range it came from. */
  toDisplay(spokenStart: number, spokenLength: number): { start: number; end: number };
}

/**
 * Words in capitals that people say letter by letter (NSAID as "N-said"), so voices may too. A hyphenated word
 * made of these is not a respelling ("MRI-guided" stays as it is).
 */
export const INITIALISMS: ReadonlySet<string> = new Set([
  'ACS',
  'CDC',
  'CT',
  'ER',
  'FDA',
  'ICU',
  'IV',
  'MRI',
  'NCI',
  'NSAID',
  'NSAIDs',
  'OK',
  'RFA',
  'US',
]);

// A phone number: 800-422-6237, 1-800-422-6237, (800) 422-6237 or 800.422.6237. Not part of a longer number.
const PHONE_NUMBER = String.raw`(?<![\p{L}\p{N}.,-])(?:1[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\p{L}\p{N}-]|[.,]\p{N})`;
// The three-digit help lines, 911, 988 and the other N11 numbers, said digit by digit as people say them. The
// guide uses these numbers for nothing else, so a count of 988 would be read as digits too.
const SHORT_NUMBER = String.raw`(?<![\p{L}\p{N}.,-])(?:[2-9]11|988)(?![\p{L}\p{N}-]|[.,]\p{N}|\s?(?:°|%))`;
// A readers' respelling such as meh-TAS-tuh-seez: short syllables joined by hyphens, stressed ones in capitals.
const RESPELLING = String.raw`(?<![\p{L}\p{N}-])\p{L}{1,5}(?:-\p{L}{1,5})+(?![\p{L}\p{N}-])`;

/** The digits of a phone number, one at a time, with a pause between the groups: "1, 8 0 0, 4 2 2, 6 2 3 7". */
export function digitByDigit(number: string): string {
  return (number.match(/\d+/g) ?? []).map((group) => [...group].join(' ')).join(', ');
}

/** The lowercase form of a readers' respelling, or null when the word is not one (no stressed capitals). */
export function spokenRespelling(word: string): string | null {
  const parts = word.split('-');
  const stressed = parts.some((part) => part.length >= 2 && part === part.toUpperCase() && part !== part.toLowerCase());
  const unstressed = parts.some((part) => part === part.toLowerCase() && part !== part.toUpperCase());
  if (!stressed || !unstressed || parts.some((part) => INITIALISMS.has(part))) return null;
  return parts.map((part) => part.toLowerCase()).join(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds the spoken-text maker once for a lexicon (written form → spoken form); longer entries win over shorter
 * ones they contain, and an entry that maps a word to itself changes nothing.
 */
export function compileLexicon(lexicon: Readonly<Record<string, string>>): (display: string) => SpokenText {
  const entries = Object.entries(lexicon)
    .filter(([written, spoken]) => written !== spoken)
    .sort(([a], [b]) => b.length - a.length);
  const byLower = new Map(entries.map(([written, spoken]) => [written.toLowerCase(), spoken]));
  const words =
    entries.length === 0 ? '(?!)' : `(?<![\\p{L}\\p{N}-])(?:${entries.map(([w]) => escapeRegExp(w)).join('|')})(?![\\p{L}\\p{N}-])`;
  const pattern = new RegExp(`(?<phone>${PHONE_NUMBER})|(?<short>${SHORT_NUMBER})|(?<word>${words})|(?<respelling>${RESPELLING})`, 'giu');
  const spokenFor = (match: RegExpExecArray): string | null => {
    const groups = match.groups ?? {};
    if (groups.phone !== undefined || groups.short !== undefined) return digitByDigit(match[0]);
    if (groups.word !== undefined) return byLower.get(match[0].toLowerCase()) ?? null;
    return spokenRespelling(match[0]);
  };
  return (display) => {
    const pieces: Piece[] = [];
    let spoken = '';
    let last = 0;
    const copy = (from: number, to: number) => {
      if (to <= from) return;
      pieces.push({
        displayStart: from,
        displayEnd: to,
        spokenStart: spoken.length,
        spokenEnd: spoken.length + (to - from),
        replaced: false,
      });
      spoken += display.slice(from, to);
    };
    pattern.lastIndex = 0;
    for (let match = pattern.exec(display); match; match = pattern.exec(display)) {
      const replacement = spokenFor(match);
      if (replacement === null) continue;
      copy(last, match.index);
      const end = match.index + match[0].length;
      pieces.push({
        displayStart: match.index,
        displayEnd: end,
        spokenStart: spoken.length,
        spokenEnd: spoken.length + replacement.length,
        replaced: true,
      });
      spoken += replacement;
      last = end;
    }
    copy(last, display.length);
    const toDisplay = (spokenStart: number, spokenLength: number) => {
      const spokenEnd = spokenStart + Math.max(spokenLength, 1);
      const covering = pieces.filter((p) => p.spokenEnd > spokenStart && p.spokenStart < spokenEnd);
      if (covering.length === 0) return { start: display.length, end: display.length };
      const first = covering[0]!;
      const lastPiece = covering[covering.length - 1]!;
      const start = first.replaced ? first.displayStart : first.displayStart + (spokenStart - first.spokenStart);
      const end = lastPiece.replaced
        ? lastPiece.displayEnd
        : Math.min(lastPiece.displayEnd, lastPiece.displayStart + (spokenEnd - lastPiece.spokenStart));
      return { start: Math.max(0, start), end: Math.max(start, end) };
    };
    return { display, spoken, toDisplay };
  };
}
