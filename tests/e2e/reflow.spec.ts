import { clippedText, horizontalOverflow, smallTargets, TEXT_SPACING_CSS } from './checks';
import { TEXT_SIZES } from './display-settings';
import { routes } from './routes';
import { saveSettingsAndReload } from './saved-settings';
import { expect, openAsFirstVisit, test } from './shared-page';

// The text-spacing stylesheet is added by the test, which the pages' Content-Security-Policy would refuse.
test.use({ bypassCSPForWorker: true });

for (const width of [320, 1280]) {
  test.describe(`reflow, spacing and targets at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const route of routes) {
      test(`${route.path} at every text size: no sideways scrolling and every target at least 44 by 44`, async ({ page }) => {
        await openAsFirstVisit(page, route.path);
        for (const textSize of TEXT_SIZES) {
          await saveSettingsAndReload(page, { textSize });
          const overflow = await horizontalOverflow(page);
          expect.soft(overflow, `${route.path} at size ${textSize}`).toMatchObject({ scrolls: false, offenders: [] });
          if (textSize === 1 || textSize === 2) expect.soft(await smallTargets(page), `${route.path} at size ${textSize}`).toEqual([]);
        }
      });

      test(`${route.path} with WCAG text-spacing overrides: nothing clipped or overflowing`, async ({ page }) => {
        await openAsFirstVisit(page, route.path);
        for (const textSize of [1, 2] as const) {
          await saveSettingsAndReload(page, { textSize });
          await page.addStyleTag({ content: TEXT_SPACING_CSS });
          expect.soft(await clippedText(page), `${route.path} at size ${textSize}`).toEqual([]);
          expect.soft((await horizontalOverflow(page)).scrolls, `${route.path} at size ${textSize}`).toBe(false);
        }
      });
    }
  });
}
