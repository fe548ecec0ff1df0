import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { speechLog, spokenFor, useFakeSpeech } from './speech-fixture';

// What a screen reader says as a person moves through each page from start to end, with the page's own scripts
// running: Guidepup's Virtual Screen Reader walks the built page in Chromium and logs each spoken phrase, live-region
// announcements included ("polite: Paused"). https://www.guidepup.dev/docs/virtual

const require = createRequire(import.meta.url);
/** The package's browser build, an ES module served at the page's own origin: the page's policy allows only 'self'. */
const SCREEN_READER_SOURCE = readFileSync(require.resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');
const SCREEN_READER_URL = '/__virtual-screen-reader.js';

/** The part of the Virtual Screen Reader that these tests use, as it is reached from inside the page. */
interface VirtualScreenReader {
  start(options: { container: Node }): Promise<void>;
  next(): Promise<void>;
  perform(command: unknown): Promise<void>;
  commands: Record<string, unknown>;
  stop(): Promise<void>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
}
type ScreenReaderWindow = Window & { screenReader: VirtualScreenReader };

const LANDMARK = /^(banner|navigation|main|complementary|contentinfo|region|search|form)(, .+)?$/;
/** The line the screen reader says on entering the read-aloud player. */
const PLAYER = 'region, Read aloud';

/** Serves the screen reader to the page and fakes the device voice; call before the page loads. */
async function prepare(page: Page): Promise<void> {
  // Reading moves on within a second or two, and without word boundaries the page changes only once a sentence:
  // the screen reader looks again at every change, which slows everything else while a page is read.
  await useFakeSpeech(page, { msPerChar: 20, boundaries: false });
  await page.route(`**${SCREEN_READER_URL}`, (route) => route.fulfill({ body: SCREEN_READER_SOURCE, contentType: 'text/javascript' }));
}

/** Opens a page, waits for its scripts to finish drawing it, and starts the screen reader on the whole page. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // The later sections are laid out when the browser is idle after load (src/layout/full-layout.ts); on a page with
  // an article the reading code has labelled its sentences.
  await expect(page.locator('html')).toHaveAttribute('data-laid-out', 'true');
  if ((await page.locator('article[data-page]').count()) > 0) await expect(page.locator('article [data-s]').first()).toBeAttached();
  await startScreenReader(page);
}

/** Starts the screen reader on the whole page, at its top, with an empty transcript. */
async function startScreenReader(page: Page): Promise<void> {
  await page.evaluate(async (url) => {
    const { virtual } = (await import(url)) as { virtual: VirtualScreenReader };
    (window as unknown as ScreenReaderWindow).screenReader = virtual;
    await virtual.start({ container: document.body });
  }, SCREEN_READER_URL);
}

/** Stops the screen reader; returns everything it said. */
function stopScreenReader(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const reader = (window as unknown as ScreenReaderWindow).screenReader;
    const heard = await reader.spokenPhraseLog();
    await reader.stop();
    return heard;
  });
}

/** Moves the screen reader on, item by item, until it says `last`; returns what it said, from the item it was on. */
function readOn(page: Page, last: string): Promise<string[]> {
  return page.evaluate(async (until) => {
    const reader = (window as unknown as ScreenReaderWindow).screenReader;
    const from = (await reader.spokenPhraseLog()).length - 1;
    for (let step = 0; step < 5000 && (await reader.lastSpokenPhrase()) !== until; step++) await reader.next();
    return (await reader.spokenPhraseLog()).slice(from);
  }, last);
}

/** Everything the screen reader has said since it started, announcements included. */
function transcript(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as ScreenReaderWindow).screenReader.spokenPhraseLog());
}

/** The live-region announcements in a transcript, in order; not the emptying of the region, which says nothing. */
const announcements = (lines: readonly string[]) => lines.filter((line) => /^(polite|assertive): \S/.test(line));

/** The page's headings as the page has them: "heading, Name, level N", in document order. */
function pageHeadings(page: Page): Promise<string[]> {
  return page
    .locator('h1, h2, h3, h4, h5, h6')
    .filter({ visible: true })
    .evaluateAll((hs) => hs.map((h) => `heading, ${(h.textContent ?? '').replace(/\s+/g, ' ').trim()}, level ${h.tagName[1]}`));
}

/** The names of the buttons in an accessibility snapshot (Playwright's own reading of the page), in order. */
async function buttonNames(scope: Locator): Promise<string[]> {
  const snapshot = await scope.ariaSnapshot();
  return [...snapshot.matchAll(/^\s*- button "((?:[^"\\]|\\.)*)"/gm)].map((match) => JSON.parse(`"${match[1]}"`) as string);
}

/**
 * Checks that the screen reader says each button by its full name, in order: "button, Listen to How it works", with
 * only its state or shortcut after the name ("button, Pause, key shortcuts K").
 */
function expectButtons(lines: readonly string[], names: readonly string[]): void {
  const said = lines.filter((line) => line.startsWith('button, '));
  expect(
    said.map((line, i) => (line === `button, ${names[i]}` || line.startsWith(`button, ${names[i]}, `) ? `button, ${names[i]}` : line)),
  ).toEqual(names.map((name) => `button, ${name}`));
}

/** The lines of a transcript said outside every landmark, apart from the document's own start and end. */
function outsideLandmarks(lines: readonly string[]): string[] {
  let depth = 0;
  const outside: string[] = [];
  for (const line of lines) {
    if (LANDMARK.test(line)) depth++;
    else if (line.startsWith('end of ') && LANDMARK.test(line.slice('end of '.length))) depth--;
    else if (depth === 0 && line !== 'document' && line !== 'end of document' && !/^(polite|assertive): /.test(line)) outside.push(line);
  }
  return outside;
}

/**
 * Checks a walk through a whole page: the four landmarks, no content outside a landmark but the skip link, every
 * heading in the page's order, and every button by its full name, in order.
 */
async function expectWholePage(page: Page, walk: readonly string[]): Promise<void> {
  expect(walk[0]).toBe('document');
  expect(walk.at(-1)).toBe('end of document');
  for (const landmark of ['banner', 'navigation, Main', 'main', 'contentinfo']) expect(walk).toContain(landmark);
  // The skip link comes before the header so it is the first Tab stop (tests/e2e/pages.spec.ts).
  expect(outsideLandmarks(walk)).toEqual(['link, Skip to main content']);
  const headings = await pageHeadings(page);
  expect(headings.length).toBeGreaterThan(0);
  expect(walk.filter((line) => line.startsWith('heading, '))).toEqual(headings);
  expectButtons(walk, await buttonNames(page.locator('body')));
  // The page has exactly one live region: the app's polite status line.
  await expect(page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');
}

/**
 * The sentences of the page the voice has spoken, as displayed, and the live-region announcements that hold one. The
 * only such announcement allowed names the section about to be read ("Reading: How it works") as its title is read.
 */
async function spokenTextInAnnouncements(page: Page, lines: readonly string[]): Promise<{ spoken: string[]; leaks: string[] }> {
  const { started } = await speechLog(page);
  const sentences = await page
    .locator('[data-s]')
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const titles = new Set((await pageHeadings(page)).map((line) => line.replace(/^heading, (.*), level \d$/, '$1')));
  const spoken = [...new Set(sentences.filter((sentence) => started.includes(spokenFor(sentence))))];
  const leaks = announcements(lines).filter((line) =>
    spoken.some((sentence) => line.includes(sentence) && !(titles.has(sentence) && line === `polite: Reading: ${sentence}`)),
  );
  return { spoken, leaks };
}

test.describe('what a screen reader hears', () => {
  // No service worker: its "ready to use offline" message would join the reading messages in the status line.
  test.use({ serviceWorkers: 'block' });

  test('the home page: landmarks, every heading in order and every button by its full name', async ({ page }) => {
    await prepare(page);
    await open(page, '/');
    const walk = await readOn(page, 'end of document');
    await test.info().attach('transcript', { body: walk.join('\n'), contentType: 'text/plain' });
    await expectWholePage(page, walk);
    expect(walk).toContain('heading, Treatments for cancer that has spread to the bone, level 1');
    expect(announcements(walk)).toEqual([]);
  });

  test('a treatment page, then its player: one announcement as reading starts, pauses, plays and stops, never the words being read', async ({
    page,
  }) => {
    await prepare(page);
    await open(page, '/radiation-therapy/');
    const walk = await readOn(page, 'end of document');
    await expectWholePage(page, walk);
    // Each section's Listen button says which section it reads.
    const sections = await page.locator('section[data-section] h2').allTextContents();
    expect(sections.length).toBeGreaterThan(2);
    for (const title of sections) expect(walk).toContain(`button, Listen to ${title.trim()}`);
    expect(walk).toContain('button, Listen to this page');
    // The player is not there until reading starts.
    expect(walk).not.toContain(PLAYER);

    const player = page.getByRole('region', { name: 'Read aloud' });
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    // Past the section's heading: the voice is reading its first sentence of running text.
    await expect.poll(async () => (await speechLog(page)).started.length).toBeGreaterThanOrEqual(2);
    await player.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('status')).toHaveText('Paused');

    // A screen-reader user jumps from the end of the page to the previous landmark: the player, then reads it.
    await page.evaluate(async () => {
      const reader = (window as unknown as ScreenReaderWindow).screenReader;
      await reader.perform(reader.commands.moveToPreviousLandmark);
    });
    expect((await transcript(page)).at(-1)).toBe(PLAYER);
    const playerWalk = await readOn(page, `end of ${PLAYER}`);
    expectButtons(playerWalk, await buttonNames(player));
    expect(playerWalk).toEqual(
      expect.arrayContaining(['button, Play, key shortcuts K', 'button, Stop, key shortcuts Escape', 'link, Voice']),
    );
    expect(playerWalk.some((line) => /^slider, Speed\b.*Normal speed/.test(line))).toBe(true);
    // What is being read, and where, in whole phrases.
    expect(playerWalk).toEqual(expect.arrayContaining(['Paused:', 'How it works', expect.stringMatching(/^\(sentence \d+ of \d+\)$/)]));
    expect(outsideLandmarks(playerWalk)).toEqual([]);

    await player.getByRole('button', { name: 'Play' }).click();
    const before = (await speechLog(page)).started.length;
    await expect.poll(async () => (await speechLog(page)).started.length).toBeGreaterThan(before);
    await player.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('status')).toHaveText('Stopped');
    await expect(player).toHaveCount(0);
    // Focus, which was on Stop, is not lost with the player: it is on the Listen button of the section being read.
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Listen to /);
    // The page once more from the top, now that the player has gone.
    await page.evaluate(async () => {
      const reader = (window as unknown as ScreenReaderWindow).screenReader;
      await reader.perform(reader.commands.moveToPreviousBanner);
    });
    const after = await readOn(page, 'end of document');
    expect(after).not.toContain(PLAYER);
    // The status line, now holding its last message, is read inside the footer's landmark.
    expect(outsideLandmarks(after)).toEqual([]);
    expect(after.slice(after.indexOf('contentinfo'), after.indexOf('end of contentinfo'))).toEqual(
      expect.arrayContaining(['status', 'Stopped', 'end of status']),
    );

    const heard = await transcript(page);
    await test.info().attach('transcript', { body: heard.join('\n'), contentType: 'text/plain' });
    expect(announcements(heard)).toEqual([
      'polite: Reading: How it works',
      'polite: Paused',
      'polite: Reading: How it works',
      'polite: Stopped',
    ]);
    const { spoken, leaks } = await spokenTextInAnnouncements(page, heard);
    expect(spoken.length).toBeGreaterThanOrEqual(3);
    expect(leaks).toEqual([]);
  });

  test('the urgent page, and its player with the keyboard alone: Tab to Listen, Enter, Tab to Pause, Space', async ({ page }) => {
    await prepare(page);
    await open(page, '/get-help-now/');
    const walk = await readOn(page, 'end of document');
    await test.info().attach('transcript', { body: walk.join('\n'), contentType: 'text/plain' });
    await expectWholePage(page, walk);
    const sections = await page.locator('section[data-section] h2').allTextContents();
    for (const title of sections) expect(walk).toContain(`button, Listen to ${title.trim()}`);

    const title = (await page.locator('h1').innerText()).trim();
    const player = page.getByRole('region', { name: 'Read aloud' });
    const listen = page.getByRole('button', { name: 'Listen to this page' });
    await tabUntilFocused(page, listen);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(`Reading: ${title}`);
    await expect.poll(async () => (await speechLog(page)).started.length).toBeGreaterThanOrEqual(2);
    // The screen reader follows focus and computes what it would say at each Tab stop, which makes each press slow
    // while the page changes as it is read; it is off for the Tabs to the player, and on again to hear Pause.
    const whileStarting = await stopScreenReader(page);
    await tabUntilFocused(page, player.getByRole('button', { name: 'Pause' }));
    await startScreenReader(page);
    await page.keyboard.press('Space');
    await expect(page.getByRole('status')).toHaveText('Paused');
    await expect(player.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
    expect((await speechLog(page)).speaking).toBe(false);

    expect(announcements(whileStarting)).toEqual([`polite: Reading: ${title}`]);
    await expect.poll(async () => announcements(await transcript(page))).toEqual(['polite: Paused']);
    const whilePausing = await transcript(page);
    expect((await spokenTextInAnnouncements(page, [...whileStarting, ...whilePausing])).leaks).toEqual([]);
  });

  test('the Settings page: landmarks, every heading in order and every button by its full name', async ({ page }) => {
    await prepare(page);
    await open(page, '/settings/');
    const walk = await readOn(page, 'end of document');
    await test.info().attach('transcript', { body: walk.join('\n'), contentType: 'text/plain' });
    await expectWholePage(page, walk);
    expect(walk).toEqual(expect.arrayContaining(['group, Text size', 'region, Reading voice', 'button, Reset to defaults']));
    expect(announcements(walk)).toEqual([]);
  });
});

/** Presses Tab until the element has focus, as a keyboard user would; fails if it is never reached. */
async function tabUntilFocused(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  const handle = await target.elementHandle();
  for (let press = 0; press < maxPresses; press++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}
