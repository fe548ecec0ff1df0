import { describe, expect, it } from 'vitest';
import { countWords, MAX_SPOKEN_WORDS, splitSentences } from './sentences';

const parts = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits plain prose into sentences', () => {
    expect(parts('Radiation can ease pain. It takes a few weeks! Does it hurt? No.')).toEqual([
      'Radiation can ease pain.',
      'It takes a few weeks!',
      'Does it hurt?',
      'No.',
    ]);
  });

  it('does not end a sentence after an abbreviation such as Dr. or e.g.', () => {
    expect(parts('Ask Dr. Smith about it. Some medicines, e.g. Denosumab, are shots.')).toEqual([
      'Ask Dr. Smith about it.',
      'Some medicines, e.g. Denosumab, are shots.',
    ]);
  });

  it('cuts a sentence of more than 30 words at a comma, keeping every word', () => {
    const long =
      'When the cancer has spread to many bones in the body, your team may suggest a medicine that travels through the blood, which can treat all of the affected bones at the same time.';
    expect(countWords(long)).toBeGreaterThan(MAX_SPOKEN_WORDS);
    const pieces = parts(long);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(countWords(piece)).toBeLessThanOrEqual(MAX_SPOKEN_WORDS);
    expect(pieces.join(' ')).toBe(long);
  });

  it('leaves a long sentence whole when it has no comma or semicolon to cut at', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ') + '.';
    expect(parts(words)).toEqual([words]);
  });

  it('ignores surrounding spaces', () => {
    expect(splitSentences('  One.  Two.  ')).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ]);
  });
});
