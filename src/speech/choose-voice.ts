import type { VoiceInfo } from './speech-engine';

/** What decides which voice reads. */
export interface VoiceNeeds {
  /** The voice the person chose before, if any. */
  readonly savedId: string | null;
  /** The page language, e.g. "en". */
  readonly lang: string;
  /** The device's preferred language, e.g. "en-GB", used to pick an accent. */
  readonly preferredLang: string;
  readonly online: boolean;
}

/**
 * Voices that can speak now: while offline, never a voice that needs the internet (localService false:
 * https://developer.mozilla.org/en-US/docs/Web/API/SpeechSynthesisVoice/localService).
 */
export function usableVoices(voices: readonly VoiceInfo[], online: boolean): VoiceInfo[] {
  return voices.filter((voice) => online || voice.local);
}

function languageOf(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/**
 * The saved voice if it can speak now, else the best on-device voice for the page language:
 * the device's own accent first, then its default voice, then any voice in the language. Null if none.
 */
export function chooseVoice(voices: readonly VoiceInfo[], needs: VoiceNeeds): VoiceInfo | null {
  const usable = usableVoices(voices, needs.online);
  const saved = needs.savedId ? usable.find((voice) => voice.id === needs.savedId) : undefined;
  if (saved) return saved;
  const lang = languageOf(needs.lang);
  const inLanguage = usable.filter((voice) => languageOf(voice.lang) === lang);
  const score = (voice: VoiceInfo) =>
    (voice.local ? 8 : 0) +
    (voice.lang === needs.preferredLang ? 4 : 0) +
    (voice.isDefault ? 2 : 0) +
    (voice.lang === `${lang}-US` ? 1 : 0);
  return [...inLanguage].sort((a, b) => score(b) - score(a))[0] ?? null;
}

/** Orders voices for the picker: the page language first, on-device before internet voices, then by name. */
export function sortVoicesForPicker(voices: readonly VoiceInfo[], lang: string): VoiceInfo[] {
  const wanted = languageOf(lang);
  return [...voices].sort(
    (a, b) =>
      Number(languageOf(b.lang) === wanted) - Number(languageOf(a.lang) === wanted) ||
      Number(b.local) - Number(a.local) ||
      a.name.localeCompare(b.name),
  );
}
