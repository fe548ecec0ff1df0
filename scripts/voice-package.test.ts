import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations.
import { buildVoicePackage, keepFile } from './voice-package.mjs';

/** A scratch folder inside the project (node_modules/.cache), made if a fresh install has none. */
function cacheFolder(): string {
  const folder = resolve(import.meta.dirname, '../node_modules/.cache');
  mkdirSync(folder, { recursive: true });
  return folder;
}

const folder = mkdtempSync(join(cacheFolder(), 'voice-size-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the built-in voice package', () => {
  const built = buildVoicePackage(folder) as { gzipBytes: { script: number; data: number }; bytes: { script: number; data: number } };

  it('downloads at most 1 MB compressed and stores at most 3 MB', () => {
    expect(built.gzipBytes.script + built.gzipBytes.data).toBeLessThanOrEqual(1_000_000);
    expect(built.bytes.script + built.bytes.data).toBeLessThanOrEqual(3_000_000);
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('keeps the English dictionary and drops the other languages', () => {
    expect(keepFile('/usr/share/espeak-ng-data/en_dict')).toBe(true);
    expect(keepFile('/usr/share/espeak-ng-data/fr_dict')).toBe(false);
    expect(keepFile('/usr/share/espeak-ng-data/phontab')).toBe(true);
    expect(keepFile('/usr/share/espeak-ng-data/lang/gmw/en-US')).toBe(true);
  });
});
