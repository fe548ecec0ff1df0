import { fromMarkdown } from 'mdast-util-from-markdown';
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { ContentError } from './content-error';
import type { Block, InlineRun, Page, Section, Sentence } from './content-types';
import { splitFrontMatter } from './front-matter';
import { SentenceIds, slugify } from '../shared/sentence-ids';
import { splitSentences } from './sentences';

/** A link found in a page, checked once every page is known. */
export interface PageLink {
  readonly href: string;
  readonly line: number;
}

/** A compiled page before cross-file checks, with the links it makes. */
export interface CompiledPage {
  readonly page: Page;
  readonly links: readonly PageLink[];
}

interface Context {
  readonly file: string;
  readonly lineOffset: number;
  readonly ids: SentenceIds;
  readonly links: PageLink[];
  readonly anchors: Set<string>;
}

/** Compiles one Markdown content file into a typed page; throws ContentError naming file and line. */
export function compilePage(file: string, source: string): CompiledPage {
  const { frontMatter, body, bodyStartLine } = splitFrontMatter(file, source);
  const context: Context = {
    file,
    lineOffset: bodyStartLine - 1,
    ids: new SentenceIds(frontMatter.id),
    links: [],
    anchors: new Set(),
  };
  const tree = fromMarkdown(body);
  const sections: { anchor: string; title: string; heading: Sentence | null; blocks: Block[] }[] = [
    { anchor: 'introduction', title: frontMatter.title, heading: null, blocks: [] },
  ];
  context.anchors.add('introduction');
  for (const node of tree.children) {
    const current = sections[sections.length - 1]!;
    const line = lineOf(context, node);
    switch (node.type) {
      case 'heading': {
        const runs = inlineRuns(context, node.children);
        const text = runsText(runs);
        if (text === '') throw new ContentError(file, line, 'A heading has no text.');
        if (runs.some((run) => run.href)) throw new ContentError(file, line, 'Headings cannot contain links.');
        if (node.depth === 1) {
          throw new ContentError(file, line, 'Do not write a level-1 heading ("# "): the page title comes from the front matter.');
        }
        if (node.depth > 3) throw new ContentError(file, line, 'Use only "## " and "### " headings.');
        const anchor = uniqueAnchor(context, slugify(text));
        const sentence: Sentence = { id: context.ids.next(text), text, runs: [{ text }] };
        if (node.depth === 2) {
          sections.push({ anchor, title: text, heading: sentence, blocks: [] });
        } else {
          if (current.heading === null) {
            throw new ContentError(file, line, 'A "### " heading must come after a "## " heading.');
          }
          current.blocks.push({ type: 'subheading', anchor, sentence });
        }
        break;
      }
      case 'paragraph':
        current.blocks.push({ type: 'paragraph', sentences: sentencesOf(context, inlineRuns(context, node.children)) });
        break;
      case 'list':
        current.blocks.push(listBlock(context, node));
        break;
      case 'html':
        throw new ContentError(file, line, `Raw HTML is not allowed in content: ${JSON.stringify(node.value.slice(0, 40))}.`);
      case 'definition':
        throw new ContentError(file, line, 'Reference-style link definitions are not supported; write the link inline.');
      default:
        throw new ContentError(file, line, `${describe(node.type)} is not supported in content. Use paragraphs, "## " headings and lists.`);
    }
  }
  const nonEmpty: Section[] = sections.filter((section) => section.heading !== null || section.blocks.length > 0);
  for (const section of nonEmpty) {
    if (section.heading && section.blocks.length === 0) {
      throw new ContentError(file, bodyStartLine, `The section "${section.title}" has no text under its heading.`);
    }
  }
  if (nonEmpty.length === 0) {
    throw new ContentError(file, bodyStartLine, 'The page is empty: write at least one paragraph under the front matter.');
  }
  const titleSentence: Sentence = {
    id: context.ids.next(frontMatter.title),
    text: frontMatter.title,
    runs: [{ text: frontMatter.title }],
  };
  return { page: { ...frontMatter, titleSentence, sections: nonEmpty, file }, links: context.links };
}

function lineOf(context: Context, node: { position?: { start: { line: number } } }): number {
  return (node.position?.start.line ?? 1) + context.lineOffset;
}

function uniqueAnchor(context: Context, base: string): string {
  let anchor = base;
  for (let n = 2; context.anchors.has(anchor); n++) anchor = `${base}-${n}`;
  context.anchors.add(anchor);
  return anchor;
}

function describe(type: string): string {
  const names: Record<string, string> = {
    code: 'A code block',
    blockquote: 'A block quote',
    thematicBreak: 'A horizontal rule',
    table: 'A table',
    image: 'An image',
    inlineCode: 'Inline code',
    emphasis: 'Italic text',
  };
  return names[type] ?? `"${type}"`;
}

function listBlock(context: Context, list: List): Block {
  const items = list.children.map((item: ListItem) => {
    const runs: InlineRun[] = [];
    for (const child of item.children) {
      if (child.type !== 'paragraph') {
        const line = lineOf(context, child);
        if (child.type === 'list') throw new ContentError(context.file, line, 'Lists inside lists are not supported.');
        throw new ContentError(context.file, line, `${describe(child.type)} is not supported inside a list item.`);
      }
      if (runs.length > 0) runs.push({ text: ' ' });
      runs.push(...inlineRuns(context, (child as Paragraph).children));
    }
    return sentencesOf(context, runs);
  });
  return { type: 'list', ordered: list.ordered === true, items };
}

function inlineRuns(context: Context, nodes: readonly PhrasingContent[], strong = false, href?: string): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const node of nodes) {
    const line = lineOf(context, node);
    switch (node.type) {
      case 'text':
        runs.push(run(node.value.replace(/\s*\n\s*/g, ' '), strong, href));
        break;
      case 'break':
        runs.push(run(' ', strong, href));
        break;
      case 'strong':
        runs.push(...inlineRuns(context, node.children, true, href));
        break;
      case 'link': {
        if (href !== undefined) throw new ContentError(context.file, line, 'Links cannot be nested.');
        if (!/^(https:\/\/|\/|tel:\+?[0-9][0-9-]*$)/.test(node.url)) {
          throw new ContentError(
            context.file,
            line,
            `The link "${node.url}" must start with "/" (a page of this guide), "https://", or be a phone number such as "tel:1-800-422-6237".`,
          );
        }
        if (node.url.startsWith('/')) context.links.push({ href: node.url, line });
        runs.push(...inlineRuns(context, node.children, strong, node.url));
        break;
      }
      case 'html':
        throw new ContentError(context.file, line, `Raw HTML is not allowed in content: ${JSON.stringify(node.value)}.`);
      case 'emphasis':
        throw new ContentError(context.file, line, 'Italic text is hard to read with low vision: use **bold** instead.');
      default:
        throw new ContentError(context.file, line, `${describe(node.type)} is not supported in content.`);
    }
  }
  return mergeRuns(runs);
}

function run(text: string, strong: boolean, href: string | undefined): InlineRun {
  return { text, ...(strong ? { strong } : {}), ...(href !== undefined ? { href } : {}) };
}

function sameStyle(a: InlineRun, b: InlineRun): boolean {
  return a.strong === b.strong && a.href === b.href && a.glossaryTerm === b.glossaryTerm;
}

function mergeRuns(runs: readonly InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const next of runs) {
    const last = merged[merged.length - 1];
    if (last && sameStyle(last, next)) merged[merged.length - 1] = { ...last, text: last.text + next.text };
    else if (next.text !== '') merged.push(next);
  }
  return merged;
}

/** The plain text of a list of runs. */
export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
}

function sentencesOf(context: Context, runs: readonly InlineRun[]): Sentence[] {
  // Normalise spaces inside runs first so character offsets match the joined text.
  const normalised = normaliseSpaces(runs);
  const text = normalised.map((r) => r.text).join('');
  return splitSentences(text).map(({ start, end }) => {
    const sentenceRuns = sliceRuns(normalised, start, end);
    const sentenceText = text.slice(start, end);
    return { id: context.ids.next(sentenceText), text: sentenceText, runs: sentenceRuns };
  });
}

function normaliseSpaces(runs: readonly InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  let previousEndsWithSpace = true;
  for (const r of runs) {
    let text = r.text.replace(/\s+/g, ' ');
    if (previousEndsWithSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    previousEndsWithSpace = text.endsWith(' ');
    out.push({ ...r, text });
  }
  return out;
}

/** Cuts the runs that cover [start, end) of their joined text. */
export function sliceRuns(runs: readonly InlineRun[], start: number, end: number): InlineRun[] {
  const out: InlineRun[] = [];
  let offset = 0;
  for (const r of runs) {
    const runStart = offset;
    const runEnd = offset + r.text.length;
    offset = runEnd;
    const from = Math.max(start, runStart);
    const to = Math.min(end, runEnd);
    if (from < to) out.push({ ...r, text: r.text.slice(from - runStart, to - runStart) });
  }
  return out;
}

/** Every top-level node type the compiler accepts, for documentation and tests. */
export const SUPPORTED_BLOCKS: readonly RootContent['type'][] = ['heading', 'paragraph', 'list'];
