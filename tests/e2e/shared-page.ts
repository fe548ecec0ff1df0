import { devices, test as base, type Page, type Response } from '@playwright/test';
import { installFakeSpeechSynthesis, type FakeSpeechOptions } from '../fakes/fake-speech-synthesis';
import { DEFAULT_SETTINGS, serializeSettings, SETTINGS_KEY, type Settings } from '../../src/settings/settings';
import { baseURL } from './server';

/**
 * One page for all the tests a worker runs from a file that uses this `test`: for the many checks that each open
 * one page and look at it, a new browser per test cost more than the check. The page has no service worker, and
 * the test's viewport and reduced-motion choice; `bypassCSP` is a worker option, so pages that must keep their
 * Content-Security-Policy never share a browser with those that lift it. `fakeSpeechForWorker` installs the scripted
 * speechSynthesis (headless Chromium has no voices) on the shared page before any page script runs, the same
 * for every test of the file. Open pages with `openAsFirstVisit`.
 */
export const test = base.extend<
  { page: Page },
  { workerPage: Page; bypassCSPForWorker: boolean; fakeSpeechForWorker: FakeSpeechOptions | null }
>({
  bypassCSPForWorker: [false, { scope: 'worker', option: true }],
  fakeSpeechForWorker: [null, { scope: 'worker', option: true }],
  workerPage: [
    async ({ browser, bypassCSPForWorker, fakeSpeechForWorker }, use) => {
      const { defaultBrowserType: _browser, ...desktop } = devices['Desktop Chrome']!;
      const context = await browser.newContext({ ...desktop, baseURL, serviceWorkers: 'block', bypassCSP: bypassCSPForWorker });
      const page = await context.newPage();
      if (fakeSpeechForWorker) await page.addInitScript(installFakeSpeechSynthesis, fakeSpeechForWorker);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ workerPage, viewport, reducedMotion }, use) => {
    if (viewport) await workerPage.setViewportSize(viewport);
    await workerPage.emulateMedia({ media: null, reducedMotion: reducedMotion ?? null });
    await use(workerPage);
  },
});

export { expect } from '@playwright/test';

/**
 * Opens a page as a reader would on a first visit, with these display settings saved if any are given: whatever an
 * earlier test on the shared page saved is cleared first.
 */
export async function openAsFirstVisit(page: Page, path: string, settings?: Partial<Settings>): Promise<Response | null> {
  // Storage belongs to the site, so the page must be on it to clear it.
  if (!page.url().startsWith(baseURL)) await page.goto('/404.html');
  const value = settings ? JSON.stringify(serializeSettings({ ...DEFAULT_SETTINGS, ...settings })) : null;
  await page.evaluate(
    ([key, saved]) => {
      localStorage.clear();
      sessionStorage.clear();
      if (saved !== null) localStorage.setItem(key, saved);
    },
    [SETTINGS_KEY, value] as const,
  );
  return page.goto(path);
}
