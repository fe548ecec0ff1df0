import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeProblems } from './axe';
import { differs, screenPixels, textLines } from './checks';
import { useSettings } from './saved-settings';

test.use({ serviceWorkers: 'block' });

test('at text size 2 the header links are as tall as their line of text, no taller', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await useSettings(page, { textSize: 2 });
  await page.goto('/radiation-therapy/');
  // At this size on a phone the links fold behind Menu (the next tests); opened, they are all there to measure.
  await page.getByRole('button', { name: 'Menu' }).click();
  const links = await page.locator('.site-header a').all();
  expect(links.length).toBeGreaterThan(3);
  for (const a of links) {
    const lines = await a.evaluate(textLines);
    const link = await a.evaluate((el) => ({
      name: el.textContent,
      height: el.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(el).lineHeight),
      target: parseFloat(getComputedStyle(el).minHeight),
    }));
    // A one-line link is as tall as a touch target; lines closer than that add nothing to it.
    expect(link.height, `${link.name}, ${lines} lines`).toBeLessThanOrEqual(Math.max(lines * link.line, link.target) + 1);
    expect(link.height, `${link.name}`).toBeGreaterThanOrEqual(44);
  }
});

test.describe('the header on a phone', () => {
  const phone = { width: 390, height: 844 };
  const folding = ['Home', 'Glossary', 'Settings'];
  /** Expects every link of the main navigation to be in view. */
  const expectEveryLink = async (page: Page) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of [...folding, 'Get help now']) await expect(nav.getByRole('link', { name })).toBeVisible();
  };

  test('at text size 2, all but the site name and "Get help now" fold behind Menu, and the page title is in the first screen', async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await useSettings(page, { textSize: 2 });
    await page.goto('/radiation-therapy/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const panelToggle = page.getByRole('button', { name: 'Text size and colors' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Get help now' })).toBeVisible();
    for (const name of folding) await expect(nav.getByRole('link', { name })).toBeHidden();
    await expect(panelToggle).toBeHidden();
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(title.y + title.height, 'the bottom of the page title').toBeLessThanOrEqual(phone.height);

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const name of folding) await expect(nav.getByRole('link', { name })).toBeVisible();
    await expect(panelToggle).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);
    await menu.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
  });

  test('at text size 2 on a 320 by 640 screen, the first line of the page title is on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await useSettings(page, { textSize: 2 });
    await page.goto('/radiation-therapy/');
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    const title = page.getByRole('heading', { level: 1 });
    const top = (await title.boundingBox())!.y;
    const line = await title.evaluate((h) => parseFloat(getComputedStyle(h).lineHeight));
    expect(top + line, "the bottom of the title's first line").toBeLessThanOrEqual(640);
  });

  test('at the standard text size nothing folds on a phone, only on a screen 12rem (288 px) wide or less', async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/radiation-therapy/');
    await expect(page.getByRole('button', { name: 'Text size and colors' })).toBeVisible();
    await expectEveryLink(page);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    // A folding phone's outer screen: 280 px is 11.7rem.
    await page.setViewportSize({ width: 280, height: 653 });
    await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeHidden();
  });

  test('a larger text size chosen in the header panel keeps the panel open and the chosen button in view', async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/surgery/');
    await page.getByRole('button', { name: 'Text size and colors' }).click();
    const largest = page.getByRole('radio', { name: 'Largest (twice the standard size)' });
    await largest.check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
    // The header is now narrow enough to fold; the menu stays open around the panel in use.
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    await expect(largest).toBeFocused();
    await expect(largest).toBeInViewport({ ratio: 1 });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('on the narrowest phones nothing folds, since Menu would need the script', async ({ page }) => {
      // With the script, the header folds at this width (the test above).
      await page.setViewportSize({ width: 280, height: 653 });
      await page.goto('/radiation-therapy/');
      await expectEveryLink(page);
      await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    });
  });
});

/**
 * The share of the focus outline's bottom edge, as painted, not in the page's colour: forced colours paint each line
 * of text on a backplate, which can cover an outline where no element does (so elementFromPoint cannot tell).
 */
async function outlineBottomShown(page: Page, element: Locator): Promise<number> {
  const edge = await element.evaluate((el) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
    // Where a backplate covers the outline, the band shows the page's colour (Canvas) instead.
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const rgb = (getComputedStyle(probe).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    probe.remove();
    // One row through the middle of the outline's bottom edge, from just outside the element's left to its right.
    return { x: Math.round(box.left - out / 2), y: Math.round(box.bottom + out), width: Math.round(box.width + out), canvas: rgb };
  });
  const { width, rgba } = await screenPixels(page, { x: edge.x, y: edge.y, width: edge.width, height: 1 });
  let shown = 0;
  for (let column = 0; column < width; column += 1) if (differs(rgba, column * 4, edge.canvas)) shown += 1;
  return shown / width;
}

test("in forced colours, the whole focus outline of the header's Menu shows, not covered by the next line", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ forcedColors: 'active' });
  await useSettings(page, { textSize: 1.75 });
  await page.goto('/surgery/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  // Opened, the menu puts "Home" on the line under the button. Back and forth with Tab: a click shows no outline.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(menu).toBeFocused();
  expect(await outlineBottomShown(page, menu)).toBeGreaterThan(0.9);
});
