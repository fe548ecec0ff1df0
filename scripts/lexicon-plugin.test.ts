import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lexiconPlugin } from './lexicon-plugin';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Loads the virtual module the way Vite does, from a content folder holding the given lexicon. */
function load(lexicon: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'lexicon-'));
  folders.push(folder);
  writeFileSync(join(folder, 'lexicon.yaml'), lexicon);
  const plugin = lexiconPlugin(folder) as unknown as {
    resolveId(id: string): string | null;
    load(this: { addWatchFile(file: string): void }, id: string): string | null;
  };
  const id = plugin.resolveId('virtual:lexicon');
  return plugin.load.call({ addWatchFile: () => {} }, id!) ?? '';
}

describe('lexiconPlugin', () => {
  it('bundles only the respellings voices need', () => {
    expect(load('Zometa: { say: zo mayta, phonemes: "z\'oU m\'eIt#@" }\nmyeloma: { phonemes: "m,aII2l\'oUm@" }\n')).toBe(
      'export default {"Zometa":"zo mayta"};',
    );
  });

  it('fails the build on a bad line, naming the file and line', () => {
    expect(() => load('Zometa: { say: zo mayta, phonemes: "x" }\nXgeva: { say: ex JEE vuh, phonemes: "x" }\n')).toThrow(
      'content/lexicon.yaml:2: The respelling of "Xgeva" has "JEE" in capitals',
    );
  });
});
