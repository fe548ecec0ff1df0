import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { findForClick, type EngineDriver } from './engine-driver';

/** Firefox ESR (Debian's firefox-esr); FIREFOX_PATH overrides it. */
export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (path): path is string => !!path && existsSync(path),
  );
  if (!found) throw new Error('Firefox was not found: run "node scripts/ensure-engines.mjs", or set FIREFOX_PATH.');
  return found;
}

/**
 * Gecko: Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core. It starts with no voices at all, as
 * Firefox is on a Linux computer without speech-dispatcher: the speech API is there, but its voice list stays empty.
 * Should speech-dispatcher be installed, its address points at a socket that does not exist, so Firefox still finds
 * no voices (rather than one whose sound may fail).
 *
 * A test machine has no sound card, and with no audio output Firefox stops every audio element with a media error;
 * so Firefox plays through ALSA's "null" device (which discards the sound), as a computer with speakers would.
 */
export async function launchFirefox(): Promise<EngineDriver> {
  const home = mkdtempSync(join(tmpdir(), 'engines-firefox-'));
  writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\n');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    env: { ...process.env, HOME: home, SPEECHD_ADDRESS: `unix_socket:${join(home, 'no-speech-dispatcher.sock')}` },
    extraPrefsFirefox: {
      // Firefox's own default: no sound before a tap (https://support.mozilla.org/kb/block-autoplay).
      'media.autoplay.default': 1,
      // ALSA reads the null device from $HOME/.asoundrc (https://www.alsa-project.org/wiki/Asoundrc).
      'media.cubeb.backend': 'alsa',
    },
  });
  const page = await browser.newPage();
  return {
    name: 'Firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    // The page functions take plain data only, so puppeteer's handle-unwrapping types do not apply.
    run: (fn, ...args) => page.evaluate(fn as (...params: unknown[]) => unknown, ...args) as Promise<never>,
    async click(selector, text) {
      const element = (await page.evaluateHandle(findForClick, selector, text ?? null)) as ElementHandle<Element>;
      await element.click();
      await element.dispose();
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(home, { recursive: true, force: true });
    },
  };
}
