import { Emitter } from '../shared/emitter';
import type { EngineEvent, SpeakRequest, SpeechEngine, SpeechErrorKind, VoiceInfo } from './speech-engine';

/** The parts of the Web Speech API the engine uses, found once at start-up. */
export interface WebSpeechApi {
  readonly synth: SpeechSynthesis;
  readonly Utterance: typeof SpeechSynthesisUtterance;
}

/** Finds the Web Speech API, or null where the browser has none (or it is switched off, as in Lockdown Mode). */
export function findWebSpeech(scope: typeof globalThis = globalThis): WebSpeechApi | null {
  try {
    const synth = (scope as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    const Utterance = (scope as { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance }).SpeechSynthesisUtterance;
    return synth && Utterance ? { synth, Utterance } : null;
  } catch {
    return null;
  }
}

/** Timings the engine uses; tests may shorten them. */
export interface NativeEngineTimings {
  /**
   * No "start" within this time: cancel and retry once, then report failure. Some voices never start:
   * https://github.com/leaonline/easy-speech/issues/367
   */
  readonly startTimeoutMs: number;
  /** How long to wait for voices before giving up: voiceschanged may never fire (https://github.com/leaonline/easy-speech/issues/41). */
  readonly voicesTimeoutMs: number;
  readonly voicesPollMs: number;
  /** Added to a sentence's slowest speaking time before a started sentence that says nothing more counts as stalled. */
  readonly stallMarginMs: number;
}

const DEFAULT_TIMINGS: NativeEngineTimings = { startTimeoutMs: 3000, voicesTimeoutMs: 5000, voicesPollMs: 250, stallMarginMs: 4000 };

/** Slower than any voice speaks at normal speed (people speak about 150 words a minute; voices are near that). */
const SLOWEST_WORDS_PER_MINUTE = 100;

/**
 * How long after "start" (or the last word reported) a sentence may go on without "end" before it counts as
 * stalled: the rest of its words at 100 words a minute times the speed, plus a margin for a voice's pauses and
 * start-up, which is far longer than any working voice needs, yet ends the silence of a voice that started and hung.
 */
export function stallDeadlineMs(text: string, rate: number, marginMs: number = DEFAULT_TIMINGS.stallMarginMs): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return (words * 60_000) / (SLOWEST_WORDS_PER_MINUTE * Math.max(rate, 0.1)) + marginMs;
}

/** Normalises a voice's language tag: Android reports en_US, some engines lower-case the region. */
export function normaliseLang(lang: string): string {
  const [language = '', region] = lang.replace(/_/g, '-').split('-');
  return region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
}

function toVoiceInfo(voice: SpeechSynthesisVoice): VoiceInfo {
  return {
    id: voice.voiceURI || voice.name,
    name: voice.name,
    lang: normaliseLang(voice.lang),
    local: voice.localService !== false,
    isDefault: voice.default,
    engine: 'device',
  };
}

function errorKind(error: string): SpeechErrorKind {
  switch (error) {
    case 'synthesis-failed':
    case 'synthesis-unavailable':
    case 'audio-busy':
    case 'audio-hardware':
      return 'synthesis-failed';
    case 'voice-unavailable':
    case 'language-unavailable':
      return 'voice-unavailable';
    case 'not-allowed':
      return 'not-allowed';
    case 'network':
      return 'network';
    case 'interrupted':
    case 'canceled':
      return 'interrupted';
    default:
      return 'engine-failed';
  }
}

/**
 * Speaks with the device's voices through speechSynthesis, one sentence per utterance, with the
 * workarounds for the Web Speech API's known traps, each linked where it is made.
 */
export class NativeSpeechEngine implements SpeechEngine {
  readonly kind = 'device' as const;
  private readonly events = new Emitter<EngineEvent>();
  private readonly voiceListeners = new Emitter<void>();
  private voiceList: readonly VoiceInfo[] = [];
  private rawVoices = new Map<string, SpeechSynthesisVoice>();
  // A live reference to the current utterance: without it Chrome and old Safari may garbage-collect it and
  // never fire "end" (https://crbug.com/509488, https://github.com/WebKit/WebKit/pull/16714).
  private current: SpeechSynthesisUtterance | null = null;
  // Each utterance gets a generation; events from an older (cancelled) one are ignored, because a cancelled
  // utterance still reports ("end", or an error) and the report can arrive after the next one started
  // (https://github.com/WebKit/WebKit/pull/43377).
  private generation = 0;
  private watchdog: ReturnType<typeof setTimeout> | null = null;
  // Set once a sentence has started: some voices start and never end (Firefox through a speech-dispatcher with no
  // working audio output), which would leave the player "Reading" in silence.
  private stallTimer: ReturnType<typeof setTimeout> | null = null;
  private loading: Promise<readonly VoiceInfo[]> | null = null;
  private readonly timings: NativeEngineTimings;

  constructor(
    private readonly api: WebSpeechApi,
    timings: Partial<NativeEngineTimings> = {},
  ) {
    this.timings = { ...DEFAULT_TIMINGS, ...timings };
    this.readVoices();
    const onChange = () => this.readVoices();
    // Voices often arrive only with this event. Where speechSynthesis has no addEventListener, use the handler
    // property (https://developer.mozilla.org/en-US/docs/Web/API/SpeechSynthesis/voiceschanged_event).
    api.synth.addEventListener?.('voiceschanged', onChange);
    if (!api.synth.addEventListener) api.synth.onvoiceschanged = onChange;
  }

  voices(): readonly VoiceInfo[] {
    return this.voiceList;
  }

  onVoicesChanged(listener: () => void): () => void {
    return this.voiceListeners.subscribe(listener);
  }

  subscribe(listener: (event: EngineEvent) => void): () => void {
    return this.events.subscribe(listener);
  }

  loadVoices(): Promise<readonly VoiceInfo[]> {
    if (this.voiceList.length > 0) return Promise.resolve(this.voiceList);
    this.loading ??= new Promise((resolve) => {
      const started = Date.now();
      const finish = () => {
        clearInterval(poll);
        unsubscribe();
        this.loading = null;
        resolve(this.voiceList);
      };
      const unsubscribe = this.voiceListeners.subscribe(() => {
        if (this.voiceList.length > 0) finish();
      });
      // voiceschanged sometimes never fires, so poll too, and give up after the timeout.
      const poll = setInterval(() => {
        this.readVoices();
        if (this.voiceList.length > 0 || Date.now() - started >= this.timings.voicesTimeoutMs) finish();
      }, this.timings.voicesPollMs);
    });
    return this.loading;
  }

  speak(request: SpeakRequest): void {
    this.stop();
    this.attempt(request, 1);
  }

  stop(): void {
    this.generation++;
    this.clearWatchdog();
    this.current = null;
    try {
      // Cancel before every speak: Chrome's queue can stay stuck after a failed utterance (https://crbug.com/335907).
      this.api.synth.cancel();
    } catch {
      /* Nothing is speaking. */
    }
  }

  private attempt(request: SpeakRequest, attemptNumber: number): void {
    const generation = ++this.generation;
    const utterance = new this.api.Utterance(request.text);
    utterance.lang = request.lang;
    utterance.rate = request.rate;
    const voice = request.voiceId ? this.rawVoices.get(request.voiceId) : undefined;
    if (voice) utterance.voice = voice;
    const isCurrent = () => generation === this.generation;
    let started = false;
    // (Re)starts the stall deadline for the words still to be said, from a character onwards.
    const watchForStall = (from: number) => {
      this.clearStallTimer();
      this.stallTimer = setTimeout(
        () => {
          if (!isCurrent()) return;
          this.stop();
          this.events.emit({ type: 'error', utteranceId: request.utteranceId, error: 'stalled' });
        },
        stallDeadlineMs(request.text.slice(from), request.rate, this.timings.stallMarginMs),
      );
    };

    utterance.onstart = () => {
      if (!isCurrent() || started) return;
      started = true;
      this.clearWatchdog();
      watchForStall(0);
      this.events.emit({ type: 'start', utteranceId: request.utteranceId });
    };
    utterance.onboundary = (event) => {
      if (!isCurrent() || event.name === 'sentence') return;
      if (started) watchForStall(event.charIndex);
      // charLength is missing in some engines (https://crbug.com/681026): extend to the next space.
      const rest = request.text.slice(event.charIndex);
      const length = event.charLength || (rest.search(/\s/) === -1 ? rest.length : rest.search(/\s/));
      this.events.emit({ type: 'boundary', utteranceId: request.utteranceId, charIndex: event.charIndex, charLength: length });
    };
    utterance.onend = () => {
      if (!isCurrent()) return;
      this.clearWatchdog();
      this.current = null;
      if (!started) this.events.emit({ type: 'start', utteranceId: request.utteranceId });
      this.events.emit({ type: 'end', utteranceId: request.utteranceId });
    };
    utterance.onerror = (event) => {
      if (!isCurrent()) return;
      this.clearWatchdog();
      this.current = null;
      this.events.emit({ type: 'error', utteranceId: request.utteranceId, error: errorKind(event.error) });
    };

    this.current = utterance;
    this.watchdog = setTimeout(() => {
      if (!isCurrent() || started) return;
      if (attemptNumber === 1) {
        // Nothing started: cancel and try once more before giving up.
        this.stop();
        this.attempt(request, 2);
      } else {
        this.stop();
        this.events.emit({ type: 'error', utteranceId: request.utteranceId, error: 'no-start' });
      }
    }, this.timings.startTimeoutMs);
    try {
      this.api.synth.speak(utterance);
    } catch {
      this.stop();
      this.events.emit({ type: 'error', utteranceId: request.utteranceId, error: 'engine-failed' });
    }
  }

  private clearWatchdog(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
    this.clearStallTimer();
  }

  private clearStallTimer(): void {
    if (this.stallTimer !== null) clearTimeout(this.stallTimer);
    this.stallTimer = null;
  }

  private readVoices(): void {
    let voices: SpeechSynthesisVoice[];
    try {
      voices = this.api.synth.getVoices();
    } catch {
      voices = [];
    }
    const raw = new Map(voices.map((voice) => [voice.voiceURI || voice.name, voice]));
    const changed = raw.size !== this.rawVoices.size || [...raw.keys()].some((id) => !this.rawVoices.has(id));
    this.rawVoices = raw;
    if (changed) {
      this.voiceList = voices.map(toVoiceInfo);
      this.voiceListeners.emit();
    }
  }
}
