/**
 * Keeps the screen on while a device voice reads: speechSynthesis stops when the screen locks
 * (https://github.com/LongIslandCW/morsebrowser/issues/211; the API:
 * https://developer.mozilla.org/en-US/docs/Web/API/Screen_Wake_Lock_API). Released on pause or stop; taken
 * again when the page becomes visible.
 */
export interface ScreenWakeLock {
  /** Asks for the screen to stay on; harmless where unsupported. */
  hold(): void;
  /** Lets the screen turn off again. */
  release(): void;
}

interface WakeLockSentinelLike {
  release(): Promise<void>;
  readonly released: boolean;
}

/** Creates the adapter over navigator.wakeLock. */
export function createWakeLock(nav: Navigator | undefined, doc: Document | undefined): ScreenWakeLock {
  const api = (nav as (Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> } }) | undefined)?.wakeLock;
  let sentinel: WakeLockSentinelLike | null = null;
  let wanted = false;
  const request = () => {
    if (!api || sentinel || doc?.visibilityState !== 'visible') return;
    api.request('screen').then(
      (lock) => {
        if (wanted) sentinel = lock;
        else void lock.release();
      },
      () => {
        /* Refused (battery saver, not visible): reading still works. */
      },
    );
  };
  doc?.addEventListener('visibilitychange', () => {
    // The browser drops the lock when the page is hidden; take it again when the person comes back.
    if (sentinel?.released) sentinel = null;
    if (wanted && doc.visibilityState === 'visible') request();
  });
  return {
    hold() {
      wanted = true;
      request();
    },
    release() {
      wanted = false;
      const lock = sentinel;
      sentinel = null;
      if (lock && !lock.released) void lock.release();
    },
  };
}
