import { createStorage, type AppStorage } from '../../src/storage/storage';

/** A storage adapter over a plain Map, for unit tests. */
export function memoryStorage(): AppStorage {
  const map = new Map<string, string>();
  return createStorage({
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  });
}
