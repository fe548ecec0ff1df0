import { useEffect, useState } from 'preact/hooks';
import type { InstallPrompt } from '../../offline/install-prompt';

/** What kind of install help fits this browser. */
export type InstallWay = 'installed' | 'prompt' | 'ios' | 'menu';

/** Tells, from the user agent, whether this is Safari on an iPhone or iPad (which has no install prompt). */
export function isAppleMobile(userAgent: string, maxTouchPoints: number): boolean {
  // iPadOS reports a Mac user agent; a Mac with a touch screen is an iPad.
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/**
 * Helps people put the guide on their home screen: an "Install this app" button where the browser offers
 * installation, step-by-step instructions on iPhone and iPad (which can be read aloud, like any page), and
 * nothing once installed.
 */
export function InstallHelp({ install, initialWay }: { install: InstallPrompt; initialWay: InstallWay }) {
  const [way, setWay] = useState<InstallWay>(install.available ? 'prompt' : initialWay);
  useEffect(
    () =>
      install.subscribe((state) => {
        if (state === 'available') setWay('prompt');
        if (state === 'installed') setWay('installed');
      }),
    [install],
  );
  if (way === 'installed') return null;
  if (way === 'prompt') {
    return (
      <section class="install-help" aria-labelledby="install-heading">
        <h2 id="install-heading">Use it like an app</h2>
        <p>Install the guide to open it from your home screen, with or without the internet.</p>
        <p>
          <button type="button" onClick={() => void install.prompt()}>
            Install this app
          </button>
        </p>
      </section>
    );
  }
  if (way === 'ios') {
    return (
      <article
        class="install-help"
        data-page="install-help"
        data-title="Add this guide to your home screen"
        aria-labelledby="install-heading"
      >
        <section data-section="steps">
          <h2 id="install-heading">
            <span class="s" data-s="install-title">
              Add this guide to your home screen
            </span>
          </h2>
          <button type="button" class="listen-button listen-button--section" data-listen="steps">
            Listen<span class="visually-hidden"> to the steps to add this guide to your home screen</span>
          </button>
          <ol class="install-steps">
            <li>
              <span class="s" data-s="install-1">
                Tap the Share button. It is a square with an arrow pointing up, at the bottom or top of the screen.
              </span>
            </li>
            <li>
              <span class="s" data-s="install-2">
                Scroll down and tap Add to Home Screen.
              </span>
            </li>
            <li>
              <span class="s" data-s="install-3">
                Tap Add. The guide now has its own icon on your home screen.
              </span>
            </li>
          </ol>
        </section>
      </article>
    );
  }
  return (
    <section class="install-help" aria-labelledby="install-heading">
      <h2 id="install-heading">Use it like an app</h2>
      <p>To open the guide from your home screen, open your browser's menu and choose Install, or Add to Home screen.</p>
    </section>
  );
}
