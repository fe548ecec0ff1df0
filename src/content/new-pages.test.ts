import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContentFolder } from './compile-content';
import { blockSentences, pageProse } from './content-quality';
import type { Page } from './content-types';

const guide = compileContentFolder(resolve(import.meta.dirname, '../../content'));

function page(id: string): Page {
  const found = guide.pages.find((p) => p.id === id);
  if (!found) throw new Error(`No page "${id}" in content/`);
  return found;
}

/** Every link target on a page, in reading order. */
function links(p: Page): string[] {
  return p.sections.flatMap((section) =>
    section.blocks.flatMap((block) => blockSentences(block).flatMap((s) => s.runs.flatMap((run) => (run.href ? [run.href] : [])))),
  );
}

const prose = (id: string) => pageProse(page(id)).toLowerCase();

describe('the pages on tests, pain, weak bones and support', () => {
  it('sit in the home page groups and guide order they were planned for', () => {
    const placed = ['tests-and-check-ups', 'pain-control', 'living-with-weak-bones', 'support-and-palliative-care'].map((id) => {
      const { kind, order } = page(id);
      return { id, kind, order };
    });
    expect(placed).toEqual([
      { id: 'tests-and-check-ups', kind: 'guide', order: 2 },
      { id: 'pain-control', kind: 'living', order: 8 },
      { id: 'living-with-weak-bones', kind: 'living', order: 9 },
      { id: 'support-and-palliative-care', kind: 'living', order: 10 },
    ]);
  });

  it('give the NCI, American Cancer Society and 988 helplines as phone links', () => {
    expect(links(page('support-and-palliative-care'))).toEqual(
      expect.arrayContaining(['tel:1-800-422-6237', 'tel:1-800-227-2345', 'tel:988']),
    );
  });

  it('send urgent problems from each day-to-day page to the urgent page', () => {
    for (const id of ['pain-control', 'living-with-weak-bones', 'support-and-palliative-care']) {
      expect(links(page(id)), id).toContain('/get-help-now/');
    }
  });

  it('name the brand on the box beside each generic pain medicine', () => {
    const text = prose('pain-control');
    expect(['acetaminophen (tylenol)', 'ibuprofen (advil, motrin)', 'naproxen (aleve)'].filter((name) => !text.includes(name))).toEqual([]);
  });

  it('give the cautions and the calls a patient may act on for pain', () => {
    const text = prose('pain-control');
    const needed = [
      'daily limit', // acetaminophen
      'chemotherapy, steroids, blood thinners or kidney problems', // when NSAIDs are often unsafe
      'hide an infection', // both kinds lower a fever
      'laxative',
      'do not drive',
      'never stop an opioid suddenly',
      'from 0 for no pain to 10',
      'call your care team now, day or night',
      'weakness or numbness in your legs. call 911 now',
    ];
    expect(needed.filter((phrase) => !text.includes(phrase))).toEqual([]);
    expect(links(page('pain-control'))).toContain('/medicines/');
  });

  it('explain every test that the tests page promises, under its own heading', () => {
    const headings = page('tests-and-check-ups').sections.map((s) => s.title);
    expect(headings).toEqual(
      expect.arrayContaining(['X-rays', 'Bone scan', 'CT scan', 'MRI scan', 'PET scan', 'Blood tests', 'Bone biopsy', 'Check-ups during treatment']),
    );
  });

  it('tell people what to report before a scan', () => {
    const text = prose('tests-and-check-ups');
    const needed = ['kidney problems', 'contrast dye', 'metal in your body', 'afraid of small, closed spaces', 'pain medicine before the test'];
    expect(needed.filter((phrase) => !text.includes(phrase))).toEqual([]);
  });

  it('say that palliative care can come alongside treatment and is not the same as hospice', () => {
    const p = page('support-and-palliative-care');
    expect(p.sections.map((s) => s.title)).toContain('Palliative care is not the same as hospice');
    expect(prose('support-and-palliative-care')).toContain('at the same time as treatment for the cancer');
  });

  it('cite at least three https sources on each page', () => {
    for (const id of ['tests-and-check-ups', 'pain-control', 'living-with-weak-bones', 'support-and-palliative-care']) {
      const urls = page(id).sources.map((s) => s.url);
      expect(urls.length, id).toBeGreaterThanOrEqual(3);
      expect(urls.filter((url) => !url.startsWith('https://')), id).toEqual([]);
    }
  });
});
