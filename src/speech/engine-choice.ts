import type { EngineChoice } from '../player/player';
import { chooseVoice } from './choose-voice';
import type { EngineKind, SpeechEngine } from './speech-engine';

/** The voice id that stands for the built-in voice. */
export const BUILT_IN_VOICE_ID = 'built-in';

/** What the chooser needs to know, read at the moment of choosing. */
export interface EngineChooserDeps {
  /** The device's speech engine, or null where the browser has none. */
  readonly device: SpeechEngine | null;
  /** The built-in voice, created on first use; null until it exists in this build. */
  readonly builtIn: () => SpeechEngine | null;
  /** True once the device's voice list has loaded or the wait for it has ended. */
  readonly voicesSettled: () => boolean;
  readonly online: () => boolean;
  readonly lang: string;
  readonly preferredLang: string;
  /** Used when there is no engine at all, to report that clearly. */
  readonly unavailable: SpeechEngine;
}

/** Chooses, synchronously, which engine and voice read the next sentence. */
export function createEngineChooser(deps: EngineChooserDeps) {
  const builtInChoice = (): EngineChoice | null => {
    const engine = deps.builtIn();
    return engine ? { engine, voiceId: BUILT_IN_VOICE_ID } : null;
  };
  return {
    /**
     * The person's choice when it can speak now; else the best on-device voice; else the built-in voice
     * when there is no speech API, no voice after waiting, or only internet voices while offline.
     */
    choose(voiceId: string | null): EngineChoice {
      if (voiceId === BUILT_IN_VOICE_ID) return builtInChoice() ?? { engine: deps.device ?? deps.unavailable, voiceId: null };
      if (!deps.device) return builtInChoice() ?? { engine: deps.unavailable, voiceId: null };
      const voices = deps.device.voices();
      if (voices.length === 0) {
        // Voices may still be on their way: let the browser use its default voice until we know there is none.
        return deps.voicesSettled() ? builtInChoice() ?? { engine: deps.device, voiceId: null } : { engine: deps.device, voiceId: null };
      }
      const voice = chooseVoice(voices, { savedId: voiceId, lang: deps.lang, preferredLang: deps.preferredLang, online: deps.online() });
      if (voice) return { engine: deps.device, voiceId: voice.id };
      return builtInChoice() ?? { engine: deps.device, voiceId: null };
    },
    /** The engine to try when one fails: the built-in voice after a device voice; nothing after that. */
    fallback(failed: EngineKind): EngineChoice | null {
      return failed === 'device' ? builtInChoice() : null;
    },
  };
}
