import { isMap, isScalar, type Pair } from 'yaml';
import { ContentError } from './content-error';
import { parseYaml } from './parse-yaml';

/** One line of content/lexicon.yaml. */
export interface LexiconEntry {
  /** The word as written on screen; matching ignores case. */
  readonly written: string;
  /** What every voice is given to say instead, or null when the voices say the written word right. */
  readonly say: string | null;
  /** The phonemes the built-in voice (eSpeak NG, US English) must produce for it, checked by a test. */
  readonly phonemes: string;
  readonly line: number;
}

/**
 * Reads content/lexicon.yaml: `written: { say: "lowercase respelling", phonemes: "..." }`, or
 * `written: { phonemes: "..." }` for a hard word the voices already say right. Throws ContentError naming the line.
 */
export function parseLexiconEntries(file: string, source: string): LexiconEntry[] {
  const { doc, lineAt } = parseYaml(file, source);
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) throw new ContentError(file, 1, 'The lexicon must be lines of "written: { say: ..., phonemes: ... }".');
  const seen = new Set<string>();
  return doc.contents.items.map((pair: Pair) => {
    const line = lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const written = isScalar(pair.key) ? String(pair.key.value).trim() : '';
    if (!written) throw new ContentError(file, line, 'Each lexicon line needs the written word before the colon.');
    if (seen.has(written.toLowerCase())) throw new ContentError(file, line, `The lexicon lists "${written}" twice.`);
    seen.add(written.toLowerCase());
    if (!isMap(pair.value)) throw new ContentError(file, line, `"${written}" needs { phonemes: "..." } and, if voices misread it, say: "...".`);
    for (const field of pair.value.items) {
      const key = isScalar(field.key) ? String(field.key.value) : '';
      if (key !== 'say' && key !== 'phonemes') throw new ContentError(file, line, `Unknown key "${key}" for "${written}". Allowed keys: say, phonemes.`);
    }
    const say: unknown = pair.value.get('say');
    const phonemes: unknown = pair.value.get('phonemes');
    if (typeof phonemes !== 'string' || phonemes.trim() === '') {
      throw new ContentError(file, line, `"${written}" needs "phonemes": what the built-in voice says for it.`);
    }
    if (say !== undefined && (typeof say !== 'string' || say.trim() === '')) throw new ContentError(file, line, `"say" for "${written}" must be text.`);
    if (typeof say === 'string') {
      // Voices spell out a word in capitals as letters ("MIN" is said "M, I, N"), so a respelling is lowercase.
      const shouting = say.split(/[\s-]+/).find((word) => /\p{Lu}/u.test(word));
      if (shouting !== undefined) throw new ContentError(file, line, `The respelling of "${written}" has "${shouting}" in capitals; voices would spell it out letter by letter. Write it in lowercase.`);
      if (say.trim() === written) throw new ContentError(file, line, `"say" for "${written}" is the word itself; leave "say" out.`);
    }
    return { written, say: typeof say === 'string' ? say.trim() : null, phonemes: phonemes.trim(), line };
  });
}

/**
 * Reads content/lexicon.yaml as written form → what every voice is given to say. A word the voices already say
 * right maps to itself, so every hard word the guide checked is listed.
 */
export function parseLexicon(file: string, source: string): Record<string, string> {
  return Object.fromEntries(parseLexiconEntries(file, source).map((entry) => [entry.written, entry.say ?? entry.written]));
}

/** The respellings the voices need (written form → spoken form), without the words they already say right. */
export function respellings(entries: readonly LexiconEntry[]): Record<string, string> {
  return Object.fromEntries(entries.flatMap((entry) => (entry.say === null ? [] : [[entry.written, entry.say]])));
}
