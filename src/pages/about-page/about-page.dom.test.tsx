import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { AboutPage } from './about-page';

describe('AboutPage', () => {
  it('gives the newest check date in words, as the content pages do, with the machine-readable date kept', () => {
    const host = document.createElement('div');
    render(<AboutPage checked="2026-11-27" version="1.0.0" review={null} />, host);
    const time = host.querySelector('time')!;
    expect(time.textContent).toBe('November 27, 2026');
    expect(time.getAttribute('datetime')).toBe('2026-11-27');
  });

  it('says plainly that no doctor or nurse has reviewed the guide while no reviewer is recorded', () => {
    const host = document.createElement('div');
    render(<AboutPage checked="2026-11-27" version="1.0.0" review={null} />, host);
    expect(host.textContent).toContain('No doctor or nurse has reviewed this guide yet.');
    expect(host.textContent).not.toContain('Reviewed by');
  });

  it('names the reviewer, their role and the date once one is recorded', () => {
    const host = document.createElement('div');
    render(
      <AboutPage checked="2026-11-27" version="1.0.0" review={{ name: 'Jane Doe', role: 'oncology nurse', date: '2027-01-15' }} />,
      host,
    );
    expect(host.textContent).toContain('Reviewed by Jane Doe, oncology nurse, on January 15, 2027.');
    expect(host.textContent).not.toContain('No doctor or nurse');
  });
});
