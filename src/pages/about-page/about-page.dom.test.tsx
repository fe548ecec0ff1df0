import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { AboutPage } from './about-page';

describe('AboutPage', () => {
  it('gives the newest check date in words, as the content pages do, with the machine-readable date kept', () => {
    const host = document.createElement('div');
    render(<AboutPage checked="2026-11-27" version="1.0.0" />, host);
    const time = host.querySelector('time')!;
    expect(time.textContent).toBe('November 27, 2026');
    expect(time.getAttribute('datetime')).toBe('2026-11-27');
  });
});
