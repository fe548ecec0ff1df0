import { expect, test, type Page } from '@playwright/test';
import { waitForServiceWorker } from './service-worker';
import { useFakeSpeech } from './speech-fixture';

// Headless Chromium has no voices of its own, so these tests hear the real built-in voice.

/** Records every play() of an audio element and the sentences highlighted over time. */
async function watchAudio(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __plays: string[] };
    w.__plays = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      w.__plays.push(this.src);
      return play.call(this);
    };
  });
}

/**
 * Records, in each page opened after this, each sentence highlighted in turn: every change of the highlight is
 * seen, however briefly it lasts.
 */
async function watchHighlight(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __highlighted: string[] };
    w.__highlighted = [];
    const look = () => {
      const text = document.querySelector('.s.is-reading')?.textContent;
      if (text && w.__highlighted.at(-1) !== text) w.__highlighted.push(text);
    };
    document.addEventListener('DOMContentLoaded', () => {
      look();
      new MutationObserver(look).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['class'],
        childList: true,
        characterData: true,
      });
    });
  });
}

/** The first `count` sentences highlighted on the page, once that many have been (see watchHighlight). */
async function highlightedSequence(page: Page, count: number): Promise<string[]> {
  const highlighted = () => page.evaluate(() => (window as unknown as { __highlighted: string[] }).__highlighted);
  await expect.poll(async () => (await highlighted()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
  return (await highlighted()).slice(0, count);
}

async function sentencesFrom(page: Page, anchor: string): Promise<string[]> {
  return page.evaluate((a) => {
    const all = [...document.querySelectorAll<HTMLElement>('article [data-s]')];
    const first = document.querySelector<HTMLElement>(`section[data-section="${a}"] [data-s]`)!;
    return all.slice(all.indexOf(first)).map((el) => el.textContent!);
  }, anchor);
}

test.describe('the built-in voice', () => {
  test.beforeEach(({ page }) => watchHighlight(page));

  test('with no device voices, Listen plays audio through one audio element, with lock-screen details', async ({ page }) => {
    await watchAudio(page);
    await page.goto('/ablation/');
    const expected = await sentencesFrom(page, 'how-it-works');
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    // The highlight follows the audio, sentence by sentence, in order.
    const seen = await highlightedSequence(page, 3);
    expect(seen).toEqual(expected.slice(0, 3));
    const plays = await page.evaluate(() => (window as unknown as { __plays: string[] }).__plays);
    expect(plays.length).toBeGreaterThanOrEqual(3);
    expect(plays.every((src) => src.startsWith('blob:'))).toBe(true);
    const session = await page.evaluate(() => ({
      title: navigator.mediaSession.metadata?.title,
      artist: navigator.mediaSession.metadata?.artist,
      album: navigator.mediaSession.metadata?.album,
      artwork: navigator.mediaSession.metadata?.artwork.length,
      state: navigator.mediaSession.playbackState,
    }));
    expect(session).toEqual({
      title: 'How it works',
      artist: 'Bone Metastasis Treatment Guide',
      album: 'Ablation',
      artwork: 2,
      state: 'playing',
    });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused');
  });

  test('at the end of a page, "Listen to the next page" plays the next page: the tap carries over to it', async ({ page }) => {
    // Chromium lets an audio element play on a page not yet tapped only when the tap was on the page before it
    // (a direct visit is refused with NotAllowedError).
    await watchAudio(page);
    await page.goto('/surgery/');
    // The page's last sentence, so that it is read to its end within the test.
    await page.locator('article [data-s]').last().click();
    await page.getByRole('link', { name: 'Listen to the next page: Ablation' }).click({ timeout: 30_000 });
    await expect(page).toHaveURL(/\/ablation\/$/);
    const expected = [await page.locator('h1').innerText(), ...(await sentencesFrom(page, 'introduction'))];
    expect(await highlightedSequence(page, 2)).toEqual(expected.slice(0, 2));
    expect((await page.evaluate(() => (window as unknown as { __plays: string[] }).__plays)).length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState)).toBe('playing');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  });

  test('word highlighting follows the audio', async ({ page }) => {
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    await expect(page.locator('.s.is-reading')).toHaveText('How it works', { timeout: 30_000 });
    // The page samples the highlighted word every 20 ms itself: a round trip per sample from the test could
    // miss a word that lasts a quarter of a second when the machine is busy.
    await page.evaluate(() => {
      const w = window as unknown as { __words: Set<string> };
      w.__words = new Set();
      const highlights = (CSS as unknown as { highlights: Map<string, { values(): IterableIterator<Range> }> }).highlights;
      setInterval(() => {
        const highlight = highlights.get('reading-word');
        const word = highlight ? [...highlight.values()][0]?.toString() : undefined;
        if (word) w.__words.add(word);
      }, 20);
    });
    const words = () => page.evaluate(() => [...(window as unknown as { __words: Set<string> }).__words]);
    await expect.poll(async () => (await words()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  });

  test('the voice picker offers the built-in voice by name, and choosing it is used for reading', async ({ page }) => {
    await page.goto('/settings/');
    const select = page.getByRole('combobox', { name: 'Voice' });
    await select.selectOption({ label: 'Built-in voice — works offline, keeps playing with the screen locked' });
    await page.goto('/ablation/');
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect(page.locator('.s.is-reading')).toHaveText('Ablation');
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.metadata?.album), { timeout: 30_000 }).toBe('Ablation');
  });

  test('after one visit, it works offline too', async ({ page, context }) => {
    await page.goto('/ablation/');
    await waitForServiceWorker(page);
    // First use online: the service worker keeps the voice's files.
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    await highlightedSequence(page, 2);
    await page.getByRole('button', { name: 'Stop' }).click();
    await context.setOffline(true);
    await page.reload();
    const expected = await sentencesFrom(page, 'possible-side-effects');
    await page.getByRole('button', { name: 'Listen to Possible side effects' }).click();
    expect(await highlightedSequence(page, 2)).toEqual(expected.slice(0, 2));
  });

  test('a device with voices of its own stores the built-in voice too, so it can be chosen offline', async ({ page, context }) => {
    await useFakeSpeech(page);
    await page.goto('/ablation/');
    await waitForServiceWorker(page);
    // Never used, yet stored in the background after the first visit.
    const stored = () =>
      page.evaluate(async () => (await (await caches.open('built-in-voice')).keys()).map((r) => new URL(r.url).pathname));
    await expect.poll(stored, { timeout: 30_000 }).toHaveLength(2);
    await context.setOffline(true);
    await page.goto('/settings/');
    await page
      .getByRole('combobox', { name: 'Voice' })
      .selectOption({ label: 'Built-in voice — works offline, keeps playing with the screen locked' });
    await page.goto('/ablation/');
    const expected = await sentencesFrom(page, 'how-it-works');
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    expect(await highlightedSequence(page, 2)).toEqual(expected.slice(0, 2));
  });
});
