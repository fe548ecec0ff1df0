import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContentFolder } from '../content/compile-content';
import type { Page, Sentence } from '../content/content-types';
import { parseLexiconEntries, respellings } from '../content/lexicon';
import { createSpellingDetector, loadPhonemizer, phonemesInSentence, type Phonemizer } from './espeak-phonemes';
import { compileLexicon, INITIALISMS, spokenRespelling } from './pronounce';

// The built-in voice's own engine (eSpeak NG from the npm package the build ships) checks every pronunciation.
const content = resolve(import.meta.dirname, '../../content');
const entries = parseLexiconEntries('content/lexicon.yaml', readFileSync(resolve(content, 'lexicon.yaml'), 'utf8'));
const guide = compileContentFolder(content);
const pronounce = compileLexicon(respellings(entries));

let phonemize: Phonemizer;
let isSpelledOut: (word: string) => boolean;
const said = (text: string) => phonemesInSentence(phonemize, text);

beforeAll(async () => {
  phonemize = await loadPhonemizer();
  isSpelledOut = createSpellingDetector(phonemize);
}, 60_000);

/** Every sentence the player reads aloud on a page: title, headings, prose, list items, glossary terms and meanings. */
function spokenSentences(page: Page): Sentence[] {
  return [
    page.titleSentence,
    ...page.sections.flatMap((section) => [
      ...(section.heading ? [section.heading] : []),
      ...section.blocks.flatMap((block): readonly Sentence[] => {
        switch (block.type) {
          case 'paragraph':
            return block.sentences;
          case 'list':
            return block.items.flat();
          case 'subheading':
            return [block.sentence];
          case 'definition':
            return [block.term, ...block.sentences];
        }
      }),
    ]),
  ];
}

/** The words of a text that eSpeak NG spells as letters, other than initialisms people say as letters too. */
function spelledWords(text: string): string[] {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.filter((word) => !INITIALISMS.has(word) && isSpelledOut(word));
}

describe('the pronunciation lexicon on the built-in voice (eSpeak NG)', () => {
  it('gives, for every line, the phonemes written beside it', () => {
    const changed = entries
      .map((entry) => ({ line: entry.line, written: entry.written, expected: entry.phonemes, actual: said(entry.say ?? entry.written) }))
      .filter(({ expected, actual }) => expected !== actual)
      .map(
        ({ line, written, expected, actual }) =>
          `content/lexicon.yaml:${line} ${written}: expected "${expected}", eSpeak NG says "${actual}"`,
      );
    expect(changed).toEqual([]);
  });

  it('has a respelling only where it changes what the voice says', () => {
    const needless = entries.filter((entry) => entry.say !== null && said(entry.say) === said(entry.written)).map((entry) => entry.written);
    expect(needless).toEqual([]);
  });

  it('spells no respelling out as letters', () => {
    expect(
      entries.flatMap((entry) => (entry.say === null ? [] : spelledWords(entry.say).map((word) => `${entry.written}: ${word}`))),
    ).toEqual([]);
  });
});

describe('letter-by-letter reading on the built-in voice', () => {
  it('spells out nothing the guide reads aloud except initialisms', () => {
    const spelled = new Set<string>();
    for (const page of guide.pages) {
      for (const sentence of spokenSentences(page)) {
        for (const word of spelledWords(pronounce(sentence.text).spoken)) spelled.add(`${page.id}: "${word}" in "${sentence.text}"`);
      }
    }
    expect([...spelled]).toEqual([]);
  });

  it('spells out no glossary respelling when it is given to a voice', () => {
    const spelled = guide.glossary.flatMap((entry) => {
      if (entry.say === null) return [];
      const spoken = entry.say
        .split(/\s+/)
        .map((word) => spokenRespelling(word) ?? word)
        .join(' ');
      return spelledWords(spoken).map((word) => `${entry.term} (${entry.say}): ${word}`);
    });
    expect(spelled).toEqual([]);
  });

  it('says the respelling inside the glossary meaning of metastasis as syllables, with the shown text unchanged', () => {
    const glossary = guide.pages.find((page) => page.kind === 'glossary')!;
    const sentence = spokenSentences(glossary).find((s) => s.text.includes('meh-TAS-tuh-seez'))!;
    const spoken = pronounce(sentence.text);
    expect(spoken.display).toBe(sentence.text);
    expect(spoken.spoken).toContain('said meh tas tuh seez');
    expect(said(spoken.spoken)).toContain("m'E t'as t'V s'i:z");
    expect(said(sentence.text)).toContain(",i:;,eI'Es");
  });

  it('notices capitals spelled out and unsayable starts (negative control)', () => {
    expect(spelledWords('uh see tuh MIN uh fen')).toEqual(['MIN']);
    expect(spelledWords('den oh SUE mab, my uh LOW muh, KI foe plasty')).toEqual(['SUE', 'LOW', 'KI']);
    expect(spelledWords('nsaid and xgeva')).toEqual(['nsaid', 'xgeva']);
    expect(spelledWords('an IV line')).toEqual([]);
    expect(isSpelledOut('IV')).toBe(true);
    expect(spelledWords('Eat a bed of easy okra, said the elf to me.')).toEqual([]);
  });
});

describe('numbers on the built-in voice', () => {
  it('says 911 as "nine one one", not "nine hundred eleven"', () => {
    expect(said(pronounce('call 911').spoken)).toBe("k'O:l n'aIn w'Vn w'Vn");
    expect(said('call 911')).toContain("h'VndrI2d");
  });

  it('says a phone number one digit at a time, with a pause between the groups', () => {
    expect(said(pronounce('call 1-800-422-6237').spoken)).toBe(
      "k'O:l w'Vn | 'eIt z'i@roU z'i@roU | f'o@ t'u: t'u: | s'Iks t'u: Tr'i: s'Ev@n",
    );
  });

  it('still says a fever threshold and radium-223 as numbers', () => {
    expect(said(pronounce('100.4 °F').spoken)).toBe("w'Vnh'VndrI2d pOInt f'o@ dI#gr'i:z 'Ef");
    expect(said(pronounce('radium-223').spoken)).toBe("r'eIdi@m t'u: tw'Ent2i Tr'i:");
  });
});
