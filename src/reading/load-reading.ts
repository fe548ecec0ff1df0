import type { Player } from '../player/player';
import type { ReadingDeps } from './start-reading';

/**
 * Loads the reading code, a file of its own that the pages with something to read preload (page-shell.tsx), and
 * starts the player for the article. A click on Listen or on a sentence that comes before it is ready is kept and
 * done once it is.
 */
export async function loadReading(article: HTMLElement, deps: ReadingDeps): Promise<Player | null> {
  const doc = article.ownerDocument;
  // Declared through `as`: TypeScript does not see the listener assign it, and would otherwise take it as null.
  let early = null as HTMLElement | null;
  const keep = (event: Event) => {
    const target = event.target as HTMLElement;
    if (article.contains(target) && !target.closest('a')) early = target;
  };
  doc.addEventListener('click', keep, true);
  try {
    const { startReading } = await import('./start-reading');
    // The reading code's own setup is the largest step of start-up; give input and paint a turn first.
    await deps.nextTurn();
    const player = await startReading(article, deps);
    early?.click();
    return player;
  } catch {
    deps.announcer.announce('Reading aloud could not load. Reload the page to try again.');
    return null;
  } finally {
    doc.removeEventListener('click', keep, true);
  }
}
