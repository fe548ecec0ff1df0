import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { speechLog, useFakeSpeech } from './speech-fixture';
import { waitForServiceWorker } from './service-worker';

// Two real builds that differ only in their version, served by one server whose files can be swapped,
// as a redeploy would swap them.
let folder = '';
let v1 = '';
let v2 = '';
let origin = '';
let server: Awaited<ReturnType<typeof serve>>;

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'guide-builds-'));
  v1 = join(folder, 'v1');
  v2 = join(folder, 'v2');
  const build = (out: string, id: string) =>
    promisify(execFile)('node', ['scripts/build.mjs'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, OUT_DIR: out, BUILD_ID: id },
    });
  await Promise.all([build(v1, 'one'), build(v2, 'two')]);
  // Any free port: another run of these tests may be serving at the same time.
  server = await serve({ dir: v1, port: 0, log: false });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const version = (page: Page) => page.locator('meta[name="app-version"]').getAttribute('content');

async function controlled(page: Page) {
  await waitForServiceWorker(page);
}

async function deploy(page: Page, dir: string) {
  server.setRoot(dir);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

test('first visit: the update message appears, and "Update now" loads the new version', async ({ browser }) => {
  server.setRoot(v1);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/surgery/`);
  expect(await version(page)).toBe('0.1.0+one');
  await controlled(page);
  await deploy(page, v2);
  const message = page.getByText('A new version of this guide is ready.', { exact: true }).first();
  await expect(message).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#app-status')).toHaveText('A new version of this guide is ready.');
  expect(await version(page)).toBe('0.1.0+one');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
  await expect.poll(() => version(page)).toBe('0.1.0+two');
  await context.close();
});

test('later visit: the message waits while reading aloud and appears when reading stops', async ({ browser }) => {
  server.setRoot(v1);
  const context = await browser.newContext();
  const page = await context.newPage();
  await useFakeSpeech(page, { msPerChar: 80 });
  await page.goto(`${origin}/surgery/`);
  await controlled(page);
  await page.reload();
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect.poll(async () => (await speechLog(page)).started.length).toBeGreaterThan(0);
  // Told when the new version is installed and waiting: the page's own handler for that (registered earlier, so
  // called first) has then decided whether to show the message.
  await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    const w = window as unknown as { __updateWaiting: boolean };
    w.__updateWaiting = false;
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing!;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') w.__updateWaiting = true;
      });
    });
  });
  await deploy(page, v2);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __updateWaiting: boolean }).__updateWaiting), { timeout: 20_000 })
    .toBe(true);
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
  const updateNow = page.getByRole('button', { name: 'Update now' });
  await expect(updateNow).toHaveCount(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(updateNow).toBeVisible();
  expect(await version(page)).toBe('0.1.0+one');
  await Promise.all([page.waitForEvent('load'), updateNow.click()]);
  await expect.poll(() => version(page)).toBe('0.1.0+two');
  await context.close();
});

test('"Later" hides the update message and keeps the current version', async ({ browser }) => {
  server.setRoot(v1);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await controlled(page);
  await deploy(page, v2);
  await page.getByRole('button', { name: 'Later' }).click({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Update now' })).toHaveCount(0);
  expect(await version(page)).toBe('0.1.0+one');
  await context.close();
});
