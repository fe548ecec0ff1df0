// Runs as a classic blocking script in <head>, before the page paints: it applies saved display settings
// so people never see a flash of the wrong theme or text size, and marks that JavaScript is running.
import { createStorage, findReadableLocalStorage } from '../storage/storage';
import { applySettings, parseSettings, readDevicePreferences, SETTINGS_KEY } from './settings';

const root = document.documentElement;
root.classList.remove('no-js');
root.classList.add('js');
if (navigator.onLine === false) root.dataset.offline = 'true';
try {
  const storage = createStorage(findReadableLocalStorage());
  applySettings(root, parseSettings(storage.read(SETTINGS_KEY)), readDevicePreferences(window));
} catch {
  // The page still reads well with the stylesheet's defaults.
}
