/**
 * Keeps the page's `--bar-height` equal to the sticky player's height, so the stylesheet can keep focused elements
 * and the reading place clear of it (WCAG 2.4.11, https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum).
 */
export function trackBarHeight(root: HTMLElement, bar: HTMLElement | null, win: Window): void {
  if (bar && 'ResizeObserver' in win) {
    new ResizeObserver(() => root.style.setProperty('--bar-height', `${bar.offsetHeight}px`)).observe(bar);
  }
}
