/**
 * The header's "Text size and colours" panel opens and closes from a plain button with aria-expanded, not a
 * <details> element. Before the first paint, the details element took about 1.2 ms of the 13 ms of main-thread
 * work the home page does (thread time, CPU not slowed, `compare-pages.mjs --work`, 11 rounds, 2026-11-30):
 * some 5 ms on the phone profile's CPU slowed 4 times. The panel's contents need JavaScript anyway, so nothing
 * is lost without it.
 */

/** Makes the button show and hide the region it controls, and keeps aria-expanded true to what is shown. */
export function connectDisclosure(button: HTMLButtonElement, region: HTMLElement): void {
  const show = (open: boolean) => {
    region.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  show(button.getAttribute('aria-expanded') === 'true');
  button.addEventListener('click', () => show(button.getAttribute('aria-expanded') !== 'true'));
}
