import { describe, expect, it } from 'vitest';
import { FakeEngine } from '../../tests/fakes/fake-engine';
import { memoryStorage } from '../../tests/fakes/memory-storage';
import { compileLexicon } from '../speech/pronounce';
import type { AppStorage } from '../storage/storage';
import { Player } from './player';
import type { NextPage, ReadingDocument } from './reading-document';
import { loadPosition } from './reading-memory';
import { clearWholeGuide, loadWholeGuide, saveWholeGuide, WHOLE_GUIDE_KEY, WholeGuide, wholeGuideAddress } from './whole-guide';

const ablation: NextPage = { pageId: 'ablation', path: '/ablation/', title: 'Ablation', firstSentenceId: 's-abl' };

/** A two-sentence page; the guide's last page when next is null. */
function page(pageId: string, next: NextPage | null): ReadingDocument {
  return {
    pageId,
    pageTitle: pageId === 'surgery' ? 'Surgery' : 'Glossary',
    lang: 'en',
    sections: [{ anchor: 'introduction', title: 'Intro', start: 0 }],
    items: [
      { id: `${pageId}-1`, text: 'Title', sectionIndex: 0 },
      { id: `${pageId}-2`, text: 'A sentence.', sectionIndex: 0 },
    ],
    next,
  };
}

/** A player on the page, in whole-guide mode or not, with what it announced and where it went. */
function setup({
  document = page('surgery', ablation),
  arrived = false,
  storage = memoryStorage(),
}: { document?: ReadingDocument; arrived?: boolean; storage?: AppStorage } = {}) {
  const engine = new FakeEngine();
  const announced: string[] = [];
  const visited: string[] = [];
  let guide: WholeGuide | null = null;
  const player = new Player({
    document,
    pronounce: compileLexicon({}),
    chooseEngine: () => ({ engine, voiceId: null }),
    fallback: () => null,
    storage,
    announce: (message) => announced.push(guide?.describe(message) ?? message),
  });
  guide = new WholeGuide(player, { storage, arrived, navigate: (address) => visited.push(address) });
  /** Lets the voice finish every sentence left on the page. */
  const finishPage = () => {
    while (player.state.status === 'playing') engine.finish();
  };
  return { player, guide, storage, announced, visited, finishPage };
}

describe('the whole-guide mode, as saved on the device', () => {
  it('is saved with its page, read back, and cleared', () => {
    const storage = memoryStorage();
    expect(loadWholeGuide(storage)).toBeNull();
    saveWholeGuide(storage, 'surgery');
    expect(loadWholeGuide(storage)).toBe('surgery');
    clearWholeGuide(storage);
    expect(loadWholeGuide(storage)).toBeNull();
  });

  it('ignores what it cannot trust: another version, no page, or not an object', () => {
    const storage = memoryStorage();
    for (const value of [{ version: 2, pageId: 'surgery' }, { version: 1 }, { version: 1, pageId: '' }, 'surgery', 7]) {
      storage.write(WHOLE_GUIDE_KEY, value);
      expect(loadWholeGuide(storage)).toBeNull();
    }
  });

  it('opens a page with #listen-guide', () => {
    expect(wholeGuideAddress('/surgery/')).toBe('/surgery/#listen-guide');
  });
});

describe('WholeGuide', () => {
  it('turns on for a page opened in the mode and, at its end, opens the next page in the same mode', () => {
    const { player, guide, storage, visited, finishPage } = setup({ arrived: true });
    expect(guide.active).toBe(true);
    expect(loadWholeGuide(storage)).toBe('surgery');
    player.playPage();
    finishPage();
    expect(player.state.status).toBe('finished');
    expect(visited).toEqual(['/ablation/#listen-guide']);
    // Saved before leaving: the next page is in the mode, and "Continue listening" leads to its top.
    expect(loadWholeGuide(storage)).toBe('ablation');
    expect(loadPosition(storage)).toMatchObject({ pageId: 'ablation', sentenceId: 's-abl' });
  });

  it('carries on after a reload or "Continue listening" on the page it was reading, and Stop ends it', () => {
    const storage = memoryStorage();
    saveWholeGuide(storage, 'surgery');
    const { player, guide, visited, announced } = setup({ storage });
    expect(guide.active).toBe(true);
    player.cue('surgery-2');
    player.resume();
    expect(announced.at(-1)).toBe('Reading the whole guide: Intro');
    player.stop();
    expect(announced.at(-1)).toBe('Stopped reading the whole guide');
    expect(guide.active).toBe(false);
    expect(loadWholeGuide(storage)).toBeNull();
    expect(visited).toEqual([]);
  });

  it('once stopped, a page read to its end stays where it is', () => {
    const { player, visited, finishPage } = setup({ arrived: true });
    player.playPage();
    player.stop();
    player.playPage();
    finishPage();
    expect(player.state.status).toBe('finished');
    expect(visited).toEqual([]);
  });

  it('Pause keeps the mode', () => {
    const { player, guide, storage } = setup({ arrived: true });
    player.playPage();
    player.pause();
    expect(guide.active).toBe(true);
    expect(loadWholeGuide(storage)).toBe('surgery');
  });

  it('does not apply on another page opened some other way: that page is read alone, and the mode stays for its own', () => {
    const storage = memoryStorage();
    saveWholeGuide(storage, 'medicines');
    const { player, guide, visited, announced, finishPage } = setup({ storage });
    expect(guide.active).toBe(false);
    player.playPage();
    finishPage();
    expect(visited).toEqual([]);
    expect(announced).toEqual(['Reading: Surgery', 'Finished reading Surgery. Next page: Ablation']);
    expect(loadWholeGuide(storage)).toBe('medicines');
  });

  it("ends after the guide's last page, and says the whole guide is finished", () => {
    const { player, guide, storage, visited, announced, finishPage } = setup({ document: page('glossary', null), arrived: true });
    player.playPage();
    expect(announced).toEqual(['Reading the whole guide: Glossary']);
    finishPage();
    expect(announced.at(-1)).toBe('Finished reading the whole guide');
    expect(visited).toEqual([]);
    expect(guide.active).toBe(false);
    expect(loadWholeGuide(storage)).toBeNull();
  });

  it('sends the lock screen\'s "next" to the next page in the mode only while it is on', () => {
    const storage = memoryStorage();
    const off = setup({ storage });
    expect(off.guide.nextAddress('/ablation/')).toBe('/ablation/#listen');
    const on = setup({ arrived: true });
    expect(on.guide.nextAddress('/ablation/')).toBe('/ablation/#listen-guide');
  });
});
