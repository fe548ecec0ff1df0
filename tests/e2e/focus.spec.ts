import { expect, test } from '@playwright/test';
import { axeProblems } from './axe';
import { contrastRatio, tabThrough } from './checks';
import { THEMES } from './display-settings';
import { routes } from './routes';
import { useSettings } from './saved-settings';
import { openAsFirstVisit, test as onSharedPage } from './shared-page';

test.describe('focus', () => {
  for (const [width, textSize] of [
    [320, 2],
    [1280, 1],
  ] as const) {
    onSharedPage.describe(`at ${width} px and text size ${textSize}`, () => {
      // Instant scrolling, so each focused element is in place when it is measured.
      onSharedPage.use({ viewport: { width, height: 700 }, reducedMotion: 'reduce' });
      for (const route of routes) {
        onSharedPage(`${route.path}: every Tab stop has a visible, unobscured 3 px focus ring`, async ({ page }) => {
          await openAsFirstVisit(page, route.path, { textSize });
          const stops = await tabThrough(page);
          expect(stops.length, route.path).toBeGreaterThan(4);
          for (const stop of stops) {
            expect.soft(stop.outlineStyle, `${route.path} ${stop.name}`).not.toBe('none');
            expect.soft(stop.outlineWidth, `${route.path} ${stop.name}`).toBeGreaterThanOrEqual(3);
            expect.soft(stop.obscured, `${route.path} ${stop.name} is covered`).toBe(false);
          }
        });
      }
    });
  }

  for (const theme of THEMES) {
    test(`in the ${theme} theme the focus ring contrasts 3:1 with the page and with the control`, async ({ page }) => {
      await useSettings(page, { theme });
      await page.goto('/surgery/');
      const inner = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--focus-inner').trim());
      const stops = await tabThrough(page, 30);
      for (const stop of stops) {
        expect(contrastRatio(stop.outlineColor, stop.pageColor), `${stop.name} ring vs page`).toBeGreaterThanOrEqual(3);
        const opaque = !/rgba\(.*, 0\)$/.test(stop.ownColor) && stop.ownColor !== 'transparent';
        if (opaque) {
          const innerRgb = await page.evaluate((color) => {
            const el = document.createElement('span');
            el.style.color = color;
            document.body.append(el);
            const rgb = getComputedStyle(el).color;
            el.remove();
            return rgb;
          }, inner);
          // The two-colour ring: whichever ring touches the control's colour must stand out from it.
          const best = Math.max(contrastRatio(innerRgb, stop.ownColor), contrastRatio(stop.outlineColor, stop.ownColor));
          expect(best, `${stop.name} ring vs control`).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  test('in forced colours (Windows High Contrast) focus and the reading highlight use system colours', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/surgery/');
    const stops = await tabThrough(page, 15);
    for (const stop of stops) {
      expect(stop.outlineStyle).not.toBe('none');
      expect(stop.outlineWidth).toBeGreaterThanOrEqual(3);
    }
    const highlight = await page.evaluate(() => {
      const s = document.querySelector<HTMLElement>('[data-s]')!;
      s.classList.add('is-reading');
      const probe = document.createElement('span');
      probe.style.backgroundColor = 'Highlight';
      document.body.append(probe);
      return { reading: getComputedStyle(s).backgroundColor, system: getComputedStyle(probe).backgroundColor };
    });
    expect(highlight.reading).toBe(highlight.system);
    expect(await axeProblems(page, { countUndecidedContrast: false })).toEqual([]);
  });
});
