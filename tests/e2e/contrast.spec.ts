import { axeProblems } from './axe';
import { THEMES } from './display-settings';
import { routes } from './routes';
import { expect, openAsFirstVisit, test } from './shared-page';

test.use({ viewport: { width: 320, height: 640 } });

for (const theme of THEMES) {
  for (const textSize of [1, 2] as const) {
    test.describe(`contrast in the ${theme} theme at text size ${textSize}`, () => {
      for (const route of routes) {
        test(`${route.path}: no axe problems, 7:1 text everywhere`, async ({ page }) => {
          await openAsFirstVisit(page, route.path, { theme, textSize });
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          expect(await axeProblems(page), `${route.path} in ${theme}`).toEqual([]);
        });
      }
    });
  }
}
