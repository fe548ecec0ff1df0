// Draws the app's PNG icons from public/icons/icon.svg with the machine's Chromium: npm run icons.
// The PNGs are committed, so building the app does not need a browser.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const dir = resolve(import.meta.dirname, '../public/icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const sizes = [
  // The tab icon: a page that names an SVG icon draws it on its own main thread after load (see page-shell.tsx).
  { file: 'icon-48.png', size: 48, padding: 0 },
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  // Maskable: the whole canvas is filled and the drawing sits inside the safe zone.
  { file: 'icon-maskable-512.png', size: 512, padding: 0.1 },
  { file: 'apple-touch-icon.png', size: 180, padding: 0 },
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const { file, size, padding } of sizes) {
  await page.setViewportSize({ width: size, height: size });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<html><body style="margin:0;background:#111111"><div style="position:absolute;inset:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body></html>`,
  );
  await page.screenshot({ path: join(dir, file), omitBackground: false });
  console.log(`wrote public/icons/${file}`);
}
await browser.close();
