// Makes sure the cross-engine tests (tests/engines/) have their browsers: WebKit as WebKitGTK's MiniBrowser driven by
// WebKitWebDriver on a virtual display (Xvfb), and Gecko as Firefox ESR. Playwright cannot download its own WebKit or
// Firefox here, so the tests use Debian's packages, installed when we can (root on Debian or Ubuntu), as for Chromium.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const PACKAGES = ['webkit2gtk-driver', 'firefox-esr', 'xvfb', 'fonts-dejavu-core'];

const onPath = (program) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, program)));
const miniBrowser = () =>
  [
    process.env.MINIBROWSER_PATH,
    ...(existsSync('/usr/lib')
      ? readdirSync('/usr/lib')
          .filter((name) => name.endsWith('-linux-gnu'))
          .map((name) => `/usr/lib/${name}/webkit2gtk-4.1/MiniBrowser`)
      : []),
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ].some((path) => path && existsSync(path));
const firefox = () => [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].some((path) => path && existsSync(path));

/** What is missing, each with the Debian package that brings it. */
function missing() {
  const lacking = [];
  if (!onPath('WebKitWebDriver')) lacking.push('WebKitWebDriver (package "webkit2gtk-driver")');
  if (!miniBrowser()) lacking.push('MiniBrowser (package "libwebkit2gtk-4.1-0", or set MINIBROWSER_PATH)');
  if (!firefox()) lacking.push('Firefox (package "firefox-esr", or set FIREFOX_PATH)');
  if (!onPath('Xvfb')) lacking.push('Xvfb (package "xvfb")');
  return lacking;
}

let lacking = missing();
if (lacking.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const isDebianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);

if (isRoot && isDebianLike) {
  console.log(`The cross-engine tests need ${lacking.join(', ')}: installing Debian's packages (this happens once)…`);
  try {
    // Without the recommended packages: a third as many, and the tests need none of them.
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${PACKAGES.join(' ')}`, {
      stdio: 'inherit',
    });
  } catch {
    // Reported below.
  }
  lacking = missing();
  if (lacking.length === 0) process.exit(0);
}
console.error(
  `The cross-engine tests need ${lacking.join(', ')}. Install them with your system's packages (on Debian: ${PACKAGES.join(', ')}); MINIBROWSER_PATH and FIREFOX_PATH can name other builds of MiniBrowser and Firefox.`,
);
process.exit(1);
