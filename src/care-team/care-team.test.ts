import { describe, expect, it } from 'vitest';
import { createStorage } from '../storage/storage';
import { memoryStorage } from '../../tests/fakes/memory-storage';
import { CARE_TEAM_KEY, CareTeamStore, hasNumbers, NO_NUMBERS } from './care-team';

describe('CareTeamStore', () => {
  it('has no numbers until some are saved', () => {
    const store = new CareTeamStore(memoryStorage());
    expect(store.load()).toEqual(NO_NUMBERS);
    expect(hasNumbers(store.load())).toBe(false);
  });

  it('saves both numbers as typed (without outer spaces) and reads them back', () => {
    const storage = memoryStorage();
    expect(new CareTeamStore(storage).save({ day: ' (555) 010-0100 ', afterHours: '+1 555 010 0199' })).toBe(true);
    // A new store over the same storage stands for the next page the person opens.
    expect(new CareTeamStore(storage).load()).toEqual({ day: '(555) 010-0100', afterHours: '+1 555 010 0199' });
    expect(storage.read(CARE_TEAM_KEY)).toEqual({ day: '(555) 010-0100', afterHours: '+1 555 010 0199' });
  });

  it('keeps one number when only one is given', () => {
    const store = new CareTeamStore(memoryStorage());
    store.save({ day: '', afterHours: '555-0199' });
    expect(store.load()).toEqual({ day: '', afterHours: '555-0199' });
    expect(hasNumbers(store.load())).toBe(true);
  });

  it('forgets the numbers on remove, and when both are saved empty', () => {
    const storage = memoryStorage();
    const store = new CareTeamStore(storage);
    store.save({ day: '555-0100', afterHours: '555-0199' });
    store.remove();
    expect(store.load()).toEqual(NO_NUMBERS);
    expect(storage.read(CARE_TEAM_KEY)).toBeNull();
    store.save({ day: '555-0100', afterHours: '' });
    store.save({ day: '  ', afterHours: '' });
    expect(storage.read(CARE_TEAM_KEY)).toBeNull();
  });

  it('ignores a saved value it cannot read, or a number it would not accept', () => {
    const storage = memoryStorage();
    const store = new CareTeamStore(storage);
    for (const garbage of ['text', 42, null, [], { day: 5550100 }]) {
      storage.write(CARE_TEAM_KEY, garbage);
      expect(store.load()).toEqual(NO_NUMBERS);
    }
    storage.write(CARE_TEAM_KEY, { day: 'javascript:alert(1)', afterHours: '555-0199' });
    expect(store.load()).toEqual({ day: '', afterHours: '555-0199' });
  });

  it('reports when nothing can be kept on this device', () => {
    const blocked = new CareTeamStore(createStorage(null));
    expect(blocked.canRemember).toBe(false);
    expect(blocked.save({ day: '555-0100', afterHours: '' })).toBe(false);
    const full = new CareTeamStore(
      createStorage({
        getItem: () => null,
        setItem: () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        },
        removeItem: () => {},
      }),
    );
    expect(full.save({ day: '555-0100', afterHours: '' })).toBe(false);
    expect(full.canRemember).toBe(false);
  });
});
