import { Emitter } from '../../src/shared/emitter';
import type { EngineEvent, SpeakRequest, SpeechEngine, VoiceInfo } from '../../src/speech/speech-engine';

/** When a fake engine reports that speech has started. */
export type FakeStart = 'at-once' | 'next-microtask' | 'never';

/** What a fake engine is, what voices it lists, and when it says speech has started. */
export interface FakeEngineOptions {
  readonly kind?: SpeechEngine['kind'];
  readonly voices?: VoiceInfo[];
  readonly start?: FakeStart;
}

/**
 * A speech engine for unit tests: it records every request, reports "start" as asked, and reports "end" only
 * when the test calls finish(), so a test decides when each sentence is over.
 */
export class FakeEngine implements SpeechEngine {
  readonly kind: SpeechEngine['kind'];
  readonly requests: SpeakRequest[] = [];
  private readonly events = new Emitter<EngineEvent>();
  private readonly list: VoiceInfo[];
  private readonly start: FakeStart;

  constructor({ kind = 'device', voices = [], start = 'at-once' }: FakeEngineOptions = {}) {
    this.kind = kind;
    this.list = voices;
    this.start = start;
  }

  voices = () => this.list;
  loadVoices = async () => this.list;
  onVoicesChanged = () => () => {};
  subscribe = (listener: (event: EngineEvent) => void) => this.events.subscribe(listener);
  stop() {}

  speak(request: SpeakRequest) {
    this.requests.push(request);
    const started = () => this.events.emit({ type: 'start', utteranceId: request.utteranceId });
    if (this.start === 'at-once') started();
    else if (this.start === 'next-microtask') queueMicrotask(started);
  }

  /** Reports that the last request has finished speaking. */
  finish() {
    const last = this.requests.at(-1);
    if (last) this.events.emit({ type: 'end', utteranceId: last.utteranceId });
  }
}
