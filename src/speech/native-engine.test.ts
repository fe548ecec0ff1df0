import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeSpeechSynthesis, type FakeSpeechLog, type FakeSpeechOptions } from '../../tests/fakes/fake-speech-synthesis';
import { findWebSpeech, NativeSpeechEngine, normaliseLang, stallDeadlineMs } from './native-engine';
import type { EngineEvent } from './speech-engine';
import { stalledVoice } from '../../tests/fakes/stalled-voice';

function setup(options: FakeSpeechOptions = {}) {
  const scope: Record<string, unknown> = {};
  installFakeSpeechSynthesis(options, scope);
  const api = findWebSpeech(scope as unknown as typeof globalThis)!;
  const engine = new NativeSpeechEngine(api);
  const events: EngineEvent[] = [];
  engine.subscribe((event) => events.push(event));
  return { engine, events, log: scope.__fakeSpeech as FakeSpeechLog };
}

const request = (utteranceId: string, text = 'Radiation can ease bone pain.') => ({
  utteranceId,
  text,
  lang: 'en',
  rate: 1,
  voiceId: null,
});

describe('NativeSpeechEngine', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports start, word boundaries and end for one sentence', async () => {
    const { engine, events } = setup();
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(events[0]).toEqual({ type: 'start', utteranceId: 'a' });
    expect(events.filter((e) => e.type === 'boundary').length).toBe(5);
    expect(events.at(-1)).toEqual({ type: 'end', utteranceId: 'a' });
  });

  it("cancels before every speak, and ignores the stopped sentence's late events", async () => {
    const { engine, events, log } = setup();
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(50);
    engine.speak(request('b', 'Second sentence.'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(log.cancels).toBeGreaterThanOrEqual(2);
    expect(events.some((e) => e.utteranceId === 'a' && (e.type === 'end' || e.type === 'error'))).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'end', utteranceId: 'b' });
  });

  it('works without boundary events', async () => {
    const { engine, events } = setup({ boundaries: false });
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(events.map((e) => e.type)).toEqual(['start', 'end']);
  });

  it('retries once when speech never starts, then reports no-start', async () => {
    const { engine, events, log } = setup({ neverStart: true });
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(3100);
    expect(log.spoken.length).toBe(2);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(3100);
    expect(events).toEqual([{ type: 'error', utteranceId: 'a', error: 'no-start' }]);
    expect(log.spoken.length).toBe(2);
  });

  it('reports synthesis-failed', async () => {
    const { engine, events } = setup({ failWith: 'synthesis-failed' });
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(100);
    expect(events).toEqual([{ type: 'error', utteranceId: 'a', error: 'synthesis-failed' }]);
  });

  it('stop() is silent: no error follows for the stopped sentence', async () => {
    const { engine, events } = setup({ pauseActsAsCancel: true });
    engine.speak(request('a'));
    await vi.advanceTimersByTimeAsync(20);
    const before = events.length;
    expect(events[0]?.type).toBe('start');
    engine.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(events.length).toBe(before);
  });

  it('waits for voices that arrive late', async () => {
    const { engine } = setup({ voicesDelayMs: 1200 });
    expect(engine.voices()).toEqual([]);
    const loading = engine.loadVoices();
    await vi.advanceTimersByTimeAsync(1300);
    const voices = await loading;
    expect(voices.map((v) => v.name)).toEqual(['Test Voice English']);
  });

  it('gives up waiting for voices after 5 seconds', async () => {
    const { engine } = setup({ voices: [] });
    const loading = engine.loadVoices();
    await vi.advanceTimersByTimeAsync(5300);
    expect(await loading).toEqual([]);
  });

  it('passes rate, language and the chosen voice to the utterance', async () => {
    const { engine, log } = setup({
      voices: [
        { name: 'A', lang: 'en_GB', localService: true },
        { name: 'B', lang: 'en-US', localService: false },
      ],
    });
    const voiceB = engine.voices().find((v) => v.name === 'B')!;
    expect(voiceB.local).toBe(false);
    expect(engine.voices()[0]!.lang).toBe('en-GB');
    engine.speak({ ...request('a'), rate: 1.5, voiceId: voiceB.id });
    expect(log.spoken[0]).toMatchObject({ rate: 1.5, lang: 'en', voice: 'B' });
  });
});

describe('normaliseLang', () => {
  it('turns Android-style tags into BCP 47', () => {
    expect(normaliseLang('en_us')).toBe('en-US');
    expect(normaliseLang('EN')).toBe('en');
  });
});

describe('a sentence that starts and never ends', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const text = 'Radiation can ease bone pain.';

  it('is reported as stalled once far past its slowest speaking time, and the voice is cancelled', async () => {
    const { engine, events, cancels } = stalledVoice();
    engine.speak(request('a', text));
    await vi.advanceTimersByTimeAsync(10);
    expect(events).toEqual([{ type: 'start', utteranceId: 'a' }]);
    const cancelsBefore = cancels();
    // Five words at 100 a minute is 3 seconds, plus the margin.
    await vi.advanceTimersByTimeAsync(stallDeadlineMs(text, 1) - 100);
    expect(events).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(events.at(-1)).toEqual({ type: 'error', utteranceId: 'a', error: 'stalled' });
    expect(cancels()).toBeGreaterThan(cancelsBefore);
  });

  it('is given longer at a slower speed', async () => {
    const { engine, events } = stalledVoice();
    engine.speak({ ...request('a', text), rate: 0.5 });
    await vi.advanceTimersByTimeAsync(10 + stallDeadlineMs(text, 1) + 100);
    expect(events).toEqual([{ type: 'start', utteranceId: 'a' }]);
    await vi.advanceTimersByTimeAsync(stallDeadlineMs(text, 0.5) - stallDeadlineMs(text, 1));
    expect(events.at(-1)).toMatchObject({ type: 'error', error: 'stalled' });
  });

  it('is not stalled while it still reports words: each word restarts the wait for the words after it', async () => {
    const { engine, events, say } = stalledVoice();
    engine.speak(request('a', text));
    await vi.advanceTimersByTimeAsync(stallDeadlineMs(text, 1) - 500);
    say(text.indexOf('bone'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(events.some((e) => e.type === 'error')).toBe(false);
    await vi.advanceTimersByTimeAsync(stallDeadlineMs('bone pain.', 1));
    expect(events.at(-1)).toMatchObject({ type: 'error', error: 'stalled' });
  });

  it('never cuts off a slow voice that does end: a long sentence at half speed reads to its end', async () => {
    const long = 'A surgeon can put a metal rod inside a weak bone to hold it steady, which can ease pain and help you walk again.';
    const { engine, events } = setup({ msPerChar: 70, boundaries: false });
    engine.speak({ ...request('a', long), rate: 0.5 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(events.map((e) => e.type)).toEqual(['start', 'end']);
  });

  it('derives its deadline from the number of words and the speed', () => {
    expect(stallDeadlineMs('one two three', 1, 0)).toBe(1800);
    expect(stallDeadlineMs('one two three', 2, 0)).toBe(900);
    expect(stallDeadlineMs('  ', 1, 4000)).toBe(4000);
  });
});
