// Functions that run inside the page under test. Each is sent as source text, so each uses only its arguments and
// the page's globals, and returns plain data.

/** What the reading recorder saw, in order, with times from performance.now(). */
export interface ReadingLog {
  /** Each sentence as it became the highlighted one. */
  readonly highlights: string[];
  /** The player bar's state word each time it changed ("Reading", "Paused", "The voice is not working"). */
  readonly states: string[];
  /** The status region's text each time it changed. */
  readonly announcements: string[];
  /** Each time an audio element began to play sound, with the length of what it played. */
  readonly playing: { at: number; duration: number }[];
  /** Each play() the page's audio refused, and each error of the audio element (names and codes). */
  readonly audioFailures: string[];
  /** Each utterance passed to the device's speech engine, and what became of it. */
  readonly utterances: { text: string; voice: string | null; events: string[] }[];
  /** When Listen was pressed. */
  readonly listenAt: number | null;
}

/**
 * Starts recording what the page shows and plays while it reads aloud: the highlighted sentence, the player's state,
 * the status region, the audio element's playback and the device speech engine's utterances. Observing the page's
 * own reports, rather than waiting a fixed time, keeps the tests independent of the speed of the machine and voice.
 */
export function startReadingLog(): void {
  type Log = {
    highlights: string[];
    states: string[];
    announcements: string[];
    playing: { at: number; duration: number }[];
    audioFailures: string[];
    utterances: { text: string; voice: string | null; events: string[] }[];
    listenAt: number | null;
  };
  const log: Log = { highlights: [], states: [], announcements: [], playing: [], audioFailures: [], utterances: [], listenAt: null };
  (window as unknown as { readingLog: Log }).readingLog = log;
  const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let lastState = '';
  let lastAnnouncement = text(document.getElementById('app-status'));
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (
        record.type === 'attributes' &&
        target instanceof Element &&
        target.classList.contains('is-reading') &&
        !(record.oldValue ?? '').includes('is-reading')
      ) {
        log.highlights.push(text(target));
      }
    }
    const state = text(document.querySelector('.player__now-text .player__state')).replace(/:$/, '');
    if (state !== lastState) log.states.push((lastState = state));
    const announcement = text(document.getElementById('app-status'));
    if (announcement !== lastAnnouncement && announcement) log.announcements.push(announcement);
    lastAnnouncement = announcement;
  }).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class'],
    attributeOldValue: true,
  });
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('[data-listen]')) log.listenAt = event.timeStamp;
    },
    true,
  );
  const watched = new WeakSet<HTMLMediaElement>();
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (!watched.has(this)) {
      watched.add(this);
      (window as unknown as { readingAudio: HTMLMediaElement }).readingAudio = this;
      this.addEventListener('playing', () => log.playing.push({ at: performance.now(), duration: this.duration }));
      this.addEventListener('error', () =>
        log.audioFailures.push(`error event ${this.error?.code ?? ''} ${this.error?.message ?? ''}`.trim()),
      );
    }
    const result = play.call(this);
    result.catch((error: unknown) =>
      log.audioFailures.push(`play() refused: ${error instanceof Error ? `${error.name} ${error.message}` : String(error)}`),
    );
    return result;
  };
  if ('speechSynthesis' in window) {
    const speak = speechSynthesis.speak;
    speechSynthesis.speak = function (this: SpeechSynthesis, utterance: SpeechSynthesisUtterance) {
      const entry = { text: utterance.text, voice: utterance.voice?.name ?? null, events: [] as string[] };
      log.utterances.push(entry);
      for (const type of ['start', 'end', 'error'] as const) {
        utterance.addEventListener(type, (event) =>
          entry.events.push(type === 'error' ? `error:${(event as SpeechSynthesisErrorEvent).error}` : type),
        );
      }
      return speak.call(this, utterance);
    };
  }
}

/** Reads the recorder's log. */
export function readingLog(): ReadingLog {
  return (window as unknown as { readingLog: ReadingLog }).readingLog;
}

/** The displayed text of a section's sentences, its heading first, in reading order. */
export function sectionSentences(anchor: string): string[] {
  return [...document.querySelectorAll(`section[data-section="${anchor}"] .s`)].map((element) =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** The text of the sentence after the highlighted one, in reading order. */
export function sentenceAfterHighlight(): string | null {
  const sentences = [...document.querySelectorAll('article [data-s]')];
  const current = sentences.findIndex((each) => each.classList.contains('is-reading'));
  return current === -1 ? null : (sentences[current + 1]?.textContent ?? '').replace(/\s+/g, ' ').trim() || null;
}

/** The text of the first sentence of the section after this one (its heading). */
export function nextSectionHeading(anchor: string): string | null {
  const section = document.querySelector(`section[data-section="${anchor}"]`);
  const next = section?.nextElementSibling?.closest('section[data-section]') ?? null;
  return (next?.querySelector('.s')?.textContent ?? '').replace(/\s+/g, ' ').trim() || null;
}

/** Whether the page's reading script has given its sentences their ids, so Listen and the highlight work. */
export function isReadyToRead(): boolean {
  return !!document.querySelector('article [data-s]');
}

/** The page's h1, once the page's script has run (sentences are marked then), with whether it has a main landmark. */
export function pageHeading(): { h1: string; main: boolean } {
  return { h1: (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(), main: !!document.querySelector('main') };
}

/** What the page's settings are: the root's data attributes, the computed text size and colour, and the choices ticked on the page. */
export function appliedSettings(): {
  textSize: string | null;
  theme: string | null;
  fontSize: number;
  background: string;
  checked: string[];
} {
  const root = document.documentElement;
  return {
    textSize: root.dataset.textSize ?? null,
    theme: root.dataset.theme ?? null,
    fontSize: parseFloat(getComputedStyle(root).fontSize),
    background: getComputedStyle(root).backgroundColor,
    checked: [...document.querySelectorAll<HTMLInputElement>('main input[type="radio"]:checked')].map((input) =>
      (input.labels?.[0]?.textContent ?? '').trim(),
    ),
  };
}

/** Whether a service worker controls this page. */
export function isControlled(): boolean {
  return !!navigator.serviceWorker?.controller;
}

/** The player bar's text and buttons, and which sentence is highlighted. */
export function playerView(): { now: string; buttons: string[]; highlighted: string[] } {
  const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    now: text(document.querySelector('.player__now-text')),
    buttons: [...document.querySelectorAll('section.player button')].map(text),
    highlighted: [...document.querySelectorAll('.is-reading')].map(text),
  };
}
