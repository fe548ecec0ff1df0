/** A function run inside the page: it is sent as source text, so it may use only its arguments and the page's globals. */
export type PageFunction<Args extends unknown[], Result> = (...args: Args) => Result;

/** What the cross-engine tests need from a browser, whichever library drives it. */
export interface EngineDriver {
  /** The engine's name as the test titles say it. */
  readonly name: string;
  /** Opens an address and resolves once the page has loaded. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a function in the page and returns its (JSON-like) result; a returned promise is awaited. */
  run<Args extends unknown[], Result>(fn: PageFunction<Args, Result>, ...args: Args): Promise<Awaited<Result>>;
  /**
   * Clicks, as a person would (a trusted click, which lets the page play sound), the first element that matches the
   * selector and, when given, whose text is exactly `text`. The element is scrolled into view at once first.
   */
  click(selector: string, text?: string): Promise<void>;
  /** Saves a PNG of what the page shows. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Finds the element to click and scrolls it into view without animation, then lets two frames be drawn: the click
 * lands where the page was last drawn, and a click during smooth scrolling, or before the scroll is drawn, can miss
 * (WebKitWebDriver then reports the element as not interactable, or the click reaches nothing). Runs in the page.
 */
export async function findForClick(selector: string, text: string | null): Promise<Element> {
  const normalized = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const element = [...document.querySelectorAll(selector)].find((each) => text === null || normalized(each) === text);
  if (!element) throw new Error(`Nothing to click: ${selector}${text === null ? '' : ` with the text "${text}"`}`);
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return element;
}

/** Polls the page until `done` accepts what `probe` returns, or fails with the last value after the deadline. */
export async function waitInPage<Args extends unknown[], Result>(
  driver: EngineDriver,
  probe: PageFunction<Args, Result>,
  args: Args,
  done: (value: Awaited<Result>) => boolean,
  { timeout = 10_000, what = 'the page' }: { timeout?: number; what?: string } = {},
): Promise<Awaited<Result>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await driver.run(probe, ...args);
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${timeout} ms for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
