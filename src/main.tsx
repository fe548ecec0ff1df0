// The composition root: creates each browser adapter once, then starts the interactive parts of this page.
import './styles/fonts.css';
import './styles/global.css';
import { render } from 'preact';
import { scheduleFullLayout } from './layout/full-layout';
import { watchConnection } from './offline/connection';
import { watchInstallPrompt } from './offline/install-prompt';
import { checkForUpdatesWhileOpen, registerServiceWorker } from './offline/service-worker-bridge';
import { nextTurn } from './platform/next-turn';
import { createWakeLock } from './platform/wake-lock';
import { CareTeamStore } from './care-team/care-team';
import type { Player } from './player/player';
import { loadPosition } from './player/reading-memory';
import { loadReading } from './reading/load-reading';
import { BuiltInSpeechEngine } from './built-in-voice/built-in-engine';
import { SettingsStore } from './settings/settings-store';
import { createEngineChooser } from './speech/engine-choice';
import { findWebSpeech, NativeSpeechEngine } from './speech/native-engine';
import type { SpeechEngine } from './speech/speech-engine';
import { UnavailableEngine } from './speech/unavailable-engine';
import { createStorage, findLocalStorage } from './storage/storage';
import { AppNotices, Notices, OfflineReadyNote } from './ui/app-notices/app-notices';
import { CareTeamCalls, CareTeamPrompt } from './ui/care-team/care-team-calls';
import { CareTeamForm } from './ui/care-team/care-team-form';
import { ContinueListening } from './ui/continue-listening/continue-listening';
import { goToSavedPlace, NothingToContinue } from './ui/continue-listening/continue-page';
import { connectHeaderMenus } from './ui/disclosure/header-menus';
import { InstallHelp, isAppleMobile } from './ui/install-help/install-help';
import { trackBarHeight } from './ui/player-bar/bar-height';
import { SettingsForm } from './ui/settings-form/settings-form';
import { createStatusAnnouncer } from './ui/status/status-announcer';
import { VoicePicker } from './ui/voice-picker/voice-picker';

const doc = document;
const root = doc.documentElement;
const lang = root.lang || 'en';

// Later sections skipped layout for a faster first paint; lay them out when idle or at first use. A link to a
// place in the page (#section, #continue-listening) needs real sizes to land there, so it is done at once.
const finishLayout = scheduleFullLayout(root, window, doc.readyState === 'complete');
if (location.hash) finishLayout();

// Adapters, created once.
const storage = createStorage(findLocalStorage());
const settings = new SettingsStore(storage, root, window);
const careTeam = new CareTeamStore(storage);
const announcer = createStatusAnnouncer(doc.getElementById('app-status'));
const webSpeech = findWebSpeech();
const device: SpeechEngine | null = webSpeech ? new NativeSpeechEngine(webSpeech) : null;
const wakeLock = createWakeLock(navigator, doc);
const connection = watchConnection(window);
const online = () => connection.online;
const notices = new Notices();
const serviceWorker = registerServiceWorker(navigator.serviceWorker, {
  onOfflineReady: () => notices.set({ offlineReady: true }),
  onUpdateReady: () => notices.set({ updateReady: true }),
});
checkForUpdatesWhileOpen(serviceWorker, doc, (check, ms) => setInterval(check, ms));
const install = watchInstallPrompt(window);
// The device's voice list, asked for once; the chooser and the built-in voice's warm-up both wait on it.
let voicesSettled = device === null;
const voicesLoaded = device?.loadVoices().then((voices) => {
  voicesSettled = true;
  return voices;
});
// The header's offline badge is drawn by CSS from this attribute (src/startup/startup.ts sets it at load).
connection.subscribe((isOnline) => {
  if (isOnline) delete root.dataset.offline;
  else root.dataset.offline = 'true';
  announcer.announce(isOnline ? 'You are back online.' : 'You are offline. Everything in this guide still works.');
});
// The built-in voice is created on first use; its files load only when it is needed.
let builtInEngine: BuiltInSpeechEngine | null = null;
const builtIn = (): BuiltInSpeechEngine | null => {
  if (typeof __BUILT_IN_VOICE__ === 'undefined' || typeof Worker === 'undefined') return null;
  builtInEngine ??= new BuiltInSpeechEngine({
    scriptUrl: __BUILT_IN_VOICE__.script,
    dataUrl: __BUILT_IN_VOICE__.data,
    createWorker: () => new Worker(new URL('./built-in-voice/espeak-worker.ts', import.meta.url), { type: 'module' }),
    audio: new Audio(),
    announce: (message) => announcer.announce(message),
  });
  return builtInEngine;
};
const chooser = createEngineChooser({
  device,
  builtIn,
  voicesSettled: () => voicesSettled,
  voicesLoaded: voicesLoaded ?? Promise.resolve([]),
  online,
  lang,
  preferredLang: navigator.language || 'en-US',
  unavailable: new UnavailableEngine(),
});

trackBarHeight(root, doc.getElementById('app-bar'), window);

// Install help on the home page comes first: the player reads it with the rest of the page (on iPhone and iPad its
// steps can be listened to), so it must be drawn before the page's sentences are gathered below.
const installRoot = doc.getElementById('install-root');
const standalone = window.matchMedia?.('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
if (installRoot) {
  const way = standalone ? 'installed' : isAppleMobile(navigator.userAgent, navigator.maxTouchPoints ?? 0) ? 'ios' : 'menu';
  render(<InstallHelp install={install} initialWay={way} />, installRoot);
}

// The care team's call buttons (or the prompt to save their numbers) sit near the top of the home and urgent pages,
// so they are drawn at once, before the rest moves under them.
const careTeamCalls = doc.getElementById('care-team-calls');
const careTeamPrompt = doc.getElementById('care-team-prompt');
if (careTeamCalls || careTeamPrompt) {
  const numbers = careTeam.load();
  if (careTeamCalls) render(<CareTeamCalls numbers={numbers} />, careTeamCalls);
  if (careTeamPrompt) render(<CareTeamPrompt numbers={numbers} />, careTeamPrompt);
}

// The "Continue listening" shortcut goes straight to where the person stopped.
const continuePage = doc.getElementById('continue-page');
const continuing = continuePage ? goToSavedPlace(storage, (address) => location.replace(address)) : false;

// The header's buttons work from here on; the display panel's form is drawn in a later turn (below).
connectHeaderMenus(doc);

// A page with something to read (an article, or the home page's list) gets the player, in a file of its own. The
// first element with data-page is the one read: on the home page, the install steps are inside it.
const article = doc.querySelector<HTMLElement>('[data-page]');
const playerReady: Promise<Player | null> = article
  ? loadReading(article, { lang, storage, announcer, chooser, builtIn, voicesLoaded, online, wakeLock, nextTurn })
  : Promise.resolve(null);

void drawTheRest();

/** Draws the page's other interactive parts after the first turn, the larger ones in turns of their own. */
async function drawTheRest(): Promise<void> {
  await nextTurn();
  // The Settings page's form is that page's content, so it comes first.
  const settingsRoot = doc.getElementById('settings-root');
  if (settingsRoot) {
    render(
      <SettingsForm store={settings}>
        <VoicePicker
          device={device}
          builtIn={builtIn}
          storage={storage}
          lang={lang}
          online={online}
          announce={(m) => announcer.announce(m)}
        />
      </SettingsForm>,
      settingsRoot,
    );
    const careTeamRoot = doc.getElementById('care-team-root');
    if (careTeamRoot) render(<CareTeamForm store={careTeam} announce={(m) => announcer.announce(m)} />, careTeamRoot);
    // The form drawn above it moved the care team's section down; Safari keeps no scroll anchor
    // (https://caniuse.com/css-overflow-anchor), so a link to it (/settings/#care-team) is followed again.
    if (location.hash === '#care-team') doc.getElementById('care-team')?.scrollIntoView();
    await nextTurn();
  }

  if (continuePage && !continuing) render(<NothingToContinue />, continuePage);
  const continueRoot = doc.getElementById('continue-root');
  if (continueRoot) render(<ContinueListening position={loadPosition(storage)} />, continueRoot);
  const offlineNoteRoot = doc.getElementById('offline-note');
  if (offlineNoteRoot) render(<OfflineReadyNote notices={notices} announce={(message) => announcer.announce(message)} />, offlineNoteRoot);

  // The update message waits for the player, so it can hold the reload while something is being read.
  const noticesRoot = doc.getElementById('app-notices');
  if (noticesRoot) {
    void playerReady.then((player) =>
      render(
        <AppNotices
          notices={notices}
          bridge={serviceWorker}
          isReading={() => player?.isActive ?? false}
          onReadingChange={(listener) => player?.subscribe(listener) ?? (() => {})}
          announce={(message) => announcer.announce(message)}
        />,
        noticesRoot,
      ),
    );
  }

  // The display panel's form: fifteen radio buttons and their groups, hidden until the panel opens. A panel opened
  // before this shows the form from here (src/ui/disclosure/disclosure.ts).
  await nextTurn();
  const displayPanelRoot = doc.getElementById('display-panel-root');
  if (displayPanelRoot) render(<SettingsForm store={settings} idPrefix="panel-" />, displayPanelRoot);
}
