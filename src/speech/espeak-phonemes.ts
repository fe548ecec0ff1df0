// Node only (tests and checking a word by hand): the built-in voice's own engine, eSpeak NG compiled to
// WebAssembly from the same npm package the build ships, asked for the phonemes it would speak.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of the Emscripten module this helper uses. */
interface PhonemeModule {
  readonly HEAPU8: Uint8Array;
  eSpeakNGWorker: new () => {
    set_voice(name: string): void;
    /** eSpeak's ASCII phoneme names (useIpa 0), '_' between phonemes, ' | ' between clauses. */
    text_to_phonemes(text: string, useIpa: number): { readonly ptr: number };
  };
}

/** Gives the phonemes eSpeak NG (US English, the built-in voice) says for a text. */
export type Phonemizer = (text: string) => string;

/** Loads eSpeak NG from node_modules, with the US English voice the built-in voice uses. */
export async function loadPhonemizer(): Promise<Phonemizer> {
  const require = createRequire(import.meta.url);
  const folder = dirname(require.resolve('@echogarden/espeak-ng-emscripten/package.json'));
  const data = readFileSync(join(folder, 'espeak-ng.data'));
  const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  const factory = (
    (await import(pathToFileURL(join(folder, 'espeak-ng.js')).href)) as { default: (options: object) => Promise<PhonemeModule> }
  ).default;
  const module = await factory({ getPreloadedPackage: () => bytes, locateFile: (path: string) => join(folder, path) });
  const worker = new module.eSpeakNGWorker();
  worker.set_voice('en-us');
  const decoder = new TextDecoder();
  return (text) => {
    const { ptr } = worker.text_to_phonemes(text, 0);
    const heap = module.HEAPU8;
    let end = ptr;
    while (heap[end] !== 0) end++;
    // eSpeak separates phonemes with '_'; the phoneme names alone are easier to read and compare.
    return decoder.decode(heap.subarray(ptr, end)).replaceAll('_', '').trim();
  };
}

/**
 * The phonemes of a word or phrase as eSpeak NG says it inside an ordinary lowercase sentence. The sentence
 * matters: eSpeak spells a word in capitals as letters only when the words around it are not in capitals.
 */
export function phonemesInSentence(phonemize: Phonemizer, text: string): string {
  const said = phonemize(`say ${text} now`);
  // eSpeak may mark the end of "say" (a pause, "!") but keeps it and "now" as words of their own.
  const inside = /^s'eI\S*\s(.*)\sn'aU$/.exec(said);
  if (!inside) throw new Error(`eSpeak NG joined "${text}" to the words around it: ${said}`);
  return inside[1]!.trim();
}

/** Phonemes without stress marks, pauses or the "r" eSpeak adds between a vowel and the next word. */
function bare(phonemes: string): string {
  return phonemes.replace(/[',;%=|\s]/g, '').replace(/([@3])r/g, '$1');
}

/**
 * Tells, from eSpeak NG's own phonemes, whether it reads a word as the names of its letters, wholly ("MIN" said
 * "em, eye, en") or at its start ("nsaid" said "en, said"): the word's phonemes are then its first letters'
 * names followed by the rest of the word said as a word. An initial vowel alone does not count: its name is
 * also its long sound ("o" in "opioid"). Also catches capitals read as a Roman numeral ("IV").
 */
export function createSpellingDetector(phonemize: Phonemizer): (word: string) => boolean {
  const letterNames = new Map<string, string>();
  const letterName = (letter: string) => {
    let name = letterNames.get(letter);
    if (name === undefined) {
      // "A" alone is read as the word "a"; "A-" is read as the letter.
      name = bare(phonemesInSentence(phonemize, `${letter.toUpperCase()}-`));
      letterNames.set(letter, name);
    }
    return name;
  };
  const answers = new Map<string, boolean>();
  const isSpelledOut = (word: string): boolean => {
    const letters = [...word.toLowerCase()];
    if (letters.length < 2 || letters.some((letter) => !/\p{L}/u.test(letter))) return false;
    const said = bare(phonemesInSentence(phonemize, word));
    if (said.includes('roUm@n') && word.toLowerCase() !== 'roman') return true;
    let spelled = '';
    for (let count = 1; count <= letters.length; count++) {
      spelled += letterName(letters[count - 1]!);
      if (!said.startsWith(spelled)) return false;
      // A vowel's name is also its long sound ("o" in "opioid"): only a consonant's name shows spelling.
      if (letters.slice(0, count).every((letter) => 'aeiou'.includes(letter))) continue;
      const rest = letters.slice(count).join('');
      if (said === spelled + (rest ? bare(phonemesInSentence(phonemize, rest)) : '')) return true;
    }
    return false;
  };
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = isSpelledOut(word);
      answers.set(word, answer);
    }
    return answer;
  };
}
