// Builds the built-in voice's download: eSpeak NG (GPL-3.0) with only the files English needs.
// The package ships one 24 MB data file for about 100 languages; almost all of it is other languages'
// pronunciation dictionaries (*_dict). We copy every file except those into a new data file and rewrite
// the loader's file table to match.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@echogarden/espeak-ng-emscripten/package.json'));

/** True for the files the English voices need: everything but other languages' dictionaries. */
export function keepFile(filename) {
  const dict = /\/([a-z_]+)_dict$/.exec(filename);
  return dict === null || dict[1] === 'en';
}

/** Writes the compact loader and data into outDir; returns their file names and sizes. */
export function buildVoicePackage(outDir) {
  const script = readFileSync(join(packageDir, 'espeak-ng.js'), 'utf8');
  const data = readFileSync(join(packageDir, 'espeak-ng.data'));
  const table = /files:\[(.*?)\],remote_package_size:(\d+)/s.exec(script);
  if (!table) throw new Error('The eSpeak NG loader has changed: its file table was not found.');
  const entries = [...table[1].matchAll(/\{filename:"([^"]+)",start:(\d+),end:(\d+)\}/g)].map((m) => ({
    filename: m[1],
    start: Number(m[2]),
    end: Number(m[3]),
  }));
  const kept = entries.filter((entry) => keepFile(entry.filename));
  const parts = [];
  let offset = 0;
  const newTable = kept.map((entry) => {
    const bytes = data.subarray(entry.start, entry.end);
    parts.push(bytes);
    const row = `{filename:"${entry.filename}",start:${offset},end:${offset + bytes.length}}`;
    offset += bytes.length;
    return row;
  });
  const compactData = Buffer.concat(parts);
  const compactScript = script.replace(table[0], `files:[${newTable.join(',')}],remote_package_size:${compactData.length}`);
  const hash = createHash('sha256').update(compactScript).update(compactData).digest('hex').slice(0, 10);
  const scriptFile = `espeak-ng-${hash}.js`;
  const dataFile = `espeak-ng-en-${hash}.data`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, scriptFile), compactScript);
  writeFileSync(join(outDir, dataFile), compactData);
  const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
  return {
    scriptFile,
    dataFile,
    files: { kept: kept.length, total: entries.length },
    bytes: { script: Buffer.byteLength(compactScript), data: compactData.length },
    gzipBytes: { script: gz(Buffer.from(compactScript)), data: gz(compactData) },
  };
}
