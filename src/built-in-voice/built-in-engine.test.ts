import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineEvent } from '../speech/speech-engine';
import { BuiltInSpeechEngine } from './built-in-engine';
import type { WorkerRequest, WorkerResponse } from './espeak-worker';

/** How the next play() of the fake audio element ends: started, refused, or aborted, or left pending. */
type PlayOutcome = 'plays' | 'NotAllowedError' | 'AbortError' | 'NotSupportedError' | 'pending';

/** An audio element that records what it was asked to play and settles play() as the test says. */
class FakeAudio extends EventTarget {
  src = '';
  preload = '';
  paused = true;
  ended = false;
  currentTime = 0;
  error: { code: number } | null = null;
  readonly plays: string[] = [];
  readonly outcomes: PlayOutcome[] = [];
  private pending: (() => void) | null = null;

  play(): Promise<void> {
    this.plays.push(this.src);
    const outcome = this.outcomes.shift() ?? 'plays';
    if (outcome === 'pending') return new Promise((resolve) => (this.pending = resolve));
    if (outcome !== 'plays') return Promise.reject(new DOMException('refused', outcome));
    this.paused = false;
    queueMicrotask(() => this.dispatchEvent(new Event('playing')));
    return Promise.resolve();
  }

  /** Settles a play() left pending. */
  start(): void {
    this.paused = false;
    this.pending?.();
    this.pending = null;
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.dispatchEvent(new Event('pause'));
  }
}

/** A worker that is ready at once and returns a tiny WAV for every sentence. */
class FakeWorker extends EventTarget {
  readonly sentences: string[] = [];
  /** A worker that never answers, as one whose files never finish loading. */
  silent = false;
  postMessage(message: WorkerRequest): void {
    if (this.silent) return;
    const reply = (data: WorkerResponse) => queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data })));
    if (message.type === 'init') reply({ type: 'ready' });
    else {
      this.sentences.push(message.text);
      reply({ type: 'audio', id: message.id, wav: new ArrayBuffer(64), durationMs: 1000, words: [] });
    }
  }
  terminate(): void {}
}

function setup({ silentWorker = false } = {}) {
  const audio = new FakeAudio();
  const worker = new FakeWorker();
  worker.silent = silentWorker;
  const engine = new BuiltInSpeechEngine({
    scriptUrl: '/voice/espeak.js',
    dataUrl: '/voice/espeak.data',
    createWorker: () => worker as unknown as Worker,
    audio: audio as unknown as HTMLAudioElement,
    announce: () => {},
  });
  const events: EngineEvent[] = [];
  engine.subscribe((event) => events.push(event));
  return { engine, audio, worker, events };
}

const request = (utteranceId: string, text = 'How it works') => ({ utteranceId, text, lang: 'en', rate: 1, voiceId: 'built-in' });

describe('BuiltInSpeechEngine', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('unlocks its audio element with one silent clip, played synchronously inside the call, and only once', async () => {
    const { engine, audio } = setup();
    engine.unlock();
    expect(audio.plays).toHaveLength(1);
    expect(audio.plays[0]).toMatch(/^blob:/);
    await vi.advanceTimersByTimeAsync(0);
    engine.unlock();
    expect(audio.plays).toHaveLength(1);
  });

  it('tries the unlock again at the next tap when the browser refused it', async () => {
    const { engine, audio } = setup();
    audio.outcomes.push('NotAllowedError');
    engine.unlock();
    await vi.advanceTimersByTimeAsync(0);
    engine.unlock();
    expect(audio.plays).toHaveLength(2);
  });

  it('loads a sentence only once the silent clip has begun, so it never aborts its own play()', async () => {
    const { engine, audio, events } = setup();
    audio.outcomes.push('pending');
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(100);
    expect(audio.plays).toHaveLength(1);
    audio.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(audio.plays).toHaveLength(2);
    expect(events).toEqual([{ type: 'start', utteranceId: 'a' }]);
  });

  it('a play() aborted because the voice moved on is not a failure', async () => {
    const { engine, audio, events } = setup();
    engine.unlock();
    await vi.advanceTimersByTimeAsync(0);
    audio.outcomes.push('AbortError');
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([]);
    engine.speak(request('b', 'A second sentence.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([{ type: 'start', utteranceId: 'b' }]);
  });

  it('reports a refused play() as "not-allowed", and a file it cannot play as a failure', async () => {
    const { engine, audio, events } = setup();
    engine.unlock();
    await vi.advanceTimersByTimeAsync(0);
    audio.outcomes.push('NotAllowedError', 'NotSupportedError');
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(0);
    engine.speak(request('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([
      { type: 'error', utteranceId: 'a', error: 'not-allowed' },
      { type: 'error', utteranceId: 'b', error: 'engine-failed' },
    ]);
  });

  it('reports a pause it did not make (a phone call) as an interruption; not its own stop, nor the pause before "ended"', async () => {
    const { engine, audio, events } = setup();
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(0);
    audio.ended = true;
    audio.pause();
    audio.dispatchEvent(new Event('ended'));
    expect(events.map((e) => e.type)).toEqual(['start', 'end']);
    audio.ended = false;
    engine.speak(request('b'));
    await vi.advanceTimersByTimeAsync(0);
    engine.stop();
    expect(events.map((e) => e.type)).toEqual(['start', 'end', 'start']);
    engine.speak(request('c'));
    await vi.advanceTimersByTimeAsync(0);
    audio.pause();
    expect(events.at(-1)).toEqual({ type: 'error', utteranceId: 'c', error: 'interrupted' });
  });

  it('ignores the error of a file given up for the next one, and reports a real one', async () => {
    const { engine, audio, events } = setup();
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(0);
    audio.error = { code: 1 };
    audio.dispatchEvent(new Event('error'));
    expect(events.map((e) => e.type)).toEqual(['start']);
    audio.error = { code: 3 };
    audio.dispatchEvent(new Event('error'));
    expect(events.at(-1)).toEqual({ type: 'error', utteranceId: 'a', error: 'engine-failed' });
  });

  it('reports a failure, instead of preparing for ever, when the voice never gets ready; and then stays silent', async () => {
    const { engine, audio, events } = setup({ silentWorker: true });
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(events).toEqual([{ type: 'error', utteranceId: 'a', error: 'engine-failed' }]);
    expect(audio.plays).toHaveLength(1);
  });
});
