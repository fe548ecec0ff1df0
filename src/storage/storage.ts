/**
 * A small adapter over localStorage that never throws. Storage can be blocked (private browsing,
 * storage turned off), full (quota), or hold garbage written by an older or newer version.
 */

/** Key-value storage for JSON values that reports problems instead of throwing. */
export interface AppStorage {
  /** False when nothing can be remembered on this device. */
  readonly available: boolean;
  /** Returns the parsed value, or null when absent, unreadable or not valid JSON. */
  read(key: string): unknown;
  /** Saves a value; returns false if it could not be saved. */
  write(key: string, value: unknown): boolean;
  /** Forgets a value; never throws. */
  remove(key: string): void;
}

/** The Web Storage methods this adapter uses. */
export type StorageBacking = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Finds window.localStorage if it can be used; reading the property itself throws in some browsers. */
export function findLocalStorage(scope: { localStorage?: Storage } = globalThis as { localStorage?: Storage }): StorageBacking | null {
  try {
    const storage = scope.localStorage;
    if (!storage) return null;
    const probe = '__bmg_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/**
 * Finds window.localStorage for reading only, without the test write findLocalStorage makes: used before the
 * first paint, where a write on every page load cost measurable time.
 */
export function findReadableLocalStorage(
  scope: { localStorage?: Storage } = globalThis as { localStorage?: Storage },
): StorageBacking | null {
  try {
    return scope.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Wraps a storage backing (or none) in an adapter that never throws. */
export function createStorage(backing: StorageBacking | null): AppStorage {
  let available = backing !== null;
  return {
    get available() {
      return available;
    },
    read(key) {
      if (!backing) return null;
      try {
        const text = backing.getItem(key);
        return text === null ? null : (JSON.parse(text) as unknown);
      } catch {
        return null;
      }
    },
    write(key, value) {
      if (!backing) return false;
      try {
        backing.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        // Quota exceeded or storage blocked after start-up: keep working, but say settings are not kept.
        available = false;
        return false;
      }
    },
    remove(key) {
      try {
        backing?.removeItem(key);
      } catch {
        /* Nothing to do: the value could not be stored anyway. */
      }
    },
  };
}
