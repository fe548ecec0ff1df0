import { connectDisclosure, isOpen, MENU_TOGGLE, openDisclosure, PANEL_TOGGLE } from './disclosure';

/**
 * Makes the header's two buttons work: the "Text size and colors" panel and the Menu, which folds the navigation
 * and the panel away when large text makes the header narrow. The form inside the panel is drawn later.
 */
export function connectHeaderMenus(doc: Document): void {
  const displayPanelRoot = doc.getElementById('display-panel-root');
  const displayToggle = doc.querySelector<HTMLButtonElement>(PANEL_TOGGLE);
  if (displayPanelRoot && displayToggle) connectDisclosure(displayToggle, displayPanelRoot);
  const menuToggle = doc.querySelector<HTMLButtonElement>(MENU_TOGGLE);
  const siteMenu = doc.getElementById('site-menu');
  if (menuToggle && siteMenu) {
    connectDisclosure(menuToggle, siteMenu);
    // A larger text size chosen in the open panel can narrow the header until the menu folds, and with it the panel
    // and the radio button in focus. So opening the panel opens the menu too (a no-op while nothing is folded).
    const keepMenuOpen = () => {
      if (displayToggle && isOpen(displayToggle)) openDisclosure(menuToggle, siteMenu);
    };
    keepMenuOpen();
    displayToggle?.addEventListener('click', keepMenuOpen);
  }
}
