import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, effectiveTheme, parseSettings, serializeSettings, SETTINGS_VERSION } from './settings';

describe('parseSettings', () => {
  it('reads valid saved settings', () => {
    expect(parseSettings({ version: 2, textSize: 1.5, theme: 'yellow', spacing: 'wide', highlight: 'box' })).toEqual({
      textSize: 1.5,
      theme: 'yellow',
      spacing: 'wide',
      highlight: 'box',
    });
  });

  it('ignores corrupt data: not an object, arrays, wrong types', () => {
    for (const garbage of [null, 'cream', 42, [], { version: 2, textSize: '2', theme: 7, spacing: {}, highlight: null }]) {
      expect(parseSettings(garbage)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps the valid fields of a partly damaged value', () => {
    expect(parseSettings({ version: 2, textSize: 9, theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('migrates version 1 (text size as a percentage, theme under "colours")', () => {
    expect(parseSettings({ version: 1, textSize: 175, colours: 'white', spacing: 'wide' })).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 1.75,
      theme: 'white',
      spacing: 'wide',
    });
  });

  it('keeps what it understands from a newer version', () => {
    expect(parseSettings({ version: 99, textSize: 2, theme: 'dark', sparkle: true })).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 2,
      theme: 'dark',
    });
  });
});

describe('serializeSettings', () => {
  it('writes the current version and never writes an invalid value', () => {
    const written = serializeSettings({ ...DEFAULT_SETTINGS, textSize: 3 as never });
    expect(written).toEqual({ version: SETTINGS_VERSION, ...DEFAULT_SETTINGS });
  });
});

describe('effectiveTheme', () => {
  it('follows the device until the person chooses', () => {
    expect(effectiveTheme(DEFAULT_SETTINGS, { dark: false, moreContrast: false })).toBe('cream');
    expect(effectiveTheme(DEFAULT_SETTINGS, { dark: true, moreContrast: false })).toBe('dark');
    expect(effectiveTheme(DEFAULT_SETTINGS, { dark: false, moreContrast: true })).toBe('white');
    expect(effectiveTheme(DEFAULT_SETTINGS, { dark: true, moreContrast: true })).toBe('yellow');
    expect(effectiveTheme({ ...DEFAULT_SETTINGS, theme: 'cream' }, { dark: true, moreContrast: true })).toBe('cream');
  });
});
