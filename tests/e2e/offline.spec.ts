import { expect, test, type Page } from '@playwright/test';
import { axeProblems } from './axe';
import { routes } from './routes';
import { speechLog, useFakeSpeech } from './speech-fixture';
import { waitForServiceWorker } from './service-worker';

/** Opens a page and waits until the service worker controls it and has stored everything. */
async function openAndWaitForOffline(page: Page, path = '/') {
  await page.goto(path);
  await waitForServiceWorker(page);
}

test.describe('offline', () => {
  test('the service worker controls the page after the first load and says the guide is ready offline', async ({ page }) => {
    await openAndWaitForOffline(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    await expect(page.getByText('Ready to use offline. This guide now works without the internet.').first()).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);
  });

  test('with no network, every route reloads from the service worker and shows its content', async ({ page, context }) => {
    await openAndWaitForOffline(page);
    await context.setOffline(true);
    for (const route of routes) {
      const response = await page.goto(route.path);
      expect(response?.fromServiceWorker(), route.path).toBe(true);
      await expect(page.locator('h1')).toHaveText(route.h1);
    }
    // A page the guide does not have gets the guide's own 404 page, not the browser's error page.
    await page.goto('/not-a-page/');
    await expect(page.locator('h1')).toHaveText('Page not found');
    // Addresses without the final slash work too.
    await page.goto('/surgery');
    await expect(page.locator('h1')).toHaveText('Surgery');
  });

  test('while offline, a calm message says so, and Listen still works', async ({ page, context }) => {
    await useFakeSpeech(page, { msPerChar: 1 });
    await openAndWaitForOffline(page, '/ablation/');
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText('Everything in this guide still works.').first()).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    await expect.poll(async () => (await speechLog(page)).ended.length).toBeGreaterThan(3);
  });

  test.describe('without a service worker (negative control)', () => {
    test.use({ serviceWorkers: 'block' });
    test('an offline reload fails, so the tests above really are offline', async ({ page, context }) => {
      await page.goto('/');
      await context.setOffline(true);
      await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    });
  });
});
