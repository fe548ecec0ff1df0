import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine } from '../../tests/fakes/fake-engine';
import { fixturePlayer, readingDocument } from '../../tests/fakes/reading-fixture';
import { startHighlighter } from './highlighter';

const doc = readingDocument([{ anchor: 'a', title: 'Page', sentences: ['The last sentence.'] }], {
  pageId: 'p',
  pageTitle: 'Page',
  next: { pageId: 'next', path: '/next/', title: 'Next', firstSentenceId: 's-next' },
});

/** A box at the given top and bottom, as getBoundingClientRect reports it. */
const box = (top: number, bottom: number) =>
  ({ top, bottom, left: 0, right: 100, width: 100, height: bottom - top, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('startHighlighter', () => {
  it('brings the sentence just read back into view when the player grows over it as the page ends', () => {
    vi.stubGlobal('innerHeight', 800);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      callback(0);
      return 0;
    });
    document.body.innerHTML = '<article><p><span class="s" data-s="s-1">The last sentence.</span></p></article><div id="app-bar"></div>';
    const sentence = document.querySelector<HTMLElement>('[data-s]')!;
    const bar = document.getElementById('app-bar')!;
    // The sentence ends at 500 px; the player starts at 520 px while reading, and at 460 px once it shows the link.
    sentence.getBoundingClientRect = () => box(460, 500);
    let barTop = 520;
    bar.getBoundingClientRect = () => box(barTop, 800);
    const scrolled = vi.fn();
    sentence.scrollIntoView = scrolled;
    const engine = new FakeEngine();
    const { player } = fixturePlayer({ document: doc, engine });
    startHighlighter(player, { root: document.querySelector('article')!, prefersReducedMotion: () => true });
    player.playPage();
    expect(sentence.classList.contains('is-reading')).toBe(true);
    expect(scrolled).not.toHaveBeenCalled();
    barTop = 460;
    engine.finish();
    expect(player.state.status).toBe('finished');
    expect(scrolled).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
  });
});
