import { afterEach, describe, expect, it } from 'vitest';
import { connectDisclosure } from './disclosure';

function setup(expanded = 'false') {
  document.body.innerHTML = `<button type="button" aria-expanded="${expanded}" aria-controls="panel">Text size and colours</button><div id="panel" hidden><p>Inside</p></div>`;
  const button = document.querySelector('button')!;
  const region = document.getElementById('panel')!;
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
});
