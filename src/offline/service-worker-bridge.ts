/**
 * The only page module that talks to the service worker (as Squoosh's sw-bridge does:
 * https://github.com/GoogleChromeLabs/squoosh/blob/dev/src/client/lazy-app/sw-bridge/index.ts). It reports
 * two things: the guide is ready offline (first install), and a new version is waiting. An update is applied
 * only when the person chooses it.
 */

/** What the page hears from the service worker. */
export interface ServiceWorkerEvents {
  /** The first install finished: every page is now stored on the device. */
  readonly onOfflineReady: () => void;
  /** A new version is installed and waiting. */
  readonly onUpdateReady: () => void;
}

/** Controls the service worker from the page. */
export interface ServiceWorkerBridge {
  /** Activates the waiting version and reloads the page once it takes control. */
  applyUpdate(): void;
  /** Asks the server whether there is a new version. */
  checkForUpdate(): void;
}

const NO_BRIDGE: ServiceWorkerBridge = { applyUpdate() {}, checkForUpdate() {} };

/** Registers /sw.js and reports offline readiness and waiting updates; does nothing without service workers. */
export function registerServiceWorker(
  container: ServiceWorkerContainer | undefined,
  events: ServiceWorkerEvents,
  reload: () => void = () => location.reload(),
): ServiceWorkerBridge {
  if (!container) return NO_BRIDGE;
  // Whether this page load was already controlled tells a first install apart from an update.
  const hadController = container.controller !== null;
  let registration: ServiceWorkerRegistration | null = null;
  let offlineAnnounced = false;
  const offlineReady = () => {
    if (offlineAnnounced) return;
    offlineAnnounced = true;
    events.onOfflineReady();
  };

  // Ask the controlling worker to put back any stored files the browser evicted, and to store the built-in voice.
  const askToRefill = () => {
    if (navigator.onLine !== false) container.controller?.postMessage({ type: 'REFILL_CACHE' });
  };

  const watch = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      // With clientsClaim the first worker takes control of this page; only a later one is an update.
      if (container.controller) events.onUpdateReady();
      else offlineReady();
    });
  };

  container
    .register('/sw.js', { scope: '/' })
    .then((reg) => {
      registration = reg;
      askToRefill();
      if (reg.waiting && container.controller) events.onUpdateReady();
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
    })
    .catch(() => {
      /* No service worker (private mode in some browsers): the guide still works online. */
    });

  // First install: the new worker claims this page. Ask it at once to store the built-in voice too.
  container.addEventListener('controllerchange', () => {
    if (hadController) return;
    offlineReady();
    askToRefill();
  });

  return {
    applyUpdate() {
      const waiting = registration?.waiting;
      if (!waiting) return;
      // Reload when the new worker takes control, also on a page that was not controlled when it loaded
      // (workbox-window would skip the reload there: https://github.com/vite-pwa/vite-plugin-pwa/issues/789).
      container.addEventListener('controllerchange', () => reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
    checkForUpdate() {
      void registration?.update().catch(() => {
        /* Offline: try again later. */
      });
    },
  };
}

/** Looks for a new version when the person comes back to the guide, and every hour it stays open. */
export function checkForUpdatesWhileOpen(bridge: ServiceWorkerBridge, doc: Document, every: (check: () => void, ms: number) => void): void {
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'visible' && bridge.checkForUpdate());
  every(() => bridge.checkForUpdate(), 60 * 60 * 1000);
}
