import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from './content-error';
import type { Guide, Page } from './content-types';
import { compilePage, type CompiledPage } from './compile-page';
import { glossarySections, linkGlossaryTerms, parseGlossary } from './glossary';
import { parseLexicon } from './lexicon';
import { parseReview } from './review';

/** The four questions every treatment page answers, in this order. */
export const TREATMENT_HEADINGS = ['How it works', 'What to expect', 'Possible side effects', 'Who it may help'] as const;

/** The files of a content folder, by name, as text. */
export type ContentFiles = ReadonlyMap<string, string>;

/** Reads every content file from a folder. */
export function readContentFolder(folder: string): ContentFiles {
  const files = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('.md') && name !== 'README.md') files.set(name, readFileSync(join(folder, name), 'utf8'));
    if (name === 'glossary.yaml' || name === 'lexicon.yaml' || name === 'review.yaml') files.set(name, readFileSync(join(folder, name), 'utf8'));
  }
  return files;
}

/** Compiles the content folder into the typed guide; the first problem stops the build with file and line. */
export function compileContentFolder(folder: string, projectRoot: string = process.cwd()): Guide {
  return compileContent(readContentFolder(folder), relative(projectRoot, folder) || '.');
}

/** Compiles content files (name → text) into the typed guide, checking everything that spans files. */
export function compileContent(files: ContentFiles, folder = 'content'): Guide {
  const path = (name: string) => `${folder}/${name}`;
  const glossarySource = files.get('glossary.yaml');
  const lexiconSource = files.get('lexicon.yaml');
  const glossary = glossarySource === undefined ? [] : parseGlossary(path('glossary.yaml'), glossarySource);
  const lexicon = lexiconSource === undefined ? {} : parseLexicon(path('lexicon.yaml'), lexiconSource);
  // Without a review record, no review is claimed: the pages say that no doctor or nurse has reviewed the guide.
  const reviewSource = files.get('review.yaml');
  const clinicalReviewer = reviewSource === undefined ? null : parseReview(path('review.yaml'), reviewSource);

  const compiled: CompiledPage[] = [];
  const byId = new Map<string, string>();
  for (const [name, source] of files) {
    if (!name.endsWith('.md')) continue;
    const result = compilePage(path(name), source);
    const other = byId.get(result.page.id);
    if (other !== undefined) {
      throw new ContentError(path(name), 2, `The id "${result.page.id}" is already used by ${other}.`);
    }
    byId.set(result.page.id, path(name));
    compiled.push(result);
  }
  for (const { page } of compiled) checkTreatmentHeadings(page);

  const anchors = new Map<string, Set<string>>(
    compiled.map(({ page }) => [page.id, new Set(page.sections.flatMap((s) => [s.anchor, ...s.blocks.flatMap((b) => ('anchor' in b ? [b.anchor] : []))]))]),
  );
  const glossaryAnchors = new Set(glossary.map((entry) => entry.anchor));
  for (const { page, links } of compiled) {
    for (const link of links) checkLink(page, link.href, link.line, anchors, glossaryAnchors);
  }

  const pages: Page[] = compiled
    .map(({ page }) => (page.kind === 'glossary' ? { ...page, sections: [...page.sections, ...glossarySections(page.id, glossary)] } : page))
    .map((page) => linkGlossaryTerms(page, glossary))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  if (glossary.length > 0 && !pages.some((page) => page.kind === 'glossary')) {
    throw new ContentError(path('glossary.yaml'), 1, 'There is a glossary but no page with "kind: glossary" to show it.');
  }
  return { pages, glossary, lexicon, clinicalReviewer };
}

function checkTreatmentHeadings(page: Page): void {
  if (page.kind !== 'treatment') return;
  const headings = page.sections.filter((s) => s.heading !== null).map((s) => s.title);
  const missing = TREATMENT_HEADINGS.filter((heading) => !headings.includes(heading));
  if (missing.length > 0) {
    throw new ContentError(page.file, 1, `A treatment page must have the headings ${TREATMENT_HEADINGS.map((h) => `"## ${h}"`).join(', ')}; missing: ${missing.join(', ')}.`);
  }
  const order = TREATMENT_HEADINGS.map((heading) => headings.indexOf(heading));
  if (order.some((position, index) => index > 0 && position < order[index - 1]!)) {
    throw new ContentError(page.file, 1, `The treatment headings must come in this order: ${TREATMENT_HEADINGS.join(', ')}.`);
  }
}

function checkLink(page: Page, href: string, line: number, anchors: Map<string, Set<string>>, glossaryAnchors: Set<string>): void {
  const match = /^\/(?:([a-z0-9-]+)\/)?(?:#([a-z0-9-]+))?$/.exec(href);
  if (!match) {
    throw new ContentError(page.file, line, `The link "${href}" must look like "/page-id/" or "/page-id/#section".`);
  }
  const [, target, anchor] = match;
  if (target === undefined) return; // The home page.
  const pageAnchors = anchors.get(target);
  if (!pageAnchors) throw new ContentError(page.file, line, `The link "${href}" points to a page that does not exist: no content file has id "${target}".`);
  if (anchor !== undefined && !pageAnchors.has(anchor) && !glossaryAnchors.has(anchor)) {
    throw new ContentError(page.file, line, `The link "${href}" points to a section that does not exist on "${target}".`);
  }
}
