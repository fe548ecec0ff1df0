import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine } from '../../tests/fakes/fake-engine';
import { memoryStorage } from '../../tests/fakes/memory-storage';
import { nextTurn } from '../platform/next-turn';
import { loadWholeGuide } from '../player/whole-guide';
import { createEngineChooser } from '../speech/engine-choice';
import type { AppStorage } from '../storage/storage';
import { startReading } from './start-reading';

/** A page as the build writes it: an article with sentence spans, and the empty player region. */
function page(): HTMLElement {
  document.body.innerHTML = `<main><article data-page="surgery" data-title="Surgery"><h1><span class="s">Surgery</span></h1>
    <button type="button" data-listen="page">Listen</button><section data-section="introduction"><p><span class="s">Surgery can fix a broken bone.</span> <span class="s">It takes a few hours.</span></p></section>
    </article></main><div id="player-root"></div>`;
  return document.querySelector('article')!;
}

/** The adapters startReading needs, with the given device engine. */
function deps(device: FakeEngine, storage: AppStorage = memoryStorage()) {
  return {
    lang: 'en',
    storage,
    announcer: { announce: () => {} },
    chooser: createEngineChooser({
      device,
      builtIn: () => null,
      voicesSettled: () => true,
      voicesLoaded: Promise.resolve([]),
      online: () => true,
      lang: 'en',
      preferredLang: 'en-US',
      unavailable: new FakeEngine(),
    }),
    builtIn: () => null,
    voicesLoaded: Promise.resolve([]),
    online: () => true,
    wakeLock: { hold: () => {}, release: () => {} },
    nextTurn,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('startReading', () => {
  it('reads the article at once and connects the page in a later turn, so start-up is not one long task', async () => {
    const article = page();
    const device = new FakeEngine({ voices: [{ id: 'v1', name: 'Voice', lang: 'en-US', local: true, isDefault: true, engine: 'device' }] });
    const listen = article.querySelector<HTMLButtonElement>('button[data-listen]')!;
    const starting = startReading(article, deps(device));
    // Still in the caller's turn: the sentences are labelled, the Listen button not yet connected.
    expect(article.querySelector<HTMLElement>('.s')!.dataset.s).toMatch(/^s-[0-9a-f]{8}$/);
    listen.click();
    expect(device.requests).toHaveLength(0);
    const player = await starting;
    listen.click();
    expect(player.state.status).not.toBe('idle');
    expect(device.requests.map((request) => request.text)).toContain('Surgery');
  });

  it('reads a page opened from "Listen to the whole guide" in that mode: saved on the device, and said in the player', async () => {
    history.replaceState(null, '', '/surgery/#listen-guide');
    const storage = memoryStorage();
    const device = new FakeEngine({ voices: [{ id: 'v1', name: 'Voice', lang: 'en-US', local: true, isDefault: true, engine: 'device' }] });
    const player = await startReading(page(), deps(device, storage));
    expect(loadWholeGuide(storage)).toBe('surgery');
    // Not tapped here (no user activation in this test), so the page waits at its top for Play.
    expect(player.state.status).toBe('paused');
    // The bar shows the player's state once its effects have run (after a frame).
    await vi.waitFor(() =>
      expect(document.querySelector('.player__now-text')?.textContent).toBe('Whole guide paused: Surgery (sentence 1 of 3)'),
    );
    // Not again on a reload.
    expect(location.hash).toBe('');
  });

  it('a page opened any other way is not read in whole-guide mode', async () => {
    const storage = memoryStorage();
    const device = new FakeEngine({ voices: [{ id: 'v1', name: 'Voice', lang: 'en-US', local: true, isDefault: true, engine: 'device' }] });
    const article = page();
    await startReading(article, deps(device, storage));
    article.querySelector<HTMLButtonElement>('button[data-listen]')!.click();
    await vi.waitFor(() => expect(document.querySelector('.player__now-text')?.textContent).toBe('Reading: Surgery (sentence 1 of 3)'));
    expect(loadWholeGuide(storage)).toBeNull();
  });
});
