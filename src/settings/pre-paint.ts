// Runs as a classic blocking script in <head>, before the page paints: it applies saved display settings
// so people never see a flash of the wrong theme or text size, and marks that JavaScript is running.
import { findReadableLocalStorage } from '../storage/storage';
import { applyChosenSettings, parseSettings, SETTINGS_KEY } from './settings';

const root = document.documentElement;
root.classList.remove('no-js');
root.classList.add('js');
if (navigator.onLine === false) root.dataset.offline = 'true';
// Read directly, not through the storage adapter: this script is inlined in every page, so it stays small.
// Blocked storage or garbage gives the defaults; the stylesheet then follows the device's colour preferences.
let saved: unknown = null;
try {
  const text = findReadableLocalStorage()?.getItem(SETTINGS_KEY);
  saved = text ? JSON.parse(text) : null;
} catch {
  // Blocked or not valid JSON: saved stays null.
}
try {
  applyChosenSettings(root, parseSettings(saved));
} catch {
  // The page still reads well with the stylesheet's defaults.
}
