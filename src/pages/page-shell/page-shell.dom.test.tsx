import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { ClinicalReview } from '../../content/content-types';
import { PageShell, type PageAssets } from './page-shell';

const assets: PageAssets = {
  scripts: [],
  readerScripts: [],
  inlineStyle: '',
  lateStylesheets: [],
  printStylesheets: [],
  preloadFonts: [],
  inlinePrePaintScript: '',
  contentSecurityPolicy: "default-src 'self'",
};

/** The page's footer text, drawn with this review record. */
function footerText(review: ClinicalReview | null): string {
  const host = document.createElement('div');
  render(
    <PageShell title="Surgery" description="About surgery." path="/surgery/" assets={assets} review={review}>
      <p>Text.</p>
    </PageShell>,
    host,
  );
  return host.querySelector('footer')!.textContent ?? '';
}

describe('PageShell footer', () => {
  it('says that no doctor or nurse has reviewed the guide while no reviewer is recorded', () => {
    const text = footerText(null);
    expect(text).toContain('No doctor or nurse has reviewed this guide yet.');
    expect(text).not.toContain('Reviewed by');
  });

  it('names the reviewer, their role and the date once one is recorded, and drops the notice', () => {
    const text = footerText({ name: 'Jane Doe', role: 'oncology nurse', date: '2027-01-15' });
    expect(text).toContain('Reviewed by Jane Doe, oncology nurse, on January 15, 2027.');
    expect(text).not.toContain('No doctor or nurse');
  });
});
