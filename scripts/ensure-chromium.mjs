// Makes sure there is a Chromium for the end-to-end tests. Playwright cannot download its own browser here,
// so the tests use the system's: CHROMIUM_PATH, else /usr/bin/chromium, else Debian's package when we can install it.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const isDebianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);

if (!process.env.CHROMIUM_PATH && isRoot && isDebianLike) {
  console.log('Chromium is missing: installing Debian\'s "chromium" package (this happens once)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core', {
      stdio: 'inherit',
    });
  } catch {
    // Reported below.
  }
  if (existsSync(wanted)) process.exit(0);
}
console.error(
  `The tests need Chromium, and none was found at ${wanted}: install your system's "chromium" package, or set CHROMIUM_PATH to a Chromium or Chrome program.`,
);
process.exit(1);
