import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadingDocument } from '../../player/reading-document';
import { FakeEngine } from '../../../tests/fakes/fake-engine';
import { fixturePlayer, nextPage, readingDocument } from '../../../tests/fakes/reading-fixture';
import { PlayerBar } from './player-bar';

const doc = readingDocument(
  [
    { anchor: 'a', title: 'First', sentences: ['One.', 'Two.'] },
    { anchor: 'b', title: 'Second', sentences: ['Three.'] },
  ],
  { pageId: 'p', pageTitle: 'Page', idPrefix: '' },
);

function setup(engineOptions: ConstructorParameters<typeof FakeEngine>[0] = {}, document: ReadingDocument = doc, focusWhenShown = false) {
  const engine = new FakeEngine(engineOptions);
  const { player } = fixturePlayer({ document, engine });
  render(<PlayerBar player={player} onControlUsed={() => {}} focusWhenShown={focusWhenShown} />);
  return { player, engine };
}

afterEach(cleanup);

/** The line saying what is being read, as shown (not its unseen copies that hold its height). */
const nowLine = () => document.querySelector('.player__now-text')?.textContent;

describe('PlayerBar', () => {
  it('is hidden until reading starts, then shows what is being read', () => {
    const { player } = setup();
    expect(screen.queryByRole('region', { name: 'Read aloud' })).toBeNull();
    act(() => player.playSection('b'));
    expect(nowLine()).toBe('Reading: Second (sentence 3 of 3)');
  });

  it('says in plain words that the voice is getting ready, before it speaks', () => {
    // An ellipsis before the colon ("Starting…: Second") was shown, and spoken by screen readers as "dot dot dot".
    for (const [kind, state] of [
      ['device', 'Starting'],
      ['built-in', 'Preparing the voice'],
    ] as const) {
      const { player } = setup({ kind, start: 'never' });
      act(() => player.playSection('b'));
      expect(nowLine()).toContain(`${state}: Second`);
      cleanup();
    }
  });

  it('holds the room of every line it can show while reading, in copies hidden from screen readers', () => {
    const { player } = setup();
    act(() => player.playSection('b'));
    const copies = [...document.querySelectorAll('.player__now-sizer')];
    expect(copies.map((copy) => copy.textContent)).toEqual(
      ['Starting', 'Reading', 'Paused', 'Finished'].flatMap((word) => [
        `${word}: First (sentence 3 of 3)`,
        `${word}: Second (sentence 3 of 3)`,
      ]),
    );
    expect(copies.every((copy) => copy.getAttribute('aria-hidden') === 'true')).toBe(true);
    cleanup();
    const builtIn = setup({ kind: 'built-in' }).player;
    act(() => builtIn.playSection('b'));
    expect([...document.querySelectorAll('.player__now-sizer')].map((copy) => copy.textContent)).toContain(
      'Preparing the voice: First (sentence 3 of 3)',
    );
  });

  it('swaps Play and Pause in the button name, without aria-pressed', () => {
    const { player } = setup();
    act(() => player.playPage());
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(pause.hasAttribute('aria-pressed')).toBe(false);
    act(() => void fireEvent.click(pause));
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('says the speed in words and changes it', () => {
    const { player, engine } = setup();
    act(() => player.playPage());
    const slider = screen.getByRole('slider', { name: 'Speed' }) as HTMLInputElement;
    expect(slider.getAttribute('aria-valuetext')).toBe('Normal speed');
    act(() => void fireEvent.input(slider, { target: { value: '1.5' } }));
    expect(slider.getAttribute('aria-valuetext')).toBe('1.5 times normal speed');
    expect(engine.requests.at(-1)!.rate).toBe(1.5);
  });

  it('moves by sentence with the arrow keys while focus is inside it', () => {
    const { player } = setup();
    act(() => player.playPage());
    act(() => void fireEvent.keyDown(screen.getByRole('button', { name: 'Pause' }), { key: 'ArrowRight' }));
    expect(player.state.index).toBe(1);
    act(() => void fireEvent.keyDown(screen.getByRole('button', { name: 'Pause' }), { key: 'ArrowRight', shiftKey: true }));
    expect(player.state.index).toBe(2);
  });

  it('at the end of a page, offers to listen to the next page, and only then', () => {
    const { player, engine } = setup({}, { ...doc, next: nextPage });
    act(() => player.playSection('b'));
    expect(screen.queryByRole('link', { name: /next page/ })).toBeNull();
    act(() => engine.finish());
    const link = screen.getByRole('link', { name: 'Listen to the next page: Ablation' });
    expect(link.getAttribute('href')).toBe('/ablation/#listen');
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Play again' })));
    expect(screen.queryByRole('link', { name: /next page/ })).toBeNull();
  });

  it('offers no next page on the last page of the guide', () => {
    const { player, engine } = setup();
    act(() => player.playSection('b'));
    act(() => engine.finish());
    expect(screen.getByRole('region', { name: 'Read aloud' }).textContent).toContain('Finished');
    expect(screen.queryByRole('link', { name: /next page/ })).toBeNull();
  });

  it('takes focus to Play when asked, once, as it first shows', () => {
    const { player } = setup({}, doc, true);
    expect(document.activeElement).toBe(document.body);
    act(() => player.cue('1'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Play' }));
    (document.activeElement as HTMLElement).blur();
    act(() => player.next());
    expect(document.activeElement).toBe(document.body);
  });

  describe('when Stop hides it', () => {
    // The page's Listen buttons, as the article has them (src/pages/article/article.tsx).
    let listen: HTMLElement;
    afterEach(() => listen.remove());
    const addListenButtons = () => {
      listen = document.createElement('div');
      listen.innerHTML = ['page', 'a', 'b'].map((target) => `<button type="button" data-listen="${target}">Listen</button>`).join('');
      document.body.append(listen);
    };
    const listenButton = (target: string) => listen.querySelector(`[data-listen="${target}"]`);

    it('moves focus from Stop to the Listen button of the section that was being read', () => {
      addListenButtons();
      const { player } = setup();
      act(() => player.playSection('b'));
      const stop = screen.getByRole('button', { name: 'Stop' });
      stop.focus();
      act(() => void fireEvent.click(stop));
      expect(screen.queryByRole('region', { name: 'Read aloud' })).toBeNull();
      expect(document.activeElement).toBe(listenButton('b'));
    });

    it('moves focus there too when Escape is pressed in it', () => {
      addListenButtons();
      const { player } = setup();
      act(() => player.playSection('a'));
      const speed = screen.getByRole('slider', { name: 'Speed' });
      speed.focus();
      act(() => void fireEvent.keyDown(speed, { key: 'Escape' }));
      expect(player.state.status).toBe('idle');
      expect(document.activeElement).toBe(listenButton('a'));
    });

    it('leaves focus alone when it was elsewhere', () => {
      addListenButtons();
      const { player } = setup();
      act(() => player.playSection('b'));
      act(() => void fireEvent.click(screen.getByRole('button', { name: 'Stop' })));
      expect(player.state.status).toBe('idle');
      expect(document.activeElement).toBe(document.body);
    });
  });
});
