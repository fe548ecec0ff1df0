/**
 * Display settings: text size, colour theme, line spacing and read-aloud highlight style.
 * Saved data is validated field by field, so a corrupt, old or future value never breaks a page.
 */

/** The colour themes; each meets 7:1 contrast for all text. */
export const THEMES = ['cream', 'dark', 'yellow', 'white'] as const;
/** A colour theme. */
export type Theme = (typeof THEMES)[number];

/** Text size steps, as multiples of the default size (which is already large print). */
export const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2] as const;
/** A text size multiple. */
export type TextSize = (typeof TEXT_SIZES)[number];

/** Line spacing choices. */
export const SPACINGS = ['normal', 'wide'] as const;
/** A line spacing choice. */
export type Spacing = (typeof SPACINGS)[number];

/** How the sentence being read aloud is marked. */
export const HIGHLIGHTS = ['background', 'box', 'underline'] as const;
/** A highlight style. */
export type Highlight = (typeof HIGHLIGHTS)[number];

/** The saved display settings. A null theme means "follow the device" until the user picks one. */
export interface Settings {
  readonly textSize: TextSize;
  readonly theme: Theme | null;
  readonly spacing: Spacing;
  readonly highlight: Highlight;
}

/** Settings used when nothing valid is saved. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({ textSize: 1, theme: null, spacing: 'normal', highlight: 'background' });

/** The storage key; the version is inside the value so old data can be migrated. */
export const SETTINGS_KEY = 'bmg.settings';
/** The version of the saved shape written today. */
export const SETTINGS_VERSION = 2;

const words = { cream: 'Black on cream', dark: 'White on black', yellow: 'Yellow on black', white: 'Black on white' } as const;
/** The name of a theme as people see and hear it. */
export function themeName(theme: Theme): string {
  return words[theme];
}

function pick<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * Reads saved settings of any version, keeping every valid field and replacing the rest with defaults.
 * Version 1 stored the text size as a percentage (100–200) and the theme under "colours".
 */
export function parseSettings(saved: unknown): Settings {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return DEFAULT_SETTINGS;
  const data = saved as Record<string, unknown>;
  if (data.version === 1) {
    const percent = typeof data.textSize === 'number' ? data.textSize / 100 : undefined;
    return parseSettings({
      version: SETTINGS_VERSION,
      textSize: percent,
      theme: data.colours,
      spacing: data.spacing,
      highlight: data.highlight,
    });
  }
  // Anything else, including values written by a newer version (after a rollback), keeps the fields we understand.
  return {
    textSize: pick(TEXT_SIZES, data.textSize, DEFAULT_SETTINGS.textSize),
    theme: data.theme === null ? null : pick<Theme | null>(THEMES, data.theme, DEFAULT_SETTINGS.theme),
    spacing: pick(SPACINGS, data.spacing, DEFAULT_SETTINGS.spacing),
    highlight: pick(HIGHLIGHTS, data.highlight, DEFAULT_SETTINGS.highlight),
  };
}

/** The value written to storage for these settings (validated first, so bad values are never saved). */
export function serializeSettings(settings: Settings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, ...parseSettings({ version: SETTINGS_VERSION, ...settings }) };
}

/** What the device asks for, used while the user has not chosen a theme. */
export interface DevicePreferences {
  readonly dark: boolean;
  readonly moreContrast: boolean;
}

/** The theme to show: the chosen one, else one that follows prefers-color-scheme and prefers-contrast. */
export function effectiveTheme(settings: Settings, device: DevicePreferences): Theme {
  if (settings.theme) return settings.theme;
  if (device.dark) return device.moreContrast ? 'yellow' : 'dark';
  return device.moreContrast ? 'white' : 'cream';
}

/** The browser toolbar colour of each theme, matching its page colour. */
export const THEME_COLOURS: Readonly<Record<Theme, string>> = Object.freeze({
  cream: '#fffbea',
  dark: '#000000',
  yellow: '#000000',
  white: '#ffffff',
});

/**
 * Applies what the person chose as data attributes, which the CSS reads. With no theme chosen, the theme
 * attribute is left off and the stylesheet follows the device by media queries, so the start-up script, which
 * uses this alone, does not have to ask matchMedia before the first paint.
 */
export function applyChosenSettings(root: HTMLElement, settings: Settings): void {
  if (settings.theme) {
    root.dataset.theme = settings.theme;
    // Every theme-color tag: the page has one per colour scheme (with media attributes) until a theme is known.
    for (const meta of root.ownerDocument.querySelectorAll('meta[name="theme-color"]'))
      meta.setAttribute('content', THEME_COLOURS[settings.theme]);
  }
  root.dataset.textSize = String(settings.textSize);
  root.dataset.spacing = settings.spacing;
  root.dataset.highlight = settings.highlight;
}

/** Applies settings to the root element, naming the theme in force even when it follows the device. */
export function applySettings(root: HTMLElement, settings: Settings, device: DevicePreferences): void {
  applyChosenSettings(root, { ...settings, theme: effectiveTheme(settings, device) });
}

/** Reads the device's colour preferences. */
export function readDevicePreferences(view: Pick<Window, 'matchMedia'> | undefined): DevicePreferences {
  const matches = (query: string) => {
    try {
      return view?.matchMedia?.(query).matches ?? false;
    } catch {
      return false;
    }
  };
  return { dark: matches('(prefers-color-scheme: dark)'), moreContrast: matches('(prefers-contrast: more)') };
}
