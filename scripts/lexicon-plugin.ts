import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseLexiconEntries, respellings } from '../src/content/lexicon';

const VIRTUAL_ID = 'virtual:lexicon';
const RESOLVED_ID = '\0virtual:lexicon';

/**
 * Lets browser code import the pronunciation lexicon from content/lexicon.yaml as plain data: only the
 * respellings, since words the voices already say right need nothing at run time. A bad line fails the build.
 */
export function lexiconPlugin(contentFolder = resolve(import.meta.dirname, '..', 'content')): Plugin {
  const file = resolve(contentFolder, 'lexicon.yaml');
  return {
    name: 'lexicon',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(file);
      const lexicon = respellings(parseLexiconEntries('content/lexicon.yaml', readFileSync(file, 'utf8')));
      return `export default ${JSON.stringify(lexicon)};`;
    },
  };
}
