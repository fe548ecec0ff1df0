import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { parseLexicon, parseLexiconEntries, respellings } from './lexicon';

const file = 'content/lexicon.yaml';

/** The error a lexicon source fails with, as "file:line: problem". */
function problem(source: string): string {
  try {
    parseLexiconEntries(file, source);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('The lexicon was accepted.');
}

const good = [
  '# Comment',
  'Zometa: { say: zo mayta, phonemes: "z\'oU m\'eIt#@" }',
  'myeloma: { phonemes: "m,aII2l\'oUm@" }',
  'PET: { say: pet, phonemes: "p\'Et" }',
].join('\n');

describe('parseLexiconEntries', () => {
  it('reads each line with its respelling, its phonemes and its line number', () => {
    expect(parseLexiconEntries(file, good)).toEqual([
      { written: 'Zometa', say: 'zo mayta', phonemes: "z'oU m'eIt#@", line: 2 },
      { written: 'myeloma', say: null, phonemes: "m,aII2l'oUm@", line: 3 },
      { written: 'PET', say: 'pet', phonemes: "p'Et", line: 4 },
    ]);
  });

  it('gives voices only the respellings, and the guide every checked word', () => {
    expect(respellings(parseLexiconEntries(file, good))).toEqual({ Zometa: 'zo mayta', PET: 'pet' });
    expect(parseLexicon(file, good)).toEqual({ Zometa: 'zo mayta', myeloma: 'myeloma', PET: 'pet' });
  });

  it('refuses a respelling with a syllable in capitals, naming the file and line', () => {
    expect(problem('a: { phonemes: "a" }\nacetaminophen: { say: uh see tuh MIN uh fen, phonemes: "x" }')).toBe(
      'content/lexicon.yaml:2: The respelling of "acetaminophen" has "MIN" in capitals; voices would spell it out letter by letter. Write it in lowercase.',
    );
    expect(problem('Xgeva: { say: ex-JEE-vuh, phonemes: "x" }')).toContain(':1: The respelling of "Xgeva" has "JEE" in capitals');
  });

  it('refuses a line without phonemes, an old "written: spoken" line, an unknown key, a repeat and bad YAML', () => {
    expect(problem('ok: { phonemes: "a" }\ndenosumab: { say: denno soomab }')).toBe('content/lexicon.yaml:2: "denosumab" needs "phonemes": what the built-in voice says for it.');
    expect(problem('denosumab: den oh sue mab')).toContain(':1: "denosumab" needs { phonemes: "..." }');
    expect(problem('denosumab: { say: denno soomab, phonemes: "x", stress: 2 }')).toContain(':1: Unknown key "stress" for "denosumab"');
    expect(problem('CT: { phonemes: "a" }\nct: { phonemes: "b" }')).toBe('content/lexicon.yaml:2: The lexicon lists "ct" twice.');
    expect(problem('a: { phonemes: "a" }\nb: { phonemes: "b" \n')).toMatch(/^content\/lexicon\.yaml:\d+: Not valid YAML/);
    expect(problem('motrin: { say: motrin, phonemes: "x" }')).toContain('is the word itself');
  });
});
