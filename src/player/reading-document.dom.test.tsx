import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SentenceIds } from '../shared/sentence-ids';
import { Sentences } from '../pages/sentence-text/sentence-text';
import { labelSentences, readDocument } from './reading-document';

/** A prerendered article as the build writes it: sentence spans without ids. */
function article(paragraphs: string[][], page = 'surgery'): HTMLElement {
  const element = document.createElement('article');
  element.dataset.page = page;
  element.dataset.title = 'Surgery';
  element.innerHTML = `<h1><span class="s">Surgery</span></h1><section data-section="introduction">${paragraphs
    .map((sentences) => `<p>${sentences.map((text) => `<span class="s">${text}</span>`).join(' ')}</p>`)
    .join('')}</section>`;
  return element;
}

const ids = (element: HTMLElement) => [...element.querySelectorAll<HTMLElement>('.s')].map((span) => span.dataset.s);

describe('labelSentences', () => {
  it('gives every sentence the id the build would give its words, in page order', () => {
    const page = article([['Surgery can fix a <a href="/glossary/">broken</a> bone.', 'It takes a few hours.']]);
    labelSentences(page);
    const expected = new SentenceIds('surgery');
    expect(ids(page)).toEqual([
      expected.next('Surgery'),
      expected.next('Surgery can fix a broken bone.'),
      expected.next('It takes a few hours.'),
    ]);
    expect(ids(page).every((id) => /^s-[0-9a-f]{8}$/.test(id ?? ''))).toBe(true);
  });

  it('keeps a sentence id when other sentences change, and tells repeated sentences apart', () => {
    const before = article([['Ask your team.', 'Rest after the operation.']]);
    const after = article([
      ['A new first sentence.', 'Ask your team.'],
      ['Rest after the operation.', 'Ask your team.'],
    ]);
    labelSentences(before);
    labelSentences(after);
    const [, ask, rest] = ids(before);
    expect(ids(after)).toEqual([ids(before)[0], expect.any(String), ask, rest, `${ask}-2`]);
  });

  it('lets readDocument read the labelled sentences with their ids', () => {
    const page = article([['One.', 'Two.']]);
    labelSentences(page);
    const doc = readDocument(page, 'en');
    expect(doc.items.map((item) => [item.id, item.text])).toEqual([
      [ids(page)[0], 'Surgery'],
      [ids(page)[1], 'One.'],
      [ids(page)[2], 'Two.'],
    ]);
  });
});

describe('readDocument: the next page', () => {
  it('takes the next page from the article\'s own "Next:" link, without its label', () => {
    const page = article([['One.']]);
    page.insertAdjacentHTML(
      'beforeend',
      '<nav class="pager"><ul><li><a href="/surgery/" rel="prev"><span class="pager__label">Previous:</span> Radiation</a></li>' +
        '<li><a href="/ablation/" rel="next"><span class="pager__label">Next:</span> Ablation of\n a tumour</a></li></ul></nav>',
    );
    labelSentences(page);
    // The id its title gets on that page, where it is the first sentence.
    const firstSentenceId = new SentenceIds('ablation').next('Ablation of a tumour');
    expect(readDocument(page, 'en').next).toEqual({
      pageId: 'ablation',
      path: '/ablation/',
      title: 'Ablation of a tumour',
      firstSentenceId,
    });
  });

  it('is null on the last page, which has no "Next:" link', () => {
    const page = article([['One.']]);
    labelSentences(page);
    expect(readDocument(page, 'en').next).toBeNull();
  });
});

describe('the prerendered sentence markup', () => {
  it('carries no ids: the script works them out', () => {
    const host = document.createElement('div');
    render(<Sentences sentences={[{ id: 's-00000001', text: 'One.', runs: [{ text: 'One.' }] }]} />, host);
    expect(host.innerHTML).toBe('<span class="s">One.</span>');
  });
});
