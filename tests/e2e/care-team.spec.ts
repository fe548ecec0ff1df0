import { expect, test, type Page } from '@playwright/test';
import { CARE_TEAM_KEY } from '../../src/care-team/care-team';
import { formatDate } from '../../src/pages/article/article';
import { NOT_REVIEWED } from '../../src/pages/review-status/review-status';
import { THEMES } from '../../src/settings/settings';
import { axeProblems } from './axe';
import { guide, routes } from './routes';
import { useSettings } from './saved-settings';

const PROMPT = "Save your care team's phone numbers on this device";
const DAY = { name: 'Call my care team, (555) 010-0100', href: 'tel:5550100100' };
const NIGHT = { name: 'Call my care team after hours, +1 555 010 0199', href: 'tel:+15550100199' };

test.use({ viewport: { width: 390, height: 844 } });

/** The element's box, which must be there. */
async function box(page: Page, name: string, role: 'link' | 'button') {
  const found = await page.getByRole(role, { name, exact: true }).boundingBox();
  expect(found, name).not.toBeNull();
  return found!;
}

for (const textSize of [1, 2] as const) {
  test(`at 390 by 844 and text size ${textSize}, "Call 911" is a large button on the urgent page's first screen, above Listen`, async ({
    page,
  }) => {
    await useSettings(page, { textSize });
    await page.goto('/get-help-now/');
    await expect(page.getByRole('link', { name: 'Call 911', exact: true })).toHaveAttribute('href', 'tel:911');
    const call = await box(page, 'Call 911', 'link');
    const listen = await box(page, 'Listen to this page', 'button');
    expect(call.y).toBeGreaterThanOrEqual(0);
    expect(call.y + call.height).toBeLessThanOrEqual(844);
    expect(call.y + call.height).toBeLessThanOrEqual(listen.y);
    expect(Math.min(call.width, call.height)).toBeGreaterThanOrEqual(44);
    // It grows with the text: its words are 1.1 times the page's text size.
    const fontSize = await page
      .getByRole('link', { name: 'Call 911', exact: true })
      .evaluate((link) => parseFloat(getComputedStyle(link).fontSize));
    expect(fontSize).toBeCloseTo(24 * textSize * 1.1, 0);
  });
}

test('numbers saved on Settings become call buttons on the urgent and home pages; removed, the prompt comes back', async ({ page }) => {
  // Without numbers, the home page's prompt leads to the form.
  await page.goto('/');
  await page.getByRole('link', { name: PROMPT, exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/#care-team$/);
  await expect(page.getByRole('heading', { name: "My care team's phone numbers" })).toBeInViewport();

  await page.getByLabel('Daytime number').fill('(555) 010-0100');
  await page.getByLabel('Number for after hours, nights and weekends').fill('+1 555 010 0199');
  await page.getByRole('button', { name: 'Save numbers' }).click();
  await expect(page.locator('#app-status')).toHaveText("Your care team's phone numbers are saved on this device.");

  for (const path of ['/get-help-now/', '/']) {
    await page.goto(path);
    for (const { name, href } of [DAY, NIGHT]) await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    await expect(page.getByRole('link', { name: PROMPT, exact: true })).toHaveCount(0);
  }
  // Both on the urgent page's first screen at the standard size, above Listen.
  await page.goto('/get-help-now/');
  const listen = await box(page, 'Listen to this page', 'button');
  for (const { name } of [DAY, NIGHT]) {
    const call = await box(page, name, 'link');
    expect(call.y + call.height, name).toBeLessThanOrEqual(Math.min(listen.y, 844));
    expect(call.height, name).toBeGreaterThanOrEqual(44);
  }
  expect(await axeProblems(page)).toEqual([]);

  await page.goto('/settings/');
  await page.getByRole('button', { name: 'Remove saved numbers' }).click();
  await expect(page.locator('#app-status')).toHaveText("Your care team's phone numbers are removed from this device.");
  expect(await page.evaluate((key) => localStorage.getItem(key), CARE_TEAM_KEY)).toBeNull();
  for (const path of ['/get-help-now/', '/']) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: PROMPT, exact: true })).toHaveAttribute('href', '/settings/#care-team');
    await expect(page.locator('.care-team-prompt')).toHaveText(`${PROMPT}, so you can call them with one tap.`);
    await expect(page.getByRole('link', { name: /^Call my care team/ })).toHaveCount(0);
  }
});

test('a number without digits is refused with a message tied to its field', async ({ page }) => {
  await page.goto('/settings/');
  const day = page.getByLabel('Daytime number');
  await day.fill('---');
  await page.getByRole('button', { name: 'Save numbers' }).click();
  await expect(day).toBeFocused();
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expect(day).toHaveAccessibleDescription('Type the phone number with its digits, for example 555-010-0100.');
  expect(await page.evaluate((key) => localStorage.getItem(key), CARE_TEAM_KEY)).toBeNull();
  expect(await axeProblems(page)).toEqual([]);
});

test('the call buttons keep 7:1 contrast in every theme, and a border of their own in forced colours', async ({ page }) => {
  await page.addInitScript(
    ([key]) => localStorage.setItem(key!, JSON.stringify({ day: '555-0100', afterHours: '555-0199' })),
    [CARE_TEAM_KEY],
  );
  const contrasts = () =>
    page.locator('.call-button').evaluateAll((links) => {
      const luminance = (colour: string) => {
        const [r, g, b] = colour
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map((v) => {
            const c = Number(v) / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          }) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return links.map((link) => {
        const style = getComputedStyle(link);
        const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a) as [number, number];
        return (light + 0.05) / (dark + 0.05);
      });
    });
  for (const theme of THEMES) {
    await useSettings(page, { theme });
    await page.goto('/get-help-now/');
    const ratios = await contrasts();
    expect(ratios, theme).toHaveLength(3);
    for (const ratio of ratios) expect(ratio, theme).toBeGreaterThanOrEqual(7);
  }
  await page.emulateMedia({ forcedColors: 'active' });
  const borders = await page.locator('.call-button').evaluateAll((links) => links.map((link) => getComputedStyle(link).borderTopStyle));
  expect(borders).toEqual(['solid', 'solid', 'solid']);
});

test('every page says in its footer whether a doctor or nurse has reviewed the guide', async ({ request }) => {
  const review = guide.clinicalReviewer;
  const expected = review ? `Reviewed by ${review.name}, ${review.role}, on ${formatDate(review.date)}.` : NOT_REVIEWED;
  for (const route of routes) {
    const html = await (await request.get(route.path)).text();
    const footer = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
    expect(footer.replace(/<[^>]+>/g, ''), route.path).toContain(expected);
  }
});
