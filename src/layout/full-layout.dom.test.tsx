import { describe, expect, it, vi } from 'vitest';
import { scheduleFullLayout, type LayoutView } from './full-layout';

/** A window whose idle callbacks and load event run only when the test says so. */
function fakeView() {
  const target = new EventTarget();
  const idle: (() => void)[] = [];
  const view: LayoutView = {
    addEventListener: target.addEventListener.bind(target) as LayoutView['addEventListener'],
    removeEventListener: target.removeEventListener.bind(target) as LayoutView['removeEventListener'],
    setTimeout: vi.fn() as unknown as LayoutView['setTimeout'],
    requestIdleCallback: (callback) => idle.push(callback),
  };
  return { view, target, runIdle: () => idle.splice(0).forEach((callback) => callback()) };
}

describe('scheduleFullLayout', () => {
  it('waits for load, then for an idle moment', () => {
    const root = document.createElement('html');
    const { view, target, runIdle } = fakeView();
    scheduleFullLayout(root, view, false);
    runIdle();
    expect(root.dataset.laidOut).toBeUndefined();
    target.dispatchEvent(new Event('load'));
    expect(root.dataset.laidOut).toBeUndefined();
    runIdle();
    expect(root.dataset.laidOut).toBe('true');
  });

  it('lays the page out at the first key press, before the browser is idle', () => {
    const root = document.createElement('html');
    const { view, target } = fakeView();
    scheduleFullLayout(root, view, true);
    target.dispatchEvent(new Event('keydown'));
    expect(root.dataset.laidOut).toBe('true');
  });

  it('returns a function that lays the page out at once', () => {
    const root = document.createElement('html');
    const { view } = fakeView();
    const now = scheduleFullLayout(root, view, true);
    expect(root.dataset.laidOut).toBeUndefined();
    now();
    expect(root.dataset.laidOut).toBe('true');
  });

  it('falls back to a short timer where there is no requestIdleCallback', () => {
    const root = document.createElement('html');
    const { view } = fakeView();
    delete view.requestIdleCallback;
    scheduleFullLayout(root, view, true);
    expect(view.setTimeout).toHaveBeenCalledWith(expect.any(Function), 200);
  });
});
