import type { Page } from '@playwright/test';
import { horizontalOverflow, smallTargets, textLines } from './checks';
import { TEXT_SIZES } from './display-settings';
import { saveSettingsAndReload } from './saved-settings';
import { expect, openAsFirstVisit, test } from './shared-page';

// Every test reads aloud with the same scripted voice, slow enough that the player is still reading, with Pause,
// when it is measured; the worker's one page has it installed.
test.use({ fakeSpeechForWorker: { msPerChar: 300 } });

test.describe('the read-aloud player with large text', () => {
  for (const [width, height] of [
    [320, 640],
    [390, 844],
    [412, 915],
    [1280, 800],
  ] as const) {
    for (const textSize of TEXT_SIZES) {
      test(`at ${width} by ${height} px, text size ${textSize} and both spacings: the player takes at most half the screen and all of it shows, nothing scrolls sideways`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        // The page with the longest title, which the line saying what is read keeps room for.
        await openLeavingThePreviousReading(page, '/focused-ultrasound/');
        for (const spacing of ['normal', 'wide'] as const) {
          const where = `text size ${textSize}, ${spacing} spacing`;
          await saveSettingsAndReload(page, { textSize, spacing });
          await page.getByRole('button', { name: 'Listen to this page' }).click();
          const pause = page.getByRole('button', { name: 'Pause', exact: true });
          await expect(pause).toBeVisible();
          const bar = (await page.locator('#app-bar').boundingBox())!;
          const button = (await pause.boundingBox())!;
          const labelLines = await page.locator('label[for="reading-speed"]').evaluate(textLines);
          expect(bar.height, where).toBeLessThanOrEqual(height / 2 + 1);
          expect(button.y, where).toBeGreaterThanOrEqual(bar.y);
          expect(button.y + button.height, where).toBeLessThanOrEqual(height);
          expect(labelLines, `the Speed label at ${where}`).toBe(1);
          /* Before the player's text size was held to its share of the screen (script-ui.css), it scrolled inside
             its bar at text size 1.5 and more on these screens, the speed out of sight. Before its wide
             lines were held to the standard spacing's height, it still scrolled with wide spacing on a 640 px
             screen, where its text is at the standard size already (327 px in 315). */
          await expectWholePlayerShown(page, where);
          if (spacing === 'wide') {
            // Wide spacing is a share of the text's own size; the player inherited the page's, up to twice its own.
            const { letter, word, line, size } = await page.locator('.player__now-text').evaluate((element) => {
              const style = getComputedStyle(element);
              return {
                letter: parseFloat(style.letterSpacing),
                word: parseFloat(style.wordSpacing),
                line: parseFloat(style.lineHeight),
                size: parseFloat(style.fontSize),
              };
            });
            expect(letter / size, `letter spacing at ${where}`).toBeCloseTo(0.03, 3);
            expect(word / size, `word spacing at ${where}`).toBeCloseTo(0.16, 3);
            // Its lines are never closer than the standard spacing's, and the wide setting's where the screen is tall.
            expect(line / size, `line spacing at ${where}`).toBeGreaterThanOrEqual(1.6 - 0.005);
            if (height >= 844) expect(line / size, `line spacing at ${where}`).toBeCloseTo(2, 2);
          }
          expect(await horizontalOverflow(page), where).toMatchObject({ scrolls: false, offenders: [] });
          if (spacing === 'normal' && (textSize === 1 || textSize === 2)) expect(await smallTargets(page), where).toEqual([]);
        }
      });
    }
  }

  /*
   * The line saying what is being read changes as reading goes on ("Starting", "Reading", "Paused"; each section's
   * title). Before, each change of its number of lines changed the bar's height, and the buttons moved under the
   * finger: at 412 px the built-in voice's "Preparing the voice: How it works" took two lines and "Reading: How it
   * works" one.
   */
  for (const textSize of [1, 2] as const) {
    test(`at 390 by 844 px and text size ${textSize}, the player keeps its height through the page and its buttons stay put`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openLeavingThePreviousReading(page, '/radiation-therapy/');
      await saveSettingsAndReload(page, { textSize });
      const titles = await page.locator('article .section h2').allTextContents();
      expect(titles.length).toBeGreaterThan(3);
      await page.getByRole('button', { name: 'Listen to this page' }).click();
      const pause = page.getByRole('button', { name: 'Pause', exact: true });
      const line = page.locator('.player__now-text');
      const seen: { line: string; bar: number; button: number }[] = [];
      const look = async () =>
        seen.push({
          line: (await line.textContent()) ?? '',
          bar: Math.round((await page.locator('#app-bar').boundingBox())!.height),
          button: Math.round((await page.getByRole('group', { name: 'Read-aloud controls' }).getByRole('button').nth(2).boundingBox())!.y),
        });
      await expect(pause).toBeVisible();
      await look();
      for (const title of titles) {
        await page.getByRole('button', { name: 'Next section' }).click();
        await expect(line).toContainText(`Reading: ${title}`);
        await look();
      }
      await pause.click();
      await expect(line).toContainText('Paused:');
      await look();
      // The titles span one to several lines at this width, so the check would fail if the line's height followed them.
      expect(new Set(seen.map((each) => each.bar)).size, JSON.stringify(seen, null, 1)).toBe(1);
      expect(new Set(seen.map((each) => each.button)).size, JSON.stringify(seen, null, 1)).toBe(1);
    });
  }

  /*
   * On the small phones many of our users keep, the player leaves most of the screen to the words it reads (before,
   * the Voice link took a row of its own: 49% of a 360 by 640 screen), and choosing a speed does not change its
   * height, which would move the slider under the finger (before, "1.75×" wrapped where "1×" fitted).
   * At 360 px the line saying what is read takes two lines for some sections ("Reading: Possible side effects"), and
   * since then it keeps that room through the page (the test above), so the player was 44% of that screen
   * throughout; the speed slider, as tall as the buttons since, brought it to 41% (390 by 844: 33 → 31%).
   */
  for (const [width, height, share] of [
    [360, 640, 0.42],
    [390, 844, 0.35],
  ] as const) {
    test(`at ${width} by ${height} px and the standard text size the player takes at most ${share * 100}% of the screen, at every speed`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openLeavingThePreviousReading(page, '/surgery/');
      await page.getByRole('button', { name: 'Listen to this page' }).click();
      await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
      const heights: Record<string, number> = {};
      for (const rate of ['0.5', '1', '1.75', '2']) {
        await page.getByRole('slider', { name: 'Speed' }).fill(rate);
        await expect(page.locator('.player__rate')).toHaveText(`${rate}×`);
        heights[rate] = Math.round((await page.locator('#app-bar').boundingBox())!.height);
      }
      expect(new Set(Object.values(heights)).size, `player heights by speed: ${JSON.stringify(heights)}`).toBe(1);
      expect(heights['1']).toBeLessThanOrEqual(share * height);
    });
  }

  /*
   * A phone on its side is wide but short. The labelled player filled its half of a 667 by 375 screen with two rows
   * of buttons, Pause cut off at the bottom and Stop and the speed out of sight until the bar was scrolled. Then, with
   * larger text, the compact player did the same: the speed out of sight from text size 1.25, Stop too from 1.75.
   * There the player now keeps the standard size.
   */
  for (const [width, height] of [
    [667, 375],
    [844, 390],
  ] as const) {
    for (const textSize of TEXT_SIZES) {
      test(`on a ${width} by ${height} phone on its side, at text size ${textSize} and both spacings, the whole player shows, Stop and Speed included, in at most 45% of the screen`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        // The page with the longest title: "Reading: Nerve-end ablation with focused ultrasound" takes the speed's place
        // beside it, and the speed a row of its own. With wide spacing between its words it took two lines at 667 by
        // 375, and the speed scrolled out of sight.
        await openLeavingThePreviousReading(page, '/focused-ultrasound/');
        for (const spacing of ['normal', 'wide'] as const) {
          const where = `text size ${textSize}, ${spacing} spacing`;
          await saveSettingsAndReload(page, { textSize, spacing });
          await page.getByRole('button', { name: 'Listen to this page' }).click();
          await expect(page.getByRole('button', { name: 'Pause', exact: true }), where).toBeInViewport({ ratio: 1 });
          await expectWholePlayerShown(page, where);
          expect((await page.locator('#app-bar').boundingBox())!.height, where).toBeLessThanOrEqual(0.45 * height);
          expect(await smallTargets(page), where).toEqual([]);
        }
      });
    }
  }
});

/**
 * Opens a page as on a first visit on the worker's shared page, which may still be reading the previous test's page:
 * leaving that page first means nothing it saves as it closes outlives the clearing of storage.
 */
async function openLeavingThePreviousReading(page: Page, path: string): Promise<void> {
  await page.goto('about:blank');
  await openAsFirstVisit(page, path);
}

/** Checks that nothing of the player is hidden in its bar: nothing scrolls inside it, and Stop and Speed are in view. */
async function expectWholePlayerShown(page: Page, where: string): Promise<void> {
  const { clientHeight, scrollHeight } = await page
    .locator('#app-bar')
    .evaluate((element) => ({ clientHeight: element.clientHeight, scrollHeight: element.scrollHeight }));
  expect(scrollHeight, `the player scrolls inside its bar at ${where}`).toBeLessThanOrEqual(clientHeight + 1);
  await expect(page.getByRole('button', { name: 'Stop', exact: true }), where).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('slider', { name: 'Speed' }), where).toBeInViewport({ ratio: 1 });
}
