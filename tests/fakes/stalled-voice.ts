import { NativeSpeechEngine } from '../../src/speech/native-engine';
import type { EngineEvent } from '../../src/speech/speech-engine';

/** The parts of an utterance the stalled voice calls back. */
interface StalledUtterance {
  onstart?: () => void;
  onboundary?: (event: { name: string; charIndex: number; charLength: number }) => void;
}

/**
 * A device voice that fires "start" and then nothing, as Firefox does through a speech-dispatcher whose audio
 * output is missing; word boundaries are sent only when the test calls say(). It records what the engine reports.
 */
export function stalledVoice() {
  let current: StalledUtterance | null = null;
  let cancels = 0;
  class Utterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    constructor(readonly text: string) {}
  }
  const synth = {
    getVoices: () => [],
    addEventListener: () => {},
    cancel: () => {
      cancels++;
    },
    speak: (utterance: Utterance) => {
      current = utterance as StalledUtterance;
      setTimeout(() => current?.onstart?.(), 5);
    },
  };
  const engine = new NativeSpeechEngine({
    synth: synth as unknown as SpeechSynthesis,
    Utterance: Utterance as unknown as typeof SpeechSynthesisUtterance,
  });
  const events: EngineEvent[] = [];
  engine.subscribe((event) => events.push(event));
  return {
    engine,
    events,
    cancels: () => cancels,
    say: (charIndex: number) => current?.onboundary?.({ name: 'word', charIndex, charLength: 0 }),
  };
}
