import type { AppStorage } from '../storage/storage';
import { phoneProblem } from './phone-number';

/** Where the numbers are kept on this device. They are never sent anywhere. */
export const CARE_TEAM_KEY = 'bmg.care-team';

/** The care team's numbers, each as the person typed it; an empty string is no number. */
export interface CareTeamNumbers {
  /** The number to call in the daytime. */
  readonly day: string;
  /** The number to call after hours, at night and on weekends. */
  readonly afterHours: string;
}

/** No saved numbers. */
export const NO_NUMBERS: CareTeamNumbers = Object.freeze({ day: '', afterHours: '' });

/** True when at least one number is saved. */
export function hasNumbers(numbers: CareTeamNumbers): boolean {
  return numbers.day !== '' || numbers.afterHours !== '';
}

/** Reads a saved value; anything unreadable, or a number that would not pass the form's check, counts as none. */
function parseNumbers(value: unknown): CareTeamNumbers {
  if (typeof value !== 'object' || value === null) return NO_NUMBERS;
  const record = value as Record<string, unknown>;
  const one = (field: unknown) => (typeof field === 'string' && phoneProblem(field) === null ? field.trim() : '');
  return { day: one(record.day), afterHours: one(record.afterHours) };
}

/** The care team's phone numbers, kept on this device through the storage adapter. */
export class CareTeamStore {
  constructor(private readonly storage: AppStorage) {}

  /** False when nothing can be kept on this device (blocked or full storage). */
  get canRemember(): boolean {
    return this.storage.available;
  }

  /** The saved numbers, or none. */
  load(): CareTeamNumbers {
    return parseNumbers(this.storage.read(CARE_TEAM_KEY));
  }

  /** Saves the numbers (both empty forgets them); returns false if they could not be kept. */
  save(numbers: CareTeamNumbers): boolean {
    const clean = { day: numbers.day.trim(), afterHours: numbers.afterHours.trim() };
    if (!hasNumbers(clean)) {
      this.remove();
      return true;
    }
    return this.storage.write(CARE_TEAM_KEY, clean);
  }

  /** Forgets both numbers. */
  remove(): void {
    this.storage.remove(CARE_TEAM_KEY);
  }
}
