import type { ComponentChildren } from 'preact';
import type { ClinicalReview } from '../../content/content-types';
import { SITE } from '../../site/site';
import { THEME_COLOURS } from '../../settings/settings';
import { ReviewStatus } from '../review-status/review-status';

/** The built files every page links to, found in Vite's manifest. */
export interface PageAssets {
  readonly scripts: readonly string[];
  /** The reading player's code, which main.tsx imports only on pages with an article. */
  readonly readerScripts: readonly string[];
  /** The first-paint stylesheet, inlined: on a slow phone connection a separate file costs a round trip before the first paint. */
  readonly inlineStyle: string;
  /** Styles only for what the script draws, linked at the end of <body> so they never hold back the first paint. */
  readonly lateStylesheets: readonly string[];
  /** How pages print, linked with media="print", which never holds back the first paint on screen. */
  readonly printStylesheets: readonly string[];
  readonly preloadFonts: readonly string[];
  /** The small script that applies saved settings before the first paint, inlined for the same reason. */
  readonly inlinePrePaintScript: string;
  /** The Content Security Policy, with the hashes of the inlined style and script. */
  readonly contentSecurityPolicy: string;
}

/** Everything the shell needs to know about one page. */
export interface ShellProps {
  readonly title: string;
  readonly description: string;
  readonly path: string;
  readonly assets: PageAssets;
  /** Marks the header link of the current page. */
  readonly current?: 'home' | 'get-help-now' | 'glossary' | 'settings' | 'about';
  /** The page has an article to read aloud, so it preloads the reading code. */
  readonly reading?: boolean;
  /** The guide's clinical review (content/review.yaml); the footer says plainly when there has been none. */
  readonly review: ClinicalReview | null;
  readonly children: ComponentChildren;
}

/** The accessible frame of every page: skip link, header, navigation, main, player region and footer. */
export function PageShell({ title, description, path, assets, current, reading = false, review, children }: ShellProps) {
  const fullTitle = path === '/' ? SITE.name : `${title} – ${SITE.name}`;
  const navLink = (href: string, key: ShellProps['current'], label: string, urgent = false) => (
    <li class={urgent ? 'nav-item--urgent' : undefined}>
      <a href={href} class={urgent ? 'nav-link nav-link--urgent' : 'nav-link'} aria-current={current === key ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <html lang={SITE.lang} class="no-js">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={assets.contentSecurityPolicy} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        {/* Until a theme is chosen the page follows the device's colour scheme; the settings code sets both once
            it knows the theme in force. */}
        <meta name="theme-color" content={THEME_COLOURS.cream} media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content={THEME_COLOURS.dark} media="(prefers-color-scheme: dark)" />
        <meta name="referrer" content="no-referrer" />
        <link rel="manifest" href="/manifest.webmanifest" />
        {/* A PNG, not the SVG: Chromium draws an SVG tab icon on the page's own main thread after load, a long
            enough task that a slow phone feels it as a tap that waits. A PNG is decoded outside the page. */}
        <link rel="icon" href="/icons/icon-48.png" sizes="48x48" type="image/png" />
        <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />
        {/* Applies saved settings before the first paint, so there is no flash of the wrong theme or size. It comes
            before the stylesheet: its class and attribute changes then have no style rules to check. */}
        <script dangerouslySetInnerHTML={{ __html: assets.inlinePrePaintScript }} />
        <style dangerouslySetInnerHTML={{ __html: assets.inlineStyle }} />
        {assets.scripts.map((src) => (
          <script type="module" src={src}></script>
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            {/* Shown by CSS when the start-up script (src/startup/startup.ts) finds the device offline, so it is there before the first paint. */}
            <p class="offline-badge">
              <strong>Offline.</strong> Everything in this guide still works.
            </p>
            <p class="site-name">
              <a href="/">{SITE.name}</a>
            </p>
            {/* On paper the reminder goes under the guide's name, above the title (print.css), where the footer had
                it on a sheet of its own on six of twelve pages: Chromium does not move a page's last lines to the
                footer's sheet, whatever the break rules. Hidden on screen, where the footer says it. */}
            <p class="print-note" hidden>
              {SITE.notAdvice}
            </p>
            {/* On a narrow screen in rem (large text on a phone) the navigation and the display panel fold behind
                this button, and only "Get help now" stays in view: unfolded, the header alone was 872 px tall at
                text size 2 on a 390 by 844 screen, and the page's title began below the first screen.
                The stylesheet does the folding (global.css), so without JavaScript nothing folds. */}
            <button
              type="button"
              class="menu-toggle header-toggle needs-js"
              aria-expanded="false"
              aria-controls="site-menu"
              data-narrow-only=""
            >
              Menu
            </button>
            <div id="site-menu" class="site-menu">
              <nav aria-label="Main">
                <ul class="nav-list">
                  {navLink('/', 'home', 'Home')}
                  {navLink('/get-help-now/', 'get-help-now', 'Get help now', true)}
                  {navLink('/glossary/', 'glossary', 'Glossary')}
                  {navLink('/settings/', 'settings', 'Settings')}
                </ul>
              </nav>
              {/* The display settings, one tap away on every page; the Settings page has them in full.
                  A button, not <details>: see src/ui/disclosure/disclosure.ts. */}
              {current === 'settings' ? null : (
                <div class="display-panel needs-js">
                  <button type="button" class="display-toggle header-toggle" aria-expanded="false" aria-controls="display-panel-root">
                    Text size and colors
                  </button>
                  <div id="display-panel-root" class="display-panel__content" hidden></div>
                </div>
              )}
            </div>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="site-footer__inner">
            <div id="offline-note"></div>
            <p>{SITE.notAdvice}</p>
            <ReviewStatus review={review} class="review-status" />
            <p>
              <a href="/about/">About this guide, privacy and license</a>
            </p>
          </div>
          {/* The status region is here, empty, from the start so screen readers announce changes to it (regions
              added already filled are often not announced). It is visually hidden: the player and the messages
              show the same news next to their controls. In the footer, so that, like all content, it is inside a
              landmark (https://www.w3.org/WAI/ARIA/apg/practices/landmark-regions/). */}
          <p id="app-status" class="app-status visually-hidden" role="status" aria-live="polite" aria-atomic="true"></p>
        </footer>
        {/* The player ("Read aloud") and the messages ("Messages") are filled in by JavaScript, each a labelled
            landmark of its own (src/ui/player-bar, src/ui/app-notices). */}
        <div id="app-bar" class="app-bar">
          {/* The update message appears here, at the bottom, so it moves nothing on the page. */}
          <div id="app-notices"></div>
          <div id="player-root"></div>
        </div>
        {/* The font is preloaded here, at the end, not in <head>: on a slow phone connection a preload in <head>
            competes with the page itself and delays the first paint (docs/decisions/0001-typeface-loading.md). */}
        {/* After <body> has started, a stylesheet does not block the first paint; the module script waits for it. */}
        {assets.lateStylesheets.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {assets.printStylesheets.map((href) => (
          <link rel="stylesheet" href={href} media="print" />
        ))}
        {assets.preloadFonts.map((href) => (
          <link rel="preload" href={href} as="font" type="font/woff2" crossorigin="anonymous" />
        ))}
        {/* Fetched beside the module script, so the player is ready about as soon as before it had a file of its own. */}
        {reading && assets.readerScripts.map((href) => <link rel="modulepreload" href={href} />)}
      </body>
    </html>
  );
}
