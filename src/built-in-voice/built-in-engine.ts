import { Emitter, type EngineEvent, type SpeakRequest, type SpeechEngine, type VoiceInfo } from '../speech/speech-engine';
import type { WorkerRequest, WorkerResponse } from './espeak-worker';
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
  readonly words: readonly { charIndex: number; charLength: number; timeMs: number }[];
}

/** The built-in voice as the voice picker lists it. */
export const BUILT_IN_VOICE: VoiceInfo = Object.freeze({
  id: 'built-in',
  name: 'Built-in voice',
  lang: 'en-US',
  local: true,
  isDefault: false,
  engine: 'built-in',
});

/** How many synthesized sentences to keep, so going back a sentence or two plays at once. */
const CACHE_SIZE = 8;

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
    this.unlockAudio();
    if (!this.loaded) this.options.announce('Preparing voice…');
    this.sentence(request.text, request.rate).then(
      (audio) => {
        if (generation !== this.generation) return;
        this.playing = { generation, utteranceId: request.utteranceId, audio, nextWord: 0, started: false };
        const element = this.options.audio;
        element.src = audio.url;
        element.play().catch(() => {
          if (generation === this.generation) this.fail(request.utteranceId, 'not-allowed');
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
        void oldest.then((audio) => {
          if (this.playing?.audio !== audio) URL.revokeObjectURL(audio.url);
        }, () => {});
      }
    } else {
      // Most recently used last.
      this.cache.delete(key);
      this.cache.set(key, entry);
    }
    return entry;
  }

  // A play() started inside the tap "unlocks" the audio element on iOS, so the real sentence can play
  // when it is ready a moment later (https://github.com/remvze/moodist/issues/81, read 2026-11-27).
  private unlockAudio(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    const element = this.options.audio;
    element.src = URL.createObjectURL(new Blob([encodeWav(new Int16Array(220), 22050)], { type: 'audio/wav' }));
    element.play().catch(() => {});
  }

  private onPlaying(): void {
    const current = this.playing;
    if (!current || current.started) return;
    current.started = true;
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
    if (latest) this.events.emit({ type: 'boundary', utteranceId: current.utteranceId, charIndex: latest.charIndex, charLength: latest.charLength });
  }

  private onEnded(): void {
    const current = this.playing;
    if (!current?.started) return;
    this.playing = null;
    this.events.emit({ type: 'end', utteranceId: current.utteranceId });
  }

  private onAudioError(): void {
    const current = this.playing;
    if (current) this.fail(current.utteranceId, 'engine-failed');
  }

  private fail(utteranceId: string, error: 'engine-failed' | 'not-allowed'): void {
    this.playing = null;
    this.events.emit({ type: 'error', utteranceId, error });
  }
}
