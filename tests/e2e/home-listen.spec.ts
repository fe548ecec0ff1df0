import { expect, test, type Page } from '@playwright/test';
import { contentPages } from './routes';
import { speechLog, spokenFor, useFakeSpeech } from './speech-fixture';

// Listening from the home page: the page itself, and the whole guide page after page. No service worker here: its
// "ready to use offline" message can join a reading message in the status region.
test.use({ serviceWorkers: 'block' });

const [first, second] = contentPages;
const WHOLE_GUIDE_KEY = 'bmg.whole-guide';

/** Records, in order, the text of each sentence as the highlight reaches it, from before the page's own scripts run. */
async function recordHighlights(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __highlights: string[] }).__highlights = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as HTMLElement;
        if (element.classList.contains('is-reading') && !(record.oldValue ?? '').includes('is-reading')) {
          seen.push((element.textContent ?? '').replace(/\s+/g, ' ').trim());
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
  });
}

/** The displayed text of every sentence on the page that Listen reads, in page order. */
function shownSentences(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-page] [data-s]')].map((element) => element.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

/** Reads the rest of the page quickly: a tap on its last sentence reads from there. */
async function readToTheEnd(page: Page): Promise<void> {
  await page.locator('article [data-s]').last().click();
}

test("Listen on the home page reads its heading and introduction, then each page's title and summary in order, the highlight following", async ({
  page,
}) => {
  await useFakeSpeech(page, { msPerChar: 1 });
  await recordHighlights(page);
  await page.goto('/');
  const shown = await shownSentences(page);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect(page.getByRole('status')).toHaveText('Finished reading Home', { timeout: 20_000 });
  const { ended } = await speechLog(page);
  expect(ended).toEqual(shown.map(spokenFor));
  // The heading, then the introduction's first words.
  expect(shown[0]).toBe(await page.locator('h1').innerText());
  expect(shown[1]).toMatch(/^This guide explains/);
  // Each page in the list: its title, then its summary, in the order the list shows them.
  const titles = await page.locator('.contents-link').allInnerTexts();
  expect(titles.length).toBeGreaterThan(8);
  const summaries = await page.locator('.contents-summary').allInnerTexts();
  const positions = titles.map((title) => shown.indexOf(title.trim()));
  expect(positions.every((position, index) => position > (positions[index - 1] ?? 1))).toBe(true);
  titles.forEach((title, index) =>
    expect(shown.slice(positions[index]! + 1).join(' ')).toMatch(
      new RegExp(`^${summaries[index]!.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    ),
  );
  // The highlight went to each sentence as it was spoken, and to no other.
  const highlights = await page.evaluate(() => (window as unknown as { __highlights: string[] }).__highlights);
  expect(highlights).toEqual(shown);
  // Listening to the home page does not take the place of the saved place in the guide.
  expect(await page.evaluate(() => localStorage.getItem('bmg.position'))).toBeNull();
});

test('"Listen to the whole guide" reads the first page, then goes on to the next page by itself', async ({ page }) => {
  // Refusing speech on a page not yet tapped, as Chromium on phones does: the next page must still read by itself.
  // Slow enough that the next page is still being read when it is checked.
  await useFakeSpeech(page, { msPerChar: 20, requireActivation: true });
  await page.goto('/');
  await page.getByRole('link', { name: 'Listen to the whole guide' }).click();
  await expect(page).toHaveURL(new RegExp(`/${first!.id}/$`));
  await expect.poll(async () => (await speechLog(page)).started[0], { timeout: 15_000 }).toBe(spokenFor(first!.title));
  const player = page.getByRole('region', { name: 'Read aloud' });
  await expect(player.locator('.player__now-text')).toContainText(`Reading the whole guide: ${first!.title}`);
  await readToTheEnd(page);
  await expect(page).toHaveURL(new RegExp(`/${second!.id}/$`), { timeout: 15_000 });
  await expect.poll(async () => (await speechLog(page)).started[0], { timeout: 15_000 }).toBe(spokenFor(second!.title));
  await expect(player.locator('.player__now-text')).toContainText(`Reading the whole guide: ${second!.title}`);
  await expect(page.getByRole('status')).toHaveText(`Reading the whole guide: ${second!.title}`);
});

/** Opens the home page and taps "Listen to the whole guide"; the guide's first page then reads from its top. */
async function listenToTheWholeGuide(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Listen to the whole guide' }).click();
  await expect(page).toHaveURL(new RegExp(`/${first!.id}/$`));
  await expect.poll(async () => (await speechLog(page)).started.length).toBeGreaterThan(0);
}

test('after a reload, "Continue listening" goes back to the sentence in the whole guide, which then goes on by itself', async ({
  page,
}) => {
  // Slow enough that the page's second sentence is still being read when the page is reloaded.
  await useFakeSpeech(page, { msPerChar: 50 });
  await listenToTheWholeGuide(page);
  await expect.poll(async () => (await speechLog(page)).started.length).toBe(2);
  const reading = await page.locator('.s.is-reading').innerText();
  expect(spokenFor(reading.trim())).toBe((await speechLog(page)).started[1]);
  await page.reload();
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(`^Continue listening: ${first!.title}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/${first!.id}/#continue-listening$`));
  await expect(page.locator('.s.is-reading')).toHaveText(reading);
  const player = page.getByRole('region', { name: 'Read aloud' });
  await expect(player.locator('.player__now-text')).toContainText(`Whole guide paused: ${first!.title}`);
  await player.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => (await speechLog(page)).started[0]).toBe(spokenFor(reading.trim()));
  await expect(player.locator('.player__now-text')).toContainText(`Reading the whole guide: ${first!.title}`);
  await readToTheEnd(page);
  await expect(page).toHaveURL(new RegExp(`/${second!.id}/$`), { timeout: 15_000 });
  await expect(player.locator('.player__now-text')).toContainText(`the whole guide: ${second!.title}`);
});

test('Stop ends the whole guide: the page read to its end then stays where it is', async ({ page }) => {
  await useFakeSpeech(page, { msPerChar: 20 });
  await listenToTheWholeGuide(page);
  const player = page.getByRole('region', { name: 'Read aloud' });
  await player.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('status')).toHaveText('Stopped reading the whole guide');
  expect(await page.evaluate((key) => localStorage.getItem(key), WHOLE_GUIDE_KEY)).toBeNull();
  await readToTheEnd(page);
  await expect(page.getByRole('status')).toHaveText(`Finished reading ${first!.title}. Next page: ${second!.title}`, { timeout: 15_000 });
  await expect(player.getByRole('link', { name: `Listen to the next page: ${second!.title}` })).toBeVisible();
  await expect(player.locator('.player__now-text')).toContainText(/^Finished: /);
  await expect(player.locator('.player__now-text')).not.toContainText('whole guide');
  await expect(page).toHaveURL(new RegExp(`/${first!.id}/$`));
});
