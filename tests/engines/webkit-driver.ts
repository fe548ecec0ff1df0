import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { findForClick, type EngineDriver } from './engine-driver';

/**
 * MiniBrowser, the small browser that ships with WebKitGTK (Debian's libwebkit2gtk-4.1-0). WebKitWebDriver drives
 * it; MINIBROWSER_PATH overrides the search.
 */
export function miniBrowserPath(): string {
  const candidates = [
    process.env.MINIBROWSER_PATH,
    ...readdirSync('/usr/lib')
      .filter((name) => name.endsWith('-linux-gnu'))
      .map((name) => `/usr/lib/${name}/webkit2gtk-4.1/MiniBrowser`),
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('MiniBrowser was not found: run "node scripts/ensure-engines.mjs", or set MINIBROWSER_PATH.');
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

/** Starts a virtual display (MiniBrowser has no headless mode); Xvfb picks a free display number and reports it. */
async function startDisplay(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  xvfb.stderr?.on('data', (chunk) => (errors += String(chunk)));
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}): ${errors.trim()}`)));
    xvfb.stdio[3]!.once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
  });
  xvfb.removeAllListeners('exit');
  return { display, process: xvfb };
}

async function waitForWebDriver(url: string, server: ChildProcess, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`WebKitWebDriver stopped with code ${server.exitCode}`);
    const ready = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within ${timeout} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** WebKit: MiniBrowser under Xvfb, driven by WebKitWebDriver through selenium-webdriver. */
export async function launchWebKit(): Promise<EngineDriver> {
  const xvfb = await startDisplay();
  const port = await freePort();
  const server = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: 'ignore' });
  let driver: WebDriver;
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForWebDriver(url, server);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] } })
      .build();
  } catch (error) {
    await stopProcess(server);
    await stopProcess(xvfb.process);
    throw error;
  }
  return {
    name: 'WebKit',
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    run: (fn, ...args) => driver.executeScript(fn, ...args),
    async click(selector, text) {
      const element = await driver.executeScript<WebElement>(findForClick, selector, text ?? null);
      await element.click();
    },
    async screenshot(path) {
      writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    async close() {
      await driver.quit().catch(() => {});
      await stopProcess(server);
      await stopProcess(xvfb.process);
    },
  };
}
