import { beforeEach, describe, expect, it } from 'vitest';
import { applyChosenSettings, applySettings, DEFAULT_SETTINGS } from './settings';

const noPreference = { dark: false, moreContrast: false };

beforeEach(() => {
  document.head.innerHTML =
    '<meta name="theme-color" content="#fffbea" media="(prefers-color-scheme: light)">' +
    '<meta name="theme-color" content="#000000" media="(prefers-color-scheme: dark)">';
  for (const name of ['theme', 'textSize', 'spacing', 'highlight']) delete document.documentElement.dataset[name];
});

const toolbarColours = () => [...document.querySelectorAll('meta[name="theme-color"]')].map((meta) => meta.getAttribute('content'));

describe('applyChosenSettings (the pre-paint script)', () => {
  it('leaves the theme to the stylesheet while none is chosen, and applies the rest', () => {
    const root = document.documentElement;
    applyChosenSettings(root, { ...DEFAULT_SETTINGS, textSize: 1.5, spacing: 'wide', highlight: 'box' });
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(toolbarColours()).toEqual(['#fffbea', '#000000']);
    expect({ ...root.dataset }).toEqual({ textSize: '1.5', spacing: 'wide', highlight: 'box' });
  });

  it('names a chosen theme and gives every toolbar colour tag its colour', () => {
    applyChosenSettings(document.documentElement, { ...DEFAULT_SETTINGS, theme: 'yellow' });
    expect(document.documentElement.dataset.theme).toBe('yellow');
    expect(toolbarColours()).toEqual(['#000000', '#000000']);
  });
});

describe('applySettings (once the app runs)', () => {
  it('names the theme that follows the device', () => {
    applySettings(document.documentElement, DEFAULT_SETTINGS, { dark: true, moreContrast: true });
    expect(document.documentElement.dataset.theme).toBe('yellow');
    applySettings(document.documentElement, DEFAULT_SETTINGS, noPreference);
    expect(document.documentElement.dataset.theme).toBe('cream');
    expect(toolbarColours()).toEqual(['#fffbea', '#fffbea']);
  });
});
