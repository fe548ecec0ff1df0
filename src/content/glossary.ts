import { isMap, isScalar, isSeq } from 'yaml';
import { ContentError } from './content-error';
import { parseYaml } from './parse-yaml';
import type { Block, GlossaryEntry, InlineRun, Page, Section, Sentence } from './content-types';
import { SentenceIds, slugify } from '../shared/sentence-ids';
import { splitSentences } from './sentences';

/** The route of the glossary page; every term links to an anchor on it. */
export const GLOSSARY_PATH = '/glossary/';

/** Reads content/glossary.yaml: a list of { term, say, means, also }. Throws ContentError naming the line. */
export function parseGlossary(file: string, source: string): GlossaryEntry[] {
  const { doc, lineAt } = parseYaml(file, source);
  if (!isSeq(doc.contents)) throw new ContentError(file, 1, 'The glossary must be a list of entries, each starting with "- term:".');
  const seen = new Set<string>();
  return doc.contents.items.map((item) => {
    const line = lineAt(isMap(item) ? item.range?.[0] : undefined);
    if (!isMap(item)) throw new ContentError(file, line, 'Each glossary entry needs "term" and "means".');
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!['term', 'say', 'means', 'also'].includes(key)) {
        throw new ContentError(file, lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined), `Unknown glossary key "${key}". Allowed keys: term, say, means, also.`);
      }
    }
    const term: unknown = item.get('term');
    const means: unknown = item.get('means');
    const say: unknown = item.get('say');
    const also: unknown = item.get('also', true);
    if (typeof term !== 'string' || term.trim() === '') throw new ContentError(file, line, 'A glossary entry is missing its "term".');
    if (typeof means !== 'string' || means.trim() === '') throw new ContentError(file, line, `The glossary entry "${term}" is missing "means".`);
    if (say !== undefined && typeof say !== 'string') throw new ContentError(file, line, `"say" for "${term}" must be text.`);
    const alsoList = also === undefined ? [] : isSeq(also) ? also.items.map((a) => String(isScalar(a) ? a.value : a)) : null;
    if (alsoList === null) throw new ContentError(file, line, `"also" for "${term}" must be a list such as [metastases].`);
    const anchor = `term-${slugify(term)}`;
    for (const form of [term, ...alsoList]) {
      const key = form.toLowerCase();
      if (seen.has(key)) throw new ContentError(file, line, `The glossary lists "${form}" twice.`);
      seen.add(key);
    }
    return { term: term.trim(), anchor, also: alsoList, say: say ?? null, means: means.trim() };
  });
}

/** Builds the glossary page's entries as sections, one per first letter. */
export function glossarySections(pageId: string, entries: readonly GlossaryEntry[]): Section[] {
  const ids = new SentenceIds(`${pageId}:entries`);
  const byLetter = new Map<string, GlossaryEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en'))) {
    const letter = entry.term[0]!.toUpperCase();
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry]);
  }
  return [...byLetter].map(([letter, list]) => ({
    anchor: `letter-${letter.toLowerCase()}`,
    title: letter,
    heading: { id: ids.next(`Letter ${letter}`), text: letter, runs: [{ text: letter }] },
    blocks: list.map(
      (entry): Block => ({
        type: 'definition',
        anchor: entry.anchor,
        term: { id: ids.next(entry.term), text: entry.term, runs: [{ text: entry.term }] },
        say: entry.say,
        sentences: splitSentences(entry.means).map(({ start, end }) => {
          const text = entry.means.slice(start, end);
          return { id: ids.next(text), text, runs: [{ text }] };
        }),
      }),
    ),
  }));
}

interface TermPattern {
  readonly entry: GlossaryEntry;
  readonly regex: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches a use of a glossary term or one of its other forms, as a whole word, ignoring case (longest form first). */
export function termPattern(entry: GlossaryEntry): RegExp {
  const forms = [entry.term, ...entry.also].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\w-])(?:${forms.join('|')})(?![\\w-])`, 'i');
}

/** Links the first use of each glossary term on a page to its glossary entry; headings and existing links are left alone. */
export function linkGlossaryTerms(page: Page, entries: readonly GlossaryEntry[]): Page {
  if (page.kind === 'glossary') return page;
  const patterns: TermPattern[] = entries.map((entry) => ({ entry, regex: termPattern(entry) }));
  const linked = new Set<string>();
  const linkSentence = (sentence: Sentence): Sentence => {
    let runs: InlineRun[] = [...sentence.runs];
    let changed = false;
    for (let index = 0; index < runs.length; index++) {
      const current = runs[index]!;
      if (current.href !== undefined) continue;
      let best: { pattern: TermPattern; at: number; length: number } | null = null;
      for (const pattern of patterns) {
        if (linked.has(pattern.entry.anchor)) continue;
        const match = pattern.regex.exec(current.text);
        if (match && (!best || match.index < best.at || (match.index === best.at && match[0].length > best.length))) {
          best = { pattern, at: match.index, length: match[0].length };
        }
      }
      if (!best) continue;
      linked.add(best.pattern.entry.anchor);
      changed = true;
      const before = current.text.slice(0, best.at);
      const word = current.text.slice(best.at, best.at + best.length);
      const after = current.text.slice(best.at + best.length);
      const replacement: InlineRun[] = [
        ...(before ? [{ ...current, text: before }] : []),
        { ...current, text: word, href: `${GLOSSARY_PATH}#${best.pattern.entry.anchor}`, glossaryTerm: best.pattern.entry.term },
        ...(after ? [{ ...current, text: after }] : []),
      ];
      runs = [...runs.slice(0, index), ...replacement, ...runs.slice(index + 1)];
      // Continue scanning from the link itself, so the rest of this run is searched for other terms.
    }
    return changed ? { ...sentence, runs } : sentence;
  };
  const sections = page.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block): Block => {
      switch (block.type) {
        case 'paragraph':
          return { ...block, sentences: block.sentences.map(linkSentence) };
        case 'list':
          return { ...block, items: block.items.map((item) => item.map(linkSentence)) };
        default:
          return block;
      }
    }),
  }));
  return { ...page, sections };
}
