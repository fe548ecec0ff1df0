import { expect, test } from '@playwright/test';
import { brokenWords } from './checks';
import { routes } from './routes';
import { saveSettingsAndReload } from './saved-settings';
import { openAsFirstVisit, test as onSharedPage } from './shared-page';

/*
 * Headings, buttons and form labels are short, so they can keep their words whole where running text cannot (a
 * word like "Dexamethasone" is wider than a 320 px screen at text size 2). 320 px is the narrowest phone we design
 * for, and wide spacing adds space between letters; at 390 px the headings are at their vw share, not their floor.
 */
for (const [width, spacing] of [
  [320, 'normal'],
  [320, 'wide'],
  [390, 'normal'],
] as const) {
  onSharedPage.describe(`at text size 2 on a ${width} px phone with ${spacing} spacing`, () => {
    onSharedPage.use({ viewport: { width, height: 800 } });
    for (const route of routes) {
      onSharedPage(`${route.path}: no heading, button or label breaks inside a word`, async ({ page }) => {
        await openAsFirstVisit(page, route.path, { textSize: 2, spacing });
        await expect(page.locator('html')).toHaveAttribute('data-laid-out', 'true');
        if (route.path === '/settings/') await expect(page.getByRole('radio', { name: /^Largest/ })).toBeChecked();
        const broken = await page.locator('h1, h2, h3, button, label, legend').evaluateAll(brokenWords);
        expect(broken.map((word) => `${route.path}: ${word}`)).toEqual([]);
      });
    }
  });
}

/*
 * Running text cannot keep its long words whole where the column holds about 11 letters (text size 2 on a 320 px
 * phone): there it lets the device hyphenate words of 11 letters or more. The hyphens themselves need the device's
 * dictionary, which this Chromium does not have, so what is checked is where hyphenation is allowed.
 */
test('running text may hyphenate long words only in the narrowest column, and headings and buttons never', async ({ page }) => {
  await page.goto('/medicines/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const hyphenation = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.hyphens} ${style.hyphenateLimitChars}`;
      });
  const never = 'manual auto';
  for (const [width, textSize, running] of [
    [320, 2, 'auto 11 4 4'],
    [320, 1.75, never],
    [390, 2, never],
    [320, 1, never],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await saveSettingsAndReload(page, { textSize });
    const where = `${width} px, text size ${textSize}`;
    expect(await hyphenation('main section p'), `paragraph at ${where}`).toBe(running);
    expect(await hyphenation('main section li'), `list item at ${where}`).toBe(running);
    expect(await hyphenation('main h2'), `heading at ${where}`).toBe(never);
    expect(await hyphenation('main button'), `button at ${where}`).toBe(never);
  }
});
