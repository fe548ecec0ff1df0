import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { misplacedBullets } from './checks';
import { routes } from './routes';
import { useSettings } from './saved-settings';
import { openAsFirstVisit, test as onSharedPage } from './shared-page';
import { waitForTypefaceSaved } from './typeface';

// The sources' links were inline blocks, whose bullet sat beside their last line. At the standard size, so that
// most items are one line (each item of more lines costs a screenshot).
onSharedPage.describe('type: at 390 px, every bullet is beside the first line of its item', () => {
  onSharedPage.use({ viewport: { width: 390, height: 844 } });
  for (const route of routes) {
    onSharedPage(`${route.path}`, async ({ page }) => {
      await openAsFirstVisit(page, route.path);
      expect(await misplacedBullets(page), route.path).toEqual([]);
    });
  }
});

test.describe('type', () => {
  test('body text is at least 24 px, lines are at most about 70 characters, spaced 1.5 or more, never justified', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/radiation-therapy/');
    const facts = await page.evaluate(() => {
      const ps = [...document.querySelectorAll<HTMLElement>('main p, main li')];
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz';
      document.querySelector('main p')!.append(probe);
      const charWidth = probe.getBoundingClientRect().width / 26;
      probe.remove();
      return ps.map((p) => {
        const style = getComputedStyle(p);
        return {
          size: parseFloat(style.fontSize),
          lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          align: style.textAlign,
          chars: p.clientWidth / charWidth,
        };
      });
    });
    for (const fact of facts) {
      expect(fact.size).toBeGreaterThanOrEqual(24);
      expect(fact.lineHeight).toBeGreaterThanOrEqual(1.5);
      expect(fact.align).not.toBe('justify');
      expect(fact.chars).toBeLessThanOrEqual(75);
    }
  });

  test('with the browser default font size set to 32 px, body text doubles', async ({ page }) => {
    await page.goto('/surgery/');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main section p')!).fontSize));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.reload();
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main section p')!).fontSize));
    expect(before).toBe(24);
    expect(after).toBe(48);
  });

  test('the largest text setting is twice the default', async ({ page }) => {
    await useSettings(page, { textSize: 2 });
    await page.goto('/surgery/');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main section p')!).fontSize))).toBe(48);
  });

  test('the typeface is Atkinson Hyperlegible, served from this site', async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fontRequests.push(r.url()));
    // The first page loads the typeface for the pages after it (src/typeface/typeface.ts).
    await page.goto('/surgery/');
    await waitForTypefaceSaved(page);
    await page.goto('/ablation/');
    await expect(page.locator('html')).toHaveAttribute('data-typeface', 'ready');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('1rem "Atkinson Hyperlegible"'))).toBe(true);
    expect(fontRequests.length).toBeGreaterThan(0);
    for (const url of fontRequests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  });

  // Android phones have no Arial: their sans-serif is Roboto, whose bold is 6.5 % narrower than Atkinson's. The
  // fallback face for Roboto is stretched (size-adjust) so lines wrap alike before and after the swap. Roboto comes
  // from @fontsource/roboto here, as the test machine need not have it installed.
  test('the Roboto fallback face is as wide as Atkinson Hyperlegible, in both weights', async ({ page }) => {
    const roboto = (weight: number) =>
      readFileSync(fileURLToPath(import.meta.resolve(`@fontsource/roboto/files/roboto-latin-${weight}-normal.woff2`))).toString('base64');
    await page.goto('/radiation-therapy/');
    const ratios = await page.evaluate(
      async (files: Record<string, string>) => {
        const rules = [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter(
            (rule): rule is CSSFontFaceRule =>
              rule instanceof CSSFontFaceRule && rule.style.getPropertyValue('font-family').includes('Atkinson Fallback Roboto'),
          );
        const sample = (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 600);
        const context = document.createElement('canvas').getContext('2d')!;
        const width = (font: string) => {
          context.font = font;
          return context.measureText(sample).width;
        };
        const found: Record<string, number> = {};
        for (const rule of rules) {
          const weight = rule.style.getPropertyValue('font-weight');
          const bytes = Uint8Array.from(atob(files[weight] ?? ''), (c) => c.charCodeAt(0));
          // sizeAdjust is in Chromium since 92 but not yet in TypeScript's DOM types.
          const descriptors = { weight, sizeAdjust: rule.style.getPropertyValue('size-adjust') } as FontFaceDescriptors;
          const face = new FontFace('Roboto under test', bytes, descriptors);
          document.fonts.add(await face.load());
          await document.fonts.load(`${weight} 1em "Atkinson Hyperlegible"`);
          found[weight] = width(`${weight} 100px "Roboto under test"`) / width(`${weight} 100px "Atkinson Hyperlegible"`);
          document.fonts.delete(face);
        }
        return found;
      },
      { 400: roboto(400), 700: roboto(700) },
    );
    expect(Object.keys(ratios).sort()).toEqual(['400', '700']);
    for (const ratio of Object.values(ratios)) expect(Math.abs(ratio - 1)).toBeLessThan(0.01);
  });

  // The renderer says which font it really drew: a font that loads but is never used would pass the test above.
  async function drawnIn(page: Page, selector: string): Promise<string[]> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    await cdp.detach();
    return fonts.map((font) => font.familyName);
  }

  // Swapping the typeface in on the first page moved words to the next line under the reader's eyes, so that page
  // keeps the fallback while the font loads for the pages after it (src/typeface/typeface.ts).
  test('the first page of a first visit keeps the fallback; the pages after it draw Atkinson Hyperlegible from the start', async ({
    page,
  }) => {
    // What the page names when it has been parsed, before anything has had time to load.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __atParsed: string }).__atParsed = document.documentElement.dataset.typeface ?? 'none';
      });
    });
    await page.goto('/surgery/');
    expect(await page.evaluate(() => (window as unknown as { __atParsed: string }).__atParsed)).toBe('none');
    await waitForTypefaceSaved(page);
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator('html')).not.toHaveAttribute('data-typeface');
    expect(await drawnIn(page, 'main section p')).not.toContain('Atkinson Hyperlegible');
    await page.getByRole('link', { name: 'Next: Ablation' }).click();
    await page.waitForURL('**/ablation/');
    expect(await page.evaluate(() => (window as unknown as { __atParsed: string }).__atParsed)).toBe('ready');
    await page.evaluate(() => document.fonts.ready);
    expect(await drawnIn(page, 'main section p')).toEqual(['Atkinson Hyperlegible']);
    expect(await drawnIn(page, 'h1')).toEqual(['Atkinson Hyperlegible']);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the text is drawn in Atkinson Hyperlegible', async ({ page }) => {
      await page.goto('/surgery/');
      await expect.poll(() => drawnIn(page, 'main section p')).toEqual(['Atkinson Hyperlegible']);
    });
  });
});
