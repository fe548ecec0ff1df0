import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine } from '../../tests/fakes/fake-engine';
import { createEngineChooser, TAP_WAIT_FOR_VOICES_MS } from './engine-choice';
import type { SpeechEngine, VoiceInfo } from './speech-engine';

const englishVoice: VoiceInfo = { id: 'v1', name: 'Voice', lang: 'en-US', local: true, isDefault: true, engine: 'device' };

/** A built-in voice that counts warm-ups and unlocks. */
class CountingBuiltIn extends FakeEngine {
  warmUps = 0;
  unlocks = 0;
  constructor() {
    super({ kind: 'built-in' });
  }
  warmUp = () => {
    this.warmUps++;
    return Promise.resolve();
  };
  unlock = () => {
    this.unlocks++;
  };
}

/** A chooser whose device voice list and its loading the test controls. */
function setup({ settled = false, builtIn = true }: { settled?: boolean; builtIn?: boolean } = {}) {
  let voices: VoiceInfo[] = [];
  const device = new FakeEngine();
  device.voices = () => voices;
  const voice = new CountingBuiltIn();
  let finishLoading: () => void = () => {};
  let voicesSettled = settled;
  const voicesLoaded = new Promise<void>((resolve) => {
    finishLoading = () => {
      voicesSettled = true;
      resolve();
    };
  });
  const chooser = createEngineChooser({
    device,
    builtIn: () => (builtIn ? voice : null),
    voicesSettled: () => voicesSettled,
    voicesLoaded,
    online: () => true,
    lang: 'en',
    preferredLang: 'en-US',
    unavailable: new FakeEngine(),
  });
  return {
    chooser,
    device: device as SpeechEngine,
    builtIn: voice,
    voicesArrive: (list: VoiceInfo[]) => {
      voices = list;
      finishLoading();
    },
    listEnds: () => finishLoading(),
  };
}

describe('createEngineChooser', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('chooses the built-in voice at once when the voice list has loaded empty: no device voice is tried first', () => {
    const { chooser, builtIn } = setup({ settled: true });
    expect(chooser.choose(null)).toEqual({ engine: builtIn, voiceId: 'built-in' });
  });

  it('while the voice list may still come, says to wait and loads the built-in voice meanwhile', () => {
    const { chooser, builtIn } = setup();
    const choice = chooser.choose(null);
    expect(choice.waitFor).toBeInstanceOf(Promise);
    expect(builtIn.warmUps).toBe(1);
  });

  it('after a short wait with no voice list (Firefox never says it has none), chooses the built-in voice', async () => {
    const { chooser, builtIn } = setup();
    let waited = false;
    void chooser.choose(null).waitFor!.then(() => (waited = true));
    await vi.advanceTimersByTimeAsync(TAP_WAIT_FOR_VOICES_MS - 10);
    expect(waited).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(waited).toBe(true);
    expect(chooser.choose(null)).toEqual({ engine: builtIn, voiceId: 'built-in' });
  });

  it('chooses a device voice that arrives during the wait', async () => {
    const { chooser, device, voicesArrive } = setup();
    const waiting = chooser.choose(null).waitFor!;
    voicesArrive([englishVoice]);
    await waiting;
    expect(chooser.choose(null)).toEqual({ engine: device, voiceId: 'v1' });
  });

  it('waits once: later choices do not wait again', async () => {
    const { chooser, listEnds } = setup();
    void chooser.choose(null);
    listEnds();
    await vi.advanceTimersByTimeAsync(0);
    expect(chooser.choose(null).waitFor).toBeUndefined();
  });

  it('without a built-in voice in this build, lets the device try its default voice rather than wait', () => {
    const { chooser, device } = setup({ builtIn: false });
    expect(chooser.choose(null)).toEqual({ engine: device, voiceId: null });
  });

  it('unlocks the built-in voice, whichever voice is chosen', () => {
    const { chooser, builtIn, voicesArrive } = setup();
    voicesArrive([englishVoice]);
    chooser.unlock();
    expect(builtIn.unlocks).toBe(1);
  });

  it('falls back from a device voice to the built-in voice, and from the built-in voice to nothing', () => {
    const { chooser, builtIn } = setup({ settled: true });
    expect(chooser.fallback('device')).toEqual({ engine: builtIn, voiceId: 'built-in' });
    expect(chooser.fallback('built-in')).toBeNull();
  });
});
