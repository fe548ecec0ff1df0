import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ContentError } from './content-error';
import type { Page, PageKind, SourceLink } from './content-types';

/** The validated front matter of one content file: the page's facts that come from it. */
export type FrontMatter = Pick<Page, 'id' | 'title' | 'order' | 'summary' | 'checked' | 'kind' | 'sources'>;

/** Front matter and the Markdown body, with the line the body starts on. */
export interface SplitFile {
  readonly frontMatter: FrontMatter;
  readonly body: string;
  /** 1-based line number in the file of the body's first line. */
  readonly bodyStartLine: number;
}

const REQUIRED_KEYS = ['id', 'title', 'order', 'summary', 'checked', 'sources'] as const;
const OPTIONAL_KEYS = ['kind'] as const;
const KNOWN_KEYS: readonly string[] = [...REQUIRED_KEYS, ...OPTIONAL_KEYS];
const KINDS: readonly PageKind[] = ['guide', 'treatment', 'living', 'urgent', 'questions', 'glossary'];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a content file into validated front matter and its Markdown body; throws ContentError naming the line. */
export function splitFrontMatter(file: string, source: string): SplitFile {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') {
    throw new ContentError(file, 1, 'The file must start with front matter between two "---" lines.');
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    throw new ContentError(file, 1, 'The front matter is not closed: add a "---" line after it.');
  }
  const yamlText = lines.slice(1, close).join('\n');
  const frontMatter = parseFrontMatter(file, yamlText, 2);
  return { frontMatter, body: lines.slice(close + 1).join('\n'), bodyStartLine: close + 2 };
}

function parseFrontMatter(file: string, yamlText: string, firstLine: number): FrontMatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: YamlNode | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line + firstLine - 1 : firstLine;
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line + firstLine - 1;
    throw new ContentError(file, line, `The front matter is not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) {
    throw new ContentError(file, firstLine, 'The front matter must be a list of "key: value" lines.');
  }
  const values = new Map<string, { node: YamlNode | null; line: number }>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as YamlNode);
    if (!KNOWN_KEYS.includes(key)) {
      throw new ContentError(file, line, `Unknown front-matter key "${key}". Allowed keys: ${KNOWN_KEYS.join(', ')}.`);
    }
    values.set(key, { node: (pair.value as YamlNode | null) ?? null, line });
  }
  for (const key of REQUIRED_KEYS) {
    if (!values.has(key)) {
      throw new ContentError(file, firstLine, `Missing front-matter key "${key}".`);
    }
  }
  const get = (key: string) => values.get(key)!;
  const text = (key: string): string => {
    const { node, line } = get(key);
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      throw new ContentError(file, line, `Front-matter key "${key}" must be a non-empty line of text.`);
    }
    return node.value.trim();
  };

  const id = text('id');
  if (!ID_PATTERN.test(id)) {
    throw new ContentError(file, get('id').line, `The id "${id}" must use lower-case letters, digits and single hyphens.`);
  }
  const orderEntry = get('order');
  const order = isScalar(orderEntry.node) ? orderEntry.node.value : undefined;
  if (typeof order !== 'number' || !Number.isInteger(order) || order < 0) {
    throw new ContentError(file, orderEntry.line, 'Front-matter key "order" must be a whole number, 0 or more.');
  }
  const checkedEntry = get('checked');
  const checkedRaw = isScalar(checkedEntry.node) ? checkedEntry.node.source ?? String(checkedEntry.node.value) : '';
  const checked = String(checkedRaw).trim();
  if (!isRealDate(checked)) {
    throw new ContentError(file, checkedEntry.line, `The checked date "${checked}" is not a real date written as YYYY-MM-DD.`);
  }
  let kind: PageKind = 'guide';
  if (values.has('kind')) {
    const value = text('kind');
    if (!KINDS.includes(value as PageKind)) {
      throw new ContentError(file, get('kind').line, `Unknown kind "${value}". Allowed kinds: ${KINDS.join(', ')}.`);
    }
    kind = value as PageKind;
  }
  return {
    id,
    title: text('title'),
    order,
    summary: text('summary'),
    checked,
    kind,
    sources: parseSources(file, get('sources'), lineOf),
  };
}

function parseSources(
  file: string,
  entry: { node: YamlNode | null; line: number },
  lineOf: (node: YamlNode | null | undefined) => number,
): SourceLink[] {
  if (!isSeq(entry.node) || entry.node.items.length === 0) {
    throw new ContentError(file, entry.line, 'Front-matter key "sources" must list at least one source with a title and a url.');
  }
  return entry.node.items.map((item) => {
    const line = lineOf(item as YamlNode);
    if (!isMap(item)) {
      throw new ContentError(file, line, 'Each source must have a "title" and a "url".');
    }
    const title: unknown = item.get('title');
    const url: unknown = item.get('url');
    const keys = item.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
    const unknown = keys.find((key) => key !== 'title' && key !== 'url');
    if (unknown !== undefined) {
      throw new ContentError(file, line, `Unknown source key "${unknown}". A source has only "title" and "url".`);
    }
    if (typeof title !== 'string' || title.trim() === '') {
      throw new ContentError(file, line, 'A source is missing its "title".');
    }
    if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/.test(url)) {
      throw new ContentError(file, line, `The source "${title}" needs a full web address starting with http:// or https://.`);
    }
    return { title: title.trim(), url };
  });
}

/** True when the text is YYYY-MM-DD and names a day that exists. */
export function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
