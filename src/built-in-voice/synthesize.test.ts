import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations.
import { buildVoicePackage } from '../../scripts/voice-package.mjs';
import { createSynthesizer, SAMPLE_RATE, type EspeakModule } from './synthesize';

/** A scratch folder inside the project (node_modules/.cache), made if a fresh install has none. */
function cacheFolder(): string {
  const folder = resolve(import.meta.dirname, '../../node_modules/.cache');
  mkdirSync(folder, { recursive: true });
  return folder;
}

// The real eSpeak NG engine, from the same compact English-only package the build ships.
const folder = mkdtempSync(join(cacheFolder(), 'voice-'));
let synthesize: ReturnType<typeof createSynthesizer>;

beforeAll(async () => {
  const built = buildVoicePackage(folder) as { scriptFile: string; dataFile: string };
  const data = readFileSync(join(folder, built.dataFile));
  const module = (await import(pathToFileURL(join(folder, built.scriptFile)).href)) as {
    default: (options: object) => Promise<EspeakModule>;
  };
  const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  synthesize = createSynthesizer(await module.default({ getPreloadedPackage: () => bytes, locateFile: (path: string) => path }));
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the built-in voice (eSpeak NG)', () => {
  const sentence = 'Radiation therapy can ease bone pain caused by cancer that has spread to the bones.';

  it('makes a WAV whose length is plausible for the number of words', () => {
    const result = synthesize(sentence, 1);
    const words = sentence.split(/\s+/).length;
    const seconds = result.durationMs / 1000;
    // Speech runs at about 2 to 4 words a second.
    expect(seconds).toBeGreaterThan(words / 4);
    expect(seconds).toBeLessThan(words / 1.5);
    const view = new DataView(result.wav);
    expect(String.fromCharCode(view.getUint8(0), view.getUint8(1), view.getUint8(2), view.getUint8(3))).toBe('RIFF');
    expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
    expect(result.wav.byteLength).toBe(44 + Math.round((result.durationMs / 1000) * SAMPLE_RATE) * 2);
  });

  it('reports one timing per word, rising steadily, pointing at the right words', () => {
    const result = synthesize(sentence, 1);
    expect(result.words.length).toBe(sentence.split(/\s+/).length);
    for (let i = 1; i < result.words.length; i++) expect(result.words[i]!.timeMs).toBeGreaterThan(result.words[i - 1]!.timeMs);
    expect(result.words.at(-1)!.timeMs).toBeLessThan(result.durationMs);
    const first = result.words[0]!;
    expect(sentence.slice(first.charIndex, first.charIndex + first.charLength)).toBe('Radiation');
    const last = result.words.at(-1)!;
    expect(sentence.slice(last.charIndex, last.charIndex + last.charLength)).toBe('bones');
  });

  it('speaks faster at a higher rate', () => {
    const normal = synthesize(sentence, 1).durationMs;
    const fast = synthesize(sentence, 2).durationMs;
    expect(fast).toBeLessThan(normal * 0.7);
  });
});
