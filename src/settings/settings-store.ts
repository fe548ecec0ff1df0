import { Emitter } from '../shared/emitter';
import type { AppStorage } from '../storage/storage';
import {
  applySettings,
  DEFAULT_SETTINGS,
  parseSettings,
  readDevicePreferences,
  serializeSettings,
  SETTINGS_KEY,
  type Settings,
} from './settings';

/** Holds the display settings, applies every change at once, and saves it when the device allows. */
export class SettingsStore {
  private readonly changes = new Emitter<Settings>();
  private current: Settings;

  constructor(
    private readonly storage: AppStorage,
    private readonly root: HTMLElement,
    private readonly view: Pick<Window, 'matchMedia'> | undefined,
  ) {
    this.current = parseSettings(storage.read(SETTINGS_KEY));
    this.apply();
    // While the person has not picked a theme, follow the device when its preference changes.
    for (const query of ['(prefers-color-scheme: dark)', '(prefers-contrast: more)']) {
      try {
        view?.matchMedia(query).addEventListener('change', () => this.apply());
      } catch {
        /* Old browsers without change events keep the first theme. */
      }
    }
  }

  /** The settings in force. */
  get settings(): Settings {
    return this.current;
  }

  /** False when settings cannot be remembered on this device (blocked or full storage). */
  get canRemember(): boolean {
    return this.storage.available;
  }

  /** Listens to changes. */
  subscribe(listener: (settings: Settings) => void): () => void {
    return this.changes.subscribe(listener);
  }

  /** Changes some settings, applies them at once and saves them. */
  update(patch: Partial<Settings>): void {
    this.current = parseSettings({ ...serializeSettings(this.current), ...patch });
    this.storage.write(SETTINGS_KEY, serializeSettings(this.current));
    this.apply();
    this.changes.emit(this.current);
  }

  /** Goes back to the defaults and forgets the saved settings. */
  reset(): void {
    this.current = DEFAULT_SETTINGS;
    this.storage.remove(SETTINGS_KEY);
    this.apply();
    this.changes.emit(this.current);
  }

  private apply(): void {
    applySettings(this.root, this.current, readDevicePreferences(this.view));
  }
}
