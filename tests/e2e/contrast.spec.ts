import { axeProblems, COLOUR_RULES } from './axe';
import { THEMES } from './display-settings';
import { routes } from './routes';
import { expect, openAsFirstVisit, test } from './shared-page';

test.use({ viewport: { width: 320, height: 640 } });

// A theme changes only colour variables, so every axe rule runs once per route and text size (in the first theme),
// and the rules that read colours run in every theme. The settings page also shows which theme is chosen, so it
// gets every rule in every theme.
const [FIRST_THEME] = THEMES;

for (const theme of THEMES) {
  for (const textSize of [1, 2] as const) {
    test.describe(`contrast in the ${theme} theme at text size ${textSize}`, () => {
      for (const route of routes) {
        const everyRule = theme === FIRST_THEME || route.path === '/settings/';
        const title = everyRule
          ? `${route.path}: no axe problems, 7:1 text everywhere`
          : `${route.path}: 7:1 text everywhere, links stand out from the text around them`;
        test(title, async ({ page }) => {
          await openAsFirstVisit(page, route.path, { theme, textSize });
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          const problems = await axeProblems(page, everyRule ? {} : { onlyRules: COLOUR_RULES });
          expect(problems, `${route.path} in ${theme}`).toEqual([]);
        });
      }
    });
  }
}
