import type { Player, PlayerState } from '../player/player';
import { sectionTitleAt } from '../player/reading-document';

/** What the lock screen shows, and where its "next" button goes once the page has been read. */
export interface MediaSessionInfo {
  readonly appName: string;
  readonly artwork: readonly { src: string; sizes: string; type: string }[];
  /** Goes to the guide's next page to read it; absent on the last page. */
  readonly nextPage?: () => void;
}

/**
 * Puts the built-in voice on the lock screen and in the notification area (Media Session API): the page
 * and section being read, the app's name and icon, and buttons for play, pause, stop, previous and next
 * sentence, and seek back or forward (also a sentence); once the page has been read, "next" goes on to the next
 * page, as the player's "Listen to the next page" does. Device voices are not media playback, so they
 * get no lock-screen controls (https://developer.mozilla.org/en-US/docs/Web/API/Media_Session_API).
 */
export function connectMediaSession(player: Player, session: MediaSession | undefined, info: MediaSessionInfo): () => void {
  const Metadata = (globalThis as { MediaMetadata?: typeof MediaMetadata }).MediaMetadata;
  if (!session || !Metadata) return () => {};
  const handlers: [MediaSessionAction, () => void][] = [
    ['play', () => player.resume()],
    ['pause', () => player.pause()],
    ['stop', () => player.stop()],
    ['previoustrack', () => player.previous()],
    // The spec runs action handlers as if the person had tapped the page
    // (https://github.com/w3c/mediasession/pull/169), so the next page may start reading. Not tried on a phone's
    // lock screen.
    ['nexttrack', () => (player.state.status === 'finished' && info.nextPage ? info.nextPage() : player.next())],
    ['seekbackward', () => player.previous()],
    ['seekforward', () => player.next()],
  ];
  let connected = false;
  let lastTitle = '';
  const connect = (on: boolean) => {
    if (on === connected) return;
    connected = on;
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, on ? handler : null);
      } catch {
        /* This browser does not support that action. */
      }
    }
  };
  const show = (state: PlayerState) => {
    const builtIn = state.engine === 'built-in' && state.status !== 'idle';
    connect(builtIn);
    if (!builtIn) {
      session.playbackState = 'none';
      return;
    }
    const doc = player.document;
    const section = sectionTitleAt(doc, state.index);
    if (section !== lastTitle) {
      lastTitle = section;
      session.metadata = new Metadata({ title: section, artist: info.appName, album: doc.pageTitle, artwork: [...info.artwork] });
    }
    session.playbackState = state.status === 'playing' || state.status === 'preparing' ? 'playing' : 'paused';
  };
  return player.subscribe(show);
}
