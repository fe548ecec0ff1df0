import { useEffect, useState } from 'preact/hooks';
import type { ServiceWorkerBridge } from '../../offline/service-worker-bridge';
import { Emitter } from '../../shared/emitter';

/** What the notices show; the service worker bridge fills it in. */
export interface NoticeState {
  readonly updateReady: boolean;
  readonly offlineReady: boolean;
}

/** A small store for the app's notices. */
export class Notices {
  private readonly changes = new Emitter<NoticeState>();
  private value: NoticeState = { updateReady: false, offlineReady: false };

  /** The notices in force. */
  get state(): NoticeState {
    return this.value;
  }

  /** Listens to changes. */
  subscribe(listener: (state: NoticeState) => void): () => void {
    return this.changes.subscribe(listener);
  }

  /** Changes some notices. */
  set(patch: Partial<NoticeState>): void {
    this.value = { ...this.value, ...patch };
    this.changes.emit(this.value);
  }
}

/** Props for the notices area in the bottom bar. */
export interface AppNoticesProps {
  readonly notices: Notices;
  readonly bridge: ServiceWorkerBridge;
  /** True while reading aloud: the update message waits until reading stops. */
  readonly isReading: () => boolean;
  /** Listens to reading starting and stopping. */
  readonly onReadingChange: (listener: () => void) => () => void;
  readonly announce: (message: string) => void;
}

/**
 * The update message.
 * An update never interrupts listening: its message appears only once reading has stopped.
 */
export function AppNotices({ notices, bridge, isReading, onReadingChange, announce }: AppNoticesProps) {
  const [state, setState] = useState(notices.state);
  const [reading, setReading] = useState(isReading());
  const [updateDismissed, setUpdateDismissed] = useState(false);
  useEffect(() => notices.subscribe(setState), [notices]);
  useEffect(() => onReadingChange(() => setReading(isReading())), [onReadingChange, isReading]);
  const showUpdate = state.updateReady && !reading && !updateDismissed;
  useEffect(() => {
    if (showUpdate) announce('A new version of this guide is ready.');
  }, [showUpdate, announce]);
  if (!showUpdate) return null;
  return (
    <section class="notices" aria-label="Messages">
      <div class="notice-bar" role="group" aria-labelledby="update-message">
        <p id="update-message">A new version of this guide is ready.</p>
        <div class="notice-bar__actions">
          <button type="button" onClick={() => bridge.applyUpdate()}>
            Update now
          </button>
          <button type="button" class="secondary" onClick={() => setUpdateDismissed(true)}>
            Later
          </button>
        </div>
      </div>
    </section>
  );
}

/**
 * "Ready to use offline", shown in the footer once the first install has stored every page: there it moves
 * nothing the person is reading, and the status region announces it.
 */
export function OfflineReadyNote({ notices, announce }: { notices: Notices; announce: (message: string) => void }) {
  const [ready, setReady] = useState(notices.state.offlineReady);
  useEffect(() => notices.subscribe((state) => setReady(state.offlineReady)), [notices]);
  useEffect(() => {
    if (ready) announce('Ready to use offline. This guide now works without the internet.');
  }, [ready, announce]);
  return ready ? <p class="offline-ready">Ready to use offline. This guide now works without the internet.</p> : null;
}
