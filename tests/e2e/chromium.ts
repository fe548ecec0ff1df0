/** The Chromium the tests drive: the machine's own, never a downloaded one. */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for Chromium on a locked-down machine: no sandbox (we run as root in CI), no GPU, and no
 * background network traffic (this machine has no internet and refuses those connections).
 * --disable-dev-shm-usage: Debian's chromium wrapper does not add it, and containers have a small /dev/shm
 * (https://developer.chrome.com/docs/puppeteer/troubleshooting#tips).
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
