import { Emitter } from '../shared/emitter';

/** Whether the device is online, and when that changes. */
export interface Connection {
  readonly online: boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

/** Watches navigator.onLine through the online and offline events. */
export function watchConnection(view: Pick<Window, 'addEventListener'> & { navigator: Navigator }): Connection {
  const changes = new Emitter<boolean>();
  let online = view.navigator.onLine !== false;
  const update = (value: boolean) => {
    if (value === online) return;
    online = value;
    changes.emit(value);
  };
  view.addEventListener('online', () => update(true));
  view.addEventListener('offline', () => update(false));
  return {
    get online() {
      return online;
    },
    subscribe: (listener) => changes.subscribe(listener),
  };
}
