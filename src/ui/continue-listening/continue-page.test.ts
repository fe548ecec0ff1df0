import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../tests/fakes/memory-storage';
import { continueAddress, savePosition } from '../../player/reading-memory';
import { goToSavedPlace } from './continue-page';

describe('the "Continue listening" page', () => {
  it('goes to the saved reading place, replacing itself in the history', () => {
    const storage = memoryStorage();
    savePosition(storage, { pageId: 'surgery', pageTitle: 'Surgery', sentenceId: 's-1234abcd', sectionTitle: 'Recovery', savedAt: 1 });
    const addresses: string[] = [];
    expect(goToSavedPlace(storage, (address) => addresses.push(address))).toBe(true);
    expect(addresses).toEqual([continueAddress('surgery')]);
  });

  it('stays on the page when nothing has been listened to yet', () => {
    const addresses: string[] = [];
    expect(goToSavedPlace(memoryStorage(), (address) => addresses.push(address))).toBe(false);
    expect(addresses).toEqual([]);
  });
});
