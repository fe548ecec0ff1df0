import { afterEach, describe, expect, it } from 'vitest';
import { FakeEngine } from '../../tests/fakes/fake-engine';
import { memoryStorage } from '../../tests/fakes/memory-storage';
import { nextTurn } from '../platform/next-turn';
import { createEngineChooser } from '../speech/engine-choice';
import { startReading } from './start-reading';

/** A page as the build writes it: an article with sentence spans, and the empty player region. */
function page(): HTMLElement {
  document.body.innerHTML = `<main><article data-page="surgery" data-title="Surgery"><h1><span class="s">Surgery</span></h1>
    <button type="button" data-listen="page">Listen</button><section data-section="introduction"><p><span class="s">Surgery can fix a broken bone.</span> <span class="s">It takes a few hours.</span></p></section>
    </article></main><div id="player-root"></div>`;
  return document.querySelector('article')!;
}

/** The adapters startReading needs, with the given device engine. */
function deps(device: FakeEngine) {
  return {
    lang: 'en',
    storage: memoryStorage(),
    announcer: { announce: () => {} },
    chooser: createEngineChooser({ device, builtIn: () => null, voicesSettled: () => true, voicesLoaded: Promise.resolve([]), online: () => true, lang: 'en', preferredLang: 'en-US', unavailable: new FakeEngine() }),
    builtIn: () => null,
    voicesLoaded: Promise.resolve([]),
    online: () => true,
    wakeLock: { hold: () => {}, release: () => {} },
    nextTurn,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
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
});
