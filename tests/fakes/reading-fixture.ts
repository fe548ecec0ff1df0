import { Player, type PlayerDeps } from '../../src/player/player';
import type { NextPage, ReadingDocument, ReadingItem } from '../../src/player/reading-document';
import { compileLexicon } from '../../src/speech/pronounce';
import type { SpeechEngine } from '../../src/speech/speech-engine';
import { FakeEngine } from './fake-engine';
import { memoryStorage } from './memory-storage';

/** A section of a test page: its anchor, its title, and the sentences it holds (the heading included). */
export interface FixtureSection {
  readonly anchor: string;
  readonly title: string;
  readonly sentences: readonly string[];
}

/** What a test page is called and where it leads; sentence ids are the prefix and a count from 1. */
export interface FixtureDocumentOptions {
  readonly pageId?: string;
  readonly pageTitle?: string;
  readonly next?: NextPage | null;
  readonly idPrefix?: string;
}

/** A reading document as the player reads it, built from sections of sentence texts. */
export function readingDocument(
  sections: readonly FixtureSection[],
  { pageId = 'surgery', pageTitle = 'Surgery', next = null, idPrefix = 's-' }: FixtureDocumentOptions = {},
): ReadingDocument {
  const items: ReadingItem[] = [];
  const starts = sections.map(({ anchor, title, sentences }, sectionIndex) => {
    const start = items.length;
    for (const text of sentences) items.push({ id: `${idPrefix}${items.length + 1}`, text, sectionIndex });
    return { anchor, title, start };
  });
  return { pageId, pageTitle, lang: 'en', sections: starts, items, next };
}

/** The next page a test page leads to. */
export const nextPage: NextPage = { pageId: 'ablation', path: '/ablation/', title: 'Ablation', firstSentenceId: 's-ab' };

/** What a test may set on a fixture player; what it leaves out is a fake device voice, in-memory storage and no lexicon. */
export type FixturePlayerOptions = Partial<PlayerDeps> & {
  readonly document: ReadingDocument;
  /** The engine every choice gives, with this voice id. */
  readonly engine?: SpeechEngine;
  readonly voiceId?: string | null;
  /** The engine to fall back to, as the built-in voice, when the chosen one fails. */
  readonly fallbackEngine?: SpeechEngine | null;
};

/** A Player reading the given document with a fake engine and in-memory storage, recording what it announces. */
export function fixturePlayer({ engine = new FakeEngine(), voiceId = null, fallbackEngine = null, ...options }: FixturePlayerOptions) {
  const storage = options.storage ?? memoryStorage();
  const announcements: string[] = [];
  const player = new Player({
    pronounce: compileLexicon({}),
    chooseEngine: () => ({ engine, voiceId }),
    fallback: () => (fallbackEngine ? { engine: fallbackEngine, voiceId: 'built-in' } : null),
    announce: (message) => announcements.push(message),
    ...options,
    storage,
  });
  return { player, storage, announcements };
}
