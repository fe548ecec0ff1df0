// Runs as a classic blocking script in <head>, before the page paints: it applies saved display settings
// so people never see a flash of the wrong theme or text size, marks that JavaScript is running, decides
// when the page names its typeface (src/typeface/typeface.ts), and lets the display panel's button open before
// the page's script has arrived (src/ui/disclosure/disclosure.ts).
import { createStorage, findReadableLocalStorage } from '../storage/storage';
import { useTypeface } from '../typeface/typeface';
import { toggleBeforeConnected } from '../ui/disclosure/disclosure';
import { applyChosenSettings, parseSettings, SETTINGS_KEY } from '../settings/settings';

const root = document.documentElement;
root.classList.remove('no-js');
root.classList.add('js');
if (navigator.onLine === false) root.dataset.offline = 'true';
// The storage adapter over a read-only find (no test write on every page load). Blocked storage or garbage gives
// the defaults; the stylesheet then follows the device's colour preferences.
const storage = createStorage(findReadableLocalStorage());
try {
  applyChosenSettings(root, parseSettings(storage.read(SETTINGS_KEY)));
} catch {
  // The page still reads well with the stylesheet's defaults.
}
// Here, not in the app's module script, so the typeface arrives even if that script fails to load.
useTypeface(
  root,
  storage,
  () => document.fonts,
  (start) => document.addEventListener('DOMContentLoaded', start, { once: true }),
);
toggleBeforeConnected(document);
