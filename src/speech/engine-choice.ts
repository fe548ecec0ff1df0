import { chooseVoice } from './choose-voice';
import type { EngineKind, SpeechEngine } from './speech-engine';

/** The engine and voice to use for the next sentence. */
export interface EngineChoice {
  readonly engine: SpeechEngine;
  readonly voiceId: string | null;
  /** The voice list is still on its way: nothing is spoken yet, and the choice is made again once this settles. */
  readonly waitFor?: Promise<void>;
}

/** The voice id that stands for the built-in voice. */
export const BUILT_IN_VOICE_ID = 'built-in';

/** How long a tap on Listen waits for a device voice list that has not come yet, while the built-in voice loads. */
export const TAP_WAIT_FOR_VOICES_MS = 1000;

/** What the chooser needs to know, read at the moment of choosing. */
export interface EngineChooserDeps {
  /** The device's speech engine, or null where the browser has none. */
  readonly device: SpeechEngine | null;
  /** The built-in voice, created on first use; null until it exists in this build. */
  readonly builtIn: () => SpeechEngine | null;
  /** True once the device's voice list has loaded or the wait for it has ended. */
  readonly voicesSettled: () => boolean;
  /** Settles when the device's voice list has loaded or the wait for it has ended. */
  readonly voicesLoaded: Promise<unknown>;
  readonly online: () => boolean;
  readonly lang: string;
  readonly preferredLang: string;
  /** Used when there is no engine at all, to report that clearly. */
  readonly unavailable: SpeechEngine;
  /** How long a tap waits for the voice list (TAP_WAIT_FOR_VOICES_MS unless a test says otherwise). */
  readonly tapWaitMs?: number;
}

/** Chooses, synchronously, which engine and voice read the next sentence. */
export function createEngineChooser(deps: EngineChooserDeps) {
  const builtInChoice = (): EngineChoice | null => {
    const engine = deps.builtIn();
    return engine ? { engine, voiceId: BUILT_IN_VOICE_ID } : null;
  };
  // The voice list has had its chance: it loaded, its own wait ended, or a tap waited for it long enough.
  let waitedOut = false;
  let waiting: Promise<void> | null = null;
  const voicesKnown = () => waitedOut || deps.voicesSettled();
  return {
    /**
     * The person's choice when it can speak now; else the best on-device voice; else the built-in voice when there
     * is no speech API, no voice once the list has had its chance, or only internet voices while offline. While the
     * list may still come (Firefox with no voices never says it is empty), the choice says to wait a moment for it:
     * the built-in voice loads meanwhile, so a device with no voices never tries one before using the built-in voice.
     */
    choose(voiceId: string | null): EngineChoice {
      if (voiceId === BUILT_IN_VOICE_ID) return builtInChoice() ?? { engine: deps.device ?? deps.unavailable, voiceId: null };
      if (!deps.device) return builtInChoice() ?? { engine: deps.unavailable, voiceId: null };
      const voices = deps.device.voices();
      if (voices.length === 0) {
        const builtIn = deps.builtIn();
        if (!voicesKnown() && builtIn) {
          void builtIn.warmUp?.().catch(() => {});
          waiting ??= Promise.race([
            deps.voicesLoaded.then(
              () => {},
              () => {},
            ),
            new Promise<void>((resolve) => setTimeout(resolve, deps.tapWaitMs ?? TAP_WAIT_FOR_VOICES_MS)),
          ]).then(() => {
            waitedOut = true;
          });
          return { engine: builtIn, voiceId: BUILT_IN_VOICE_ID, waitFor: waiting };
        }
        return builtInChoice() ?? { engine: deps.device, voiceId: null };
      }
      const voice = chooseVoice(voices, { savedId: voiceId, lang: deps.lang, preferredLang: deps.preferredLang, online: deps.online() });
      if (voice) return { engine: deps.device, voiceId: voice.id };
      return builtInChoice() ?? { engine: deps.device, voiceId: null };
    },
    /** The engine to try when one fails: the built-in voice after a device voice; nothing after that. */
    fallback(failed: EngineKind): EngineChoice | null {
      return failed === 'device' ? builtInChoice() : null;
    },
    /** Lets the built-in voice play later, whichever voice reads now; call it synchronously inside the tap. */
    unlock(): void {
      deps.builtIn()?.unlock?.();
    },
  };
}
