import { afterEach, describe, expect, it } from 'vitest';
import { connectDisclosure, openDisclosure, toggleBeforeConnected } from './disclosure';

function render(expanded = 'false') {
  document.body.innerHTML = `<button type="button" class="display-toggle" aria-expanded="${expanded}" aria-controls="panel">Text size and colors</button><div id="panel" hidden><p>Inside</p></div>`;
  return { button: document.querySelector('button')!, region: document.getElementById('panel')! };
}

function setup(expanded = 'false') {
  const { button, region } = render(expanded);
  connectDisclosure(button, region);
  return { button, region };
}

describe('connectDisclosure', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opens the region on a click and says so, then closes it on the next', () => {
    const { button, region } = setup();
    expect(region.hidden).toBe(true);
    button.click();
    expect(region.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    button.click();
    expect(region.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('starts from what the button says, so the two never disagree', () => {
    const { button, region } = setup('true');
    expect(region.hidden).toBe(false);
    button.click();
    expect(region.hidden).toBe(true);
  });

  it('before the page script connects it, a click still opens the region; once connected, each click toggles once', () => {
    const doc = document.implementation.createHTMLDocument('early');
    toggleBeforeConnected(doc);
    doc.body.innerHTML = `<button type="button" class="display-toggle" aria-expanded="false" aria-controls="panel">Text size and colors</button><div id="panel" hidden></div>`;
    const button = doc.querySelector('button')!;
    const region = doc.getElementById('panel')!;
    button.click();
    expect(region.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // The script arrives with the panel open: it keeps it open, and the early handler steps aside.
    connectDisclosure(button, region);
    expect(region.hidden).toBe(false);
    button.click();
    expect(region.hidden).toBe(true);
    button.click();
    expect(region.hidden).toBe(false);
  });

  it('a menu that folds only on narrow screens changes what its button says, and never hides its region outright', () => {
    document.body.innerHTML = `<button type="button" class="menu-toggle" aria-expanded="false" aria-controls="menu" data-narrow-only="">Menu</button><div id="menu"><a href="/">Home</a></div>`;
    const button = document.querySelector('button')!;
    const region = document.getElementById('menu')!;
    connectDisclosure(button, region);
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // Folded or not is the stylesheet's call, by the header's width: on a wide screen the links stay in view.
    expect(region.hidden).toBe(false);
    openDisclosure(button, region);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('before the page script connects it, a click on the menu button opens the menu too', () => {
    const doc = document.implementation.createHTMLDocument('early');
    toggleBeforeConnected(doc);
    doc.body.innerHTML = `<button type="button" class="menu-toggle" aria-expanded="false" aria-controls="menu" data-narrow-only="">Menu</button><div id="menu"></div>`;
    const button = doc.querySelector('button')!;
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(doc.getElementById('menu')!.hidden).toBe(false);
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
