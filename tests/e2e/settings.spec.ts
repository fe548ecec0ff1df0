import { expect, test } from '@playwright/test';
import { axeProblems } from './axe';
import { saveSettingsAndReload, useSettings } from './saved-settings';

// At 320 px a 48 px "underline" is wider than the room beside a 44 px radio button, so this is at 360 px, the
// narrowest common Android width.
test('at 360 px and text size 2, the words of every settings choice fit on a line of their own', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await useSettings(page, { textSize: 2 });
  await page.goto('/settings/');
  await expect(page.getByRole('radio', { name: /^Largest/ })).toBeChecked();
  const tooNarrow = await page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('.choice__option label')].filter((l) => l.getClientRects().length > 0);
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'nowrap';
    return labels.flatMap((label) => {
      const text = label.textContent ?? '';
      label.append(probe);
      const widest = Math.max(
        ...text
          .split(/\s+/)
          .filter(Boolean)
          .map((word) => {
            probe.textContent = word;
            return probe.getBoundingClientRect().width;
          }),
      );
      probe.remove();
      const style = getComputedStyle(label);
      const room = label.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return widest <= room + 1 ? [] : [`"${text}": its longest word is ${Math.round(widest)} px, the label ${Math.round(room)} px`];
    });
  });
  expect(tooNarrow).toEqual([]);
});

/*
 * A settings group drops its side borders and padding where the column is narrow for its text, on the Settings
 * page and in the header's panel alike: on a phone at any text size, and on a tablet at text size 2, where they
 * took 102 of the 736 px.
 */
test('the settings groups give their labels the whole width where the column is narrow for its text', async ({ page }) => {
  const sides = (scope: string) =>
    page
      .locator(`${scope} .choice`)
      .first()
      .evaluate((group) => {
        const style = getComputedStyle(group);
        return parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      });
  for (const [width, textSize, narrow] of [
    [390, 1, true],
    [768, 1, false],
    [768, 2, true],
  ] as const) {
    await page.setViewportSize({ width, height: 1024 });
    await page.goto('/settings/');
    await saveSettingsAndReload(page, { textSize });
    const onSettingsPage = await sides('main');
    // The Settings page has the form in full; every other page has it in the header's panel.
    await page.goto('/glossary/');
    await page.getByRole('button', { name: 'Text size and colors' }).click();
    const inHeaderPanel = await sides('.site-header');
    for (const [where, value] of [
      ['on the Settings page', onSettingsPage],
      ["in the header's panel", inHeaderPanel],
    ] as const) {
      const context = `${where} at ${width} px, text size ${textSize}`;
      if (narrow) expect(value, context).toBe(0);
      else expect(value, context).toBeGreaterThan(0);
    }
  }
});

test.describe('settings', () => {
  test('changes apply at once, are remembered, and Reset goes back to the defaults', async ({ page }) => {
    await page.goto('/settings/');
    await page.getByRole('radio', { name: 'Yellow on black' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'yellow');
    await page.getByRole('radio', { name: 'Largest (twice the standard size)' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
    await page.getByRole('radio', { name: 'Wide' }).check();
    await page.getByRole('radio', { name: 'Box around the sentence' }).check();
    await page.goto('/surgery/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'yellow');
    await expect(page.locator('html')).toHaveAttribute('data-spacing', 'wide');
    await expect(page.locator('html')).toHaveAttribute('data-highlight', 'box');
    await page.goto('/settings/');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'cream');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '1');
    await expect(page.getByRole('radio', { name: 'Follow my device' })).toBeChecked();
  });

  test('every page has the display settings in a panel under the header, applied at once', async ({ page }) => {
    await page.goto('/ablation/');
    const toggle = page.getByRole('button', { name: 'Text size and colors' });
    const panel = page.locator('#display-panel-root');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await panel.getByRole('radio', { name: 'Very large' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '1.5');
    await panel.getByRole('radio', { name: 'Black on white' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'white');
    expect(await axeProblems(page)).toEqual([]);
    await toggle.press('Enter');
    await expect(panel).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.goto('/settings/');
    await expect(page.getByRole('radio', { name: 'Very large' })).toBeChecked();
    await expect(page.locator('.display-panel')).toHaveCount(0);
  });

  test('the display panel opens at once, even before the page script has arrived', async ({ page }) => {
    // Held back, as on a slow connection: only the inline pre-paint script is running.
    await page.route(/\/assets\/main-.*\.js$/, (route) => route.abort());
    await page.goto('/surgery/');
    const toggle = page.getByRole('button', { name: 'Text size and colors' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#display-panel-root')).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#display-panel-root')).toBeHidden();
  });

  test('saved settings apply before first paint, without the page script', async ({ page }) => {
    await useSettings(page, { theme: 'dark', textSize: 1.5 });
    // Block the app's module script: only the small inline pre-paint script can have applied the settings.
    await page.route(/\/assets\/main-.*\.js$/, (route) => route.abort());
    await page.goto('/surgery/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main section p')!).fontSize))).toBe(36);
  });

  test('a first visit follows the device: dark mode gives white on black, more contrast gives black on white', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'white');
  });

  test('the first paint already follows the device, from the stylesheet alone', async ({ page }) => {
    // Block the app's module script: only the stylesheet's media queries can pick these colours.
    await page.route(/\/assets\/main-.*\.js$/, (route) => route.abort());
    const colours = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        return [style.backgroundColor, style.color, document.documentElement.dataset.theme ?? 'none'];
      });
    const cases = [
      { media: { colorScheme: 'light', contrast: 'no-preference' }, expected: ['rgb(255, 251, 234)', 'rgb(17, 17, 17)', 'none'] },
      { media: { colorScheme: 'dark', contrast: 'no-preference' }, expected: ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'none'] },
      { media: { colorScheme: 'light', contrast: 'more' }, expected: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'none'] },
      { media: { colorScheme: 'dark', contrast: 'more' }, expected: ['rgb(0, 0, 0)', 'rgb(255, 255, 0)', 'none'] },
    ] as const;
    for (const { media, expected } of cases) {
      await page.emulateMedia(media);
      await page.goto('/surgery/');
      expect(await colours(), JSON.stringify(media)).toEqual(expected);
    }
    // A chosen theme wins over the device, also before the app script.
    await useSettings(page, { theme: 'cream' });
    await page.goto('/surgery/');
    expect(await colours()).toEqual(['rgb(255, 251, 234)', 'rgb(17, 17, 17)', 'cream']);
  });

  test('reduced motion turns off smooth scrolling and animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/surgery/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });
});
