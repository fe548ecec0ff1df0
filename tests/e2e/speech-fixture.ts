import type { Page } from '@playwright/test';
import { installFakeSpeechSynthesis, type FakeSpeechLog, type FakeSpeechOptions } from '../fakes/fake-speech-synthesis';
import { compileLexicon } from '../../src/speech/pronounce';
import { guide } from './routes';

/** Installs the scripted speechSynthesis before any page script runs (headless Chromium has no voices). */
export async function useFakeSpeech(page: Page, options: FakeSpeechOptions = {}): Promise<void> {
  await page.addInitScript(installFakeSpeechSynthesis, options);
}

/** What the fake has recorded so far. */
export function speechLog(page: Page): Promise<FakeSpeechLog> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __fakeSpeech: unknown }).__fakeSpeech)) as FakeSpeechLog);
}

/** The text a voice is given for a displayed sentence (pronunciations applied). */
export const spokenFor = (() => {
  const pronounce = compileLexicon(guide.lexicon);
  return (display: string) => pronounce(display).spoken;
})();
