// Takes screenshots of pages of the built guide, for checking by eye: node scripts/screenshot.mjs /surgery/ out.png [width] [theme]
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const [path = '/', out = 'screenshot.png', width = '390', theme = '', fullPage = ''] = process.argv.slice(2);
const server = await serve({ port: 4199, log: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
if (theme) await page.addInitScript((t) => localStorage.setItem('bmg.settings', JSON.stringify({ version: 2, theme: t })), theme);
await page.goto(`http://127.0.0.1:4199${path}`);
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: out, fullPage: fullPage === 'full' });
await browser.close();
server.close();
