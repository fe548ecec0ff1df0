import { describe, expect, it } from 'vitest';
import { compileLexicon, digitByDigit, spokenRespelling } from './pronounce';

const pronounce = compileLexicon({
  denosumab: 'denno soomab',
  RFA: 'R F A',
  'radium-223': 'radium 2 23',
  ablation: 'ab lay shun',
  myeloma: 'myeloma',
});

/** The displayed text that a spoken word (found by its text) is highlighted as. */
function shownFor(display: string, spokenWord: string, occurrence = 0): string {
  const text = pronounce(display);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.spoken.indexOf(spokenWord, at + 1);
  if (at < 0) throw new Error(`"${spokenWord}" is not in "${text.spoken}"`);
  const range = text.toDisplay(at, spokenWord.length);
  return display.slice(range.start, range.end);
}

describe('compileLexicon', () => {
  it('replaces whole words only, ignoring case, in the spoken text', () => {
    expect(pronounce('Denosumab is a shot. RFA heats it.').spoken).toBe('denno soomab is a shot. R F A heats it.');
    expect(pronounce('ablations').spoken).toBe('ablations');
  });

  it('prefers the longer entry', () => {
    expect(pronounce('Radium-223 is a medicine.').spoken).toBe('radium 2 23 is a medicine.');
  });

  it('leaves a word that the lexicon maps to itself as it is', () => {
    const text = pronounce('Myeloma starts in the bone marrow.');
    expect(text.spoken).toBe('Myeloma starts in the bone marrow.');
    expect(text.toDisplay(0, 7)).toEqual({ start: 0, end: 7 });
  });

  it('maps a word in the spoken text back to the displayed word', () => {
    expect(shownFor('Ask about denosumab today.', 'denno')).toBe('denosumab');
    expect(shownFor('Ask about denosumab today.', 'soomab')).toBe('denosumab');
    expect(shownFor('Ask about denosumab today.', 'today')).toBe('today');
  });

  it('leaves text without lexicon words unchanged', () => {
    const text = pronounce('Plain words only.');
    expect(text.spoken).toBe('Plain words only.');
    expect(text.toDisplay(6, 5)).toEqual({ start: 6, end: 11 });
  });
});

describe('numbers said digit by digit', () => {
  it('says 911 and 988 digit by digit, and highlights the number on screen', () => {
    expect(pronounce('Call 911 now.').spoken).toBe('Call 9 1 1 now.');
    expect(pronounce('Call or text 988, day or night.').spoken).toBe('Call or text 9 8 8, day or night.');
    expect(shownFor('Call 911 now.', '1', 1)).toBe('911');
    expect(shownFor('Call 911 now.', 'now')).toBe('now');
  });

  it('says a phone number digit by digit with a pause between the groups', () => {
    expect(pronounce('Call the NCI at 1-800-422-6237.').spoken).toBe('Call the NCI at 1, 8 0 0, 4 2 2, 6 2 3 7.');
    expect(pronounce('Call (800) 227-2345 today').spoken).toBe('Call 8 0 0, 2 2 7, 2 3 4 5 today');
    expect(pronounce('Call 800.227.2345').spoken).toBe('Call 8 0 0, 2 2 7, 2 3 4 5');
    expect(digitByDigit('1-800-422-6237')).toBe('1, 8 0 0, 4 2 2, 6 2 3 7');
  });

  it('highlights the whole phone number for any of its spoken digits, and the words after it', () => {
    const display = 'Call 1-800-227-2345 any time.';
    expect(shownFor(display, '8 0 0')).toBe('1-800-227-2345');
    expect(shownFor(display, '5')).toBe('1-800-227-2345');
    expect(shownFor(display, 'any')).toBe('any');
    expect(shownFor(display, 'time')).toBe('time');
  });

  it('leaves temperatures, doses, dates, counts and medicine names as they are', () => {
    const untouched = [
      'A temperature of 100.4 °F (38 °C) or higher is an emergency.',
      'Do not take more than 3,000 mg in a day.',
      'It was checked on 2026-12-07.',
      'Radiation of 8 Gy in 1 visit, or 20 Gy in 5 visits.',
      'About 9110 people took part; 1,911 said so.',
      'Room 2911 is on floor 3.',
      'The trial had 147 people; 911.5 is not a phone number.',
      'Room 911-B and code 911A.',
      'Strontium-89 and samarium-153 ease pain.',
    ];
    for (const text of untouched) expect(pronounce(text).spoken).toBe(text);
    expect(pronounce('Radium-223 helps.').spoken).toBe('radium 2 23 helps.');
  });
});

describe('readers’ respellings said in lowercase', () => {
  it('gives the voice a respelling in lowercase syllables, so no syllable is spelled out as letters', () => {
    expect(pronounce('More than one are metastases, said meh-TAS-tuh-seez.').spoken).toBe(
      'More than one are metastases, said meh tas tuh seez.',
    );
    expect(shownFor('Said meh-TAS-tuh-seez.', 'tas')).toBe('meh-TAS-tuh-seez');
    expect(spokenRespelling('STEER-oyd')).toBe('steer oyd');
  });

  it('leaves hyphenated words that are not respellings alone', () => {
    for (const word of ['x-ray', 'X-ray', 'MRI-guided', 'PET-CT', 'one-on-one', 'CT-scan', 'well-known'])
      expect(spokenRespelling(word)).toBeNull();
    expect(pronounce('An MRI-guided X-ray and a PET-CT scan, one-on-one.').spoken).toBe(
      'An MRI-guided X-ray and a PET-CT scan, one-on-one.',
    );
  });
});
