/**
 * Device voices that misbehave as real ones do, for the voice fall-back tests. Like tests/fakes, each installer is
 * self-contained: Playwright sends it to the page as source text (page.addInitScript(installDeviceVoice, behaviour)).
 */

/**
 * - "no-voices": the list stays empty and never says so, and speak() does nothing (Firefox with no speech service).
 * - "fails-later": one voice that starts, keeps reporting words, and fails once the tap that started it no longer
 *   counts as a tap (navigator.userActivation.isActive is false), so what follows must play without one.
 * - "stalls": one voice that starts and then reports nothing, ever (Firefox through a speech service with no sound).
 */
export type DeviceVoiceBehaviour = 'no-voices' | 'fails-later' | 'stalls';

/** What the fake records, on window.__deviceVoice. */
export interface DeviceVoiceLog {
  spoken: string[];
  started: string[];
  /** Whether the page still counted a tap when the voice failed ("fails-later" only). */
  failedInTap: boolean | null;
}

/** Replaces speechSynthesis with a voice that behaves as asked. */
export function installDeviceVoice(behaviour: DeviceVoiceBehaviour): void {
  type Handler = ((event: Record<string, unknown>) => void) | null;
  class Utterance {
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: unknown = null;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    onboundary: Handler = null;
    constructor(public text = '') {}
  }
  const log: DeviceVoiceLog = { spoken: [], started: [], failedInTap: null };
  (window as unknown as { __deviceVoice: typeof log }).__deviceVoice = log;
  const voices =
    behaviour === 'no-voices' ? [] : [{ name: 'Test Voice', lang: 'en-US', localService: true, default: true, voiceURI: 'test:voice' }];
  let current: Utterance | null = null;
  let words: ReturnType<typeof setInterval> | undefined;
  const event = (u: Utterance, extra: Record<string, unknown> = {}) => ({
    utterance: u,
    charIndex: 0,
    charLength: 0,
    elapsedTime: 0,
    name: 'word',
    ...extra,
  });
  const fail = (u: Utterance) => {
    clearInterval(words);
    current = null;
    log.failedInTap = navigator.userActivation.isActive;
    u.onerror?.(event(u, { error: 'synthesis-failed' }));
  };
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => voices.slice(),
    addEventListener: () => {},
    removeEventListener: () => {},
    speak(u: Utterance) {
      log.spoken.push(u.text);
      if (behaviour === 'no-voices') return;
      current = u;
      setTimeout(() => {
        if (current !== u) return;
        log.started.push(u.text);
        u.onstart?.(event(u));
        // A voice that is still speaking keeps reporting where it is, until the tap has worn off.
        if (behaviour === 'fails-later') {
          words = setInterval(() => {
            if (current !== u) return;
            if (navigator.userActivation.isActive) u.onboundary?.(event(u, { charLength: 3 }));
            else fail(u);
          }, 250);
        }
      }, 5);
    },
    cancel() {
      clearInterval(words);
      current = null;
    },
    pause() {},
    resume() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
}

/** What window.__audioHeard records: the built-in voice's sentences heard playing, with their time moving on. */
export interface AudioHeard {
  /** Sentences (clips longer than the silent one that unlocks the element) that fired "playing". */
  playing: number;
  /** The furthest any such clip has played, in seconds, while not paused. */
  furthest: number;
  /** play() calls made while the page no longer counted a tap. */
  playsOutsideTap: number;
  /** performance.now() of the first click, and of the first sentence's "playing". */
  tapAt: number | null;
  firstPlayingAt: number | null;
}

/** Watches every audio element the page plays, to tell real playback of a sentence from the silent unlocking clip. */
export function watchAudioPlayback(): void {
  const heard: AudioHeard = { playing: 0, furthest: 0, playsOutsideTap: 0, tapAt: null, firstPlayingAt: null };
  (window as unknown as { __audioHeard: AudioHeard }).__audioHeard = heard;
  document.addEventListener('click', () => (heard.tapAt ??= performance.now()), true);
  const watched = new WeakSet<HTMLMediaElement>();
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (!navigator.userActivation.isActive) heard.playsOutsideTap++;
    if (!watched.has(this)) {
      watched.add(this);
      const sentence = () => this.duration > 0.1;
      this.addEventListener('playing', () => {
        if (!sentence()) return;
        heard.playing++;
        heard.firstPlayingAt ??= performance.now();
      });
      this.addEventListener('timeupdate', () => {
        if (sentence() && !this.paused) heard.furthest = Math.max(heard.furthest, this.currentTime);
      });
    }
    return play.call(this);
  };
}
