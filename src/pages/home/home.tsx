import type { Page } from '../../content/content-types';
import { pagePath } from '../../site/site';

/** The home page: what the guide is for, the urgent shortcut, continue listening, and every page with its summary. */
export function Home({ pages }: { pages: readonly Page[] }) {
  const urgent = pages.find((page) => page.kind === 'urgent');
  const treatments = pages.filter((page) => page.kind === 'treatment');
  const living = pages.filter((page) => page.kind === 'living');
  const others = pages.filter((page) => page.kind !== 'treatment' && page.kind !== 'urgent' && page.kind !== 'living');
  const item = (page: Page) => (
    <li class="contents-item">
      <a href={pagePath(page.id)} class="contents-link">
        {page.title}
      </a>
      <p class="contents-summary">{page.summary}</p>
    </li>
  );
  return (
    <div class="home">
      <h1>Treatments for cancer that has spread to the bone</h1>
      {urgent ? (
        <p class="urgent-shortcut">
          <a href={pagePath(urgent.id)} class="urgent-shortcut__link">
            Get help now: urgent warning signs
          </a>
        </p>
      ) : null}
      <div id="continue-root" class="continue-root"></div>
      <p class="lead">
        This guide explains, in plain words, the treatments that can help when cancer has spread to the bone. Every page
        can be read aloud to you. The guide works without an internet connection once you have opened it.
      </p>
      <p>
        This guide gives general information only. It is not a substitute for advice from your own care team, who know
        you and your health.
      </p>
      <h2>Start here</h2>
      <ul class="contents-list">{others.filter((p) => p.kind === 'guide').map(item)}</ul>
      <h2>Treatments</h2>
      <ul class="contents-list">{treatments.map(item)}</ul>
      {living.length > 0 ? (
        <>
          <h2>Day to day</h2>
          <ul class="contents-list">{living.map(item)}</ul>
        </>
      ) : null}
      <h2>More help</h2>
      <ul class="contents-list">
        {others.filter((p) => p.kind !== 'guide').map(item)}
        <li class="contents-item">
          <a href="/settings/" class="contents-link">
            Settings
          </a>
          <p class="contents-summary">Change the text size, colours, line spacing, reading voice and speed.</p>
        </li>
      </ul>
      <div id="install-root" class="install-root"></div>
    </div>
  );
}
