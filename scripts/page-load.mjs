// Loading a page cold in a throttled, phone-like Chromium and reading its paint timings. Shared by the benchmark
// (npm run bench) and the page comparison (scripts/compare-pages.mjs), so both measure the same way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROFILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** The middle value of a list of numbers. */
export const median = (values) => quantile(values, 0.5);

/** The value below which the given fraction of the values lie (linear between neighbours). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

/** Slows the page's network (and by default its CPU) to the phone profile; returns the CDP session. */
export async function throttle(page, { cpu = true } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latency,
    downloadThroughput: PROFILE.downloadThroughput,
    uploadThroughput: PROFILE.uploadThroughput,
  });
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  return cdp;
}

/** Opens a fresh phone-sized page with nothing cached, throttled, that records what the CSP blocks. */
async function openColdPage(browser, throttling) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await throttle(page, throttling);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return { context, page, cdp };
}

/** Throws if the page reported a CSP violation: the page measured would not be the page meant. */
async function refuseBlocked(page, url) {
  const violations = await page.evaluate(() => window.__violations);
  if (violations.length) throw new Error(`${url}: the Content-Security-Policy blocked ${violations[0]}`);
}

/**
 * Loads a page cold, throttled; returns FCP, LCP, response end and compressed bytes by resource type. Throws if
 * the Content-Security-Policy blocked anything: an edited page copy would otherwise be measured without its
 * blocked stylesheet or script.
 */
export async function measureLoad(browser, url) {
  const { context, page, cdp } = await openColdPage(browser);
  const types = new Map();
  const bytes = {};
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    const type = types.get(event.requestId) ?? 'Other';
    bytes[type] = (bytes[type] ?? 0) + event.encodedDataLength;
  });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    await refuseBlocked(page, url);
    const timings = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      lcp: window.__lcp,
      responseEnd: performance.getEntriesByType('navigation')[0].responseEnd,
    }));
    return { ...timings, bytes };
  } finally {
    await context.close();
  }
}

/**
 * Main-thread work from the document's commit to its first contentful paint, in thread time (ms), on the phone
 * profile's network with the CPU not slowed; also its style, layout and parse parts. Thread time leaves out the
 * time the thread waits or is paused, so it is far steadier from run to run than paint times: it tells what a
 * part of the page costs in work, though not how a slow phone schedules it.
 * Throws on a CSP violation, as measureLoad does.
 */
export async function measureWork(browser, url) {
  const { context, page } = await openColdPage(browser, { cpu: false });
  let events;
  try {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'loading', 'toplevel', 'navigation', 'blink.user_timing'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await refuseBlocked(page, url);
  } finally {
    await context.close();
  }
  const fcp = events.find((event) => event.name === 'firstContentfulPaint');
  if (!fcp) throw new Error(`${url}: the trace holds no first contentful paint`);
  const main = events.filter((event) => event.pid === fcp.pid && event.tid === fcp.tid && event.ph === 'X' && event.ts <= fcp.ts);
  const commit = main.filter((event) => event.name === 'RenderFrameImpl::CommitNavigation').at(-1);
  if (!commit) throw new Error(`${url}: the trace holds no navigation commit`);
  const sum = (name) =>
    main
      .filter((event) => event.name === name && event.ts >= commit.ts)
      .reduce((total, event) => total + (event.tdur ?? event.dur) / 1000, 0);
  return { work: sum('ThreadControllerImpl::RunTask'), parse: sum('ParseHTML'), style: sum('UpdateLayoutTree'), layout: sum('Layout') };
}

/**
 * Writes bare HTML pages holding the same words as the app's pages (header, navigation, main text and footer,
 * as the app shows them without JavaScript): the physical limit to compare with. Each block of text appears
 * once, as a plain heading or paragraph, with no CSS, JavaScript, fonts or links.
 */
export async function makeBarePages(browser, appOrigin, paths, outDir) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(appOrigin + path);
    const html = await page.evaluate(() => {
      const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const BLOCKS = 'h1, h2, h3, p, li, dt, dd';
      const blocks = [...document.body.querySelectorAll(BLOCKS)]
        .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
        .map((el) => {
          // A list item that holds a paragraph gives only its own words here; the paragraph gives the rest.
          const own = el.cloneNode(true);
          own.querySelectorAll(BLOCKS).forEach((inner) => inner.remove());
          const tag = /^h[1-3]$/i.test(el.tagName) ? el.tagName.toLowerCase() : 'p';
          const text = own.textContent.replace(/\s+/g, ' ').trim();
          return text ? `<${tag}>${esc(text)}</${tag}>` : '';
        })
        .filter(Boolean);
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(document.title)}</title></head><body>${blocks.join('\n')}</body></html>\n`;
    });
    const dir = join(outDir, path);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
  }
  await context.close();
}
