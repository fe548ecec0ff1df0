import type { Player, PlayerState } from './player';

/** How the highlight follows reading; one per page. */
export interface HighlighterOptions {
  readonly root: HTMLElement;
  readonly prefersReducedMotion: () => boolean;
}

type HighlightRegistry = { set(name: string, value: unknown): void; delete(name: string): void };

function highlightApi(): { registry: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

/** Finds the DOM range of characters [start, end) of an element's text. */
export function rangeOfText(element: HTMLElement, start: number, end: number): Range | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = element.ownerDocument.createRange();
  let offset = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!startSet && start < offset + length) {
      range.setStart(node, Math.max(0, start - offset));
      startSet = true;
    }
    if (startSet && end <= offset + length) {
      range.setEnd(node, Math.max(0, end - offset));
      return range;
    }
    offset += length;
  }
  return null;
}

/**
 * Marks the sentence being read (a class the CSS draws as background plus thick underline) and the word
 * being spoken (CSS Custom Highlight API, no DOM changes), and keeps the reading place in view unless the
 * person has scrolled away to read something else. Focus is never moved.
 */
export function startHighlighter(player: Player, { root, prefersReducedMotion }: HighlighterOptions): Highlighter {
  const api = highlightApi();
  let marked: HTMLElement | null = null;
  let followReading = true;
  let lastStatus = player.state.status;
  const elementFor = (state: PlayerState) => {
    const id = player.document.items[state.index]?.id;
    return id ? root.querySelector<HTMLElement>(`[data-s="${id}"]`) : null;
  };
  const isInView = (element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    const view = element.ownerDocument.defaultView;
    return rect.bottom > 0 && rect.top < (view?.innerHeight ?? 0);
  };
  const keepInView = (element: HTMLElement) => {
    // Wait a frame so the player has drawn and its height is known (scroll-padding keeps text clear of it).
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (marked === element && !isFullyInView(element)) {
          element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
        }
      }),
    );
  };
  const render = (state: PlayerState) => {
    const element = state.status === 'idle' ? null : elementFor(state);
    const statusChanged = state.status !== lastStatus;
    lastStatus = state.status;
    if (element !== marked) {
      // Follow along only if the last sentence was still on screen: the person has not scrolled away.
      if (marked) followReading = isInView(marked);
      marked?.classList.remove('is-reading');
      element?.classList.add('is-reading');
      marked = element;
      if (element && followReading) keepInView(element);
    } else if (element && followReading && statusChanged) {
      // The player can grow with its state (the next page's link once a page is read, Retry after an error) and
      // cover the sentence it has just read.
      keepInView(element);
    }
    if (api) {
      const range = element && state.word && state.status === 'playing' ? rangeOfText(element, state.word.start, state.word.end) : null;
      if (range) api.registry.set('reading-word', new api.Highlight(range));
      else api.registry.delete('reading-word');
    }
  };
  const isFullyInView = (element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    const view = element.ownerDocument.defaultView;
    const barHeight = element.ownerDocument.getElementById('app-bar')?.getBoundingClientRect().height ?? 0;
    return rect.top >= 0 && rect.bottom <= (view?.innerHeight ?? 0) - barHeight;
  };
  const unsubscribe = player.subscribe((state) => render(state));
  render(player.state);
  return {
    follow() {
      // A control press means "take me to the reading place" again.
      followReading = true;
      if (marked && !isFullyInView(marked))
        marked.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    },
    stop() {
      unsubscribe();
      marked?.classList.remove('is-reading');
      api?.registry.delete('reading-word');
    },
  };
}

/** The running highlight. */
export interface Highlighter {
  /** Brings the reading place into view and follows it again. */
  follow(): void;
  /** Removes the highlight and stops following the player. */
  stop(): void;
}
