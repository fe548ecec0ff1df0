/**
 * The header's "Text size and colours" panel opens and closes from a plain button with aria-expanded, not a
 * <details> element. Before the first paint, the details element took about 1.2 ms of the 13 ms of main-thread
 * work the home page does (thread time, CPU not slowed, `compare-pages.mjs --work`, 11 rounds, 2026-11-30):
 * some 5 ms on the phone profile's CPU slowed 4 times. The panel's contents need JavaScript anyway, so nothing
 * is lost without it; and a click before the page's script has arrived still opens it (toggleBeforeConnected).
 */

/** The header's "Text size and colours" button (page-shell.tsx), found by main.tsx and by the early handler. */
export const PANEL_TOGGLE = 'button.display-toggle';

// Set on a button once connectDisclosure has it, so the early handler below leaves it alone.
const CONNECTED = 'disclosureConnected';

function show(button: HTMLButtonElement, region: HTMLElement, open: boolean): void {
  region.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
}

/** Makes the button show and hide the region it controls, and keeps aria-expanded true to what is shown. */
export function connectDisclosure(button: HTMLButtonElement, region: HTMLElement): void {
  button.dataset[CONNECTED] = 'true';
  show(button, region, button.getAttribute('aria-expanded') === 'true');
  button.addEventListener('click', () => show(button, region, button.getAttribute('aria-expanded') !== 'true'));
}

/**
 * Until connectDisclosure has run, a click on the panel's button (PANEL_TOGGLE) still shows or hides its region
 * (which the page's script fills in when it arrives), as a <details> element would have. Called by the pre-paint
 * script.
 */
export function toggleBeforeConnected(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLButtonElement>(PANEL_TOGGLE);
    if (!button || button.dataset[CONNECTED]) return;
    const region = doc.getElementById(button.getAttribute('aria-controls') ?? '');
    if (region) show(button, region, button.getAttribute('aria-expanded') !== 'true');
  });
}
