import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS, serializeSettings, SETTINGS_KEY, type Settings } from '../../src/settings/settings';

/** The display settings as the app itself stores them, the rest at their defaults. */
function stored(settings: Partial<Settings>): string {
  return JSON.stringify(serializeSettings({ ...DEFAULT_SETTINGS, ...settings }));
}

/** Saves display settings before the page loads, as a returning visitor would have them. */
export async function useSettings(page: Page, settings: Partial<Settings>): Promise<void> {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, stored(settings)] as const);
}

/** Saves display settings from the open page and reloads it, so they apply as on a return visit. */
export async function saveSettingsAndReload(page: Page, settings: Partial<Settings>): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, stored(settings)] as const);
  await page.reload();
}
