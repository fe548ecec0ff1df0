/**
 * When the page names Atkinson Hyperlegible in its font stack (data-typeface="ready" on <html>, read by
 * global.css). Even with font-display: swap, a font stack that names a web font still loading held back the
 * first paint in Chromium: with this switch taken out, the home page's first paint came 24 to 52 ms later on
 * the phone profile (five series of 31 to 41 runs comparing whole builds, medians of the paired differences,
 * 2026-11-29; BENCHMARKS.md). So a first visit paints in the metric-matched fallback and swaps once both
 * weights have loaded. Once the font has loaded on this device it is stored (service worker and HTTP cache),
 * and later visits name it from the start, so pages do not change typeface on every visit.
 */
import type { AppStorage } from '../storage/storage';

/** The storage key that says the typeface has loaded on this device before. */
export const TYPEFACE_KEY = 'bmg.typeface';

/** The part of document.fonts used here. */
export interface FontLoader {
  load(font: string): Promise<unknown>;
}

/** Names the typeface now if it has loaded here before; otherwise once the page is parsed and both weights have loaded. */
export function useTypeface(
  root: HTMLElement,
  storage: Pick<AppStorage, 'read' | 'write'>,
  // A getter, so document.fonts is not touched before the first paint when it is not needed then.
  fonts: () => FontLoader | undefined,
  whenParsed: (start: () => void) => void,
): void {
  const ready = () => {
    root.dataset.typeface = 'ready';
  };
  // Blocked storage reads as nothing: every visit is then treated as a first one.
  if (storage.read(TYPEFACE_KEY) === 'loaded') return ready();
  whenParsed(() => {
    const loader = fonts();
    if (!loader) return ready();
    Promise.all([loader.load('400 1em "Atkinson Hyperlegible"'), loader.load('700 1em "Atkinson Hyperlegible"')]).then(
      () => {
        ready();
        // If it cannot be saved (full or blocked storage), the next visit swaps again, which is only a little slower.
        storage.write(TYPEFACE_KEY, 'loaded');
      },
      // The font could not load (offline on a first visit): naming it changes nothing, and keeps the CSS simple.
      ready,
    );
  });
}
