import { describe, expect, it } from 'vitest';
import { createStorage, findLocalStorage, findReadableLocalStorage, type StorageBacking } from './storage';

const throwing: StorageBacking = {
  getItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
};

describe('createStorage', () => {
  it('round-trips JSON values', () => {
    const map = new Map<string, string>();
    const storage = createStorage({
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    });
    expect(storage.write('a', { b: 1 })).toBe(true);
    expect(storage.read('a')).toEqual({ b: 1 });
    storage.remove('a');
    expect(storage.read('a')).toBeNull();
  });

  it('never throws when storage is blocked or full, and reports that nothing is kept', () => {
    const storage = createStorage(throwing);
    expect(storage.read('a')).toBeNull();
    expect(storage.write('a', 1)).toBe(false);
    expect(() => storage.remove('a')).not.toThrow();
    expect(storage.available).toBe(false);
  });

  it('treats garbage as absent', () => {
    const storage = createStorage({ getItem: () => '{not json', setItem() {}, removeItem() {} });
    expect(storage.read('a')).toBeNull();
  });

  it('works with no storage at all', () => {
    const storage = createStorage(null);
    expect(storage.available).toBe(false);
    expect(storage.write('a', 1)).toBe(false);
  });
});

/** A global scope where merely reading localStorage throws, as in some browsers with storage blocked. */
function blockedScope() {
  const scope = {};
  Object.defineProperty(scope, 'localStorage', {
    get() {
      throw new DOMException('denied', 'SecurityError');
    },
  });
  return scope;
}

describe('findLocalStorage', () => {
  it('returns null when reading localStorage throws', () => {
    expect(findLocalStorage(blockedScope())).toBeNull();
  });
});

describe('findReadableLocalStorage', () => {
  it('returns localStorage without writing to it', () => {
    const writes: string[] = [];
    const backing = {
      getItem: () => '{"a":1}',
      setItem: (key: string) => void writes.push(key),
      removeItem: (key: string) => void writes.push(key),
    };
    const found = findReadableLocalStorage({ localStorage: backing as unknown as Storage });
    expect(createStorage(found).read('x')).toEqual({ a: 1 });
    expect(writes).toEqual([]);
  });

  it('returns null when reading localStorage throws', () => {
    expect(findReadableLocalStorage(blockedScope())).toBeNull();
  });
});
