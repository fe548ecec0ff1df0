/**
 * When the page names Atkinson Hyperlegible in its font stack (data-typeface="ready" on <html>, read by
 * global.css). Even with font-display: swap, a font stack that names a web font still loading held back the
 * first paint in Chromium. So the first page of a first visit paints in the metric-matched fallback and keeps
 * it: the font loads in the background and is stored (service worker and HTTP cache), and every page opened
 * after that names it from the start. Swapping it in on that first page would move words from one line to the
 * next about a second after the page appeared, under the eyes of a person reading or magnifying it.
 * Why: docs/decisions/0001-typeface-loading.md
 */
import type { AppStorage } from '../storage/storage';

/** The storage key that says the typeface has loaded on this device before. */
export const TYPEFACE_KEY = 'bmg.typeface';

/** The part of document.fonts used here. */
export interface FontLoader {
  load(font: string): Promise<unknown>;
}

/** Names the typeface now if it has loaded here before; otherwise loads it for the pages opened after this one. */
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
    // Without the font loading API nothing can say when it has loaded; naming it lets font-display: swap do it.
    if (!loader) return ready();
    Promise.all([loader.load('400 1em "Atkinson Hyperlegible"'), loader.load('700 1em "Atkinson Hyperlegible"')]).then(
      () => {
        // If it cannot be saved (full or blocked storage), no later page would know, so this one swaps it in.
        if (!storage.write(TYPEFACE_KEY, 'loaded')) ready();
      },
      // The font could not load (offline on a first visit): this page keeps the fallback; the next one tries again.
      () => {},
    );
  });
}
