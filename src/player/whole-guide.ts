// "Listen to the whole guide": reads page after page in the guide's order, each page going on to the next by itself.
// The mode is kept on the device with the page it is reading, so it carries across page loads and, with the saved
// reading place, "Continue listening" after closing the guide carries on in the same mode. It belongs to that page
// only: a page opened some other way and listened to is read alone. Stop ends it.
import type { AppStorage } from '../storage/storage';
import type { Player, PlayerStatus } from './player';
import { listenAddress } from './reading-document';

/** Added to a page's address to read it as part of the whole guide: it reads from its top, as with #listen. */
export const LISTEN_TO_GUIDE = '#listen-guide';

/** Storage key; the version lives inside the value. */
export const WHOLE_GUIDE_KEY = 'bmg.whole-guide';

/** The address that opens a page and reads it, and the pages after it, as the whole guide. */
export function wholeGuideAddress(path: string): string {
  return `${path}${LISTEN_TO_GUIDE}`;
}

/** The page being read as part of the whole guide, or null when the mode is off (or what is saved is malformed). */
export function loadWholeGuide(storage: AppStorage): string | null {
  const data = storage.read(WHOLE_GUIDE_KEY) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || data.version !== 1) return null;
  return typeof data.pageId === 'string' && data.pageId.length > 0 && data.pageId.length <= 80 ? data.pageId : null;
}

/** Turns the mode on for a page. */
export function saveWholeGuide(storage: AppStorage, pageId: string): boolean {
  return storage.write(WHOLE_GUIDE_KEY, { version: 1, pageId });
}

/** Turns the mode off. */
export function clearWholeGuide(storage: AppStorage): void {
  storage.remove(WHOLE_GUIDE_KEY);
}

/** What the whole-guide mode needs from the page. */
export interface WholeGuideOptions {
  readonly storage: AppStorage;
  /** The page was opened to be read as part of the whole guide (its address ended in #listen-guide). */
  readonly arrived: boolean;
  /** Opens another page (location.assign in the browser). */
  readonly navigate: (address: string) => void;
}

/**
 * The whole-guide mode on one page: on when the page was opened as part of the whole guide, or is the page the mode
 * was reading. At the end of the page it opens the next one to be read in the same mode; Stop, or the end of the
 * guide's last page, ends it.
 */
export class WholeGuide {
  private on: boolean;
  private last: PlayerStatus;

  constructor(
    private readonly player: Player,
    private readonly options: WholeGuideOptions,
  ) {
    const pageId = player.document.pageId;
    if (options.arrived) saveWholeGuide(options.storage, pageId);
    this.on = options.arrived || loadWholeGuide(options.storage) === pageId;
    this.last = player.state.status;
    player.subscribe((state) => {
      const previous = this.last;
      this.last = state.status;
      if (!this.on || state.status === previous) return;
      if (state.status === 'idle') this.end();
      else if (state.status === 'finished') this.goOn();
    });
  }

  /** True while this page is being read as part of the whole guide. */
  get active(): boolean {
    return this.on;
  }

  /** The address the lock screen's "next" button opens: the next page, in this mode when it is on. */
  nextAddress(path: string): string {
    return this.on ? wholeGuideAddress(path) : listenAddress(path);
  }

  /**
   * Says the player's news the way the mode changes it, so a person who cannot see the player hears that the whole
   * guide is being read: "Reading the whole guide: Surgery", "Stopped reading the whole guide".
   */
  describe(message: string): string {
    if (!this.on) return message;
    if (message.startsWith('Reading: ')) return `Reading the whole guide: ${message.slice('Reading: '.length)}`;
    if (message === 'Stopped') return 'Stopped reading the whole guide';
    if (this.player.document.next === null && message.startsWith('Finished reading ')) return 'Finished reading the whole guide';
    return message;
  }

  private goOn(): void {
    const next = this.player.document.next;
    if (!next) {
      this.end();
      return;
    }
    // Saved before leaving, so that if the next page never opens, "Continue listening" there is still in this mode.
    saveWholeGuide(this.options.storage, next.pageId);
    this.options.navigate(wholeGuideAddress(next.path));
  }

  private end(): void {
    this.on = false;
    clearWholeGuide(this.options.storage);
  }
}
