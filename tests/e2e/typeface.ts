import { expect, type Page } from '@playwright/test';
import { TYPEFACE_KEY } from '../../src/typeface/typeface';

/** Waits until the page has loaded the typeface and saved that, so the pages opened after it name it from the start. */
export async function waitForTypefaceSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), TYPEFACE_KEY), { timeout: 20_000 })
    .toBe(JSON.stringify('loaded'));
}
