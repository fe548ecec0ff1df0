import { expect, test, type Page } from '@playwright/test';
import { axeProblems } from './axe';
import { speechLog, spokenFor, useFakeSpeech } from './speech-fixture';

/** The displayed sentences from a section's heading to the end of the page, in reading order. */
async function sentencesFrom(page: Page, sectionAnchor: string): Promise<string[]> {
  return page.evaluate((anchor) => {
    const all = [...document.querySelectorAll<HTMLElement>('article [data-s]')];
    const first = document.querySelector(`section[data-section="${anchor}"] [data-s]`)!;
    return all.slice(all.indexOf(first as HTMLElement)).map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
  }, sectionAnchor);
}

test.describe('reading aloud with a device voice', () => {
  // No service worker here: its "ready to use offline" message can arrive with a reading message and join it
  // in the status region, which made the exact-status checks below flaky under load.
  test.use({ serviceWorkers: 'block' });
  test('Listen reads the section and then the rest of the page, in order', async ({ page }) => {
    await useFakeSpeech(page, { msPerChar: 1 });
    await page.goto('/ablation/');
    const expected = (await sentencesFrom(page, 'possible-side-effects')).map(spokenFor);
    await page.getByRole('button', { name: 'Listen to Possible side effects' }).click();
    await expect.poll(async () => (await speechLog(page)).ended.length, { timeout: 15_000 }).toBe(expected.length);
    expect((await speechLog(page)).ended).toEqual(expected);
    await expect(page.getByRole('status')).toHaveText('Finished reading Ablation. Next page: Nerve-end ablation with focused ultrasound');
  });

  test('at the end of a page, "Listen to the next page" reads the next page from its top', async ({ page }) => {
    // Refusing speech on a page not yet tapped, as Chromium on phones does: the tap on the link must carry over.
    await useFakeSpeech(page, { msPerChar: 1, requireActivation: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Listen to Who it may help' }).click();
    const next = page.getByRole('link', { name: 'Listen to the next page: Ablation' });
    await next.click();
    await expect(page).toHaveURL(/\/ablation\/$/);
    // The page's title first, then its first sentence.
    const expected = [await page.locator('h1').innerText(), ...(await sentencesFrom(page, 'introduction'))].map(spokenFor);
    await expect.poll(async () => (await speechLog(page)).started.slice(0, 2), { timeout: 15_000 }).toEqual(expected.slice(0, 2));
    // Focus is on the player, where it was on the page before, so Pause is one key away.
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  });

  test('once a page is read, "Continue listening" offers the next page from its top', async ({ page }) => {
    await useFakeSpeech(page, { msPerChar: 1 });
    await page.goto('/surgery/');
    await page.locator('article [data-s]').last().click();
    await expect(page.getByRole('link', { name: 'Listen to the next page: Ablation' })).toBeVisible({ timeout: 15_000 });
    await page.goto('/');
    await page.getByRole('link', { name: 'Continue listening: Ablation', exact: true }).click();
    await expect(page).toHaveURL(/\/ablation\/#continue-listening$/);
    // The saved place is the title's own id there (worked out before the page was seen), not a fallback to the top.
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('bmg.position')!).sentenceId);
    await expect(page.locator('h1 [data-s]')).toHaveAttribute('data-s', saved);
    await expect(page.locator('.s.is-reading')).toHaveText('Ablation');
    await expect(page.getByRole('region', { name: 'Read aloud' }).getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('the highlighted sentence is the one being spoken, and the status never holds it', async ({ page }) => {
    await useFakeSpeech(page, { msPerChar: 40 });
    await page.goto('/ablation/');
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    // Start from the second sentence: the first is the page title, which the status names on purpose.
    // Each check reads the log and the page together and retries, because the next sentence may start in between.
    const agreed = new Set<string>();
    for (let i = 1; i < 4; i++) {
      await expect.poll(async () => (await speechLog(page)).started.length).toBeGreaterThan(i);
      await expect
        .poll(async () => {
          const { started } = await speechLog(page);
          const highlighted = (await page.locator('.s.is-reading').innerText()).replace(/\s+/g, ' ').trim();
          const status = await page.locator('#app-status').innerText();
          if (status.includes(highlighted)) return 'status holds the spoken text';
          if (spokenFor(highlighted) !== started.at(-1)) return 'highlight differs from speech';
          agreed.add(highlighted);
          return 'agree';
        })
        .toBe('agree');
    }
    expect(agreed.size).toBeGreaterThanOrEqual(2);
    await expect(page.locator('.s.is-reading')).toHaveCount(1);
  });

  test('Pause stops speech and Play continues from the same sentence', async ({ page }) => {
    // The page's clock, so that the test can move it on without waiting.
    await page.clock.install();
    await useFakeSpeech(page, { msPerChar: 60 });
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    const player = page.getByRole('region', { name: 'Read aloud' });
    await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
    // Paused in the middle of a sentence.
    await expect.poll(async () => (await speechLog(page)).speaking).toBe(true);
    await player.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('status')).toHaveText('Paused');
    // The sentence cut off by Pause, read after it: a sentence read before the click may have ended by the time
    // the click lands on a busy machine.
    const paused = await speechLog(page);
    const current = paused.started.at(-1);
    expect(current).toBeTruthy();
    expect(paused.speaking).toBe(false);
    // Half a second on the page's clock, every timer due in it run: nothing starts.
    await page.clock.runFor(500);
    expect((await speechLog(page)).started.length).toBe(paused.started.length);
    await player.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await speechLog(page)).started.length).toBe(paused.started.length + 1);
    expect((await speechLog(page)).started.at(-1)).toBe(current);
  });

  test('Next and Previous move by one sentence', async ({ page }) => {
    // Slow enough that no sentence ends on its own between a check and the next click, even on a busy machine
    // (at 80 ms a character the heading ended first there).
    await useFakeSpeech(page, { msPerChar: 300 });
    await page.goto('/surgery/');
    const sentences = (await sentencesFrom(page, 'how-it-works')).map(spokenFor);
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    const player = page.getByRole('region', { name: 'Read aloud' });
    await expect.poll(async () => (await speechLog(page)).started.at(-1)).toBe(sentences[0]);
    await player.getByRole('button', { name: 'Next sentence' }).click();
    await expect.poll(async () => (await speechLog(page)).started.at(-1)).toBe(sentences[1]);
    await player.getByRole('button', { name: 'Next sentence' }).click();
    await expect.poll(async () => (await speechLog(page)).started.at(-1)).toBe(sentences[2]);
    await player.getByRole('button', { name: 'Previous sentence' }).click();
    await expect.poll(async () => (await speechLog(page)).started.at(-1)).toBe(sentences[1]);
    await player.getByRole('button', { name: 'Next section' }).click();
    await expect(page.locator('.s.is-reading')).toHaveText('What to expect');
  });

  test('the speed slider changes the rate of what is spoken, and says the speed in words', async ({ page }) => {
    await useFakeSpeech(page, { msPerChar: 60 });
    await page.goto('/ablation/');
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    const slider = page.getByRole('slider', { name: 'Speed' });
    await expect(slider).toHaveAttribute('aria-valuetext', 'Normal speed');
    await expect(slider).toHaveAttribute('min', '0.5');
    await expect(slider).toHaveAttribute('max', '2');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '1.25 times normal speed');
    await expect.poll(async () => (await speechLog(page)).spoken.at(-1)!.rate).toBe(1.25);
  });

  test('speed and reading place survive a reload; the home page offers to continue', async ({ page }) => {
    // Slow enough that the sentence read below is still the one being read when the page is left.
    await useFakeSpeech(page, { msPerChar: 300 });
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Listen to What to expect' }).click();
    const slider = page.getByRole('slider', { name: 'Speed' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', '0.75 times normal speed');
    // The sentence has started again at the new speed, and the speed and the place are saved.
    await expect
      .poll(async () => {
        const last = (await speechLog(page)).spoken.at(-1);
        const saved = await page.evaluate(() => ({
          rate: JSON.parse(localStorage.getItem('bmg.listening') ?? 'null')?.rate,
          here:
            JSON.parse(localStorage.getItem('bmg.position') ?? 'null')?.sentenceId ===
            document.querySelector<HTMLElement>('.s.is-reading')?.dataset.s,
        }));
        return { spokenAt: last?.rate, ...saved };
      })
      .toEqual({ spokenAt: 0.75, rate: 0.75, here: true });
    const reading = (await page.locator('.s.is-reading').innerText()).trim();
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Continue listening: Surgery, What to expect' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/surgery\/#continue-listening$/);
    await expect(page.locator('.s.is-reading')).toHaveText(reading);
    const player = page.getByRole('region', { name: 'Read aloud' });
    await player.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await speechLog(page)).spoken.at(-1)).toMatchObject({ text: spokenFor(reading), rate: 0.75 });
  });

  test('a whole section can be listened to with the keyboard alone, and Escape stops it', async ({ page }) => {
    await useFakeSpeech(page, { msPerChar: 30 });
    await page.goto('/focused-ultrasound/');
    const listen = page.getByRole('button', { name: 'Listen to How it works' });
    await listen.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await speechLog(page)).started.length).toBeGreaterThan(0);
    await expect(listen).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('status')).toHaveText('Stopped');
    await expect(page.locator('.s.is-reading')).toHaveCount(0);
    expect((await speechLog(page)).speaking).toBe(false);
  });

  test('keyboard shortcuts work inside the player and are declared', async ({ page }) => {
    await useFakeSpeech(page, { msPerChar: 80 });
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toHaveAttribute('aria-keyshortcuts', 'K');
    await pause.focus();
    await page.keyboard.press('k');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  test('clicking a sentence starts reading there', async ({ page }) => {
    await useFakeSpeech(page, { msPerChar: 60 });
    await page.goto('/surgery/');
    const sentence = page.locator('[data-s]').filter({ hasText: 'Another choice is bone cement.' });
    await sentence.click();
    await expect.poll(async () => (await speechLog(page)).started[0]).toBe('Another choice is bone cement.');
    await expect(sentence).toHaveClass(/is-reading/);
  });

  test('nothing speaks until asked', async ({ page }) => {
    await page.clock.install();
    await useFakeSpeech(page);
    const readingCode = page.waitForResponse((response) => /\/assets\/start-reading-[\w-]+\.js$/.test(response.url()));
    await page.goto('/surgery/');
    // Everything has loaded, the reading code included, and half a second on the page's clock has run every
    // timer due in it.
    await readingCode;
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('data-laid-out', 'true');
    await page.clock.runFor(500);
    expect((await speechLog(page)).spoken).toEqual([]);
    // The status region may say the guide is ready offline, but never holds the page's text.
    const status = await page.locator('#app-status').innerText();
    expect(status === '' || status.startsWith('Ready to use offline')).toBe(true);
  });

  test('the page with the player open and a sentence highlighted has no axe problems', async ({ page }) => {
    await useFakeSpeech(page, { msPerChar: 80 });
    await page.goto('/radiation-therapy/');
    await page.getByRole('button', { name: 'Listen to Possible side effects' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.locator('.s.is-reading')).toHaveCount(1);
    expect(await axeProblems(page)).toEqual([]);
  });
});

// The reading code is a file of its own (src/reading/start-reading.tsx): pages with nothing to read never fetch it.
test.describe('the reading code', () => {
  test.use({ serviceWorkers: 'block' });
  const isReadingCode = (url: string) => /\/assets\/start-reading-[\w-]+\.js$/.test(url);

  test('loads on a page with something to read (the home page too), and not on the settings page', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto('/settings/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter(isReadingCode)).toEqual([]);
    await page.goto('/');
    await expect.poll(() => fetched.filter(isReadingCode).length).toBe(1);
    await page.goto('/surgery/');
    await expect.poll(() => fetched.filter(isReadingCode).length).toBe(2);
  });

  test('a click on Listen before it has arrived is not lost: reading starts once it has', async ({ page }) => {
    await useFakeSpeech(page, { msPerChar: 5 });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = () => {};
    const isHeld = new Promise<void>((resolve) => (requested = resolve));
    await page.route(
      (url) => isReadingCode(url.href),
      async (route) => {
        requested();
        await held;
        await route.continue();
      },
    );
    await page.goto('/surgery/', { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    // The reading code has been asked for and is held back: nothing can speak yet.
    await isHeld;
    expect((await speechLog(page)).started).toEqual([]);
    release();
    await expect.poll(async () => (await speechLog(page)).started.length).toBeGreaterThan(0);
    const first = await page.evaluate(() =>
      document.querySelector('section[data-section="how-it-works"] [data-s]')!.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect((await speechLog(page)).started[0]).toBe(spokenFor(first));
  });
});
