import { Emitter } from '../shared/emitter';

/** The browser's install prompt event (Chromium browsers). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** Whether installing is possible now. */
export type InstallState = 'unavailable' | 'available' | 'installed';

/** The browser's offer to install the app, kept until the person asks for it. */
export interface InstallPrompt {
  readonly available: boolean;
  /** Shows the browser's install dialog. */
  prompt(): Promise<void>;
  subscribe(listener: (state: InstallState) => void): () => void;
}

/** Keeps the beforeinstallprompt event so a button can use it later. */
export function watchInstallPrompt(view: Pick<Window, 'addEventListener'>): InstallPrompt {
  const changes = new Emitter<InstallState>();
  let deferred: BeforeInstallPromptEvent | null = null;
  view.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's own mini-bar away; our button offers installation where people look for it.
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    changes.emit('available');
  });
  view.addEventListener('appinstalled', () => {
    deferred = null;
    changes.emit('installed');
  });
  return {
    get available() {
      return deferred !== null;
    },
    async prompt() {
      const event = deferred;
      if (!event) return;
      deferred = null;
      await event.prompt();
      const choice = await event.userChoice;
      changes.emit(choice.outcome === 'accepted' ? 'installed' : 'unavailable');
    },
    subscribe: (listener) => changes.subscribe(listener),
  };
}
