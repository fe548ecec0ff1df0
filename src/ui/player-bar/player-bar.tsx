import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Player, PlayerState } from '../../player/player';
import { listenAddress, sectionAt, sectionTitleAt } from '../../player/reading-document';
import { describeRate, RATES } from '../../player/reading-memory';

/** Props for the sticky player. */
export interface PlayerBarProps {
  readonly player: Player;
  /** Brings the reading place back into view after a control is used. */
  readonly onControlUsed: () => void;
  /** Puts focus on Play or Pause when the player first shows (the person came from the previous page's player). */
  readonly focusWhenShown?: boolean;
  /** True while the page is read as part of the whole guide (src/player/whole-guide.ts): the line then says so. */
  readonly wholeGuide?: () => boolean;
}

const ICONS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  stop: 'M6 6h12v12H6z',
  previous: 'M6 6h2v12H6zm3.5 6 8.5 6V6z',
  next: 'M16 6h2v12h-2zM6 18l8.5-6L6 6z',
  previousSection: 'M11 18V6l-8.5 6zm.5-6 8.5 6V6z',
  nextSection: 'M4 18l8.5-6L4 6zm9-12v12l8.5-6z',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
      <path d={ICONS[name]} />
    </svg>
  );
}

/** The word the player bar shows for each state. */
function statusWord(status: PlayerState['status'], engine: PlayerState['engine']): string {
  switch (status) {
    case 'preparing':
      return engine === 'built-in' ? 'Preparing the voice' : 'Starting';
    case 'playing':
      return 'Reading';
    case 'paused':
      return 'Paused';
    case 'finished':
      return 'Finished';
    default:
      return 'The voice is not working';
  }
}

/**
 * The words the bar shows while a page is read with this kind of voice. Not the error's ("The voice is not working"):
 * it is rare, and it brings a Retry button that changes the bar anyway, so its room is not held all the time.
 */
function readingWords(engine: PlayerState['engine'], guide: boolean): string[] {
  return (['preparing', 'playing', 'paused', 'finished'] as const).map((status) => (guide ? guideWord : statusWord)(status, engine));
}

/** The word while the whole guide is read, which the line follows with the page's title: "Reading the whole guide: Surgery". */
function guideWord(status: PlayerState['status'], engine: PlayerState['engine']): string {
  if (status === 'playing') return 'Reading the whole guide';
  if (status === 'paused') return 'Whole guide paused';
  if (status === 'preparing' && engine !== 'built-in') return 'Starting the whole guide';
  return statusWord(status, engine);
}

/**
 * What is being read, and where: "Reading: How it works (sentence 7 of 76)". Each part is one string, so one text
 * node: a screen reader moving through the page reads "(sentence 7 of 76)" as one phrase, not "(sentence", "7",
 * "of", "76" and ")" one by one, which is what separate text nodes for the numbers give.
 */
function NowText({ status, title, sentence, count }: { status: string; title: string; sentence: number; count: number }) {
  return (
    <>
      <span class="player__state">{`${status}:`}</span>
      {` ${title}`}
      <span class="player__position">{` (sentence ${sentence} of ${count})`}</span>
    </>
  );
}

/**
 * Where focus goes when Stop hides the player while focus is in it: the Listen button of the section that was being
 * read, else the page's, else the main content. Left in the removed bar, focus would fall back to the start of the
 * page (https://html.spec.whatwg.org/multipage/interaction.html#focus-fixup-rule) and a keyboard or screen-reader
 * user would lose their place.
 */
function focusAfterStop(root: HTMLElement, anchor: string | undefined): HTMLElement | null {
  const doc = root.ownerDocument;
  const listen = (target: string) =>
    [...doc.querySelectorAll<HTMLElement>('button[data-listen]')].find((button) => button.dataset.listen === target);
  return (anchor ? listen(anchor) : undefined) ?? listen('page') ?? doc.getElementById('main');
}

/** Uses the player's state, re-rendering whenever the player reports a change. */
export function usePlayerState(player: Player): PlayerState {
  const [state, setState] = useState(player.state);
  useEffect(() => {
    const unsubscribe = player.subscribe(setState);
    // The player may have changed between the first render and this effect (a restored reading place).
    setState(player.state);
    return unsubscribe;
  }, [player]);
  return state;
}

/**
 * The sticky read-aloud player: Play/Pause, Stop, previous and next sentence and section, and speed; once the page
 * has been read, a link that reads the guide's next page.
 * It appears once reading starts. Shortcuts work only while focus is inside it, so they never clash with
 * screen-reader keys elsewhere on the page.
 */
export function PlayerBar({ player, onControlUsed, focusWhenShown = false, wholeGuide }: PlayerBarProps) {
  const state = usePlayerState(player);
  const rootRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLButtonElement>(null);
  const focused = useRef(false);
  const shown = state.status !== 'idle';
  useEffect(() => {
    if (!focusWhenShown || !shown || focused.current) return;
    focused.current = true;
    // The page stays where it is (its title at the top); the bar is on screen wherever the page is scrolled.
    mainRef.current?.focus({ preventScroll: true });
  }, [focusWhenShown, shown]);
  const doc = player.document;
  const count = doc.items.length;
  // The mode changes only with the player's state (Stop, the end of the guide), so it is read at each render.
  const guide = wholeGuide?.() ?? false;
  const titles = guide ? [doc.pageTitle] : doc.sections.map((each) => each.title);
  // Every word with every title: the longest in letters is not always the widest. Made once for the page and the kind
  // of voice, not again at each sentence.
  const sizers = useMemo(
    () =>
      readingWords(state.engine, guide).flatMap((word) =>
        titles.map((title) => (
          <span class="player__now-sizer" aria-hidden="true">
            <NowText status={word} title={title} sentence={count} count={count} />
          </span>
        )),
      ),
    [state.engine, doc, count, guide],
  );
  if (!shown) return null;
  const section = sectionAt(doc, state.index);
  const active = state.status === 'playing' || state.status === 'preparing';
  const act = (action: () => void) => () => {
    action();
    onControlUsed();
  };
  const stop = () => {
    const root = rootRef.current;
    const next = root?.contains(root.ownerDocument.activeElement) ? focusAfterStop(root, section?.anchor) : null;
    player.stop();
    next?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // The page stops reading on Escape too (src/reading/reader.ts); here focus is first moved out of the bar it hides.
    if (event.key === 'Escape') {
      event.preventDefault();
      stop();
      return;
    }
    if (target.tagName === 'INPUT' || event.altKey || event.ctrlKey || event.metaKey) return;
    const keys: Record<string, () => void> = {
      k: () => player.toggle(),
      K: () => player.toggle(),
      ArrowLeft: () => (event.shiftKey ? player.previousSection() : player.previous()),
      ArrowRight: () => (event.shiftKey ? player.nextSection() : player.next()),
    };
    const run = keys[event.key];
    if (run) {
      event.preventDefault();
      act(run)();
    }
  };
  return (
    <section class="player" aria-label="Read aloud" ref={rootRef} onKeyDown={onKeyDown}>
      {/* The line keeps the height of the tallest it can be while this page is read, so that the buttons above it
          do not move when it changes: on a 412 px phone, "Preparing the voice: How it works" took two lines and
          "Reading: How it works" one, so the bar shrank and its buttons moved under the finger as the built-in voice
          began; section titles of one and two lines did the same. */}
      <p class="player__now">
        <span class="player__now-text">
          <NowText
            status={(guide ? guideWord : statusWord)(state.status, state.engine)}
            title={guide ? doc.pageTitle : sectionTitleAt(doc, state.index)}
            sentence={state.index + 1}
            count={count}
          />
        </span>
        {sizers}
      </p>
      {/* Before the buttons, on screen too, so large text on a phone cannot push it out of the bar's first view. */}
      {state.status === 'finished' && doc.next ? (
        <p class="player__next">
          <a href={listenAddress(doc.next.path)}>Listen to the next page: {doc.next.title}</a>
        </p>
      ) : null}
      <div class="player__controls" role="group" aria-label="Read-aloud controls">
        <button type="button" class="secondary" onClick={act(() => player.previousSection())} aria-keyshortcuts="Shift+ArrowLeft">
          <Icon name="previousSection" />
          <span>Previous section</span>
        </button>
        <button type="button" class="secondary" onClick={act(() => player.previous())} aria-keyshortcuts="ArrowLeft">
          <Icon name="previous" />
          <span>Previous sentence</span>
        </button>
        <button type="button" class="player__main" ref={mainRef} onClick={act(() => player.toggle())} aria-keyshortcuts="K">
          <Icon name={active ? 'pause' : 'play'} />
          <span>{active ? 'Pause' : state.status === 'finished' ? 'Play again' : 'Play'}</span>
        </button>
        <button type="button" class="secondary" onClick={act(() => player.next())} aria-keyshortcuts="ArrowRight">
          <Icon name="next" />
          <span>Next sentence</span>
        </button>
        <button type="button" class="secondary" onClick={act(() => player.nextSection())} aria-keyshortcuts="Shift+ArrowRight">
          <Icon name="nextSection" />
          <span>Next section</span>
        </button>
        <button type="button" class="secondary" onClick={stop} aria-keyshortcuts="Escape">
          <Icon name="stop" />
          <span>Stop</span>
        </button>
        {state.status === 'error' ? (
          <button type="button" onClick={act(() => player.retry())}>
            Retry
          </button>
        ) : null}
        {/* After the buttons rather than in the speed row: on a phone the buttons' last row has room for it, where
            the speed row had not and gave it a row of its own, making the player taller on a narrow phone. */}
        <a href="/settings/#voice" class="player__voice-link">
          Voice
        </a>
      </div>
      <div class="player__speed">
        <label for="reading-speed">Speed</label>
        <input
          id="reading-speed"
          type="range"
          min={RATES[0]}
          max={RATES[RATES.length - 1]}
          step={0.25}
          value={state.rate}
          aria-valuetext={describeRate(state.rate)}
          onInput={(event) => player.setRate(Number((event.target as HTMLInputElement).value))}
        />
        <span class="player__rate" aria-hidden="true">
          {state.rate}×
        </span>
      </div>
    </section>
  );
}
