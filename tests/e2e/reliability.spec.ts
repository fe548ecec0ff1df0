import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { routes } from './routes';
import { speechLog, useFakeSpeech } from './speech-fixture';
import { waitForServiceWorker } from './service-worker';

/** Collects uncaught errors on the page. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('privacy and security', () => {
  test('every request made while opening every page and listening stays on this site', async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'blob:' && url.protocol !== 'data:') origins.add(url.origin);
    });
    for (const route of routes) await page.goto(route.path);
    await page.goto('/ablation/');
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    await expect(page.locator('.s.is-reading')).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState), { timeout: 30_000 }).toBe('playing');
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });

  test('every page declares the Content Security Policy and nothing breaks it', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (const route of routes) {
      await page.goto(route.path);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
        expect(csp, route.path).toContain(directive);
      }
      expect(csp).not.toContain('unsafe');
      // Inline code runs only if the policy names its hash.
      for (const code of await page.locator('script:not([src]), style').allTextContents()) {
        const hash = `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
        expect(csp, `${route.path}: inline code without its hash in the policy`).toContain(`'${hash}'`);
      }
    }
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState), { timeout: 30_000 }).toBe('playing');
    await page.goto('/settings/');
    await page.getByRole('radio', { name: 'White on black' }).check();
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });

  test('the server sends the security headers of _headers', async ({ request }) => {
    const response = await request.get('/surgery/');
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  });
});

test.describe('storage faults', () => {
  test('with localStorage and sessionStorage throwing, every page works and Settings says nothing can be remembered', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    await useFakeSpeech(page, { msPerChar: 2 });
    for (const route of routes) {
      await page.goto(route.path);
      await expect(page.locator('h1')).toHaveText(route.h1);
    }
    await page.goto('/settings/');
    await expect(page.getByText('Settings cannot be remembered on this device')).toBeVisible();
    await page.getByRole('radio', { name: 'Yellow on black' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'yellow');
    await page.goto('/ablation/');
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    await expect.poll(async () => (await speechLog(page)).ended.length).toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });

  test('with writes failing (storage full), settings still apply for this visit and the page says they are not kept', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/settings/');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    await page.getByRole('radio', { name: 'White on black' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(errors).toEqual([]);
  });

  test('garbage in every saved key is ignored', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      const garbage = ['{not json', '[]', '"text"', '{"version":99,"textSize":"huge","theme":42}', 'null', '{"pageId":{"x":1}}'];
      ['bmg.settings', 'bmg.position', 'bmg.listening'].forEach((key, i) => localStorage.setItem(key, garbage[i % garbage.length]!));
    });
    await useFakeSpeech(page, { msPerChar: 2 });
    for (const path of ['/', '/surgery/', '/settings/']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'cream');
    }
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect.poll(async () => (await speechLog(page)).spoken[0]?.rate).toBe(1);
    expect(errors).toEqual([]);
  });
});

test.describe('speech faults', () => {
  // No service worker here, so its "ready to use offline" message does not replace the messages tested.
  test.use({ serviceWorkers: 'block' });

  test('a device voice that fails on every sentence hands over to the built-in voice, and says so', async ({ page }) => {
    const errors = collectErrors(page);
    await useFakeSpeech(page, { failWith: 'synthesis-failed' });
    await page.goto('/ablation/');
    await page.getByRole('button', { name: 'Listen to How it works' }).click();
    await expect(page.locator('#app-status')).toHaveText(/built-in voice/);
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState), { timeout: 30_000 }).toBe('playing');
    await expect(page.locator('.s.is-reading')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('when no voice can speak, the player says why and offers Retry', async ({ page, context }) => {
    await useFakeSpeech(page, { failWith: 'synthesis-failed' });
    // Make the built-in voice unavailable too: its files cannot be fetched.
    await context.route(/\/voice\//, (route) => route.abort());
    await page.goto('/ablation/');
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect(page.locator('#app-status')).toHaveText(/This voice is not working/, { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.locator('.player__now-text .player__state')).toHaveText('The voice is not working:');
  });

  test('reading stops cleanly when the page is hidden', async ({ page }) => {
    // The page's clock, so that the test can move it on without waiting.
    await page.clock.install();
    await useFakeSpeech(page, { msPerChar: 80 });
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect.poll(async () => (await speechLog(page)).speaking).toBe(true);
    // Wait for the start to be announced: messages within 50 ms of each other are read as one.
    await expect(page.locator('#app-status')).toHaveText('Reading: Surgery');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(page.locator('#app-status')).toHaveText('Paused');
    const log = await speechLog(page);
    expect(log.speaking).toBe(false);
    // Every timer due in the next 400 ms on the page's clock has run: nothing starts.
    await page.clock.runFor(400);
    expect((await speechLog(page)).started.length).toBe(log.started.length);
  });
});

test.describe('service worker faults', () => {
  test('an install cut off by a dropped network is tried again on the next visit, and the guide works meanwhile', async ({
    page,
    context,
  }) => {
    let block = true;
    let dropped = () => {};
    const wasDropped = new Promise<void>((resolve) => (dropped = resolve));
    await context.route(/\/icons\/icon-512\.png/, async (route) => {
      if (!block) return route.continue();
      await route.abort('internetdisconnected');
      // The installing worker's own request, not one the page itself made.
      if (route.request().serviceWorker()) dropped();
    });
    await page.goto('/');
    await expect(page.locator('h1')).toBeVisible();
    // The install has failed: the new worker was thrown away, and with it the first registration.
    await wasDropped;
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    block = false;
    await page.reload();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto('/surgery/');
    await expect(page.locator('h1')).toHaveText('Surgery');
  });

  test('stored pages the browser evicted are put back on the next online visit', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    const evicted = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.includes('precache'))!;
      const cache = await caches.open(name);
      const keys = (await cache.keys()).filter((request) => request.url.includes('/surgery/'));
      await Promise.all(keys.map((key) => cache.delete(key)));
      return keys.length;
    });
    expect(evicted).toBeGreaterThan(0);
    await page.reload();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const name = (await caches.keys()).find((key) => key.includes('precache'))!;
          return (await (await caches.open(name)).keys()).filter((request) => request.url.includes('/surgery/')).length;
        }),
      )
      .toBeGreaterThan(0);
    await context.setOffline(true);
    await page.goto('/surgery/');
    await expect(page.locator('h1')).toHaveText('Surgery');
  });
});
