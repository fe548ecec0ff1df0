import type { Page } from '@playwright/test';

/** WCAG 1.4.12's text-spacing overrides, as a stylesheet (needs a context with bypassCSP). */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p, li, dd { margin-bottom: 2em !important; }';

/** Elements that stick out past the right edge, and whether the page scrolls sideways. */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const hidden = (el: Element) => el.closest('.visually-hidden, .skip-link') !== null;
    const offenders = [...document.body.querySelectorAll('*')]
      .filter((el) => !hidden(el))
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 0 && rect.right > width + 1;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrolls: root.scrollWidth > width + 1, scrollWidth: root.scrollWidth, width, offenders };
  });
}

/** Elements whose content is cut off by overflow: hidden or clip. */
export function clippedText(page: Page) {
  return page.evaluate(() =>
    [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !el.closest('.visually-hidden') && el.getClientRects().length > 0)
      .filter((el) => {
        const style = getComputedStyle(el);
        const clips = /hidden|clip/.test(style.overflowX + style.overflowY) && style.clip === 'auto';
        return clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

/** Interactive elements smaller than 44 by 44 CSS pixels, except links inside sentences (WCAG 2.5.5 allows those). */
export function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .filter((el) => !el.closest('.s, .say') && !el.matches('.skip-link'))
      // Links inside a sentence of a paragraph are exempt (WCAG 2.5.5 "inline").
      .filter(
        (el) =>
          !(
            el.matches('a') &&
            el.parentElement?.matches('p') &&
            (el.parentElement.textContent ?? '').trim() !== (el.textContent ?? '').trim()
          ),
      )
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width < 44 - 0.5 || rect.height < 44 - 0.5;
      })
      .map((el) => {
        const rect = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}x${Math.round(rect.height)}`;
      }),
  );
}

/** How many lines of text an element's words take on screen. Runs in the page: `locator.evaluate(textLines)`. */
export function textLines(element: Element): number {
  const text = document.createRange();
  text.selectNodeContents(element);
  return new Set([...text.getClientRects()].map((r) => Math.round(r.top))).size;
}

/**
 * The words that an element's text breaks across two lines, each with the element it is in. Words are the runs
 * between spaces and hyphens: a line may end after a hyphen, as in "Bone-strengthening". Runs in the page:
 * `locator.evaluateAll(brokenWords)`.
 */
export function brokenWords(elements: Element[]): string[] {
  return elements.flatMap((element) => {
    if (element.getClientRects().length === 0) return [];
    const text = element.textContent ?? '';
    const words: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.parentElement?.closest('.visually-hidden')) continue;
      for (const match of n.data.matchAll(/[^\s\u002d\u2010\u2011]+/g)) {
        const range = document.createRange();
        range.setStart(n, match.index);
        range.setEnd(n, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) words.push(`"${match[0]}" in ${element.localName} "${text.trim()}"`);
      }
    }
    return words;
  });
}

/** The contrast ratio of two CSS colours (rgb or rgba strings), by the WCAG formula. */
export function contrastRatio(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? ['0', '0', '0'])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** What one Tab stop looks like: outline, colours and whether something covers it. */
export interface FocusStop {
  readonly name: string;
  readonly outlineStyle: string;
  readonly outlineWidth: number;
  readonly outlineColor: string;
  readonly pageColor: string;
  readonly ownColor: string;
  readonly obscured: boolean;
}

/** Presses Tab through the page and describes each focused element. */
export async function tabThrough(page: Page, maxStops = 80): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const key = `${el.tagName}:${el.id}:${el.textContent?.slice(0, 40)}:${Math.round(el.getBoundingClientRect().top + scrollY)}`;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      // A link that wraps over two lines is two boxes: test the middle of each. Blocks: centre and corners.
      const points =
        style.display === 'inline'
          ? [...el.getClientRects()].map((r) => [r.left + r.width / 2, r.top + r.height / 2])
          : [
              [rect.left + rect.width / 2, rect.top + rect.height / 2],
              [rect.left + 2, rect.top + 2],
              [rect.right - 2, rect.top + 2],
              [rect.left + 2, rect.bottom - 2],
              [rect.right - 2, rect.bottom - 2],
            ];
      const fits = rect.height <= innerHeight && rect.width <= innerWidth;
      const covered = points.some(([x, y]) => {
        // Off screen counts as hidden, unless the element is bigger than the screen and cannot all show at once.
        if (x! < 0 || y! < 0 || x! > innerWidth || y! > innerHeight) return fits;
        const hit = document.elementFromPoint(x!, y!);
        return hit !== null && hit !== el && !el.contains(hit) && !hit.contains(el);
      });
      // The colour behind the element: that of its nearest ancestor with a background, or the page's.
      let pageColor = getComputedStyle(document.documentElement).backgroundColor;
      for (let node = el.parentElement; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
          pageColor = colour;
          break;
        }
      }
      return {
        key,
        name: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor,
        pageColor,
        ownColor: style.backgroundColor,
        obscured: covered,
      };
    });
    if (!stop) continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    const { key: _key, ...rest } = stop;
    stops.push(rest);
  }
  return stops;
}

/** A rectangle of the screen, in CSS pixels from the viewport's top left. */
export interface Clip {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The pixels of part of the screen as painted, as RGBA rows. The screenshot is decoded in the page, not fetched as a
 * data: URL, which the page's Content-Security-Policy refuses.
 */
export async function screenPixels(page: Page, clip: Clip): Promise<{ width: number; height: number; rgba: number[] }> {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, rgba: [...context.getImageData(0, 0, bitmap.width, bitmap.height).data] };
  }, png.toString('base64'));
}

/** Whether a pixel (at index i of RGBA data) differs from a colour by more than a trace in any channel. */
export function differs(rgba: ArrayLike<number>, i: number, rgb: readonly number[]): boolean {
  return [0, 1, 2].some((c) => Math.abs(rgba[i + c]! - rgb[c]!) > 24);
}

/**
 * List items of more than one line whose bullet is painted beside a later line than their first (a bullet sits on
 * the first line box's baseline, and an inline-block's baseline is its last line), over the lists in the page.
 */
export async function misplacedBullets(page: Page): Promise<string[]> {
  const items = page.locator('main li, aside li');
  // Bulleted items taller than a line, found at once: each one looked at costs a screenshot.
  const tall = await items.evaluateAll((lis) =>
    lis.flatMap((li, i) => {
      const style = getComputedStyle(li);
      const bulleted = style.display === 'list-item' && style.listStyleType !== 'none' && style.listStylePosition === 'outside';
      return bulleted && li.getBoundingClientRect().height > 1.5 * parseFloat(style.lineHeight) ? [i] : [];
    }),
  );
  const misplaced: string[] = [];
  for (const i of tall) {
    const item = items.nth(i);
    const where = await item.evaluate(async (li) => {
      // Instantly: the page scrolls smoothly where motion is not reduced.
      li.scrollIntoView({ block: 'center', behavior: 'instant' });
      // Measured once the words in view have their typeface, as the screenshot will show them.
      await new Promise(requestAnimationFrame);
      await document.fonts.ready;
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
      });
      const first = walker.nextNode();
      if (!first) return null;
      const text = document.createRange();
      text.selectNodeContents(first);
      const firstLine = [...text.getClientRects()].find((r) => r.height > 0);
      const box = li.getBoundingClientRect();
      if (!firstLine || box.bottom - firstLine.bottom < firstLine.height / 2) return null;
      // The bullet is painted in the list's padding, left of the item, short of where letters such as "j" reach
      // into it.
      const list = li.parentElement!.getBoundingClientRect();
      // The colour behind the item: that of its nearest ancestor with a background, or the page's.
      let behind = getComputedStyle(document.documentElement).backgroundColor;
      for (let node = li.parentElement; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
          behind = colour;
          break;
        }
      }
      return {
        behind,
        text: (li.textContent ?? '').trim().slice(0, 40),
        clip: {
          x: Math.max(0, Math.floor(list.left)),
          y: Math.floor(box.top),
          width: Math.max(1, Math.floor(box.left - list.left) - 6),
          height: Math.ceil(box.height),
        },
        firstLine: { top: firstLine.top - box.top, bottom: firstLine.bottom - box.top },
      };
    });
    if (!where) continue;
    const behind = (where.behind.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    const { width, height, rgba } = await screenPixels(page, where.clip);
    const inked: number[] = [];
    for (let row = 0; row < height; row += 1) {
      for (let column = 0; column < width; column += 1) {
        if (differs(rgba, (row * width + column) * 4, behind)) {
          inked.push(row);
          break;
        }
      }
    }
    const beside = inked.length > 0 && inked[0]! >= where.firstLine.top - 2 && inked.at(-1)! <= where.firstLine.bottom + 2;
    if (!beside)
      misplaced.push(
        `"${where.text}": bullet at ${inked[0]}–${inked.at(-1)} px, first line ${Math.round(where.firstLine.top)}–${Math.round(where.firstLine.bottom)} px`,
      );
  }
  return misplaced;
}
