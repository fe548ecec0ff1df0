import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeProblems } from './axe';
import { brokenWords, clippedText, contrastRatio, differs, horizontalOverflow, misplacedBullets, screenPixels, smallTargets, tabThrough, TEXT_SPACING_CSS, textLines } from './checks';
import { routes } from './routes';
import { saveSettingsAndReload, useSettings } from './saved-settings';
import { useFakeSpeech } from './speech-fixture';
import { waitForTypefaceSaved } from './typeface';

// Every test here has its own page and saved settings, and in one worker the file took 18.5 of the suite's 19.8
// minutes on a clean clone (2026-12-02): in parallel mode its tests share both workers.
test.describe.configure({ mode: 'parallel' });

const THEMES = ['cream', 'dark', 'yellow', 'white'] as const;
const SIZES = [1, 1.25, 1.5, 1.75, 2] as const;

test.describe('contrast in every theme at every route', () => {
  for (const theme of THEMES) {
    for (const textSize of [1, 2] as const) {
      test(`${theme} theme, text size ${textSize}: no axe problems, 7:1 text everywhere`, async ({ page }) => {
        // Fourteen pages, each scanned by axe: about 50 s on a quiet machine, over 2 minutes on a busy one (2026-12-02).
        test.setTimeout(240_000);
        await page.setViewportSize({ width: 320, height: 640 });
        await useSettings(page, { theme, textSize });
        for (const route of routes) {
          await page.goto(route.path);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          expect(await axeProblems(page), `${route.path} in ${theme}`).toEqual([]);
        }
      });
    }
  }
});

test.describe('reflow, spacing and targets', () => {
  test.use({ bypassCSP: true });
  for (const width of [320, 1280]) {
    test(`at ${width} px wide, at every text size: no sideways scrolling and every target at least 44 by 44`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 800 });
      for (const textSize of SIZES) {
        for (const route of routes) {
          await page.goto(route.path);
          await saveSettingsAndReload(page, { textSize });
          const overflow = await horizontalOverflow(page);
          expect(overflow, `${route.path} at size ${textSize}`).toMatchObject({ scrolls: false, offenders: [] });
          if (textSize === 1 || textSize === 2) expect(await smallTargets(page), `${route.path} at size ${textSize}`).toEqual([]);
        }
      }
    });

    test(`at ${width} px wide with WCAG text-spacing overrides: nothing clipped or overflowing`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 800 });
      for (const textSize of [1, 2] as const) {
        await useSettings(page, { textSize });
        for (const route of routes) {
          await page.goto(route.path);
          await page.addStyleTag({ content: TEXT_SPACING_CSS });
          expect(await clippedText(page), route.path).toEqual([]);
          expect((await horizontalOverflow(page)).scrolls, route.path).toBe(false);
        }
      }
    });
  }
});

// At 320 px a 48 px "underline" is wider than the room beside a 44 px radio button, so this is at 360 px, the
// narrowest common Android width.
test('at 360 px and text size 2, the words of every settings choice fit on a line of their own', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await useSettings(page, { textSize: 2 });
  await page.goto('/settings/');
  await expect(page.getByRole('radio', { name: /^Largest/ })).toBeChecked();
  const tooNarrow = await page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('.choice__option label')].filter((l) => l.getClientRects().length > 0);
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'nowrap';
    return labels.flatMap((label) => {
      const text = label.textContent ?? '';
      label.append(probe);
      const widest = Math.max(
        ...text.split(/\s+/).filter(Boolean).map((word) => {
          probe.textContent = word;
          return probe.getBoundingClientRect().width;
        }),
      );
      probe.remove();
      const style = getComputedStyle(label);
      const room = label.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return widest <= room + 1 ? [] : [`"${text}": its longest word is ${Math.round(widest)} px, the label ${Math.round(room)} px`];
    });
  });
  expect(tooNarrow).toEqual([]);
});

/*
 * A settings group drops its side borders and padding where the column is narrow for its text, on the Settings
 * page and in the header's panel alike: on a phone at any text size, and on a tablet at text size 2, where they
 * took 102 of the 736 px.
 */
test('the settings groups give their labels the whole width where the column is narrow for its text', async ({ page }) => {
  const sides = (scope: string) =>
    page.locator(`${scope} .choice`).first().evaluate((group) => {
      const style = getComputedStyle(group);
      return parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    });
  for (const [width, textSize, narrow] of [
    [390, 1, true],
    [768, 1, false],
    [768, 2, true],
  ] as const) {
    await page.setViewportSize({ width, height: 1024 });
    await page.goto('/settings/');
    await saveSettingsAndReload(page, { textSize });
    const onSettingsPage = await sides('main');
    // The Settings page has the form in full; every other page has it in the header's panel.
    await page.goto('/glossary/');
    await page.getByRole('button', { name: 'Text size and colours' }).click();
    const inHeaderPanel = await sides('.site-header');
    for (const [where, value] of [['on the Settings page', onSettingsPage], ["in the header's panel", inHeaderPanel]] as const) {
      const context = `${where} at ${width} px, text size ${textSize}`;
      if (narrow) expect(value, context).toBe(0);
      else expect(value, context).toBeGreaterThan(0);
    }
  }
});

test('at text size 2 the header links are as tall as their line of text, no taller', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await useSettings(page, { textSize: 2 });
  await page.goto('/radiation-therapy/');
  // At this size on a phone the links fold behind Menu (the next tests); opened, they are all there to measure.
  await page.getByRole('button', { name: 'Menu' }).click();
  const links = await page.locator('.site-header a').all();
  expect(links.length).toBeGreaterThan(3);
  for (const a of links) {
    const lines = await a.evaluate(textLines);
    const link = await a.evaluate((el) => ({
      name: el.textContent,
      height: el.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(el).lineHeight),
      target: parseFloat(getComputedStyle(el).minHeight),
    }));
    // A one-line link is as tall as a touch target; lines closer than that add nothing to it.
    expect(link.height, `${link.name}, ${lines} lines`).toBeLessThanOrEqual(Math.max(lines * link.line, link.target) + 1);
    expect(link.height, `${link.name}`).toBeGreaterThanOrEqual(44);
  }
});

/*
 * Headings, buttons and form labels are short, so they can keep their words whole where running text cannot (a
 * word like "Dexamethasone" is wider than a 320 px screen at text size 2). 320 px is the narrowest phone we design
 * for, and wide spacing adds space between letters; at 390 px the headings are at their vw share, not their floor.
 */
for (const [width, spacing] of [[320, 'normal'], [320, 'wide'], [390, 'normal']] as const) {
  test(`at text size 2 on a ${width} px phone with ${spacing} spacing, no heading, button or label breaks inside a word`, async ({ page }) => {
    test.setTimeout(120_000);
    await useSettings(page, { textSize: 2, spacing });
    await page.setViewportSize({ width, height: 800 });
    const brokenEverywhere: string[] = [];
    for (const route of routes) {
      await page.goto(route.path);
      await expect(page.locator('html')).toHaveAttribute('data-laid-out', 'true');
      if (route.path === '/settings/') await expect(page.getByRole('radio', { name: /^Largest/ })).toBeChecked();
      const broken = await page.locator('h1, h2, h3, button, label, legend').evaluateAll(brokenWords);
      brokenEverywhere.push(...broken.map((word) => `${route.path}: ${word}`));
    }
    expect(brokenEverywhere).toEqual([]);
  });
}

/*
 * Running text cannot keep its long words whole where the column holds about 11 letters (text size 2 on a 320 px
 * phone): there it lets the device hyphenate words of 11 letters or more. The hyphens themselves need the device's
 * dictionary, which this Chromium does not have, so what is checked is where hyphenation is allowed.
 */
test('running text may hyphenate long words only in the narrowest column, and headings and buttons never', async ({ page }) => {
  await page.goto('/medicines/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const hyphenation = (selector: string) =>
    page.locator(selector).first().evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.hyphens} ${style.hyphenateLimitChars}`;
    });
  const never = 'manual auto';
  for (const [width, textSize, running] of [
    [320, 2, 'auto 11 4 4'],
    [320, 1.75, never],
    [390, 2, never],
    [320, 1, never],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await saveSettingsAndReload(page, { textSize });
    const where = `${width} px, text size ${textSize}`;
    expect(await hyphenation('main section p'), `paragraph at ${where}`).toBe(running);
    expect(await hyphenation('main section li'), `list item at ${where}`).toBe(running);
    expect(await hyphenation('main h2'), `heading at ${where}`).toBe(never);
    expect(await hyphenation('main button'), `button at ${where}`).toBe(never);
  }
});

test.describe('the header on a phone', () => {
  const phone = { width: 390, height: 844 };
  const folding = ['Home', 'Glossary', 'Settings'];
  /** Expects every link of the main navigation to be in view. */
  const expectEveryLink = async (page: Page) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of [...folding, 'Get help now']) await expect(nav.getByRole('link', { name })).toBeVisible();
  };

  test('at text size 2, all but the site name and "Get help now" fold behind Menu, and the page title is in the first screen', async ({ page }) => {
    await page.setViewportSize(phone);
    await useSettings(page, { textSize: 2 });
    await page.goto('/radiation-therapy/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const panelToggle = page.getByRole('button', { name: 'Text size and colours' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Get help now' })).toBeVisible();
    for (const name of folding) await expect(nav.getByRole('link', { name })).toBeHidden();
    await expect(panelToggle).toBeHidden();
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(title.y + title.height, 'the bottom of the page title').toBeLessThanOrEqual(phone.height);

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const name of folding) await expect(nav.getByRole('link', { name })).toBeVisible();
    await expect(panelToggle).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);
    await menu.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
  });

  test('at text size 2 on a 320 by 640 screen, the first line of the page title is on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await useSettings(page, { textSize: 2 });
    await page.goto('/radiation-therapy/');
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    const title = page.getByRole('heading', { level: 1 });
    const top = (await title.boundingBox())!.y;
    const line = await title.evaluate((h) => parseFloat(getComputedStyle(h).lineHeight));
    expect(top + line, "the bottom of the title's first line").toBeLessThanOrEqual(640);
  });

  test('at the standard text size nothing folds on a phone, only on a screen 12rem (288 px) wide or less', async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/radiation-therapy/');
    await expect(page.getByRole('button', { name: 'Text size and colours' })).toBeVisible();
    await expectEveryLink(page);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    // A folding phone's outer screen: 280 px is 11.7rem.
    await page.setViewportSize({ width: 280, height: 653 });
    await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeHidden();
  });

  test('a larger text size chosen in the header panel keeps the panel open and the chosen button in view', async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Text size and colours' }).click();
    const largest = page.getByRole('radio', { name: 'Largest (twice the standard size)' });
    await largest.check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
    // The header is now narrow enough to fold; the menu stays open around the panel in use.
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    await expect(largest).toBeFocused();
    await expect(largest).toBeInViewport({ ratio: 1 });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('on the narrowest phones nothing folds, since Menu would need the script', async ({ page }) => {
      // With the script, the header folds at this width (the test above).
      await page.setViewportSize({ width: 280, height: 653 });
      await page.goto('/radiation-therapy/');
      await expectEveryLink(page);
      await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    });
  });
});

test.describe('the read-aloud player with large text', () => {
  test.use({ serviceWorkers: 'block' });
  for (const [width, height] of [
    [320, 640],
    [390, 844],
    [412, 915],
    [1280, 800],
  ] as const) {
    test(`at ${width} by ${height} px, every text size and both spacings: the player takes at most half the screen and all of it shows, nothing scrolls sideways`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height });
      // Slow enough that the player is still reading, with Pause, when it is measured.
      await useFakeSpeech(page, { msPerChar: 300 });
      for (const textSize of SIZES) {
        for (const spacing of ['normal', 'wide'] as const) {
          const where = `text size ${textSize}, ${spacing} spacing`;
          // The page with the longest title, which the line saying what is read keeps room for.
          await page.goto('/focused-ultrasound/');
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
             its bar at text size 1.5 and more on these screens, the speed out of sight (2026-12-03). Before its wide
             lines were held to the standard spacing's height, it still scrolled with wide spacing on a 640 px
             screen, where its text is at the standard size already (327 px in 315). */
          await expectWholePlayerShown(page, where);
          if (spacing === 'wide') {
            // Wide spacing is a share of the text's own size; the player inherited the page's, up to twice its own.
            const { letter, word, line, size } = await page.locator('.player__now-text').evaluate((element) => {
              const style = getComputedStyle(element);
              return { letter: parseFloat(style.letterSpacing), word: parseFloat(style.wordSpacing), line: parseFloat(style.lineHeight), size: parseFloat(style.fontSize) };
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
      }
    });
  }

  /*
   * The line saying what is being read changes as reading goes on ("Starting", "Reading", "Paused"; each section's
   * title). Before, each change of its number of lines changed the bar's height, and the buttons moved under the
   * finger: at 412 px the built-in voice's "Preparing the voice: How it works" took two lines and "Reading: How it
   * works" one (2026-12-03).
   */
  for (const textSize of [1, 2] as const) {
    test(`at 390 by 844 px and text size ${textSize}, the player keeps its height through the page and its buttons stay put`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await useFakeSpeech(page, { msPerChar: 300 });
      await page.goto('/radiation-therapy/');
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
   * since 2026-12-03 it keeps that room through the page (the test above), so the player was 44% of that screen
   * throughout; the speed slider, as tall as the buttons since, brought it to 41% (390 by 844: 33 → 31%).
   */
  for (const [width, height, share] of [
    [360, 640, 0.42],
    [390, 844, 0.35],
  ] as const) {
    test(`at ${width} by ${height} px and the standard text size the player takes at most ${share * 100}% of the screen, at every speed`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await useFakeSpeech(page, { msPerChar: 300 });
      await page.goto('/surgery/');
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
   * larger text, the compact player did the same: the speed out of sight from text size 1.25, Stop too from 1.75
   * (2026-12-03). There the player now keeps the standard size.
   */
  for (const [width, height] of [
    [667, 375],
    [844, 390],
  ] as const) {
    test(`on a ${width} by ${height} phone on its side, at every text size and both spacings, the whole player shows, Stop and Speed included, in at most 45% of the screen`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await useFakeSpeech(page, { msPerChar: 300 });
      // The page with the longest title: "Reading: Nerve-end ablation with focused ultrasound" takes the speed's place
      // beside it, and the speed a row of its own. With wide spacing between its words it took two lines at 667 by
      // 375, and the speed scrolled out of sight (2026-12-03).
      await page.goto('/focused-ultrasound/');
      for (const textSize of SIZES) {
        for (const spacing of ['normal', 'wide'] as const) {
          const where = `text size ${textSize}, ${spacing} spacing`;
          await saveSettingsAndReload(page, { textSize, spacing });
          await page.getByRole('button', { name: 'Listen to this page' }).click();
          await expect(page.getByRole('button', { name: 'Pause', exact: true }), where).toBeInViewport({ ratio: 1 });
          await expectWholePlayerShown(page, where);
          expect((await page.locator('#app-bar').boundingBox())!.height, where).toBeLessThanOrEqual(0.45 * height);
          expect(await smallTargets(page), where).toEqual([]);
        }
      }
    });
  }
});

test.describe('focus', () => {
  for (const [width, textSize] of [
    [320, 2],
    [1280, 1],
  ] as const) {
    test(`at ${width} px and text size ${textSize}, every Tab stop has a visible, unobscured 3 px focus ring`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 700 });
      // Instant scrolling, so each focused element is in place when it is measured.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await useSettings(page, { textSize });
      for (const route of routes) {
        await page.goto(route.path);
        const stops = await tabThrough(page);
        expect(stops.length, route.path).toBeGreaterThan(4);
        for (const stop of stops) {
          expect(stop.outlineStyle, `${route.path} ${stop.name}`).not.toBe('none');
          expect(stop.outlineWidth, `${route.path} ${stop.name}`).toBeGreaterThanOrEqual(3);
          expect(stop.obscured, `${route.path} ${stop.name} is covered`).toBe(false);
        }
      }
    });
  }

  for (const theme of THEMES) {
    test(`in the ${theme} theme the focus ring contrasts 3:1 with the page and with the control`, async ({ page }) => {
      await useSettings(page, { theme });
      await page.goto('/surgery/');
      const inner = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--focus-inner').trim());
      const stops = await tabThrough(page, 30);
      for (const stop of stops) {
        expect(contrastRatio(stop.outlineColor, stop.pageColor), `${stop.name} ring vs page`).toBeGreaterThanOrEqual(3);
        const opaque = !/rgba\(.*, 0\)$/.test(stop.ownColor) && stop.ownColor !== 'transparent';
        if (opaque) {
          const innerRgb = await page.evaluate((color) => {
            const el = document.createElement('span');
            el.style.color = color;
            document.body.append(el);
            const rgb = getComputedStyle(el).color;
            el.remove();
            return rgb;
          }, inner);
          // The two-colour ring: whichever ring touches the control's colour must stand out from it.
          const best = Math.max(contrastRatio(innerRgb, stop.ownColor), contrastRatio(stop.outlineColor, stop.ownColor));
          expect(best, `${stop.name} ring vs control`).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  test('in forced colours (Windows High Contrast) focus and the reading highlight use system colours', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/surgery/');
    const stops = await tabThrough(page, 15);
    for (const stop of stops) {
      expect(stop.outlineStyle).not.toBe('none');
      expect(stop.outlineWidth).toBeGreaterThanOrEqual(3);
    }
    const highlight = await page.evaluate(() => {
      const s = document.querySelector<HTMLElement>('[data-s]')!;
      s.classList.add('is-reading');
      const probe = document.createElement('span');
      probe.style.backgroundColor = 'Highlight';
      document.body.append(probe);
      return { reading: getComputedStyle(s).backgroundColor, system: getComputedStyle(probe).backgroundColor };
    });
    expect(highlight.reading).toBe(highlight.system);
    expect(await axeProblems(page, { countUndecidedContrast: false })).toEqual([]);
  });
});

/** Checks that nothing of the player is hidden in its bar: nothing scrolls inside it, and Stop and Speed are in view. */
async function expectWholePlayerShown(page: Page, where: string): Promise<void> {
  const { clientHeight, scrollHeight } = await page.locator('#app-bar').evaluate((element) => ({ clientHeight: element.clientHeight, scrollHeight: element.scrollHeight }));
  expect(scrollHeight, `the player scrolls inside its bar at ${where}`).toBeLessThanOrEqual(clientHeight + 1);
  await expect(page.getByRole('button', { name: 'Stop', exact: true }), where).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('slider', { name: 'Speed' }), where).toBeInViewport({ ratio: 1 });
}

/**
 * The share of the focus outline's bottom edge, as painted, not in the page's colour: forced colours paint each line
 * of text on a backplate, which can cover an outline where no element does (so elementFromPoint cannot tell).
 */
async function outlineBottomShown(page: Page, element: Locator): Promise<number> {
  const edge = await element.evaluate((el) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
    // Where a backplate covers the outline, the band shows the page's colour (Canvas) instead.
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const rgb = (getComputedStyle(probe).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    probe.remove();
    // One row through the middle of the outline's bottom edge, from just outside the element's left to its right.
    return { x: Math.round(box.left - out / 2), y: Math.round(box.bottom + out), width: Math.round(box.width + out), canvas: rgb };
  });
  const { width, rgba } = await screenPixels(page, { x: edge.x, y: edge.y, width: edge.width, height: 1 });
  let shown = 0;
  for (let column = 0; column < width; column += 1) if (differs(rgba, column * 4, edge.canvas)) shown += 1;
  return shown / width;
}

test("in forced colours, the whole focus outline of the header's Menu shows, not covered by the next line", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ forcedColors: 'active' });
  await useSettings(page, { textSize: 1.75 });
  await page.goto('/surgery/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  // Opened, the menu puts "Home" on the line under the button. Back and forth with Tab: a click shows no outline.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(menu).toBeFocused();
  expect(await outlineBottomShown(page, menu)).toBeGreaterThan(0.9);
});

test.describe('type', () => {
  test('at 390 px, every bullet is beside the first line of its item', async ({ page }) => {
    // The sources' links were inline blocks, whose bullet sat beside their last line (2026-12-03).
    // At the standard size, so that most items are one line (each item of more lines costs a screenshot).
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const route of routes) {
      await page.goto(route.path);
      expect(await misplacedBullets(page), route.path).toEqual([]);
    }
  });

  test('body text is at least 24 px, lines are at most about 70 characters, spaced 1.5 or more, never justified', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/radiation-therapy/');
    const facts = await page.evaluate(() => {
      const ps = [...document.querySelectorAll<HTMLElement>('main p, main li')];
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz';
      document.querySelector('main p')!.append(probe);
      const charWidth = probe.getBoundingClientRect().width / 26;
      probe.remove();
      return ps.map((p) => {
        const style = getComputedStyle(p);
        return {
          size: parseFloat(style.fontSize),
          lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          align: style.textAlign,
          chars: p.clientWidth / charWidth,
        };
      });
    });
    for (const fact of facts) {
      expect(fact.size).toBeGreaterThanOrEqual(24);
      expect(fact.lineHeight).toBeGreaterThanOrEqual(1.5);
      expect(fact.align).not.toBe('justify');
      expect(fact.chars).toBeLessThanOrEqual(75);
    }
  });

  test('with the browser default font size set to 32 px, body text doubles', async ({ page }) => {
    await page.goto('/surgery/');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main section p')!).fontSize));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.reload();
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main section p')!).fontSize));
    expect(before).toBe(24);
    expect(after).toBe(48);
  });

  test('the largest text setting is twice the default', async ({ page }) => {
    await useSettings(page, { textSize: 2 });
    await page.goto('/surgery/');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main section p')!).fontSize))).toBe(48);
  });

  test('the typeface is Atkinson Hyperlegible, served from this site', async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fontRequests.push(r.url()));
    // The first page loads the typeface for the pages after it (src/typeface/typeface.ts).
    await page.goto('/surgery/');
    await waitForTypefaceSaved(page);
    await page.goto('/ablation/');
    await expect(page.locator('html')).toHaveAttribute('data-typeface', 'ready');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('1rem "Atkinson Hyperlegible"'))).toBe(true);
    expect(fontRequests.length).toBeGreaterThan(0);
    for (const url of fontRequests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  });

  // Android phones have no Arial: their sans-serif is Roboto, whose bold is 6.5 % narrower than Atkinson's. The
  // fallback face for Roboto is stretched (size-adjust) so lines wrap alike before and after the swap. Roboto comes
  // from @fontsource/roboto here, as the test machine need not have it installed.
  test('the Roboto fallback face is as wide as Atkinson Hyperlegible, in both weights', async ({ page }) => {
    const roboto = (weight: number) =>
      readFileSync(fileURLToPath(import.meta.resolve(`@fontsource/roboto/files/roboto-latin-${weight}-normal.woff2`))).toString('base64');
    await page.goto('/radiation-therapy/');
    const ratios = await page.evaluate(
      async (files: Record<string, string>) => {
        const rules = [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule && rule.style.getPropertyValue('font-family').includes('Atkinson Fallback Roboto'));
        const sample = (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 600);
        const context = document.createElement('canvas').getContext('2d')!;
        const width = (font: string) => {
          context.font = font;
          return context.measureText(sample).width;
        };
        const found: Record<string, number> = {};
        for (const rule of rules) {
          const weight = rule.style.getPropertyValue('font-weight');
          const bytes = Uint8Array.from(atob(files[weight] ?? ''), (c) => c.charCodeAt(0));
          // sizeAdjust is in Chromium since 92 but not yet in TypeScript's DOM types.
          const descriptors = { weight, sizeAdjust: rule.style.getPropertyValue('size-adjust') } as FontFaceDescriptors;
          const face = new FontFace('Roboto under test', bytes, descriptors);
          document.fonts.add(await face.load());
          await document.fonts.load(`${weight} 1em "Atkinson Hyperlegible"`);
          found[weight] = width(`${weight} 100px "Roboto under test"`) / width(`${weight} 100px "Atkinson Hyperlegible"`);
          document.fonts.delete(face);
        }
        return found;
      },
      { 400: roboto(400), 700: roboto(700) },
    );
    expect(Object.keys(ratios).sort()).toEqual(['400', '700']);
    for (const ratio of Object.values(ratios)) expect(Math.abs(ratio - 1)).toBeLessThan(0.01);
  });

  // The renderer says which font it really drew: a font that loads but is never used would pass the test above.
  async function drawnIn(page: Page, selector: string): Promise<string[]> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    await cdp.detach();
    return fonts.map((font) => font.familyName);
  }

  // Swapping the typeface in on the first page moved words to the next line under the reader's eyes, so that page
  // keeps the fallback while the font loads for the pages after it (src/typeface/typeface.ts).
  test('the first page of a first visit keeps the fallback; the pages after it draw Atkinson Hyperlegible from the start', async ({ page }) => {
    // What the page names when it has been parsed, before anything has had time to load.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __atParsed: string }).__atParsed = document.documentElement.dataset.typeface ?? 'none';
      });
    });
    await page.goto('/surgery/');
    expect(await page.evaluate(() => (window as unknown as { __atParsed: string }).__atParsed)).toBe('none');
    await waitForTypefaceSaved(page);
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator('html')).not.toHaveAttribute('data-typeface');
    expect(await drawnIn(page, 'main section p')).not.toContain('Atkinson Hyperlegible');
    await page.getByRole('link', { name: 'Next: Ablation' }).click();
    await page.waitForURL('**/ablation/');
    expect(await page.evaluate(() => (window as unknown as { __atParsed: string }).__atParsed)).toBe('ready');
    await page.evaluate(() => document.fonts.ready);
    expect(await drawnIn(page, 'main section p')).toEqual(['Atkinson Hyperlegible']);
    expect(await drawnIn(page, 'h1')).toEqual(['Atkinson Hyperlegible']);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the text is drawn in Atkinson Hyperlegible', async ({ page }) => {
      await page.goto('/surgery/');
      await expect.poll(() => drawnIn(page, 'main section p')).toEqual(['Atkinson Hyperlegible']);
    });
  });
});

test.describe('settings', () => {
  test('changes apply at once, are remembered, and Reset goes back to the defaults', async ({ page }) => {
    await page.goto('/settings/');
    await page.getByRole('radio', { name: 'Yellow on black' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'yellow');
    await page.getByRole('radio', { name: 'Largest (twice the standard size)' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
    await page.getByRole('radio', { name: 'Wide' }).check();
    await page.getByRole('radio', { name: 'Box around the sentence' }).check();
    await page.goto('/surgery/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'yellow');
    await expect(page.locator('html')).toHaveAttribute('data-spacing', 'wide');
    await expect(page.locator('html')).toHaveAttribute('data-highlight', 'box');
    await page.goto('/settings/');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'cream');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '1');
    await expect(page.getByRole('radio', { name: 'Follow my device' })).toBeChecked();
  });

  test('every page has the display settings in a panel under the header, applied at once', async ({ page }) => {
    await page.goto('/ablation/');
    const toggle = page.getByRole('button', { name: 'Text size and colours' });
    const panel = page.locator('#display-panel-root');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await panel.getByRole('radio', { name: 'Very large' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '1.5');
    await panel.getByRole('radio', { name: 'Black on white' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'white');
    expect(await axeProblems(page)).toEqual([]);
    await toggle.press('Enter');
    await expect(panel).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.goto('/settings/');
    await expect(page.getByRole('radio', { name: 'Very large' })).toBeChecked();
    await expect(page.locator('.display-panel')).toHaveCount(0);
  });

  test('the display panel opens at once, even before the page script has arrived', async ({ page }) => {
    // Held back, as on a slow connection: only the inline pre-paint script is running.
    await page.route(/\/assets\/main-.*\.js$/, (route) => route.abort());
    await page.goto('/surgery/');
    const toggle = page.getByRole('button', { name: 'Text size and colours' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#display-panel-root')).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#display-panel-root')).toBeHidden();
  });

  test('saved settings apply before first paint, without the page script', async ({ page }) => {
    await useSettings(page, { theme: 'dark', textSize: 1.5 });
    // Block the app's module script: only the small inline pre-paint script can have applied the settings.
    await page.route(/\/assets\/main-.*\.js$/, (route) => route.abort());
    await page.goto('/surgery/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main section p')!).fontSize))).toBe(36);
  });

  test('a first visit follows the device: dark mode gives white on black, more contrast gives black on white', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'white');
  });

  test('the first paint already follows the device, from the stylesheet alone', async ({ page }) => {
    // Block the app's module script: only the stylesheet's media queries can pick these colours.
    await page.route(/\/assets\/main-.*\.js$/, (route) => route.abort());
    const colours = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        return [style.backgroundColor, style.color, document.documentElement.dataset.theme ?? 'none'];
      });
    const cases = [
      { media: { colorScheme: 'light', contrast: 'no-preference' }, expected: ['rgb(255, 251, 234)', 'rgb(17, 17, 17)', 'none'] },
      { media: { colorScheme: 'dark', contrast: 'no-preference' }, expected: ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'none'] },
      { media: { colorScheme: 'light', contrast: 'more' }, expected: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'none'] },
      { media: { colorScheme: 'dark', contrast: 'more' }, expected: ['rgb(0, 0, 0)', 'rgb(255, 255, 0)', 'none'] },
    ] as const;
    for (const { media, expected } of cases) {
      await page.emulateMedia(media);
      await page.goto('/surgery/');
      expect(await colours(), JSON.stringify(media)).toEqual(expected);
    }
    // A chosen theme wins over the device, also before the app script.
    await useSettings(page, { theme: 'cream' });
    await page.goto('/surgery/');
    expect(await colours()).toEqual(['rgb(255, 251, 234)', 'rgb(17, 17, 17)', 'cream']);
  });

  test('reduced motion turns off smooth scrolling and animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/surgery/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });
});
