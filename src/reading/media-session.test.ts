import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine } from '../../tests/fakes/fake-engine';
import { fixturePlayer, nextPage, readingDocument } from '../../tests/fakes/reading-fixture';
import { connectMediaSession } from './media-session';

const doc = readingDocument([{ anchor: 'introduction', title: 'Surgery', sentences: ['Surgery', 'Surgery can ease pain.'] }], {
  next: nextPage,
});

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
    const { player } = fixturePlayer({ document: doc, engine, voiceId: 'built-in' });
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
