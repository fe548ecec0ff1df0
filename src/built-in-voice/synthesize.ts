import { encodeWav, espeakRate } from './wav';

/** One spoken word: where it is in the text and when it is heard. */
export interface WordTiming {
  /** 0-based character offset in the text given to the voice. */
  readonly charIndex: number;
  readonly charLength: number;
  /** Milliseconds from the start of the audio. */
  readonly timeMs: number;
}

/** A synthesized sentence. */
export interface Synthesized {
  readonly wav: ArrayBuffer;
  readonly durationMs: number;
  readonly words: readonly WordTiming[];
}

/** The parts of eSpeak NG's Emscripten module this app uses. */
export interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorker;
}

/** An eSpeak NG synthesizer instance. */
export interface EspeakWorker {
  set_voice(name: string): void;
  set_rate(wordsPerMinute: number): void;
  synthesize(text: string, callback: (samples: Int16Array, events: readonly EspeakEvent[]) => void): void;
}

/** An event eSpeak reports while synthesizing. */
export interface EspeakEvent {
  readonly type: string;
  readonly text_position: number;
  readonly word_length: number;
  readonly audio_position: number;
}

/** eSpeak NG produces 22,050 samples a second. */
export const SAMPLE_RATE = 22050;

/** Creates the synthesizer from an initialised module, with the US English voice. */
export function createSynthesizer(module: EspeakModule): (text: string, rate: number) => Synthesized {
  const worker = new module.eSpeakNGWorker();
  worker.set_voice('en-us');
  return (text, rate) => {
    worker.set_rate(espeakRate(rate));
    const chunks: Int16Array[] = [];
    const words: WordTiming[] = [];
    worker.synthesize(text, (samples, events) => {
      // The samples live in the module's memory and are reused: copy them.
      if (samples && samples.length > 0) chunks.push(samples.slice());
      for (const event of events) {
        if (event.type === 'word') {
          words.push({ charIndex: Math.max(0, event.text_position - 1), charLength: event.word_length, timeMs: event.audio_position });
        }
      }
    });
    const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const all = new Int16Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    return { wav: encodeWav(all, SAMPLE_RATE), durationMs: (length / SAMPLE_RATE) * 1000, words };
  };
}
