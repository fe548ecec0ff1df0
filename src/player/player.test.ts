import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeSpeechSynthesis, type FakeSpeechLog, type FakeSpeechOptions } from '../../tests/fakes/fake-speech-synthesis';
import { findWebSpeech, NativeSpeechEngine, stallDeadlineMs } from '../speech/native-engine';
import { compileLexicon } from '../speech/pronounce';
import { Emitter } from '../shared/emitter';
import type { EngineEvent, SpeechEngine } from '../speech/speech-engine';
import { FakeEngine } from '../../tests/fakes/fake-engine';
import { fixturePlayer, nextPage, readingDocument } from '../../tests/fakes/reading-fixture';
import { stalledVoice } from '../../tests/fakes/stalled-voice';
import type { EngineChoice } from '../speech/engine-choice';
import type { PlayerState } from './player';
import type { ReadingDocument } from './reading-document';
import { loadListening, loadPosition } from './reading-memory';

const doc = readingDocument([
  { anchor: 'introduction', title: 'Surgery', sentences: ['Surgery', 'Surgery can ease pain.', 'Denosumab is not surgery.'] },
  { anchor: 'how-it-works', title: 'How it works', sentences: ['How it works', 'A surgeon fixes the bone.'] },
]);

/** Speaks the display text as it is, so words map back one to one. */
const asWritten = (text: string) => ({
  display: text,
  spoken: text,
  toDisplay: (start: number, length: number) => ({ start, end: start + length }),
});

function setup(options: FakeSpeechOptions = {}, fallbackEngine: SpeechEngine | null = null, document: ReadingDocument = doc) {
  const scope: Record<string, unknown> = {};
  installFakeSpeechSynthesis(options, scope);
  const engine = new NativeSpeechEngine(findWebSpeech(scope as unknown as typeof globalThis)!);
  const states: PlayerState[] = [];
  const { player, storage, announcements } = fixturePlayer({
    document,
    engine,
    fallbackEngine,
    pronounce: compileLexicon({ denosumab: 'den oh SUE mab' }),
    chooseEngine: (voiceId) => ({ engine, voiceId }),
  });
  player.subscribe((s) => states.push(s));
  return { player, storage, announcements, states, log: scope.__fakeSpeech as FakeSpeechLog };
}

describe('Player with the device voice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads a section and carries on to the end of the page, in order', async () => {
    const { player, log, announcements } = setup();
    player.playSection('introduction');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(log.ended).toEqual([
      'Surgery',
      'Surgery can ease pain.',
      'den oh SUE mab is not surgery.',
      'How it works',
      'A surgeon fixes the bone.',
    ]);
    expect(player.state.status).toBe('finished');
    expect(announcements).toEqual(['Reading: Surgery', 'Finished reading Surgery']);
  });

  it('names the next page of the guide when it finishes reading a page', async () => {
    const { player, announcements } = setup({}, null, { ...doc, next: nextPage });
    player.playSection('how-it-works');
    await vi.advanceTimersByTimeAsync(5000);
    expect(player.state.status).toBe('finished');
    expect(announcements.at(-1)).toBe('Finished reading Surgery. Next page: Ablation');
  });

  it('leaves "Continue listening" at the top of the next page once a page is read', async () => {
    const { player, storage } = setup({}, null, { ...doc, next: nextPage });
    player.playSection('how-it-works');
    await vi.advanceTimersByTimeAsync(5000);
    expect(loadPosition(storage)).toMatchObject({
      pageId: 'ablation',
      pageTitle: 'Ablation',
      sentenceId: 's-ab',
      sectionTitle: 'Ablation',
    });
  });

  it('leaves "Continue listening" at the last sentence of the last page', async () => {
    const { player, storage } = setup();
    player.playSection('how-it-works');
    await vi.advanceTimersByTimeAsync(5000);
    expect(loadPosition(storage)).toMatchObject({ pageId: 'surgery', sentenceId: 's-5' });
  });

  it("cues the page's top when the saved sentence is no longer on the page, or none is given", () => {
    const { player } = setup();
    player.cue('s-4');
    expect(player.state).toMatchObject({ status: 'paused', index: 3 });
    player.cue('s-gone');
    expect(player.state).toMatchObject({ status: 'paused', index: 0 });
    player.cue('s-4');
    player.cue(null);
    expect(player.state.index).toBe(0);
  });

  it('is "preparing" until the engine reports start, then "playing"', async () => {
    const { player, states } = setup();
    player.playPage();
    expect(player.state.status).toBe('preparing');
    await vi.advanceTimersByTimeAsync(10);
    expect(states.map((s) => s.status)).toContain('playing');
  });

  it('applies pronunciations to speech only and maps words back to the displayed text', async () => {
    const { player, log, states } = setup();
    player.playFrom('s-3');
    await vi.advanceTimersByTimeAsync(15);
    expect(log.spoken[0]!.text).toBe('den oh SUE mab is not surgery.');
    const firstWord = states.find((s) => s.word)!.word!;
    expect(doc.items[2]!.text.slice(firstWord.start, firstWord.end)).toBe('Denosumab');
  });

  it('pauses by stopping, and resumes by re-reading the same sentence', async () => {
    const { player, log } = setup({ pauseActsAsCancel: true });
    player.playFrom('s-2');
    await vi.advanceTimersByTimeAsync(50);
    player.pause();
    expect(player.state.status).toBe('paused');
    expect(player.state.index).toBe(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(log.ended).toEqual([]);
    player.resume();
    await vi.advanceTimersByTimeAsync(2000);
    expect(log.started[0]).toBe('Surgery can ease pain.');
    expect(log.started[1]).toBe('Surgery can ease pain.');
  });

  it('moves one sentence at a time with next and previous, and by section', async () => {
    const { player, log } = setup({ msPerChar: 200 });
    player.playFrom('s-2');
    await vi.advanceTimersByTimeAsync(20);
    player.next();
    await vi.advanceTimersByTimeAsync(20);
    expect(player.state.index).toBe(2);
    player.previous();
    await vi.advanceTimersByTimeAsync(20);
    expect(player.state.index).toBe(1);
    player.nextSection();
    await vi.advanceTimersByTimeAsync(20);
    expect(player.state.index).toBe(3);
    player.previousSection();
    expect(player.state.index).toBe(0);
    expect(log.spoken.map((s) => s.text).slice(0, 4)).toEqual([
      'Surgery can ease pain.',
      'den oh SUE mab is not surgery.',
      'Surgery can ease pain.',
      'How it works',
    ]);
  });

  it('speaks the next sentences at a new speed and remembers it', async () => {
    const { player, log, storage, announcements } = setup({ msPerChar: 100 });
    player.playPage();
    await vi.advanceTimersByTimeAsync(20);
    const before = announcements.length;
    player.setRate(1.5);
    await vi.advanceTimersByTimeAsync(20);
    expect(log.spoken.at(-1)!.rate).toBe(1.5);
    expect(loadListening(storage).rate).toBe(1.5);
    // The slider's aria-valuetext says the speed; the status region does not say it a second time.
    expect(announcements.slice(before)).not.toContainEqual(expect.stringMatching(/speed/i));
  });

  it('saves the sentence being read, so listening can continue later', async () => {
    const { player, storage } = setup({ msPerChar: 200 });
    player.playFrom('s-4');
    await vi.advanceTimersByTimeAsync(20);
    expect(loadPosition(storage)).toMatchObject({ pageId: 'surgery', sentenceId: 's-4', sectionTitle: 'How it works' });
  });

  it('says the voice is not working when speech fails and there is nothing to fall back to', async () => {
    const { player, announcements } = setup({ failWith: 'synthesis-failed' });
    player.playPage();
    await vi.advanceTimersByTimeAsync(100);
    expect(player.state.status).toBe('error');
    expect(announcements.at(-1)).toMatch(/This voice is not working/);
  });

  it('gives up after the watchdog and its one retry when speech never starts', async () => {
    const { player, log } = setup({ neverStart: true });
    player.playPage();
    await vi.advanceTimersByTimeAsync(6500);
    expect(log.spoken.length).toBe(2);
    expect(player.state).toMatchObject({ status: 'error', error: 'no-start' });
  });

  it('waits at the sentence for Play when the browser wants a tap first, without switching to another voice', async () => {
    // Chromium refuses speech with "not-allowed" on a page not yet tapped; the built-in voice would be refused too.
    const fallback = new FakeEngine({ kind: 'built-in', start: 'next-microtask' });
    const { player, announcements, log } = setup({ failWith: 'not-allowed' }, fallback);
    player.playFrom('s-2');
    await vi.advanceTimersByTimeAsync(100);
    expect(player.state).toMatchObject({ status: 'paused', index: 1, error: null });
    expect(fallback.requests).toEqual([]);
    expect(log.spoken).toHaveLength(1);
    expect(announcements.at(-1)).toBe('Press Play to start reading.');
  });

  it('falls back to another engine when the device voice fails, and keeps reading with it', async () => {
    const fallback = new FakeEngine({ kind: 'built-in', start: 'next-microtask' });
    const { player } = setup({ failWith: 'synthesis-failed' }, fallback);
    player.playPage();
    await vi.advanceTimersByTimeAsync(100);
    expect(fallback.requests.map((r) => r.text)).toEqual(['Surgery']);
    fallback.finish();
    fallback.finish();
    expect(fallback.requests.map((r) => r.text)).toEqual(['Surgery', 'Surgery can ease pain.', 'den oh SUE mab is not surgery.']);
    expect(player.state.engine).toBe('built-in');
  });
});

describe('Player: never silent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A player whose engine choice the test controls. */
  function withChoices(chooseEngine: (voiceId: string | null) => EngineChoice, fallbackEngine: SpeechEngine | null = null) {
    const unlocks: string[] = [];
    const { player, announcements } = fixturePlayer({
      document: doc,
      pronounce: asWritten,
      chooseEngine,
      fallbackEngine,
      // Records which sentence was asked for when the unlock came: it must come inside the request, before any wait.
      unlock: () => unlocks.push(doc.items[player.state.index]!.text),
    });
    return { player, announcements, unlocks };
  }

  it('unlocks the built-in voice synchronously inside every request to start reading', () => {
    const device = new FakeEngine();
    const { player, unlocks } = withChoices(() => ({ engine: device, voiceId: null }));
    player.playSection('how-it-works');
    expect(unlocks).toEqual(['How it works']);
    player.pause();
    player.resume();
    expect(unlocks).toHaveLength(2);
  });

  it('while the voice list is awaited, speaks nothing, then speaks with the voice chosen once it has come', async () => {
    const builtIn = new FakeEngine({ kind: 'built-in' });
    const device = new FakeEngine();
    let release: () => void = () => {};
    const waitFor = new Promise<void>((resolve) => (release = resolve));
    let waited = false;
    const { player, unlocks } = withChoices(() =>
      waited ? { engine: builtIn, voiceId: 'built-in' } : { engine: builtIn, voiceId: 'built-in', waitFor },
    );
    player.playSection('how-it-works');
    expect(player.state.status).toBe('preparing');
    expect(unlocks).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(builtIn.requests).toEqual([]);
    expect(device.requests).toEqual([]);
    waited = true;
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(builtIn.requests.map((r) => r.text)).toEqual(['How it works']);
    expect(player.state).toMatchObject({ status: 'playing', engine: 'built-in' });
  });

  it('a pause during the wait for the voice list cancels the reading that was waiting', async () => {
    const builtIn = new FakeEngine({ kind: 'built-in' });
    let release: () => void = () => {};
    const waitFor = new Promise<void>((resolve) => (release = resolve));
    const { player } = withChoices(() => ({ engine: builtIn, voiceId: 'built-in', waitFor }));
    player.playPage();
    player.pause();
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(builtIn.requests).toEqual([]);
    expect(player.state.status).toBe('paused');
  });

  it('keeps the voice it started with for the rest of the reading, even if the choice would now differ', () => {
    const first = new FakeEngine({ kind: 'built-in' });
    const later = new FakeEngine();
    let engine = first;
    const { player } = withChoices(() => ({ engine, voiceId: null }));
    player.playPage();
    engine = later;
    first.finish();
    expect(first.requests.map((r) => r.text)).toEqual(['Surgery', 'Surgery can ease pain.']);
    expect(later.requests).toEqual([]);
    // Starting again chooses again.
    player.stop();
    player.playPage();
    expect(later.requests).toHaveLength(1);
  });

  it('a device voice that starts and never ends hands over to the built-in voice, which reads the same sentence', async () => {
    const fallback = new FakeEngine({ kind: 'built-in' });
    const { player, announcements } = setupStalled(fallback);
    player.playFrom('s-2');
    await vi.advanceTimersByTimeAsync(10);
    expect(player.state.status).toBe('playing');
    await vi.advanceTimersByTimeAsync(stallDeadlineMs('Surgery can ease pain.', 1));
    expect(fallback.requests.map((r) => r.text)).toEqual(['Surgery can ease pain.']);
    expect(player.state).toMatchObject({ status: 'playing', engine: 'built-in', error: null });
    expect(announcements.at(-1)).toBe('This voice is not working. Switching to the built-in voice.');
  });

  it('a device voice that starts and never ends, with nothing to fall back to, ends in a message with a way on', async () => {
    const { player, announcements } = setupStalled(null);
    player.playFrom('s-2');
    await vi.advanceTimersByTimeAsync(10 + stallDeadlineMs('Surgery can ease pain.', 1));
    expect(player.state).toMatchObject({ status: 'error', error: 'stalled' });
    expect(announcements.at(-1)).toBe('This voice is not working. Choose Retry, or choose another voice in Settings.');
  });

  it('a sentence the system pauses (a phone call) shows Paused, not Reading', () => {
    const events = new Emitter<EngineEvent>();
    let last = '';
    const engine: SpeechEngine = {
      kind: 'built-in',
      voices: () => [],
      loadVoices: async () => [],
      onVoicesChanged: () => () => {},
      subscribe: (listener) => events.subscribe(listener),
      stop: () => {},
      speak: (request) => {
        last = request.utteranceId;
        events.emit({ type: 'start', utteranceId: last });
      },
    };
    const { player, announcements } = withChoices(() => ({ engine, voiceId: 'built-in' }));
    player.playPage();
    expect(player.state.status).toBe('playing');
    events.emit({ type: 'error', utteranceId: last, error: 'interrupted' });
    expect(player.state.status).toBe('paused');
    expect(announcements.at(-1)).toBe('Paused');
  });
});

/** A player reading with a device voice that fires "start" and nothing after it. */
function setupStalled(fallbackEngine: SpeechEngine | null) {
  const { engine } = stalledVoice();
  return fixturePlayer({ document: doc, engine, fallbackEngine, pronounce: asWritten, chooseEngine: (voiceId) => ({ engine, voiceId }) });
}
