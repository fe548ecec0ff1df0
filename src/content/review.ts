import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { ContentError } from './content-error';
import type { ClinicalReview } from './content-types';
import { isRealDate } from './front-matter';
import { parseYaml } from './parse-yaml';

const REVIEWER_KEYS = ['name', 'role', 'date'] as const;

/**
 * Reads content/review.yaml: `clinicalReviewer: null` until a doctor or nurse has reviewed the guide, then their
 * name, role and the date. Throws ContentError naming the line, so a half-filled record never reaches a page.
 */
export function parseReview(file: string, source: string): ClinicalReview | null {
  const { doc, lineAt } = parseYaml(file, source);
  const lineOf = (node: YamlNode | null | undefined, fallback = 1): number => (node?.range ? lineAt(node.range[0]) : fallback);
  if (!isMap(doc.contents)) {
    throw new ContentError(file, 1, 'The review record must have the line "clinicalReviewer: null", or the reviewer\'s name, role and date.');
  }
  let reviewer: { node: YamlNode | null; line: number } | null = null;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as YamlNode);
    if (key !== 'clinicalReviewer') throw new ContentError(file, line, `Unknown key "${key}". The only key is "clinicalReviewer".`);
    reviewer = { node: (pair.value as YamlNode | null) ?? null, line };
  }
  if (reviewer === null) {
    throw new ContentError(file, 1, 'Missing the key "clinicalReviewer": write "clinicalReviewer: null" until a doctor or nurse has reviewed the guide.');
  }
  const { node, line } = reviewer;
  if (node === null || (isScalar(node) && node.value === null)) return null;
  if (!isMap(node)) {
    throw new ContentError(file, line, '"clinicalReviewer" must be null, or give the reviewer\'s "name", "role" and "date" on the lines under it.');
  }
  const values = new Map<string, { node: YamlNode | null; line: number }>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyLine = lineOf(pair.key as YamlNode, line);
    if (!(REVIEWER_KEYS as readonly string[]).includes(key)) {
      throw new ContentError(file, keyLine, `Unknown reviewer key "${key}". Allowed keys: ${REVIEWER_KEYS.join(', ')}.`);
    }
    values.set(key, { node: (pair.value as YamlNode | null) ?? null, line: keyLine });
  }
  const text = (key: (typeof REVIEWER_KEYS)[number]): string => {
    const entry = values.get(key);
    if (!entry) throw new ContentError(file, line, `The reviewer is missing "${key}".`);
    // A date is read as the text written in the file, so YAML does not turn it into a Date first.
    const value = isScalar(entry.node) ? (key === 'date' ? (entry.node.source ?? entry.node.value) : entry.node.value) : undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ContentError(file, entry.line, `The reviewer's "${key}" must be a non-empty line of text.`);
    }
    return value.trim();
  };
  const name = text('name');
  const role = text('role');
  const date = text('date');
  if (!isRealDate(date)) {
    throw new ContentError(file, values.get('date')!.line, `The review date "${date}" is not a real date written as YYYY-MM-DD.`);
  }
  return { name, role, date };
}
