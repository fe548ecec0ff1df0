import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadListening, saveListening } from '../../player/reading-memory';
import { sortVoicesForPicker } from '../../speech/choose-voice';
import { BUILT_IN_VOICE_ID } from '../../speech/engine-choice';
import type { SpeechEngine, VoiceInfo } from '../../speech/speech-engine';
import type { AppStorage } from '../../storage/storage';

/** Props for the voice picker. */
export interface VoicePickerProps {
  readonly device: SpeechEngine | null;
  /** The built-in voice, or null where this build has none. */
  readonly builtIn: () => SpeechEngine | null;
  readonly storage: AppStorage;
  readonly lang: string;
  readonly online: () => boolean;
  readonly announce: (message: string) => void;
}

const PREVIEW_TEXT = 'This is how this voice sounds.';
/** Beyond this many voices, the list starts filtered to the page language (Linux can list over 13,000). */
const MANY = 60;

function voiceLabel(voice: VoiceInfo): string {
  return voice.local ? `${voice.name} (${voice.lang})` : `${voice.name} (${voice.lang}), needs the internet`;
}

/** Chooses the reading voice: automatic, the built-in voice, or any device voice, with a short preview. */
export function VoicePicker({ device, builtIn, storage, lang, online, announce }: VoicePickerProps) {
  const [voices, setVoices] = useState<readonly VoiceInfo[]>(device?.voices() ?? []);
  const [chosen, setChosen] = useState<string | null>(loadListening(storage).voiceId);
  const [filter, setFilter] = useState('');
  const [allLanguages, setAllLanguages] = useState(false);
  useEffect(() => {
    if (!device) return;
    const refresh = () => setVoices(device.voices());
    const stop = device.onVoicesChanged(refresh);
    void device.loadVoices().then(refresh);
    return stop;
  }, [device]);
  const hasBuiltIn = builtIn() !== null;
  const shown = useMemo(() => {
    const language = lang.split('-')[0]!;
    const needle = filter.trim().toLowerCase();
    return sortVoicesForPicker(voices, lang)
      .filter((v) => allLanguages || voices.length <= MANY || v.lang.startsWith(language))
      .filter((v) => !needle || v.name.toLowerCase().includes(needle) || v.lang.toLowerCase().includes(needle));
  }, [voices, filter, allLanguages, lang]);
  const local = shown.filter((v) => v.local);
  const network = shown.filter((v) => !v.local);

  const choose = (value: string) => {
    const voiceId = value === '' ? null : value;
    setChosen(voiceId);
    const saved = saveListening(storage, { ...loadListening(storage), voiceId });
    const name =
      voiceId === null
        ? 'Automatic'
        : voiceId === BUILT_IN_VOICE_ID
          ? 'Built-in voice'
          : (voices.find((v) => v.id === voiceId)?.name ?? voiceId);
    announce(saved ? `Voice set to ${name}` : `Voice set to ${name} for now; it cannot be remembered on this device`);
  };
  const preview = () => {
    const engine = chosen === BUILT_IN_VOICE_ID ? builtIn() : device;
    if (!engine) return;
    engine.speak({
      utteranceId: `preview-${Date.now()}`,
      text: PREVIEW_TEXT,
      lang,
      rate: loadListening(storage).rate,
      voiceId: chosen === BUILT_IN_VOICE_ID ? BUILT_IN_VOICE_ID : chosen,
    });
  };
  const offlineNote = !online() && network.length > 0;

  return (
    <section class="voice-picker" id="voice" aria-labelledby="voice-heading">
      <h2 id="voice-heading">Reading voice</h2>
      <p>
        Voices marked "needs the internet" stop working when you are offline; the guide then uses another voice.
        {hasBuiltIn ? ' The built-in voice works everywhere, even offline, and keeps playing with the screen locked.' : ''}
      </p>
      {voices.length > MANY ? (
        <div class="voice-picker__filters">
          <label for="voice-filter">Find a voice by name or language</label>
          <input id="voice-filter" type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
          <div class="choice__option">
            <input
              id="voice-all"
              type="checkbox"
              checked={allLanguages}
              onChange={(e) => setAllLanguages((e.target as HTMLInputElement).checked)}
            />
            <label for="voice-all">Show voices for all languages</label>
          </div>
        </div>
      ) : null}
      <label for="voice-select">Voice</label>
      <select id="voice-select" value={chosen ?? ''} onChange={(e) => choose((e.target as HTMLSelectElement).value)}>
        <option value="">Automatic (the best voice on this device)</option>
        {hasBuiltIn ? (
          <option value={BUILT_IN_VOICE_ID}>Built-in voice — works offline, keeps playing with the screen locked</option>
        ) : null}
        {local.length > 0 ? (
          <optgroup label="On this device">
            {local.map((v) => (
              <option value={v.id}>{voiceLabel(v)}</option>
            ))}
          </optgroup>
        ) : null}
        {network.length > 0 ? (
          <optgroup label="Need the internet">
            {network.map((v) => (
              <option value={v.id}>{voiceLabel(v)}</option>
            ))}
          </optgroup>
        ) : null}
      </select>
      <p class="voice-picker__count">
        {voices.length === 0
          ? 'This device has not offered any voices of its own.'
          : `Showing ${shown.length} of ${voices.length} device voices.`}
        {offlineNote ? ' You are offline, so voices that need the internet will not be used.' : ''}
      </p>
      <p>
        <button type="button" class="secondary" onClick={preview}>
          Play a short preview
        </button>
      </p>
    </section>
  );
}
