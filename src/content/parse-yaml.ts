import { LineCounter, parseDocument, type Document } from 'yaml';
import { ContentError } from './content-error';

/** A parsed YAML content file, and the line number of a position in it. */
export interface ParsedYaml {
  readonly doc: Document.Parsed;
  /** The 1-based line of a character offset; line 1 when the offset is unknown. */
  readonly lineAt: (pos: number | undefined) => number;
}

/**
 * Parses a YAML content file, throwing a ContentError at the line of its first syntax error. Shared so the
 * glossary, the lexicon and the review record report a broken file the same way.
 */
export function parseYaml(file: string, source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const lineAt = (pos: number | undefined) => (pos === undefined ? 1 : lineCounter.linePos(pos).line);
  const firstError = doc.errors[0];
  if (firstError) throw new ContentError(file, lineAt(firstError.pos[0]), `Not valid YAML: ${firstError.message.split('\n')[0]}`);
  return { doc, lineAt };
}
