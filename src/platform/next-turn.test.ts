import { describe, expect, it, vi } from 'vitest';
import { nextTurn } from './next-turn';

describe('nextTurn', () => {
  it('uses scheduler.yield() where the browser has it', async () => {
    const scheduler = { yield: vi.fn(() => Promise.resolve()) };
    const setTimer = vi.fn();
    await nextTurn(scheduler, setTimer);
    expect(scheduler.yield).toHaveBeenCalledTimes(1);
    expect(setTimer).not.toHaveBeenCalled();
  });

  it('otherwise waits for a zero-delay timer, so the rest runs in a later task', async () => {
    let fire: (() => void) | undefined;
    const setTimer = vi.fn((callback: () => void) => (fire = callback));
    let resolved = false;
    const turn = nextTurn(undefined, setTimer).then(() => (resolved = true));
    await Promise.resolve();
    expect(setTimer).toHaveBeenCalledWith(expect.any(Function), 0);
    expect(resolved).toBe(false);
    fire!();
    await turn;
    expect(resolved).toBe(true);
  });
});
