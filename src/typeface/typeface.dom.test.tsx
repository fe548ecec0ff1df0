import { describe, expect, it, vi } from 'vitest';
import { createStorage } from '../storage/storage';
import { memoryStorage } from '../../tests/fakes/memory-storage';
import { TYPEFACE_KEY, useTypeface, type FontLoader } from './typeface';

function setup(options: { loadedBefore?: boolean; fontsFail?: boolean } = {}) {
  const root = document.createElement('html');
  const storage = memoryStorage();
  if (options.loadedBefore) storage.write(TYPEFACE_KEY, 'loaded');
  const requested: string[] = [];
  const fonts: FontLoader = {
    load: (font) => {
      requested.push(font);
      return options.fontsFail ? Promise.reject(new Error('network')) : Promise.resolve([]);
    },
  };
  let parsed = () => {};
  useTypeface(
    root,
    storage,
    () => fonts,
    (start) => (parsed = start),
  );
  return { root, storage, requested, parse: () => parsed() };
}

describe('useTypeface', () => {
  it('on a first visit, loads both weights once the page is parsed and saves that, but keeps this page as it is', async () => {
    const { root, storage, requested, parse } = setup();
    expect(requested).toEqual([]);
    parse();
    expect(requested).toEqual(['400 1em "Atkinson Hyperlegible"', '700 1em "Atkinson Hyperlegible"']);
    await vi.waitFor(() => expect(storage.read(TYPEFACE_KEY)).toBe('loaded'));
    expect(root.dataset.typeface).toBeUndefined();
  });

  it('once it has loaded on this device, names it before the first paint', () => {
    const { root, requested } = setup({ loadedBefore: true });
    expect(root.dataset.typeface).toBe('ready');
    expect(requested).toEqual([]);
  });

  it('when the font cannot load, keeps the fallback and does not remember it as loaded', async () => {
    const { root, storage, requested, parse } = setup({ fontsFail: true });
    parse();
    expect(requested).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.dataset.typeface).toBeUndefined();
    expect(storage.read(TYPEFACE_KEY)).toBeNull();
  });

  it('with blocked storage, where no later page could know, swaps the typeface in once it has loaded', async () => {
    const root = document.createElement('html');
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const blocked = createStorage({ getItem: fail, setItem: fail, removeItem: fail });
    let parsed = () => {};
    useTypeface(
      root,
      blocked,
      () => ({ load: () => Promise.resolve([]) }),
      (start) => (parsed = start),
    );
    expect(root.dataset.typeface).toBeUndefined();
    parsed();
    await vi.waitFor(() => expect(root.dataset.typeface).toBe('ready'));
  });

  it('without the font loading API, names the typeface once the page is parsed', () => {
    const root = document.createElement('html');
    let parsed = () => {};
    useTypeface(
      root,
      memoryStorage(),
      () => undefined,
      (start) => (parsed = start),
    );
    expect(root.dataset.typeface).toBeUndefined();
    parsed();
    expect(root.dataset.typeface).toBe('ready');
  });
});
