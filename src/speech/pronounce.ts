/**
 * Applies the pronunciation lexicon to the words a voice is given, never to the words on screen,
 * and maps the voice's word positions back to the displayed text so the highlight stays on the right word.
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds a matcher for a lexicon once; longer entries win over shorter ones they contain. */
export function compileLexicon(lexicon: Readonly<Record<string, string>>): (display: string) => SpokenText {
  const entries = Object.entries(lexicon).sort(([a], [b]) => b.length - a.length);
  const byLower = new Map(entries.map(([written, spoken]) => [written.toLowerCase(), spoken]));
  const pattern =
    entries.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}-])(?:${entries.map(([w]) => escapeRegExp(w)).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  return (display) => {
    const pieces: Piece[] = [];
    let spoken = '';
    let last = 0;
    const copy = (from: number, to: number) => {
      if (to <= from) return;
      pieces.push({ displayStart: from, displayEnd: to, spokenStart: spoken.length, spokenEnd: spoken.length + (to - from), replaced: false });
      spoken += display.slice(from, to);
    };
    if (pattern) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(display); match; match = pattern.exec(display)) {
        const replacement = byLower.get(match[0].toLowerCase());
        if (replacement === undefined) continue;
        copy(last, match.index);
        const end = match.index + match[0].length;
        pieces.push({ displayStart: match.index, displayEnd: end, spokenStart: spoken.length, spokenEnd: spoken.length + replacement.length, replaced: true });
        spoken += replacement;
        last = end;
      }
    }
    copy(last, display.length);
    const toDisplay = (spokenStart: number, spokenLength: number) => {
      const spokenEnd = spokenStart + Math.max(spokenLength, 1);
      const covering = pieces.filter((p) => p.spokenEnd > spokenStart && p.spokenStart < spokenEnd);
      if (covering.length === 0) return { start: display.length, end: display.length };
      const first = covering[0]!;
      const lastPiece = covering[covering.length - 1]!;
      const start = first.replaced ? first.displayStart : first.displayStart + (spokenStart - first.spokenStart);
      const end = lastPiece.replaced ? lastPiece.displayEnd : Math.min(lastPiece.displayEnd, lastPiece.displayStart + (spokenEnd - lastPiece.spokenStart));
      return { start: Math.max(0, start), end: Math.max(start, end) };
    };
    return { display, spoken, toDisplay };
  };
}
