import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './content-error';

/** Reads content/lexicon.yaml (written form: spoken form) for speech engines; throws ContentError naming the line. */
export function parseLexicon(file: string, source: string): Record<string, string> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (doc.errors[0]) {
    const line = lineCounter.linePos(doc.errors[0].pos[0]).line;
    throw new ContentError(file, line, `Not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) throw new ContentError(file, 1, 'The lexicon must be lines of "written: spoken".');
  const lexicon: Record<string, string> = {};
  for (const pair of doc.contents.items) {
    const line = isScalar(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : 1;
    const written = isScalar(pair.key) ? String(pair.key.value).trim() : '';
    const spoken = isScalar(pair.value) ? String(pair.value.value).trim() : '';
    if (!written || !spoken) throw new ContentError(file, line, 'Each lexicon line needs a written form and a spoken form.');
    lexicon[written] = spoken;
  }
  return lexicon;
}
