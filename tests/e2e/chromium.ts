/** The Chromium the tests drive: the machine's own, never a downloaded one. */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for Chromium on a locked-down machine: no sandbox (we run as root in CI), no GPU, and no
 * background network traffic (this machine has no internet and refuses those connections).
 * --disable-dev-shm-usage: Debian's wrapper fails to add it itself (toolchain.md pitfall 14, 2026-11-27).
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
