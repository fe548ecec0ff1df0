/**
 * A scripted stand-in for window.speechSynthesis. Headless Chromium has no voices, so the
 * tests need one. It must stay self-contained: Playwright passes it to the page as source text
 * (page.addInitScript(installFakeSpeechSynthesis, options)), and Vitest calls it with a target object.
 */

/** How the fake behaves. */
export interface FakeSpeechOptions {
  /** Voices to offer, as { name, lang, localService }. */
  voices?: { name: string; lang: string; localService: boolean; default?: boolean }[];
  /** Voices appear only after this delay, announced by voiceschanged (0: at once). */
  voicesDelayMs?: number;
  /** Send word boundary events. */
  boundaries?: boolean;
  /** Never start speaking (no start, no end): the watchdog case. */
  neverStart?: boolean;
  /** Fail every utterance with this error, e.g. "synthesis-failed". */
  failWith?: string | null;
  /** Milliseconds of speech per character at rate 1. */
  msPerChar?: number;
  /** pause() cancels, as on Android. */
  pauseActsAsCancel?: boolean;
  /**
   * Refuse with "not-allowed" until the page has been tapped or a key pressed (navigator.userActivation), as
   * Chromium does with its phones' autoplay rule.
   */
  requireActivation?: boolean;
}

/** What the fake records, on target.__fakeSpeech. */
export interface FakeSpeechLog {
  spoken: { text: string; rate: number; lang: string; voice: string | null; at: number }[];
  started: string[];
  ended: string[];
  cancels: number;
  speaking: boolean;
}

/** Installs the fake on target (the window, or a plain object in unit tests). */
export function installFakeSpeechSynthesis(options: FakeSpeechOptions = {}, target?: Record<string, unknown>): void {
  const scope = (target ?? globalThis) as Record<string, unknown>;
  const settings = {
    voices: options.voices ?? [{ name: 'Test Voice English', lang: 'en-US', localService: true, default: true }],
    voicesDelayMs: options.voicesDelayMs ?? 0,
    boundaries: options.boundaries ?? true,
    neverStart: options.neverStart ?? false,
    failWith: options.failWith ?? null,
    msPerChar: options.msPerChar ?? 20,
    pauseActsAsCancel: options.pauseActsAsCancel ?? false,
    requireActivation: options.requireActivation ?? false,
  };
  const log: FakeSpeechLog = { spoken: [], started: [], ended: [], cancels: 0, speaking: false };
  scope.__fakeSpeech = log;

  class FakeVoice {
    voiceURI: string;
    constructor(
      public name: string,
      public lang: string,
      public localService: boolean,
      public default_: boolean,
    ) {
      this.voiceURI = `fake:${name}`;
    }
    get default() {
      return this.default_;
    }
  }
  const allVoices = settings.voices.map((v) => new FakeVoice(v.name, v.lang, v.localService, v.default ?? false));
  let voicesReady = settings.voicesDelayMs === 0;

  type Handler = ((event: Record<string, unknown>) => void) | null;
  class FakeUtterance {
    text: string;
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: FakeVoice | null = null;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    onboundary: Handler = null;
    onpause: Handler = null;
    onresume: Handler = null;
    onmark: Handler = null;
    constructor(text = '') {
      this.text = text;
    }
  }

  let timers: ReturnType<typeof setTimeout>[] = [];
  let active: FakeUtterance | null = null;
  const listeners = new Map<string, Set<(event: unknown) => void>>();
  const fire = (u: FakeUtterance, name: 'onstart' | 'onend' | 'onerror' | 'onboundary', extra: Record<string, unknown> = {}) => {
    u[name]?.({ type: name.slice(2), utterance: u, charIndex: 0, charLength: 0, elapsedTime: 0, name: 'word', ...extra });
  };

  const synth = {
    get speaking() {
      return log.speaking;
    },
    get pending() {
      return false;
    },
    get paused() {
      return false;
    },
    onvoiceschanged: null as ((event: unknown) => void) | null,
    getVoices: () => (voicesReady ? allVoices.slice() : []),
    addEventListener(type: string, fn: (event: unknown) => void) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    removeEventListener(type: string, fn: (event: unknown) => void) {
      listeners.get(type)?.delete(fn);
    },
    speak(u: FakeUtterance) {
      log.spoken.push({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice ? u.voice.name : null, at: Date.now() });
      active = u;
      if (settings.neverStart) return;
      const activation = (globalThis as { navigator?: { userActivation?: { hasBeenActive: boolean } } }).navigator?.userActivation;
      const refused = settings.requireActivation && activation?.hasBeenActive !== true ? 'not-allowed' : null;
      if (settings.failWith || refused) {
        const error = refused ?? settings.failWith;
        timers.push(setTimeout(() => fire(u, 'onerror', { error }), 5));
        return;
      }
      const duration = Math.max(30, (u.text.length * settings.msPerChar) / (u.rate || 1));
      timers.push(
        setTimeout(() => {
          if (active !== u) return;
          log.speaking = true;
          log.started.push(u.text);
          fire(u, 'onstart');
        }, 5),
      );
      if (settings.boundaries) {
        const words = [...u.text.matchAll(/\S+/g)];
        for (const word of words) {
          const at = 5 + (word.index! / Math.max(1, u.text.length)) * duration;
          timers.push(setTimeout(() => active === u && fire(u, 'onboundary', { charIndex: word.index, charLength: word[0].length }), at));
        }
      }
      timers.push(
        setTimeout(() => {
          if (active !== u) return;
          log.speaking = false;
          log.ended.push(u.text);
          active = null;
          fire(u, 'onend');
        }, 5 + duration),
      );
    },
    cancel() {
      log.cancels++;
      timers.forEach(clearTimeout);
      timers = [];
      const u = active;
      active = null;
      log.speaking = false;
      // Real browsers report a cancelled utterance as an "interrupted" or "canceled" error.
      if (u) setTimeout(() => fire(u, 'onerror', { error: 'interrupted' }), 0);
    },
    pause() {
      if (settings.pauseActsAsCancel) synth.cancel();
    },
    resume() {},
  };

  if (!voicesReady) {
    setTimeout(() => {
      voicesReady = true;
      synth.onvoiceschanged?.({ type: 'voiceschanged' });
      listeners.get('voiceschanged')?.forEach((fn) => fn({ type: 'voiceschanged' }));
    }, settings.voicesDelayMs);
  }
  Object.defineProperty(scope, 'speechSynthesis', { value: synth, configurable: true, writable: true });
  Object.defineProperty(scope, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
}
