import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { loadListening } from '../../player/reading-memory';
import type { VoiceInfo } from '../../speech/speech-engine';
import { FakeEngine } from '../../../tests/fakes/fake-engine';
import { memoryStorage } from '../../../tests/fakes/memory-storage';
import { VoicePicker } from './voice-picker';

/** A device engine that lists these voices and never reports speaking. */
const listEngine = (voices: VoiceInfo[]) => new FakeEngine({ voices, start: 'never' });

const LANGS = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'hi-IN', 'zh-CN', 'ar-EG'];

/**
 * As many voices as Chromium on Linux lists through speech-dispatcher, which offers every eSpeak NG language in
 * every voice variant: 131 languages times 102 on Debian (`espeak-ng --voices`, `espeak-ng --voices=variant`).
 */
function manyVoices(count: number): VoiceInfo[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `voice-${i}`,
    name: `eSpeak variant ${i}`,
    lang: LANGS[i % LANGS.length]!,
    local: i % 10 !== 0,
    isDefault: false,
    engine: 'device' as const,
  }));
}

afterEach(cleanup);

describe('VoicePicker', () => {
  // Rendering 13,000 options in happy-dom is slow on a busy machine; the limit only guards against a hang.
  it('stays usable with 13,000 voices: shows the page language first and can be filtered by name', { timeout: 60_000 }, async () => {
    const voices = manyVoices(13_362);
    const english = voices.filter((v) => v.lang.startsWith('en')).length;
    const engine = listEngine(voices);
    render(
      <VoicePicker device={engine} builtIn={() => null} storage={memoryStorage()} lang="en" online={() => true} announce={() => {}} />,
    );
    const select = (await screen.findByRole('combobox', { name: 'Voice' })) as HTMLSelectElement;
    // Only English voices at first: a quarter of the list, not all 13,362.
    expect(select.options.length).toBe(1 + english);
    expect(screen.getByText(`Showing ${english} of 13362 device voices.`)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Find a voice by name or language'), { target: { value: 'variant 12345' } });
    expect(select.options.length).toBe(2);
    expect([...select.options].every((o) => o.value === '' || o.textContent!.includes('variant 12345'))).toBe(true);
  });

  it('lists on-device voices before those that need the internet, and marks the latter', async () => {
    const engine = listEngine([
      { id: 'net', name: 'Online Voice', lang: 'en-US', local: false, isDefault: false, engine: 'device' },
      { id: 'local', name: 'Device Voice', lang: 'en-US', local: true, isDefault: true, engine: 'device' },
    ]);
    render(
      <VoicePicker device={engine} builtIn={() => null} storage={memoryStorage()} lang="en" online={() => true} announce={() => {}} />,
    );
    const select = (await screen.findByRole('combobox', { name: 'Voice' })) as HTMLSelectElement;
    const labels = [...select.options].map((o) => o.textContent);
    expect(labels).toEqual([
      'Automatic (the best voice on this device)',
      'Device Voice (en-US)',
      'Online Voice (en-US), needs the internet',
    ]);
    expect(select.querySelectorAll('optgroup')[0]!.label).toBe('On this device');
  });

  it('remembers the chosen voice, says so, and previews it', async () => {
    const engine = listEngine([{ id: 'local', name: 'Device Voice', lang: 'en-US', local: true, isDefault: true, engine: 'device' }]);
    const storage = memoryStorage();
    const messages: string[] = [];
    render(
      <VoicePicker
        device={engine}
        builtIn={() => null}
        storage={storage}
        lang="en"
        online={() => true}
        announce={(m) => messages.push(m)}
      />,
    );
    const select = await screen.findByRole('combobox', { name: 'Voice' });
    fireEvent.change(select, { target: { value: 'local' } });
    expect(loadListening(storage).voiceId).toBe('local');
    expect(messages).toEqual(['Voice set to Device Voice']);
    fireEvent.click(screen.getByRole('button', { name: 'Play a short preview' }));
    expect(engine.requests[0]).toMatchObject({ text: 'This is how this voice sounds.', voiceId: 'local' });
  });
});
