import { Emitter } from '../shared/emitter';
import type { EngineEvent, SpeakRequest, SpeechEngine } from './speech-engine';

/** Stands in where the browser has no speech at all, so the player can say so instead of failing silently. */
export class UnavailableEngine implements SpeechEngine {
  readonly kind = 'device' as const;
  private readonly events = new Emitter<EngineEvent>();
  voices = () => [];
  loadVoices = async () => [];
  onVoicesChanged = () => () => {};
  subscribe = (listener: (event: EngineEvent) => void) => this.events.subscribe(listener);
  stop(): void {}
  speak(request: SpeakRequest): void {
    queueMicrotask(() => this.events.emit({ type: 'error', utteranceId: request.utteranceId, error: 'engine-failed' }));
  }
}
