import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine } from '../../tests/fakes/fake-engine';
import { memoryStorage } from '../../tests/fakes/memory-storage';
import { Player } from '../player/player';
import type { ReadingDocument } from '../player/reading-document';
import { compileLexicon } from '../speech/pronounce';
import { connectMediaSession } from './media-session';

const doc: ReadingDocument = {
  pageId: 'surgery',
  pageTitle: 'Surgery',
  lang: 'en',
  sections: [{ anchor: 'introduction', title: 'Surgery', start: 0 }],
  items: [
    { id: 's-1', text: 'Surgery', sectionIndex: 0 },
    { id: 's-2', text: 'Surgery can ease pain.', sectionIndex: 0 },
  ],
  next: { pageId: 'ablation', path: '/ablation/', title: 'Ablation', firstSentenceId: 's-ab' },
};

/** A lock screen: the handlers the page set, by action. */
function fakeSession() {
  const handlers = new Map<string, () => void>();
  const session = {
    metadata: null as unknown,
    playbackState: 'none',
    setActionHandler(action: string, handler: (() => void) | null) {
      if (handler) handlers.set(action, handler);
      else handlers.delete(action);
    },
  };
  return { session: session as unknown as MediaSession, handlers };
}

afterEach(() => vi.unstubAllGlobals());

describe('connectMediaSession', () => {
  it('moves a sentence on with "next" while reading, and goes to the next page with it once the page is read', () => {
    vi.stubGlobal('MediaMetadata', class {});
    const engine = new FakeEngine({ kind: 'built-in' });
    const player = new Player({
      document: doc,
      pronounce: compileLexicon({}),
      chooseEngine: () => ({ engine, voiceId: 'built-in' }),
      fallback: () => null,
      storage: memoryStorage(),
      announce: () => {},
    });
    const { session, handlers } = fakeSession();
    const nextPage = vi.fn();
    connectMediaSession(player, session, { appName: 'Guide', artwork: [], nextPage });
    player.playPage();
    handlers.get('nexttrack')!();
    expect(player.state.index).toBe(1);
    expect(nextPage).not.toHaveBeenCalled();
    engine.finish();
    expect(player.state.status).toBe('finished');
    handlers.get('nexttrack')!();
    expect(nextPage).toHaveBeenCalledOnce();
  });
});
