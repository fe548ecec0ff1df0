import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LISTENING_KEY } from '../../src/player/reading-memory';
import { BUILT_IN_VOICE_ID } from '../../src/speech/engine-choice';
import { routes } from '../e2e/routes';
import { waitInPage, type EngineDriver } from './engine-driver';
import { startGuideServer, type GuideServer } from './guide-server';
import {
  appliedSettings,
  isControlled,
  isReadyToRead,
  nextSectionHeading,
  pageHeading,
  playerView,
  readingLog,
  sectionSentences,
  sentenceAfterHighlight,
  startReadingLog,
  type ReadingLog,
} from './page-probes';

/** Where each engine's screenshot of a page being read is saved, for a person to look at. */
const SCREENSHOT_DIR = resolve(process.env.ENGINES_SCREENSHOT_DIR ?? resolve(import.meta.dirname, '../../test-results/engines'));

const LARGEST = 'Largest (twice the standard size)';
const WHITE_ON_BLACK = 'White on black';

/** The player's word for a voice that failed. */
const VOICE_FAILED = 'The voice is not working';

/** How the engine comes to read with the built-in voice. */
export type BuiltInVoiceBy =
  /** The person chose it in Settings (saved with their reading speed). */
  | 'choice'
  /** The engine has no voices, so the guide must fall back to it without being asked. */
  | 'no-device-voices';

/** Saves listening preferences as the player does: twice the normal speed, and the chosen voice if any. */
function saveListening(key: string, voiceId: string | null): void {
  localStorage.setItem(key, JSON.stringify({ version: 1, rate: 2, voiceId }));
}

/** What a failed read-aloud check reports: what the player showed and said, and what sounded. */
function explain(log: ReadingLog): string {
  const sounds = log.playing.map((each) => `${Math.round(each.at - (log.listenAt ?? 0))} ms: ${each.duration.toFixed(2)} s`);
  const utterances = log.utterances.map(
    (each) => `"${each.text}" (${each.voice ?? 'default voice'}): ${each.events.join(', ') || 'no events'}`,
  );
  return `player: ${log.states.join(' → ')}; status: ${log.announcements.join(' | ')}; audio played: ${sounds.join(', ') || 'none'}; audio failures: ${log.audioFailures.join(', ') || 'none'}; device speech: ${utterances.join('; ') || 'none'}`;
}

/** Whether nothing is sounding: no device utterance in progress and the built-in voice's audio paused. */
function isSilent(): boolean {
  const speaking = 'speechSynthesis' in window && speechSynthesis.speaking && !speechSynthesis.paused;
  const audio = (window as unknown as { readingAudio?: HTMLMediaElement }).readingAudio;
  return !speaking && (!audio || audio.paused);
}

/**
 * The same checks in every engine, one browser per engine and one server per engine: every page opens; settings
 * apply and survive a reload; Listen reads a whole section in order with the highlight following, and Pause, Play and
 * Stop work; the service worker takes control and every page opens with the server stopped. The offline check runs
 * last because it stops the server.
 */
export function describeGuideIn(engine: string, launch: () => Promise<EngineDriver>, builtInVoiceBy: BuiltInVoiceBy): void {
  describe(`the guide in ${engine}`, () => {
    let server: GuideServer;
    let browser: EngineDriver;
    beforeAll(async () => {
      server = await startGuideServer();
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    test('every page opens with its heading', async () => {
      for (const route of routes) {
        await browser.goto(server.origin + route.path);
        expect(await browser.run(pageHeading), route.path).toEqual({ h1: route.h1, main: true });
      }
    });

    test('text size and colours chosen in Settings apply at once, after a reload and on other pages', async () => {
      await browser.goto(`${server.origin}/settings/`);
      const before = await waitInPage(browser, appliedSettings, [], (s) => s.checked.length > 0, { what: 'the settings form' });
      expect(before.textSize).toBe('1');
      await browser.click('main label', LARGEST);
      await browser.click('main label', WHITE_ON_BLACK);
      const chosen = await waitInPage(browser, appliedSettings, [], (s) => s.textSize === '2' && s.theme === 'dark', {
        what: 'the new settings',
      });
      expect(chosen.fontSize).toBeCloseTo(before.fontSize * 2, 0);
      expect(chosen.background).toBe('rgb(0, 0, 0)');
      await browser.reload();
      const reloaded = await waitInPage(browser, appliedSettings, [], (s) => s.checked.length > 0, {
        what: 'the settings form after a reload',
      });
      expect(reloaded).toMatchObject({ textSize: '2', theme: 'dark', fontSize: chosen.fontSize, background: 'rgb(0, 0, 0)' });
      expect(reloaded.checked).toEqual(expect.arrayContaining([LARGEST, WHITE_ON_BLACK]));
      await browser.goto(`${server.origin}/surgery/`);
      expect(await browser.run(appliedSettings)).toMatchObject({ textSize: '2', theme: 'dark', fontSize: chosen.fontSize });
      await browser.run(() => localStorage.clear());
    });

    test('Listen reads a whole section in order with the built-in voice and the highlight following; Pause, Play and Stop work', async () => {
      await browser.goto(`${server.origin}/ablation/`);
      await browser.run(saveListening, LISTENING_KEY, builtInVoiceBy === 'choice' ? BUILT_IN_VOICE_ID : null);
      await browser.reload();
      const section = await browser.run(sectionSentences, 'what-to-expect');
      const following = await browser.run(nextSectionHeading, 'what-to-expect');
      expect(section.length).toBeGreaterThan(2);
      expect(following).toBeTruthy();
      await waitInPage(browser, isReadyToRead, [], (ready) => ready, { what: 'the page to be ready to read' });
      await browser.run(startReadingLog);
      await browser.click('button[data-listen="what-to-expect"]');

      const failedOr = (done: (log: ReadingLog) => boolean) => (log: ReadingLog) => log.states.includes(VOICE_FAILED) || done(log);
      const early = await waitInPage(
        browser,
        readingLog,
        [],
        failedOr((log) => log.highlights.length >= 2 && log.states.at(-1) === 'Reading'),
        {
          timeout: 20_000,
          what: 'the second sentence to be read',
        },
      );
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await browser.screenshot(join(SCREENSHOT_DIR, `${engine.toLowerCase()}-reading.png`));
      expect(early.states, explain(early)).not.toContain(VOICE_FAILED);
      const read = await waitInPage(
        browser,
        readingLog,
        [],
        failedOr((log) => log.highlights.includes(following!)),
        {
          timeout: 30_000,
          what: 'the section to be read to its end',
        },
      );
      expect(read.states, explain(read)).not.toContain(VOICE_FAILED);
      expect(read.highlights.slice(0, section.length + 1)).toEqual([...section, following]);
      // Each sentence of the section was played as sound by the built-in voice.
      expect(read.playing.filter((each) => each.duration > 0.1).length).toBeGreaterThanOrEqual(section.length);
      if (builtInVoiceBy === 'choice') expect(read.utterances).toEqual([]);

      // The status region says each change once; other news (the guide being ready offline) may join it.
      const saying = (word: string, from: number) => (log: ReadingLog) =>
        log.announcements.slice(from).filter((each) => each.split('. ').includes(word));
      const announced = async (word: string, from: number) =>
        saying(
          word,
          from,
        )(
          await waitInPage(browser, readingLog, [], (log) => saying(word, from)(log).length > 0, {
            what: `"${word}" in the status region`,
          }),
        );

      const beforePause = (await browser.run(readingLog)).announcements.length;
      await browser.click('section.player button', 'Pause');
      const paused = await waitInPage(browser, playerView, [], (view) => view.now.startsWith('Paused'), { what: 'the player to pause' });
      expect(paused.highlighted).toHaveLength(1);
      expect(paused.buttons).toContain('Play');
      expect(await waitInPage(browser, isSilent, [], (silent) => silent, { what: 'silence after Pause' })).toBe(true);
      expect(await announced('Paused', beforePause)).toHaveLength(1);

      // Play goes on from the sentence where reading paused, then to the one after it.
      const after = await browser.run(sentenceAfterHighlight);
      const highlightsAtPause = (await browser.run(readingLog)).highlights.length;
      await browser.click('section.player button', 'Play');
      const resumed = await waitInPage(
        browser,
        readingLog,
        [],
        failedOr((log) => log.highlights.length > highlightsAtPause),
        {
          timeout: 20_000,
          what: 'reading to go on after Play',
        },
      );
      expect(resumed.states, explain(resumed)).not.toContain(VOICE_FAILED);
      expect(resumed.highlights.slice(highlightsAtPause)).toEqual([after]);

      const beforeStop = resumed.announcements.length;
      await browser.click('section.player button', 'Stop');
      const stopped = await waitInPage(browser, playerView, [], (view) => view.highlighted.length === 0 && view.now === '', {
        what: 'the player to stop',
      });
      expect(stopped.buttons).toEqual([]);
      expect(await waitInPage(browser, isSilent, [], (silent) => silent, { what: 'silence after Stop' })).toBe(true);
      expect(await announced('Stopped', beforeStop)).toHaveLength(1);
    });

    test('the service worker takes control, and every page opens with the server stopped', async () => {
      await browser.goto(`${server.origin}/`);
      // A saved reading place would send /continue/ on to that page.
      await browser.run(() => localStorage.clear());
      await waitInPage(browser, isControlled, [], (controlled) => controlled, {
        timeout: 20_000,
        what: 'the service worker to take control',
      });
      await server.stop();
      await expect(fetch(`${server.origin}/`)).rejects.toThrow();
      for (const route of routes) {
        await browser.goto(server.origin + route.path);
        expect(await browser.run(pageHeading), `${route.path} offline`).toEqual({ h1: route.h1, main: true });
      }
      await browser.goto(`${server.origin}/not-a-page/`);
      expect((await browser.run(pageHeading)).h1).toBe('Page not found');
    });
  });
}
