import { expect, test } from '@playwright/test';
import { axeProblems } from './axe';
import { routes } from './routes';
import { openAsFirstVisit, test as onSharedPage } from './shared-page';

onSharedPage.describe('every prerendered route', () => {
  for (const route of routes) {
    onSharedPage(`${route.path} has one h1, landmarks, a unique title and no axe problems`, async ({ page }) => {
      const response = await openAsFirstVisit(page, route.path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(route.h1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      for (const landmark of ['banner', 'navigation', 'main', 'contentinfo']) {
        await expect(page.getByRole(landmark as 'banner').first()).toBeVisible();
      }
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
      await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
      expect(await axeProblems(page)).toEqual([]);
    });
  }
});

test.describe('every prerendered route', () => {
  test('titles are unique', async ({ page }) => {
    const titles = new Set<string>();
    for (const route of routes) {
      await page.goto(route.path);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(routes.length);
  });

  test('an address that does not exist gets the 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
  });

  test('the skip link is the first Tab stop and moves focus to main', async ({ page }) => {
    await page.goto('/surgery/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('treatment pages link to the previous and next page', async ({ page }) => {
    await page.goto('/surgery/');
    await expect(page.getByRole('link', { name: 'Previous: Radiation therapy' })).toHaveAttribute('href', '/radiation-therapy/');
    await expect(page.getByRole('link', { name: 'Next: Ablation' })).toHaveAttribute('href', '/ablation/');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const route of routes) {
    test(`${route.path} is readable`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.locator('h1')).toHaveText(route.h1);
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(100);
      // Controls that need JavaScript are not shown when it cannot run.
      await expect(page.locator('.needs-js:visible')).toHaveCount(0);
    });
  }
});

test('the strict axe check catches low contrast and small targets (negative control)', async ({ page }) => {
  await page.goto('/surgery/');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Grey text that passes AA but not 7:1';
    p.style.color = '#6b6b6b';
    p.style.background = '#ffffff';
    const b = document.createElement('button');
    b.textContent = 'x';
    b.style.cssText = 'min-width:0;min-height:0;width:20px;height:20px;padding:0';
    document.querySelector('main')!.append(p, b);
  });
  const ids = (await axeProblems(page)).map((p) => p.id);
  expect(ids).toContain('color-contrast-enhanced');
  expect(ids).toContain('target-size');
});
