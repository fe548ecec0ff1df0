import type { AppStorage } from '../storage/storage';
import { pagePath } from '../site/site';

/** Where the person stopped listening, so they can carry on later. */
export interface ReadingPosition {
  readonly pageId: string;
  readonly pageTitle: string;
  readonly sentenceId: string;
  readonly sectionTitle: string;
  readonly savedAt: number;
}

/** How the person likes to listen. */
export interface ListeningPreferences {
  readonly rate: number;
  /** A device voice id, "built-in", or null for "choose for me". */
  readonly voiceId: string | null;
}

/** Storage keys; the version lives inside each value. */
export const POSITION_KEY = 'bmg.position';
export const LISTENING_KEY = 'bmg.listening';

/** The reading speeds offered, as multiples of normal speed. */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** True for one of the offered speeds; shared so the player and saved preferences accept the same ones. */
export const isRate = (value: unknown): value is number => RATES.includes(value as (typeof RATES)[number]);
/** Listening preferences when nothing valid is saved. */
export const DEFAULT_LISTENING: ListeningPreferences = Object.freeze({ rate: 1, voiceId: null });

const text = (value: unknown, max = 300): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/** Added to a page's address by "Continue listening": that page then waits at the saved sentence (start-reading.tsx). */
export const CONTINUE_LISTENING = '#continue-listening';

/** The address that opens a page at the sentence where listening stopped. */
export function continueAddress(pageId: string): string {
  return `${pagePath(pageId)}${CONTINUE_LISTENING}`;
}

/** Reads a saved reading position, ignoring anything malformed. */
export function loadPosition(storage: AppStorage): ReadingPosition | null {
  const data = storage.read(POSITION_KEY) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || data.version !== 1) return null;
  if (!text(data.pageId, 80) || !text(data.pageTitle) || !text(data.sentenceId, 40) || typeof data.sectionTitle !== 'string') return null;
  return {
    pageId: data.pageId,
    pageTitle: data.pageTitle,
    sentenceId: data.sentenceId,
    sectionTitle: data.sectionTitle,
    savedAt: typeof data.savedAt === 'number' ? data.savedAt : 0,
  };
}

/** The home page's id as the player knows it (the data-page of its reading root, src/pages/home/home.tsx). */
export const HOME_PAGE_ID = 'home';

/**
 * Saves the reading position. Not on the home page: its list is where a person chooses what to hear, and a place
 * saved there would take the place of theirs in the guide, which "Continue listening" leads back to.
 */
export function savePosition(storage: AppStorage, position: ReadingPosition): boolean {
  if (position.pageId === HOME_PAGE_ID) return false;
  return storage.write(POSITION_KEY, { version: 1, ...position });
}

/** Reads listening preferences, keeping each valid field. */
export function loadListening(storage: AppStorage): ListeningPreferences {
  const data = storage.read(LISTENING_KEY) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') return DEFAULT_LISTENING;
  const rate = isRate(data.rate) ? data.rate : DEFAULT_LISTENING.rate;
  const voiceId = text(data.voiceId, 500) ? data.voiceId : null;
  return { rate, voiceId };
}

/** Saves listening preferences after checking them. */
export function saveListening(storage: AppStorage, preferences: ListeningPreferences): boolean {
  const rate = isRate(preferences.rate) ? preferences.rate : DEFAULT_LISTENING.rate;
  return storage.write(LISTENING_KEY, { version: 1, rate, voiceId: preferences.voiceId });
}

/** Says a speed the way a person would: "Normal speed", "1.25 times normal speed". */
export function describeRate(rate: number): string {
  return rate === 1 ? 'Normal speed' : `${rate} times normal speed`;
}
