/**
 * Later sections of a page skip layout until the first paint is done (content-visibility in global.css), so a
 * long page costs a slow phone less before its first words appear. Once the page has loaded, this lets the
 * browser lay out everything, so reading aloud, scrolling to a sentence and jumping between sections work with
 * real sizes, not estimates.
 */

/** The events that show a person has started to use the page: lay it out fully before they need it. */
const FIRST_USE = ['pointerdown', 'keydown', 'focusin'] as const;

/** The parts of window this needs; tests pass a fake. */
export type LayoutView = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout'> & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
};

/**
 * Sets data-laid-out on the root when the browser is idle after load, or at the first touch, key or focus,
 * whichever comes first. Returns a function that does it at once (before scrolling to a sentence, say).
 */
export function scheduleFullLayout(root: HTMLElement, view: LayoutView, loaded: boolean): () => void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    root.dataset.laidOut = 'true';
    for (const type of FIRST_USE) view.removeEventListener(type, finish, true);
  };
  for (const type of FIRST_USE) view.addEventListener(type, finish, { capture: true, passive: true });
  const whenIdle = () => {
    if (view.requestIdleCallback) view.requestIdleCallback(finish, { timeout: 2000 });
    else view.setTimeout(finish, 200);
  };
  if (loaded) whenIdle();
  else view.addEventListener('load', whenIdle, { once: true });
  return finish;
}
