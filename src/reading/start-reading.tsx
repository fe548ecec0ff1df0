// Reading aloud for a page with something to read (an article, or the home page's list): the player, its highlight,
// its controls and the page's wiring. Only those pages load this code (load-reading.ts imports it when the page has
// an element with data-page, and they preload it), so pages with nothing to read, such as Settings, load less script.
import { render } from 'preact';
import lexicon from 'virtual:lexicon';
import type { BuiltInSpeechEngine } from '../built-in-voice/built-in-engine';
import { connectMediaSession } from './media-session';
import type { ScreenWakeLock } from '../platform/wake-lock';
import { startHighlighter } from '../player/highlighter';
import { Player } from '../player/player';
import { labelSentences, LISTEN_ON_ARRIVAL, readDocument } from '../player/reading-document';
import { CONTINUE_LISTENING, loadPosition } from '../player/reading-memory';
import { LISTEN_TO_GUIDE, WholeGuide } from '../player/whole-guide';
import { connectReader } from './reader';
import { SITE } from '../site/site';
import { usableVoices } from '../speech/choose-voice';
import type { createEngineChooser } from '../speech/engine-choice';
import { compileLexicon } from '../speech/pronounce';
import type { VoiceInfo } from '../speech/speech-engine';
import type { AppStorage } from '../storage/storage';
import { PlayerBar } from '../ui/player-bar/player-bar';
import type { StatusAnnouncer } from '../ui/status/status-announcer';

/** The adapters, created once at start-up, that reading aloud uses. */
export interface ReadingDeps {
  readonly lang: string;
  readonly storage: AppStorage;
  readonly announcer: StatusAnnouncer;
  readonly chooser: ReturnType<typeof createEngineChooser>;
  readonly builtIn: () => BuiltInSpeechEngine | null;
  readonly voicesLoaded: Promise<readonly VoiceInfo[]> | undefined;
  readonly online: () => boolean;
  readonly wakeLock: ScreenWakeLock;
  /** Gives the browser a turn between steps of start-up (src/platform/next-turn.ts). */
  readonly nextTurn: () => Promise<void>;
}

/** Creates the player for this page's article, then, a turn later, connects the highlight, the controls and the page. */
export async function startReading(
  article: HTMLElement,
  { lang, storage, announcer, chooser, builtIn, voicesLoaded, online, wakeLock, nextTurn }: ReadingDeps,
): Promise<Player> {
  const doc = article.ownerDocument;
  labelSentences(article);
  // The whole-guide mode needs the player, and the player's news is said the way the mode changes it.
  let wholeGuide: WholeGuide | null = null;
  const player = new Player({
    document: readDocument(article, lang),
    pronounce: compileLexicon(lexicon),
    chooseEngine: (voiceId) => chooser.choose(voiceId),
    fallback: (failed) => chooser.fallback(failed),
    storage,
    announce: (message) => announcer.announce(wholeGuide?.describe(message) ?? message),
    unlock: () => chooser.unlock(),
  });
  // Opened by "Listen to the whole guide" or by the page before it in that mode (#listen-guide): read from the top too.
  const arrivedInGuide = location.hash === LISTEN_TO_GUIDE;
  const guide = new WholeGuide(player, { storage, arrived: arrivedInGuide, navigate: (address) => location.assign(address) });
  wholeGuide = guide;
  // Reading the article is half of this setup; the controls are drawn in the next turn (src/platform/next-turn.ts).
  await nextTurn();
  const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const highlighter = startHighlighter(player, { root: article, prefersReducedMotion: reducedMotion });
  connectReader({ root: article, player, onControlUsed: () => highlighter.follow() });
  // Arriving from the previous page's "Listen to the next page" (#listen), or in the whole guide (#listen-guide): read
  // this page from the top.
  const listenOnArrival = location.hash === LISTEN_ON_ARRIVAL || arrivedInGuide;
  const playerRoot = doc.getElementById('player-root');
  if (playerRoot)
    render(
      <PlayerBar
        player={player}
        onControlUsed={() => highlighter.follow()}
        focusWhenShown={listenOnArrival}
        wholeGuide={() => guide.active}
      />,
      playerRoot,
    );

  const next = player.document.next;
  connectMediaSession(player, navigator.mediaSession, {
    appName: SITE.name,
    nextPage: next ? () => location.assign(guide.nextAddress(next.path)) : undefined,
    artwork: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  });
  // With no usable device voice, load the built-in voice now, so Listen starts sooner.
  void (voicesLoaded ?? Promise.resolve([])).then((voices) => {
    if (usableVoices(voices, online()).length === 0)
      void builtIn()
        ?.warmUp()
        .catch(() => {});
  });

  player.subscribe((state) => {
    if (state.status === 'playing' && state.engine === 'device') wakeLock.hold();
    else if (state.status !== 'preparing') wakeLock.release();
  });
  // Device voices cannot play in the background, so pause cleanly when the page is hidden, and stop
  // speech entirely when the page goes away (Chromium keeps speaking after navigation otherwise:
  // https://github.com/mdn/dom-examples/pull/307).
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden' && player.state.engine === 'device') player.pause();
  });
  window.addEventListener('pagehide', () => player.shutdown());

  const saved = loadPosition(storage);
  if (location.hash === CONTINUE_LISTENING && saved?.pageId === player.document.pageId) player.cue(saved.sentenceId);
  if (listenOnArrival) {
    // Not again on a reload, or from a bookmark made here.
    history.replaceState(history.state, '', location.pathname + location.search);
    // A page may speak before it is tapped only if the person tapped the page they came from: Chromium carries that
    // over a link within the site (navigator.userActivation.hasBeenActive is true on arrival: "the user has interacted
    // with the domain", https://developer.chrome.com/blog/autoplay). Elsewhere (a bookmark, Safari) the place is set
    // and Play waits.
    const tapped = (navigator as { userActivation?: { hasBeenActive: boolean } }).userActivation?.hasBeenActive === true;
    // After the voice list has loaded, so the page's title is read in the chosen voice, not the browser's default;
    // but not more than a second, where a device has no voices (the list's own wait is 5 seconds).
    const voicesOrASecond = Promise.race([voicesLoaded, new Promise((resolve) => setTimeout(resolve, 1000))]);
    if (tapped) void voicesOrASecond.then(() => player.state.status === 'idle' && player.playPage());
    else player.cue(null, `Ready to read ${player.document.pageTitle}. Press Play to start.`);
  }
  return player;
}
