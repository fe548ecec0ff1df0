import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);

/**
 * axe-core with two checks made stricter for low vision: 7:1 contrast for large text too (axe asks only 4.5:1
 * there), and 44 by 44 px targets (WCAG 2.5.5 AAA) with no spacing exception. WCAG 2.5.8 lets a small target pass
 * when it is far enough from its neighbours (axe's "target-offset" check); here the target-size rule has only its
 * size check, so a small target fails wherever it is. (Measuring the offset to every other target on the page is
 * also what made axe slow on long pages.) The AA contrast rule is left out: it measures each text as the 7:1 rule
 * does and asks less of it, so any text that fails it fails the 7:1 rule too.
 */
const STRICT_AXE_SOURCE =
  readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') +
  ';axe.configure({' +
  'checks:[{id:"color-contrast-enhanced",options:{contrastRatio:{normal:{expected:7},large:{expected:7}}}},{id:"target-size",options:{minSize:44}}],' +
  'rules:[{id:"target-size",any:[{id:"target-size",options:{minSize:44}}]}]' +
  '});';

/** The WCAG tags we test against: 2.2 AA, the AAA rules axe has, and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'best-practice'];

/**
 * The rules among AXE_TAGS whose result can change with the colours alone: text contrast, and whether links in a
 * paragraph stand out from the text around them. A colour theme changes nothing else on the page.
 */
export const COLOUR_RULES = ['color-contrast-enhanced', 'link-in-text-block'];

/**
 * Runs strict axe on the page, or only the given rules of AXE_TAGS; returns violations plus contrast checks axe
 * could not decide.
 */
export async function axeProblems(
  page: Page,
  { countUndecidedContrast = true, onlyRules }: { countUndecidedContrast?: boolean; onlyRules?: readonly string[] } = {},
) {
  // Later sections skip layout until the browser is idle after load (src/layout/full-layout.ts), and axe cannot
  // tell the contrast of text that is not laid out ("overlapped by another element"): wait for that layout.
  await page.waitForFunction(
    () => !document.documentElement.classList.contains('js') || document.documentElement.dataset.laidOut === 'true',
  );
  // axe.run in the page itself, once per page: the page has no frames to visit.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(STRICT_AXE_SOURCE);
  const options: RunOptions = onlyRules
    ? { runOnly: { type: 'rule', values: [...onlyRules] } }
    : { runOnly: { type: 'tag', values: AXE_TAGS }, rules: { 'color-contrast': { enabled: false } } };
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  const undecided = countUndecidedContrast ? results.incomplete.filter((item) => item.id.startsWith('color-contrast')) : [];
  return [...results.violations, ...undecided].map((item) => ({
    id: item.id,
    help: item.help,
    nodes: item.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} :: ${node.failureSummary ?? ''}`.slice(0, 300)),
  }));
}
