import { describe, expect, it } from 'vitest';
import { compileLexicon } from './pronounce';

const pronounce = compileLexicon({ denosumab: 'den oh SUE mab', RFA: 'R F A', 'radium-223': 'radium 2 23', ablation: 'ab lay shun' });

describe('compileLexicon', () => {
  it('replaces whole words only, ignoring case, in the spoken text', () => {
    expect(pronounce('Denosumab is a shot. RFA heats it.').spoken).toBe('den oh SUE mab is a shot. R F A heats it.');
    expect(pronounce('ablations').spoken).toBe('ablations');
  });

  it('prefers the longer entry', () => {
    expect(pronounce('Radium-223 is a medicine.').spoken).toBe('radium 2 23 is a medicine.');
  });

  it('maps a word in the spoken text back to the displayed word', () => {
    const text = pronounce('Ask about denosumab today.');
    const spokenStart = text.spoken.indexOf('den oh');
    const range = text.toDisplay(spokenStart, 3);
    expect(text.display.slice(range.start, range.end)).toBe('denosumab');
    const today = text.toDisplay(text.spoken.indexOf('today'), 5);
    expect(text.display.slice(today.start, today.end)).toBe('today');
  });

  it('leaves text without lexicon words unchanged', () => {
    const text = pronounce('Plain words only.');
    expect(text.spoken).toBe('Plain words only.');
    expect(text.toDisplay(6, 5)).toEqual({ start: 6, end: 11 });
  });
});
