import type { Block, Page, Section } from '../../content/content-types';
import { pagePath } from '../../site/site';
import { CareTeamPromptRoot } from '../call-buttons/call-buttons';
import { Sentences, SentenceText } from '../sentence-text/sentence-text';

/** Props for one content page. */
export interface ArticleProps {
  readonly page: Page;
  readonly previous: Page | null;
  readonly next: Page | null;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** Formats a YYYY-MM-DD date as "November 27, 2026". */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A Listen button; shown only once JavaScript has started (it does nothing without it). */
function ListenButton({ label, target, kind }: { label: string; target: string; kind: 'page' | 'section' }) {
  return (
    <button type="button" class={`listen-button listen-button--${kind} needs-js`} data-listen={target}>
      <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
        <path d="M8 5v14l11-7z" />
      </svg>
      <span>
        Listen<span class="visually-hidden"> to {label}</span>
      </span>
    </button>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Sentences sentences={block.sentences} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item) => (
        <li>
          <Sentences sentences={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'subheading':
      return (
        <h3 id={block.anchor}>
          <SentenceText sentence={block.sentence} />
        </h3>
      );
    case 'definition':
      return (
        <div class="definition" id={block.anchor}>
          <dt>
            <SentenceText sentence={block.term} />
            {block.say ? (
              <span class="say">
                {' '}
                <span class="visually-hidden">Say it: </span>({block.say})
              </span>
            ) : null}
          </dt>
          <dd>
            <Sentences sentences={block.sentences} />
          </dd>
        </div>
      );
  }
}

function SectionView({ section }: { section: Section }) {
  const headingId = `h-${section.anchor}`;
  const blocks = section.blocks;
  const isDefinitions = blocks.every((b) => b.type === 'definition');
  const body = isDefinitions ? (
    <dl class="definitions">
      {blocks.map((block) => (
        <BlockView block={block} />
      ))}
    </dl>
  ) : (
    blocks.map((block) => <BlockView block={block} />)
  );
  if (section.heading === null) {
    return (
      <section class="section section--intro" data-section={section.anchor}>
        {body}
      </section>
    );
  }
  return (
    <section class="section" id={section.anchor} data-section={section.anchor} aria-labelledby={headingId}>
      <div class="section-heading">
        <h2 id={headingId}>
          <SentenceText sentence={section.heading} />
        </h2>
        <ListenButton label={section.title} target={section.anchor} kind="section" />
      </div>
      {body}
    </section>
  );
}

/** A content page: title, Listen to this page, sections, sources, and links to the previous and next page. */
export function Article({ page, previous, next }: ArticleProps) {
  return (
    <article class={`article article--${page.kind}`} data-page={page.id} data-title={page.title}>
      <h1 id="page-title">
        <SentenceText sentence={page.titleSentence} />
      </h1>
      <p class="page-summary">{page.summary}</p>
      <div class="page-tools needs-js">
        <ListenButton label="this page" target="page" kind="page" />
      </div>
      {/* The urgent page's call buttons come before its title (prerender.tsx); the prompt to save the care team's
          numbers waits under Listen, so that it keeps neither the title nor Listen off the first screen. */}
      {page.kind === 'urgent' ? <CareTeamPromptRoot /> : null}
      {page.sections.map((section) => (
        <SectionView section={section} />
      ))}
      <aside class="page-sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Where these facts come from</h2>
        <p>
          Last checked against these sources on <time dateTime={page.checked}>{formatDate(page.checked)}</time>.
        </p>
        <ul class="source-list">
          {page.sources.map((source) => (
            <li>
              <a href={source.url} rel="noreferrer">
                {source.title}
              </a>
            </li>
          ))}
        </ul>
      </aside>
      <nav class="pager" aria-label="Previous and next page">
        <ul>
          {previous ? (
            <li>
              <a href={pagePath(previous.id)} rel="prev">
                <span class="pager__label">Previous:</span> {previous.title}
              </a>
            </li>
          ) : null}
          {next ? (
            <li>
              <a href={pagePath(next.id)} rel="next">
                <span class="pager__label">Next:</span> {next.title}
              </a>
            </li>
          ) : null}
          <li>
            <a href="/">
              <span class="pager__label">Back to</span> Home
            </a>
          </li>
        </ul>
      </nav>
    </article>
  );
}
