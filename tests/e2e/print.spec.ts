import { expect, test } from '@playwright/test';
import { SITE } from '../../src/site/site';
import { sheetTexts } from './pdf-sheets';
import { routes } from './routes';
import { openAsFirstVisit, test as onSharedPage } from './shared-page';
import { useFakeSpeech } from './speech-fixture';

/*
 * People print a page to take to an appointment (the questions to ask, above all). Before, the dark and yellow themes
 * printed pale grey text on white paper, and the sources printed without their addresses.
 */
for (const theme of ['dark', 'yellow'] as const) {
  onSharedPage.describe(`printing in the ${theme} theme`, () => {
    for (const route of routes) {
      onSharedPage(`${route.path} prints black on white, in large print`, async ({ page }) => {
        await page.emulateMedia({ media: 'print' });
        await openAsFirstVisit(page, route.path, { theme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const look = await page.evaluate(() => {
          const text = [...document.querySelectorAll('main :is(p, li, h1, h2, a)')].filter((el) => el.getClientRects().length > 0);
          return {
            page: getComputedStyle(document.documentElement).backgroundColor,
            colours: [...new Set(text.map((el) => getComputedStyle(el).color))],
            smallest: Math.min(...text.filter((el) => el.matches('p, li')).map((el) => parseFloat(getComputedStyle(el).fontSize))),
          };
        });
        expect(look.page, route.path).toBe('rgb(255, 255, 255)');
        expect(look.colours, route.path).toEqual(['rgb(0, 0, 0)']);
        // 24 CSS px is 18 pt, large print's least size.
        expect(look.smallest, route.path).toBeGreaterThanOrEqual(24);
      });
    }
  });
}

test.describe('printing', () => {
  test('a printed page holds the words only: no player, Listen buttons, menus or links to other pages', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await useFakeSpeech(page, { msPerChar: 300 });
    await page.goto('/radiation-therapy/');
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('region', { name: 'Read aloud' }),
      page.getByRole('button', { name: /^Listen/ }).first(),
      page.getByRole('button', { name: 'Menu' }),
      page.getByRole('navigation', { name: 'Main' }),
      page.getByRole('link', { name: 'Skip to main content' }),
      page.getByRole('link', { name: /^Next:/ }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Radiation therapy' })).toBeVisible();
    // The sentence being read is not marked on paper.
    const reading = page.locator('.s.is-reading');
    await expect(reading).toHaveCount(1);
    expect(await reading.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  });

  test('each source prints its address under its title, and headings stay with what follows them', async ({ page }) => {
    await page.goto('/questions-to-ask/');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.source-list a').evaluateAll((links) =>
      links.map((a) => {
        // The title's own lines (a range holds no ::after), against the whole link's box.
        const title = document.createRange();
        title.selectNodeContents(a);
        const rects = [...title.getClientRects()].filter((r) => r.height > 0);
        const box = a.getBoundingClientRect();
        return {
          href: a.getAttribute('href'),
          after: getComputedStyle(a, '::after').content,
          below: box.bottom - Math.max(...rects.map((r) => r.bottom)),
          line: parseFloat(getComputedStyle(a).lineHeight),
        };
      }),
    );
    expect(printed.length).toBeGreaterThan(2);
    for (const link of printed) {
      expect(link.after).toBe(JSON.stringify(link.href));
      // The address takes at least one line (at 0.85 of the text size) under the title.
      expect(link.below, link.href!).toBeGreaterThan(0.8 * link.line);
    }
    const headings = await page.locator('main :is(h2, h3)').evaluateAll((hs) =>
      hs.map((h) => {
        const box = h.parentElement!.matches('.section-heading') ? h.parentElement! : h;
        return getComputedStyle(box).breakAfter;
      }),
    );
    expect(new Set(headings)).toEqual(new Set(['avoid']));
  });
});

/*
 * What lands on each sheet can only be seen in a printed file, so these print every page to PDF (A4, as Chromium's
 * print dialog does) and read its words back. Before, six of the twelve pages at the standard size printed the
 * footer's reminder alone on a last sheet, and at text size 2 it was cut in two across sheets.
 */
const squash = (text: string) => text.replace(/\s+/g, '');
for (const textSize of [1, 2] as const) {
  onSharedPage.describe(`printed sheets at text size ${textSize}`, () => {
    for (const route of routes) {
      onSharedPage(`${route.path} prints the reminder first, no empty sheet, and no heading last on a sheet`, async ({ page }) => {
        await openAsFirstVisit(page, route.path, { textSize });
        await page.evaluate(() => document.fonts.ready);
        // Each heading's printed words: a glossary term's "Say it:" is for screen readers only.
        const headings = await page.locator('main :is(h1, h2, h3, dt)').evaluateAll((els) =>
          els.map((el) => {
            const copy = el.cloneNode(true) as Element;
            copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
            return copy.textContent ?? '';
          }),
        );
        const sheets = await sheetTexts(await page.pdf({ format: 'A4' }));
        const where = `${route.path} at text size ${textSize}`;

        expect(
          sheets.filter((sheet) => sheet === ''),
          `${where}: empty sheets`,
        ).toEqual([]);
        // The reminder that the guide is not medical advice is printed once, under the guide's name and above the
        // page's title, so it can never be left alone on a last sheet.
        const all = squash(sheets.join(''));
        expect(all.split(squash(SITE.notAdvice)).length - 1, `${where}: times the reminder is printed`).toBe(1);
        const first = squash(sheets[0] ?? '');
        expect(first.indexOf(squash(SITE.name)), where).toBe(0);
        expect(first.indexOf(squash(SITE.notAdvice)), where).toBeGreaterThan(0);
        expect(first.indexOf(squash(SITE.notAdvice)), where).toBeLessThan(first.indexOf(squash(route.h1)));
        // A heading is printed whole on one sheet and kept with what follows it: no sheet but the last ends on one.
        const squashed = sheets.map(squash);
        for (const heading of headings) {
          expect(
            squashed.some((sheet) => sheet.includes(squash(heading))),
            `${where}: "${heading}" cut across two sheets`,
          ).toBe(true);
        }
        for (const [index, sheet] of squashed.slice(0, -1).entries()) {
          const last = headings.find((heading) => sheet.endsWith(squash(heading)));
          expect(last, `${where}: sheet ${index + 1} of ${sheets.length} ends on a heading`).toBeUndefined();
        }
      });
    }
  });
}
