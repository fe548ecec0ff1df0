/**
 * The contract every speech engine meets: the device's voices (native-engine.ts) and the built-in voice.
 * The player asks an engine to speak one sentence at a time; the engine reports what actually happened.
 * Nothing is assumed to have started until the engine says "start" (state flows one way).
 */

/** A voice a person can choose. */
export interface VoiceInfo {
  /** Stable id: the voice URI for device voices, "built-in" for the built-in voice. */
  readonly id: string;
  readonly name: string;
  /** BCP 47 language tag, normalised (en-US, not en_US). */
  readonly lang: string;
  /** False for voices that need the internet (Web Speech localService === false). */
  readonly local: boolean;
  readonly isDefault: boolean;
  readonly engine: EngineKind;
}

/** Which engine speaks. */
export type EngineKind = 'device' | 'built-in';

/** One request to speak one sentence. */
export interface SpeakRequest {
  /** Ties the engine's events to this request. */
  readonly utteranceId: string;
  /** The text to say, with pronunciations already applied. */
  readonly text: string;
  readonly lang: string;
  /** 0.5 to 2, where 1 is normal speed. */
  readonly rate: number;
  readonly voiceId: string | null;
}

/** Why an engine could not speak. */
export type SpeechErrorKind =
  | 'no-start' // nothing started within the watchdog time, even after one retry
  | 'stalled' // it started, then neither ended nor moved on long after the sentence should have been said
  | 'synthesis-failed'
  | 'voice-unavailable'
  | 'not-allowed'
  | 'network'
  | 'interrupted' // another app or the system stopped speech
  | 'engine-failed';

/** What an engine reports. */
export type EngineEvent =
  | { readonly type: 'start'; readonly utteranceId: string }
  | { readonly type: 'boundary'; readonly utteranceId: string; readonly charIndex: number; readonly charLength: number }
  | { readonly type: 'end'; readonly utteranceId: string }
  | { readonly type: 'error'; readonly utteranceId: string; readonly error: SpeechErrorKind };

/** A speech engine. speak() must be callable synchronously inside a click handler (iOS needs it). */
export interface SpeechEngine {
  readonly kind: EngineKind;
  /** The voices known now (may be empty until loadVoices resolves). */
  voices(): readonly VoiceInfo[];
  /** Waits (at most about 5 seconds) for the voice list; resolves with what is known then. */
  loadVoices(): Promise<readonly VoiceInfo[]>;
  /** Calls back whenever the voice list changes. */
  onVoicesChanged(listener: () => void): () => void;
  /** Stops anything being spoken, then speaks this sentence. */
  speak(request: SpeakRequest): void;
  /** Stops speaking at once; no events follow for the stopped sentence. */
  stop(): void;
  /** Prepares a sentence that will be spoken next, where the engine can (the built-in voice synthesizes ahead). */
  prefetch?(request: SpeakRequest): void;
  /** Listens to what the engine reports. */
  subscribe(listener: (event: EngineEvent) => void): () => void;
  /** Loads what the engine needs in the background, so its first sentence starts sooner. */
  warmUp?(): Promise<void>;
  /**
   * Called synchronously inside a tap on Listen or Play, whichever engine reads: an engine that plays media may
   * only start it later (after another voice fails) if it was started once inside a tap on iPhone.
   */
  unlock?(): void;
}
