import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);

/**
 * axe-core with two checks made stricter for low vision (accessibility.md §1.3):
 * 7:1 contrast for large text too (axe asks only 4.5:1 there), and 44 by 44 px targets (WCAG 2.5.5 AAA),
 * with the spacing exception of 2.5.8 switched off (an unreachable minimum offset).
 */
const STRICT_AXE_SOURCE =
  readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') +
  ';axe.configure({checks:[' +
  '{id:"color-contrast-enhanced",options:{contrastRatio:{normal:{expected:7},large:{expected:7}}}},' +
  '{id:"target-size",options:{minSize:44}},{id:"target-offset",options:{minOffset:100000}}]});';

/** The WCAG tags we test against: 2.2 AA, the AAA rules axe has, and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'best-practice'];

/** Runs strict axe on the page; returns violations plus contrast checks axe could not decide. */
export async function axeProblems(page: Page, { countUndecidedContrast = true } = {}) {
  // Later sections skip layout until the browser is idle after load (src/layout/full-layout.ts), and axe cannot
  // tell the contrast of text that is not laid out ("overlapped by another element"). Wait, as a reader's
  // first touch would not: since the reading code became a file of its own, the browser is busy a little
  // after load, and one CI run on 2026-11-29 scanned a page before its layout was done.
  await page.waitForFunction(() => !document.documentElement.classList.contains('js') || document.documentElement.dataset.laidOut === 'true');
  const results = await new AxeBuilder({ page, axeSource: STRICT_AXE_SOURCE }).withTags(AXE_TAGS).analyze();
  const undecided = countUndecidedContrast ? results.incomplete.filter((item) => item.id.startsWith('color-contrast')) : [];
  return [...results.violations, ...undecided].map((item) => ({
    id: item.id,
    help: item.help,
    nodes: item.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} :: ${node.failureSummary ?? ''}`.slice(0, 300)),
  }));
}
