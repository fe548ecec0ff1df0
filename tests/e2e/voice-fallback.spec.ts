import { expect, test, type Page } from '@playwright/test';
import { chromiumArgs, executablePath } from './chromium';
import { installDeviceVoice, watchAudioPlayback, type AudioHeard, type DeviceVoiceBehaviour, type DeviceVoiceLog } from './voice-fakes';

// Media may play only inside a tap here, as on iPhone (https://developer.mozilla.org/en-US/docs/Web/Media/Autoplay_guide):
// the built-in voice must still be heard when it takes over seconds after the tap on Listen.
test.use({
  launchOptions: { executablePath, args: [...chromiumArgs, '--autoplay-policy=user-gesture-required'] },
  // No service worker: its "ready to use offline" message would replace the messages checked here.
  serviceWorkers: 'block',
});
test.describe.configure({ timeout: 90_000 });

/** Opens a page with the device voice behaving as asked, watching what the audio element plays. */
async function open(page: Page, behaviour: DeviceVoiceBehaviour): Promise<void> {
  await page.addInitScript(installDeviceVoice, behaviour);
  await page.addInitScript(watchAudioPlayback);
  await page.goto('/ablation/');
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __audioHeard: AudioHeard }).__audioHeard);
const deviceVoice = (page: Page) =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __deviceVoice: DeviceVoiceLog }).__deviceVoice)) as DeviceVoiceLog);

/**
 * Waits, inside the page, until a sentence of the built-in voice has fired "playing" and its time has moved on.
 * Polled by the page itself: every call Playwright makes into the page counts as a tap, which would let any audio play.
 */
async function builtInVoiceHeard(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const audio = (window as unknown as { __audioHeard: AudioHeard }).__audioHeard;
      return audio.playing > 0 && audio.furthest > 0.2;
    },
    null,
    { polling: 100, timeout: 30_000 },
  );
}

/** The player says it is reading, with no error and no Retry. */
async function expectReadingWithoutError(page: Page): Promise<void> {
  await expect(page.locator('.player__now-text .player__state')).toHaveText('Reading:');
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
}

test('with no device voice, Listen plays the built-in voice, with no device voice tried first and no error', async ({ page }) => {
  await open(page, 'no-voices');
  await page.getByRole('button', { name: 'Listen to How it works' }).click();
  await builtInVoiceHeard(page);
  await expectReadingWithoutError(page);
  const { tapAt, firstPlayingAt } = await heard(page);
  test.info().annotations.push({ type: 'Listen to the first sentence playing', description: `${Math.round(firstPlayingAt! - tapAt!)} ms` });
  expect((await deviceVoice(page)).spoken).toEqual([]);
  await expect(page.locator('#app-status')).not.toContainText('not working');
});

test('a device voice that fails seconds after the tap hands over to the built-in voice, which plays without a tap', async ({ page }) => {
  await open(page, 'fails-later');
  await page.getByRole('button', { name: 'Listen to How it works' }).click();
  await builtInVoiceHeard(page);
  const voice = await deviceVoice(page);
  expect(voice.started).toEqual(['How it works']);
  expect(voice.failedInTap).toBe(false);
  expect((await heard(page)).playsOutsideTap).toBeGreaterThan(0);
  await expect(page.locator('#app-status')).toContainText('This voice is not working. Switching to the built-in voice.');
  await expectReadingWithoutError(page);
});

test('a device voice that starts and never ends hands over to the built-in voice, instead of "Reading" in silence', async ({ page }) => {
  await page.clock.install();
  await open(page, 'stalls');
  await page.getByRole('button', { name: 'Listen to How it works' }).click();
  await expect.poll(async () => (await deviceVoice(page)).started).toEqual(['How it works']);
  await expect(page.locator('.player__now-text .player__state')).toHaveText('Reading:');
  expect((await heard(page)).playing).toBe(0);
  // Far past the time "How it works" takes to say at any speed a voice speaks.
  await page.clock.fastForward(30_000);
  await builtInVoiceHeard(page);
  await expect(page.locator('#app-status')).toContainText('This voice is not working. Switching to the built-in voice.');
  await expectReadingWithoutError(page);
});
