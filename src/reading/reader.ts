import type { Player } from '../player/player';

/** What the reader wiring needs. */
export interface ReaderOptions {
  readonly root: HTMLElement;
  readonly player: Player;
  readonly onControlUsed: () => void;
}

/**
 * Connects the prerendered article to the player: each Listen button starts its section (or the page), a
 * click or tap on a sentence starts reading there, and Escape stops reading. Also, if the person has
 * selected text (with the mouse, or the keyboard's caret browsing), Listen starts at the selected sentence.
 */
export function connectReader({ root, player, onControlUsed }: ReaderOptions): () => void {
  const doc = root.ownerDocument;
  const selectedSentence = (): string | null => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const node = selection.getRangeAt(0).startContainer;
    const element = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest<HTMLElement>('[data-s]');
    return element && root.contains(element) ? (element.dataset.s ?? null) : null;
  };
  const onClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    const listen = target.closest<HTMLButtonElement>('button[data-listen]');
    if (listen) {
      const fromSelection = selectedSentence();
      if (fromSelection) player.playFrom(fromSelection);
      else if (listen.dataset.listen === 'page') player.playPage();
      else player.playSection(listen.dataset.listen ?? '');
      onControlUsed();
      return;
    }
    // A link inside a sentence still works as a link; selecting text does not start reading.
    if (target.closest('a, button, input, select, textarea')) return;
    const sentence = target.closest<HTMLElement>('[data-s]');
    if (!sentence || !root.contains(sentence) || selectedSentence()) return;
    player.playFrom(sentence.dataset.s ?? '');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && player.state.status !== 'idle') {
      player.stop();
    }
  };
  doc.addEventListener('click', onClick);
  doc.addEventListener('keydown', onKeyDown);
  return () => {
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('keydown', onKeyDown);
  };
}
