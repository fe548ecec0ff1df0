import type { EngineChoice } from '../speech/engine-choice';
import type { SpokenText } from '../speech/pronounce';
import { Emitter } from '../shared/emitter';
import type { EngineEvent, EngineKind, SpeechEngine, SpeechErrorKind } from '../speech/speech-engine';
import type { AppStorage } from '../storage/storage';
import { sectionTitleAt, type ReadingDocument } from './reading-document';
import { isRate, loadListening, saveListening, savePosition } from './reading-memory';

/** What the player is doing, as reported by the engine (never assumed from a request). */
export type PlayerStatus = 'idle' | 'preparing' | 'playing' | 'paused' | 'finished' | 'error';

/** The player's state, which the controls and the highlight show. */
export interface PlayerState {
  readonly status: PlayerStatus;
  /** Index of the current sentence in the document. */
  readonly index: number;
  readonly rate: number;
  /** The voice the person chose ("built-in", a device voice id, or null for automatic). */
  readonly voiceId: string | null;
  /** The engine that is reading, once one has been chosen. */
  readonly engine: EngineKind | null;
  /** The word being spoken, as a range of the current sentence's displayed text, when the engine reports words. */
  readonly word: { readonly start: number; readonly end: number } | null;
  readonly error: SpeechErrorKind | null;
}

/** What the player needs from the page and the browser, created once at start-up. */
export interface PlayerDeps {
  readonly document: ReadingDocument;
  readonly pronounce: (text: string) => SpokenText;
  /** Picks the engine synchronously (speech must start inside the click on iOS). */
  readonly chooseEngine: (voiceId: string | null) => EngineChoice;
  /** Another engine to try when the current one fails (the built-in voice), or null. */
  readonly fallback: (failed: EngineKind) => EngineChoice | null;
  readonly storage: AppStorage;
  /** Posts a short state change to the page's one polite status region. */
  readonly announce: (message: string) => void;
  /**
   * Called synchronously inside every request to start reading (a tap on Listen or Play), so that the built-in voice
   * can still play if it takes over later, outside the tap.
   */
  readonly unlock?: () => void;
}

/**
 * Reads a page aloud one sentence at a time. Controls make requests; the engine reports what happened;
 * the state changes only on those reports. Pause is "stop and remember the sentence" on every platform,
 * because Android treats pause() as cancel (https://github.com/mdn/browser-compat-data/issues/4500); resume
 * re-reads that sentence.
 */
export class Player {
  private readonly changes = new Emitter<PlayerState>();
  private value: PlayerState;
  private engine: SpeechEngine | null = null;
  private unsubscribeEngine: (() => void) | null = null;
  private utteranceId: string | null = null;
  private spoken: SpokenText | null = null;
  private counter = 0;
  private retriedWithFallback = false;
  // After a voice fails, the fallback keeps reading for the rest of the session.
  private override: EngineChoice | null = null;
  // The engine and voice chosen when reading started: the rest of the reading keeps them, so a voice list that
  // arrives late does not change the voice mid-section. Cleared when reading starts again.
  private choice: EngineChoice | null = null;
  // Whether any sentence has started in this session: a device with no voices fails before that.
  private everStarted = false;

  constructor(private readonly deps: PlayerDeps) {
    const listening = loadListening(deps.storage);
    this.value = { status: 'idle', index: 0, rate: listening.rate, voiceId: listening.voiceId, engine: null, word: null, error: null };
  }

  /** The current state. */
  get state(): PlayerState {
    return this.value;
  }

  /** The document being read. */
  get document(): ReadingDocument {
    return this.deps.document;
  }

  /** Listens to state changes; returns a function that stops listening. */
  subscribe(listener: (state: PlayerState) => void): () => void {
    return this.changes.subscribe(listener);
  }

  /** True while reading is going on or about to (used to hold back update prompts). */
  get isActive(): boolean {
    return this.value.status === 'playing' || this.value.status === 'preparing';
  }

  /** Starts reading at a section (by anchor) and carries on to the end of the page. */
  playSection(anchor: string): void {
    const section = this.deps.document.sections.find((s) => s.anchor === anchor);
    if (!section) return;
    this.startAt(section.start, `Reading: ${section.title}`);
  }

  /** Starts reading the whole page from the top. */
  playPage(): void {
    this.startAt(0, `Reading: ${this.deps.document.pageTitle}`);
  }

  /** Starts reading at a sentence, by id. */
  playFrom(sentenceId: string): void {
    const index = this.indexOf(sentenceId);
    if (index >= 0) this.startAt(index, `Reading from the chosen sentence`);
  }

  /**
   * Moves to a sentence without speaking (a saved place, or a page to be read next), saying so in the status. With
   * null, or a sentence no longer on the page (its words edited since), the place is the page's top.
   */
  cue(sentenceId: string | null, message?: string): void {
    if (this.deps.document.items.length === 0) return;
    const index = Math.max(0, sentenceId === null ? 0 : this.indexOf(sentenceId));
    this.deps.announce(message ?? `Ready to continue from ${sectionTitleAt(this.deps.document, index)}`);
    this.set({ status: 'paused', index, word: null, error: null });
  }

  /** Play if paused or stopped, pause if reading. */
  toggle(): void {
    if (this.isActive) this.pause();
    else this.resume();
  }

  /** Stops speaking and remembers the sentence. */
  pause(): void {
    if (!this.isActive) return;
    this.stopEngine();
    this.deps.announce('Paused');
    this.set({ status: 'paused', word: null });
  }

  /** Reads again from the remembered sentence (from the top after finishing). */
  resume(): void {
    const from = this.value.status === 'finished' ? 0 : this.value.index;
    this.startAt(from, `Reading: ${sectionTitleAt(this.deps.document, from)}`);
  }

  /** Stops reading and removes the highlight; the place stays saved for "Continue listening". */
  stop(): void {
    if (this.value.status === 'idle') return;
    this.stopEngine();
    this.deps.announce('Stopped');
    this.set({ status: 'idle', word: null, error: null });
  }

  /** Tries again after an error, from the same sentence. */
  retry(): void {
    this.startAt(this.value.index, 'Trying again');
  }

  /** Moves one sentence on; keeps reading if it was reading. */
  next(): void {
    this.move(Math.min(this.value.index + 1, this.deps.document.items.length - 1));
  }

  /** Moves one sentence back; keeps reading if it was reading. */
  previous(): void {
    this.move(Math.max(this.value.index - 1, 0));
  }

  /** Moves to the start of the next section. */
  nextSection(): void {
    const current = this.currentSectionIndex();
    const next = this.deps.document.sections[current + 1];
    if (next) this.move(next.start, next.title);
  }

  /** Moves to the start of this section, or of the previous one when already at the start. */
  previousSection(): void {
    const current = this.currentSectionIndex();
    const section = this.deps.document.sections[current];
    const target = section && this.value.index > section.start ? section : (this.deps.document.sections[current - 1] ?? section);
    if (target) this.move(target.start, target.title);
  }

  /** Changes the speed; the current sentence restarts at the new speed. */
  setRate(rate: number): void {
    if (!isRate(rate) || rate === this.value.rate) return;
    this.set({ rate });
    saveListening(this.deps.storage, { rate, voiceId: this.value.voiceId });
    // Not announced: the slider, the only control that changes speed, says it through aria-valuetext, and a
    // status message as well made screen readers say the new speed twice.
    if (this.isActive) this.speakCurrent();
  }

  /** Stops speech when the page is hidden for good (pagehide); no announcement. */
  shutdown(): void {
    this.stopEngine();
    if (this.isActive) this.set({ status: 'paused', word: null });
  }

  private indexOf(sentenceId: string): number {
    return this.deps.document.items.findIndex((item) => item.id === sentenceId);
  }

  private currentSectionIndex(): number {
    return this.deps.document.items[this.value.index]?.sectionIndex ?? 0;
  }

  private startAt(index: number, message: string): void {
    if (this.deps.document.items.length === 0) return;
    this.retriedWithFallback = false;
    this.choice = null;
    this.deps.announce(message);
    this.set({ index, status: 'preparing', word: null, error: null });
    this.speakCurrent();
    // After speaking: on iPhone, media played just before speechSynthesis.speak() can hold the speech back.
    this.deps.unlock?.();
  }

  private move(index: number, sectionTitle?: string): void {
    if (this.isActive) {
      if (sectionTitle) this.deps.announce(`Reading: ${sectionTitle}`);
      this.set({ index, word: null });
      this.speakCurrent();
    } else {
      this.set({
        index,
        status: this.value.status === 'idle' || this.value.status === 'finished' ? 'paused' : this.value.status,
        word: null,
      });
    }
  }

  private speakCurrent(): void {
    const item = this.deps.document.items[this.value.index];
    if (!item) return;
    const choice = this.override ?? this.choice ?? this.deps.chooseEngine(this.value.voiceId);
    if (choice.waitFor) {
      // Nothing is spoken while the voice list is awaited; a pause, stop or new start meanwhile cancels the wait.
      this.stopEngine();
      const waiting = `${++this.counter}:waiting`;
      this.utteranceId = waiting;
      void choice.waitFor.then(() => {
        if (this.utteranceId === waiting && this.isActive) this.speakCurrent();
      });
      return;
    }
    this.choice = choice;
    this.useEngine(choice.engine);
    this.utteranceId = `${++this.counter}:${item.id}`;
    this.spoken = this.deps.pronounce(item.text);
    if (this.value.engine !== choice.engine.kind) this.set({ engine: choice.engine.kind });
    // Speak now, inside the caller's click: iOS ignores speech started after an await
    // (https://github.com/leaonline/easy-speech/issues/366).
    choice.engine.speak({
      utteranceId: this.utteranceId,
      text: this.spoken.spoken,
      lang: this.deps.document.lang,
      rate: this.value.rate,
      voiceId: choice.voiceId,
    });
  }

  private prefetchNext(): void {
    const next = this.deps.document.items[this.value.index + 1];
    const choice = this.choice;
    if (!next || !choice?.engine.prefetch) return;
    choice.engine.prefetch({
      utteranceId: `prefetch:${next.id}`,
      text: this.deps.pronounce(next.text).spoken,
      lang: this.deps.document.lang,
      rate: this.value.rate,
      voiceId: choice.voiceId,
    });
  }

  private useEngine(engine: SpeechEngine): void {
    if (this.engine === engine) return;
    this.stopEngine();
    this.unsubscribeEngine?.();
    this.engine = engine;
    this.unsubscribeEngine = engine.subscribe((event) => this.onEngineEvent(event));
  }

  private stopEngine(): void {
    this.utteranceId = null;
    this.engine?.stop();
  }

  private onEngineEvent(event: EngineEvent): void {
    if (event.utteranceId !== this.utteranceId) return;
    switch (event.type) {
      case 'start':
        this.everStarted = true;
        this.set({ status: 'playing', error: null, word: null });
        this.remember();
        this.prefetchNext();
        break;
      case 'boundary': {
        const range = this.spoken?.toDisplay(event.charIndex, event.charLength) ?? null;
        this.set({ word: range });
        break;
      }
      case 'end':
        if (this.value.index + 1 < this.deps.document.items.length) {
          this.set({ index: this.value.index + 1, word: null });
          this.speakCurrent();
        } else {
          this.utteranceId = null;
          const next = this.deps.document.next;
          this.deps.announce(`Finished reading ${this.deps.document.pageTitle}${next ? `. Next page: ${next.title}` : ''}`);
          // "Continue listening" then offers the next page from its top, not this page's last sentence.
          if (next) {
            savePosition(this.deps.storage, {
              pageId: next.pageId,
              pageTitle: next.title,
              sentenceId: next.firstSentenceId,
              sectionTitle: next.title,
              savedAt: Date.now(),
            });
          }
          this.set({ status: 'finished', word: null });
        }
        break;
      case 'error':
        this.onEngineError(event.error);
        break;
    }
  }

  private onEngineError(error: SpeechErrorKind): void {
    this.utteranceId = null;
    if (error === 'interrupted') {
      // The system stopped speech (another app, a call): treat it like a pause so nothing is lost.
      this.deps.announce('Paused');
      this.set({ status: 'paused', word: null });
      return;
    }
    if (error === 'not-allowed') {
      // The browser wants a tap before this page may make sound (reading started on arriving at a page that was not
      // reached by a tap). Another voice would be refused too, so wait at this sentence for Play.
      this.deps.announce('Press Play to start reading.');
      this.set({ status: 'paused', word: null });
      return;
    }
    const failed = this.engine?.kind ?? 'device';
    const fallback = this.retriedWithFallback ? null : this.deps.fallback(failed);
    if (fallback) {
      this.retriedWithFallback = true;
      this.deps.announce(this.everStarted ? 'This voice is not working. Switching to the built-in voice.' : 'Using the built-in voice.');
      this.override = fallback;
      this.set({ status: 'preparing', error: null });
      this.speakCurrent();
      return;
    }
    this.deps.announce('This voice is not working. Choose Retry, or choose another voice in Settings.');
    this.set({ status: 'error', error, word: null });
  }

  private remember(): void {
    const item = this.deps.document.items[this.value.index];
    if (!item) return;
    savePosition(this.deps.storage, {
      pageId: this.deps.document.pageId,
      pageTitle: this.deps.document.pageTitle,
      sentenceId: item.id,
      sectionTitle: sectionTitleAt(this.deps.document, this.value.index),
      savedAt: Date.now(),
    });
  }

  private set(patch: Partial<PlayerState>): void {
    this.value = { ...this.value, ...patch };
    this.changes.emit(this.value);
  }
}
