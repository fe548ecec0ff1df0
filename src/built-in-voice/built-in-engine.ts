import { Emitter } from '../shared/emitter';
import type { EngineEvent, SpeakRequest, SpeechEngine, VoiceInfo } from '../speech/speech-engine';
import { BUILT_IN_VOICE_ID } from '../speech/engine-choice';
import type { WorkerRequest, WorkerResponse } from './espeak-worker';
import { SAMPLE_RATE, type WordTiming } from './synthesize';
import { encodeWav } from './wav';

/** Where the built-in voice's files are, and the browser parts it uses; created once at start-up. */
export interface BuiltInVoiceOptions {
  readonly scriptUrl: string;
  readonly dataUrl: string;
  readonly createWorker: () => Worker;
  /** The one audio element all sentences play through (lock-screen playback needs real media). */
  readonly audio: HTMLAudioElement;
  readonly announce: (message: string) => void;
}

interface SentenceAudio {
  readonly url: string;
  readonly durationMs: number;
  readonly words: readonly WordTiming[];
}

/** The built-in voice as the voice picker lists it. */
export const BUILT_IN_VOICE: VoiceInfo = Object.freeze({
  id: BUILT_IN_VOICE_ID,
  name: 'Built-in voice',
  lang: 'en-US',
  local: true,
  isDefault: false,
  engine: 'built-in',
});

/** How many synthesized sentences to keep, so going back a sentence or two plays at once. */
const CACHE_SIZE = 8;

/** The longest a sentence waits for the silent clip that unlocks the audio element (its play() settles at once). */
const UNLOCK_WAIT_MS = 1000;

/**
 * A sentence that has not begun to play this long after it was asked for counts as failed, so the player says so
 * and offers Retry instead of "Preparing" for ever. Long enough for the voice's first download on a slow network.
 */
const START_DEADLINE_MS = 45_000;

/** MediaError.MEDIA_ERR_ABORTED: the element gave up a file because it was given another one, not a failure. */
const MEDIA_ERR_ABORTED = 1;

/**
 * The built-in voice: eSpeak NG in a Web Worker, one WAV per sentence played through one audio element.
 * The next sentence is synthesized while the current one plays, so there is no gap. Word highlighting
 * follows eSpeak's word timings against audio.currentTime.
 */
export class BuiltInSpeechEngine implements SpeechEngine {
  readonly kind = 'built-in' as const;
  private readonly events = new Emitter<EngineEvent>();
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<string, { resolve: (audio: SentenceAudio) => void; reject: (error: Error) => void }>();
  private readonly cache = new Map<string, Promise<SentenceAudio>>();
  private generation = 0;
  private playing: { generation: number; utteranceId: string; audio: SentenceAudio; nextWord: number; started: boolean } | null = null;
  private unlocked = false;
  // The silent clip's play() while it is pending: a sentence waits for it rather than abort it.
  private unlocking: Promise<void> | null = null;
  private startDeadline: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  private counter = 0;
  // True once the voice has loaded; until then a sentence request says "Preparing voice…".
  private loaded = false;

  constructor(private readonly options: BuiltInVoiceOptions) {
    const { audio } = options;
    audio.preload = 'auto';
    audio.addEventListener('playing', () => this.onPlaying());
    audio.addEventListener('timeupdate', () => this.emitWords());
    audio.addEventListener('ended', () => this.onEnded());
    audio.addEventListener('error', () => this.onAudioError());
    audio.addEventListener('pause', () => this.onPause());
  }

  voices(): readonly VoiceInfo[] {
    return [BUILT_IN_VOICE];
  }

  loadVoices(): Promise<readonly VoiceInfo[]> {
    return Promise.resolve([BUILT_IN_VOICE]);
  }

  onVoicesChanged(): () => void {
    return () => {};
  }

  subscribe(listener: (event: EngineEvent) => void): () => void {
    return this.events.subscribe(listener);
  }

  /** Loads the voice in the background, so the first sentence starts sooner. Never on first paint. */
  warmUp(): Promise<void> {
    this.ready ??= new Promise<void>((resolve, reject) => {
      const worker = this.options.createWorker();
      this.worker = worker;
      worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
        const message = event.data;
        if (message.type === 'ready') {
          this.loaded = true;
          resolve();
        } else if (message.type === 'failed') {
          reject(new Error(message.message));
        } else if (message.type === 'audio') {
          const url = URL.createObjectURL(new Blob([message.wav], { type: 'audio/wav' }));
          this.pending.get(message.id)?.resolve({ url, durationMs: message.durationMs, words: message.words });
          this.pending.delete(message.id);
        } else if (message.type === 'synth-failed') {
          this.pending.get(message.id)?.reject(new Error(message.message));
          this.pending.delete(message.id);
        }
      });
      worker.addEventListener('error', () => reject(new Error('The built-in voice could not start.')));
      worker.postMessage({ type: 'init', scriptUrl: this.options.scriptUrl, dataUrl: this.options.dataUrl } satisfies WorkerRequest);
    });
    this.ready.catch(() => {
      // Let a later attempt try again (for example once the network is back).
      this.ready = null;
      this.worker?.terminate();
      this.worker = null;
    });
    return this.ready;
  }

  speak(request: SpeakRequest): void {
    this.stop();
    const generation = this.generation;
    this.unlock();
    if (!this.loaded) this.options.announce('Preparing voice…');
    this.startDeadline = setTimeout(() => {
      if (generation === this.generation && !this.playing?.started) this.fail(request.utteranceId, 'engine-failed');
    }, START_DEADLINE_MS);
    Promise.all([this.sentence(request.text, request.rate), this.unlockSettled()]).then(
      ([audio]) => {
        if (generation !== this.generation) return;
        this.playing = { generation, utteranceId: request.utteranceId, audio, nextWord: 0, started: false };
        const element = this.options.audio;
        element.src = audio.url;
        element.play().catch((error: unknown) => {
          if (generation !== this.generation) return;
          const name = (error as { name?: string } | null)?.name;
          // AbortError: the element was given another file, paused or reloaded before it began, which only this
          // voice does when it moves on; that is not a failure (https://html.spec.whatwg.org/multipage/media.html#dom-media-play).
          if (name === 'AbortError') return;
          // NotAllowedError: the browser wants a tap first (https://developer.mozilla.org/en-US/docs/Web/Media/Autoplay_guide).
          this.fail(request.utteranceId, name === 'NotAllowedError' ? 'not-allowed' : 'engine-failed');
        });
      },
      () => {
        if (generation === this.generation) this.fail(request.utteranceId, 'engine-failed');
      },
    );
  }

  /** Synthesizes a sentence ahead of time, so it can play as soon as the one before ends. */
  prefetch(request: SpeakRequest): void {
    void this.sentence(request.text, request.rate).catch(() => {});
  }

  stop(): void {
    this.generation++;
    this.clearStartDeadline();
    this.playing = null;
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    const element = this.options.audio;
    if (!element.paused) element.pause();
  }

  private sentence(text: string, rate: number): Promise<SentenceAudio> {
    const key = `${rate}|${text}`;
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.warmUp().then(
        () =>
          new Promise<SentenceAudio>((resolve, reject) => {
            const id = `s${++this.counter}`;
            this.pending.set(id, { resolve, reject });
            this.worker!.postMessage({ type: 'synthesize', id, text, rate } satisfies WorkerRequest);
          }),
      );
      this.cache.set(key, entry);
      entry.catch(() => this.cache.delete(key));
      while (this.cache.size > CACHE_SIZE) {
        const [oldestKey, oldest] = this.cache.entries().next().value as [string, Promise<SentenceAudio>];
        this.cache.delete(oldestKey);
        void oldest.then(
          (audio) => {
            if (this.playing?.audio !== audio) URL.revokeObjectURL(audio.url);
          },
          () => {},
        );
      }
    } else {
      // Most recently used last.
      this.cache.delete(key);
      this.cache.set(key, entry);
    }
    return entry;
  }

  /**
   * Plays a silent clip through the audio element, once, inside a tap: on iPhone an element may play later, outside
   * any tap, only once it has played inside one (https://webkit.org/blog/7734/auto-play-policy-changes-for-macos/,
   * https://developer.apple.com/documentation/webkit/delivering_video_content_for_safari), and so do
   * Chromium and Firefox with their stricter autoplay rules (https://developer.mozilla.org/en-US/docs/Web/Media/Autoplay_guide).
   * Tried again at the next tap if the browser refused it. Never while a sentence is loaded, which it would stop.
   */
  unlock(): void {
    const element = this.options.audio;
    if (this.unlocked || this.unlocking || this.playing) return;
    element.src = URL.createObjectURL(new Blob([encodeWav(new Int16Array(220), SAMPLE_RATE)], { type: 'audio/wav' }));
    this.unlocking = element.play().then(
      () => {
        this.unlocked = true;
      },
      () => {},
    );
    void this.unlocking.finally(() => (this.unlocking = null));
  }

  // Resolves when the silent clip's play() has settled (at most a second), so a sentence never aborts it.
  private unlockSettled(): Promise<void> {
    const pending = this.unlocking;
    if (!pending) return Promise.resolve();
    return Promise.race([pending, new Promise<void>((resolve) => setTimeout(resolve, UNLOCK_WAIT_MS))]);
  }

  private onPlaying(): void {
    const current = this.playing;
    if (!current || current.started) return;
    current.started = true;
    this.clearStartDeadline();
    this.events.emit({ type: 'start', utteranceId: current.utteranceId });
    this.emitWords();
    const tick = () => {
      this.emitWords();
      this.frame = this.playing === current ? requestAnimationFrame(tick) : null;
    };
    if (typeof requestAnimationFrame === 'function') this.frame = requestAnimationFrame(tick);
  }

  private emitWords(): void {
    const current = this.playing;
    if (!current?.started) return;
    const nowMs = this.options.audio.currentTime * 1000;
    let latest: (typeof current.audio.words)[number] | null = null;
    while (current.nextWord < current.audio.words.length && current.audio.words[current.nextWord]!.timeMs <= nowMs) {
      latest = current.audio.words[current.nextWord]!;
      current.nextWord++;
    }
    if (latest)
      this.events.emit({ type: 'boundary', utteranceId: current.utteranceId, charIndex: latest.charIndex, charLength: latest.charLength });
  }

  private onEnded(): void {
    const current = this.playing;
    if (!current?.started) return;
    this.playing = null;
    this.events.emit({ type: 'end', utteranceId: current.utteranceId });
  }

  private onAudioError(): void {
    const current = this.playing;
    const code = this.options.audio.error?.code;
    // A file given up for the next one reports an error in some browsers; only a real failure of this sentence counts.
    if (!current || !code || code === MEDIA_ERR_ABORTED) return;
    this.fail(current.utteranceId, 'engine-failed');
  }

  // The system paused the sentence (a phone call, another app's audio, a headset unplugged): report it, so the player
  // shows Paused instead of Reading in silence. Not this voice's own pause (stop() forgets the sentence first), and
  // not the pause that comes just before "ended" (https://html.spec.whatwg.org/multipage/media.html#reaches-the-end).
  private onPause(): void {
    const current = this.playing;
    if (!current?.started || this.options.audio.ended) return;
    this.playing = null;
    this.events.emit({ type: 'error', utteranceId: current.utteranceId, error: 'interrupted' });
  }

  private clearStartDeadline(): void {
    if (this.startDeadline !== null) clearTimeout(this.startDeadline);
    this.startDeadline = null;
  }

  private fail(utteranceId: string, error: 'engine-failed' | 'not-allowed'): void {
    this.clearStartDeadline();
    // Stop this sentence for good, so nothing is heard after the failure was reported.
    this.generation++;
    this.playing = null;
    this.events.emit({ type: 'error', utteranceId, error });
  }
}
