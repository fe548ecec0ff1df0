/**
 * The header's "Text size and colors" panel opens and closes from a plain button with aria-expanded, not a
 * <details> element, which added a measurable share of the main-thread work before the first paint
 * (`node scripts/compare-pages.mjs --work` compares such variants). The panel's contents need JavaScript
 * anyway, so nothing is lost without it; and a click before the page's script has arrived still opens it
 * (toggleBeforeConnected).
 *
 * The header's Menu button works the same way, with one difference: its region folds only when the header is
 * narrow in rem (large text on a phone), so the stylesheet hides the region's parts from the button's
 * aria-expanded, and the region's own hidden attribute is never set (the button says so with data-narrow-only).
 */

/** The header's "Text size and colors" button (page-shell.tsx), found by main.tsx and by the early handler. */
export const PANEL_TOGGLE = 'button.display-toggle';

/** The header's Menu button (page-shell.tsx), shown by the stylesheet only when the header is narrow. */
export const MENU_TOGGLE = 'button.menu-toggle';

// Set on a button once connectDisclosure has it, so the early handler below leaves it alone.
const CONNECTED = 'disclosureConnected';

function show(button: HTMLButtonElement, region: HTMLElement, open: boolean): void {
  if (!('narrowOnly' in button.dataset)) region.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
}

/** Whether the button says its region is open. */
export function isOpen(button: HTMLButtonElement): boolean {
  return button.getAttribute('aria-expanded') === 'true';
}

/** Opens the button's region, if it is not open already. */
export function openDisclosure(button: HTMLButtonElement, region: HTMLElement): void {
  show(button, region, true);
}

/** Makes the button show and hide the region it controls, and keeps aria-expanded true to what is shown. */
export function connectDisclosure(button: HTMLButtonElement, region: HTMLElement): void {
  button.dataset[CONNECTED] = 'true';
  show(button, region, isOpen(button));
  button.addEventListener('click', () => show(button, region, !isOpen(button)));
}

/**
 * Until connectDisclosure has run, a click on the panel's or the menu's button still shows or hides its region
 * (the panel's form is filled in when the page's script arrives), as a <details> element would have. Called by
 * the start-up script in the page's head (src/startup/startup.ts).
 */
export function toggleBeforeConnected(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLButtonElement>(`${PANEL_TOGGLE}, ${MENU_TOGGLE}`);
    if (!button || button.dataset[CONNECTED]) return;
    const region = doc.getElementById(button.getAttribute('aria-controls') ?? '');
    if (region) show(button, region, !isOpen(button));
  });
}
