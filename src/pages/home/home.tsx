import type { Page } from '../../content/content-types';
import { pagePath } from '../../site/site';
import { CareTeamCallsRoot, CareTeamPromptRoot } from '../call-buttons/call-buttons';
import { HOME_PAGE_ID } from '../../player/reading-memory';
import { wholeGuideAddress } from '../../player/whole-guide';
import { Sentences, SentenceText } from '../sentence-text/sentence-text';
import { homeReading, type HomeEntry } from './home-reading';

/** The play icon of the Listen controls. */
function PlayIcon() {
  return (
    <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
      <path d="M8 5v14l11-7z" />
    </svg>
  );
}

/** A page's title, as a link, and its summary; both are read aloud, and a tap on the summary reads from there. */
function EntryView({ entry }: { entry: HomeEntry }) {
  return (
    <li class="contents-item">
      <a href={entry.href} class="contents-link">
        <SentenceText sentence={entry.title} />
      </a>
      <p class="contents-summary">
        <Sentences sentences={entry.summary} />
      </p>
    </li>
  );
}

/**
 * The home page: what the guide is for, the urgent shortcut, continue listening, Listen to this page and to the whole
 * guide, and every page with its summary. It is read like an article (src/reading): its heading, its introduction,
 * then each group's heading and each page's title and summary, in the order shown.
 */
export function Home({ pages }: { pages: readonly Page[] }) {
  const urgent = pages.find((page) => page.kind === 'urgent');
  // The guide's pages come in its order (src/content/compile-content.ts): the first is where the whole guide starts.
  const first = pages[0];
  const reading = homeReading(pages);
  return (
    <div class="home" data-page={HOME_PAGE_ID} data-title="Home">
      <h1>
        <SentenceText sentence={reading.heading} />
      </h1>
      {urgent ? (
        <p class="urgent-shortcut">
          <a href={pagePath(urgent.id)} class="urgent-shortcut__link">
            Get help now: urgent warning signs
          </a>
        </p>
      ) : null}
      <CareTeamCallsRoot />
      <CareTeamPromptRoot />
      <div id="continue-root" class="continue-root"></div>
      {/* Shown once the script has started: without it, neither can read. */}
      <div class="page-tools page-tools--home needs-js">
        <button type="button" class="listen-button listen-button--page" data-listen="page">
          <PlayIcon />
          <span>Listen to this page</span>
        </button>
        {first ? (
          <a class="button listen-button listen-button--guide" href={wholeGuideAddress(pagePath(first.id))}>
            <PlayIcon />
            <span>Listen to the whole guide</span>
          </a>
        ) : null}
      </div>
      <section data-section="introduction">
        {reading.introduction.map((paragraph, index) => (
          <p class={index === 0 ? 'lead' : undefined}>
            <Sentences sentences={paragraph} />
          </p>
        ))}
      </section>
      {reading.groups.map((group) => (
        <section data-section={group.anchor}>
          <h2>
            <SentenceText sentence={group.heading} />
          </h2>
          <ul class="contents-list">
            {group.entries.map((entry) => (
              <EntryView entry={entry} />
            ))}
          </ul>
        </section>
      ))}
      <div id="install-root" class="install-root"></div>
    </div>
  );
}
