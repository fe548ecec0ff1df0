/**
 * Start-up work split into turns. In one task, the page's script ran long enough right after the first paint
 * that, on a slow phone, a tap on Listen or a scroll in that moment waited (Lighthouse's "total blocking time").
 * Between the steps of start-up the page now gives the browser a turn to handle input and paint.
 */

/** The part of `scheduler` used here (Chromium 129+); tests pass a fake. */
export interface TurnScheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, after the browser has had a chance to handle input. Uses scheduler.yield() where
 * there is one, so the rest of start-up goes ahead of other queued work; otherwise a zero-delay timer.
 * https://developer.mozilla.org/en-US/docs/Web/API/Scheduler/yield
 */
export function nextTurn(
  scheduler: TurnScheduler | undefined = (globalThis as { scheduler?: TurnScheduler }).scheduler,
  setTimer: (callback: () => void, ms: number) => unknown = setTimeout,
): Promise<void> {
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimer(resolve, 0));
}
