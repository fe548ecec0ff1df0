import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../tests/fakes/memory-storage';
import { HOME_PAGE_ID, loadPosition, savePosition } from './reading-memory';

const place = (pageId: string) => ({ pageId, pageTitle: 'Surgery', sentenceId: 's-1234abcd', sectionTitle: 'How it works', savedAt: 1 });

describe('the saved reading place', () => {
  it('is kept for a page of the guide', () => {
    const storage = memoryStorage();
    expect(savePosition(storage, place('surgery'))).toBe(true);
    expect(loadPosition(storage)).toEqual(place('surgery'));
  });

  it('is not taken over by listening to the home page', () => {
    const storage = memoryStorage();
    savePosition(storage, place('surgery'));
    expect(savePosition(storage, { ...place(HOME_PAGE_ID), pageTitle: 'Home' })).toBe(false);
    expect(loadPosition(storage)?.pageId).toBe('surgery');
  });
});
