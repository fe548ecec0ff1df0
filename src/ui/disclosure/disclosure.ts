/**
 * The header's "Text size and colours" panel opens and closes from a plain button with aria-expanded, not a
 * <details> element: its summary and hidden part cost the phone profile's first paint about 1.2 ms of main-thread
 * work on a page that otherwise takes 13 (unthrottled, so some 5 ms on a CPU slowed 4 times; median of 11
 * paired runs, 2026-11-30). The panel's contents need JavaScript anyway, so nothing is lost without it.
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
