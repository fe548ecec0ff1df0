import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumArgs, executablePath } from './chromium';

// Chromium reports "in-incognito" for Playwright's usual contexts, so installability is checked in a
// persistent profile.
test('the guide is installable: the manifest parses and Chromium reports no installability errors', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'guide-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args: chromiumArgs, headless: true });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data: string };
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data);
    expect(data).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone', short_name: 'Bone Guide' });
    expect(data.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    expect(data.shortcuts.map((s: { name: string }) => s.name)).toEqual(['Get help now', 'Continue listening']);
    await expect
      .poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors, {
        timeout: 10_000,
      })
      .toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('every icon in the manifest is served', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
  }
  expect((await request.get('/icons/apple-touch-icon.png')).status()).toBe(200);
});

// An SVG tab icon is drawn on the page's own main thread after load (page-shell.tsx), so the pages name a PNG.
test('the tab icon the pages name is a PNG, and it is served', async ({ page, request }) => {
  await page.goto('/radiation-therapy/');
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons.length).toBeGreaterThan(0);
  for (const href of icons) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toBe('image/png');
  }
});

test.describe('install help', () => {
  test('on iPhone, the home page shows the steps, and they can be listened to', async ({ browser }) => {
    const context = await browser.newContext({
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { __spoken: string[] }).__spoken = spoken;
      class U {
        onstart: (() => void) | null = null;
        onend: (() => void) | null = null;
        constructor(public text: string) {}
      }
      // An iPhone always has voices of its own; with none, the built-in voice would read instead.
      const synth = {
        getVoices: () => [{ name: 'Samantha', lang: 'en-US', localService: true, default: true, voiceURI: 'samantha' }],
        addEventListener() {},
        cancel() {},
        speak(u: U) {
          spoken.push(u.text);
          setTimeout(() => u.onstart?.(), 1);
          setTimeout(() => u.onend?.(), 5);
        },
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: U });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Add this guide to your home screen' })).toBeVisible();
    await expect(page.getByText('Scroll down and tap Add to Home Screen.')).toBeVisible();
    await page.getByRole('button', { name: /Listen to the steps/ }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length)).toBe(4);
    await context.close();
  });

  test('when installed (standalone display), no install help is shown', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const original = window.matchMedia.bind(window);
      window.matchMedia = (query: string) =>
        query.includes('display-mode: standalone')
          ? ({ matches: true, media: query, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList)
          : original(query);
    });
    await page.goto('/');
    await expect(page.locator('#install-root')).toBeEmpty();
    await context.close();
  });

  test('where the browser offers installation, an "Install this app" button uses its prompt', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      const event = new Event('beforeinstallprompt') as Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> };
      (window as unknown as { __prompted: boolean }).__prompted = false;
      event.prompt = async () => {
        (window as unknown as { __prompted: boolean }).__prompted = true;
      };
      event.userChoice = Promise.resolve({ outcome: 'accepted' });
      window.dispatchEvent(event);
    });
    await page.getByRole('button', { name: 'Install this app' }).click();
    expect(await page.evaluate(() => (window as unknown as { __prompted: boolean }).__prompted)).toBe(true);
    await expect(page.getByRole('button', { name: 'Install this app' })).toHaveCount(0);
  });
});
