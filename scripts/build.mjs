// Builds the guide into dist/: the browser bundle, every prerendered page, the settings script that runs
// before first paint, the service worker with its precache list, and a copy of the source code (GPL).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { buildVoicePackage } from './voice-package.mjs';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
const root = resolve(import.meta.dirname, '..');
// OUT_DIR and BUILD_ID let the tests make two different builds side by side (the update test).
const dist = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : join(root, 'dist');
// Work files stay inside the project, where the prerender bundle can find node_modules.
const work = join(root, '.build', createHash('sha256').update(dist).digest('hex').slice(0, 8));
const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const version = process.env.BUILD_ID ? `${packageVersion}+${process.env.BUILD_ID}` : packageVersion;
const quiet = { logLevel: 'warn', configFile: false };

async function step(name, action) {
  const started = performance.now();
  await action();
  console.log(`  ${name} (${Math.round(performance.now() - started)} ms)`);
}

async function main() {
  rmSync(work, { recursive: true, force: true });
  console.log('Building the guide');

  let voice;
  await step('built-in voice (English only)', () => {
    voice = buildVoicePackage(join(work, 'voice'));
    const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `    ${voice.files.kept} of ${voice.files.total} files; download ${kib(voice.gzipBytes.script + voice.gzipBytes.data)} gzip, stored ${kib(voice.bytes.script + voice.bytes.data)}`,
    );
  });
  const voiceUrls = { script: `/voice/${voice.scriptFile}`, data: `/voice/${voice.dataFile}` };

  await step('browser bundle', () =>
    build({ root, logLevel: 'warn', build: { outDir: dist }, define: { __BUILT_IN_VOICE__: JSON.stringify(voiceUrls) } }),
  );
  cpSync(join(work, 'voice'), join(dist, 'voice'), { recursive: true });

  await step('pre-paint settings script', () =>
    build({
      ...quiet,
      root,
      build: {
        outDir: join(work, 'pre-paint'),
        emptyOutDir: true,
        target: 'es2015',
        lib: { entry: join(root, 'src/startup/startup.ts'), formats: ['iife'], name: 'prePaint', fileName: () => 'pre-paint.js' },
      },
    }),
  );
  const prePaintScript = readFileSync(join(work, 'pre-paint/pre-paint.js'), 'utf8').trim();

  await step('prerender renderer', () =>
    build({
      ...quiet,
      root,
      build: { ssr: join(root, 'src/prerender/prerender.tsx'), outDir: join(work, 'ssr'), emptyOutDir: true, target: 'node20' },
      plugins: [preact()],
    }),
  );

  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = manifest['src/main.tsx'];
  const css = [...(entry.css ?? [])];
  const fonts = Object.values(manifest)
    .flatMap((chunk) => chunk.assets ?? [])
    .filter((file) => /atkinson-hyperlegible-latin-400-normal.*\.woff2$/.test(file));
  // The reading code is imported by main.tsx only where there is an article; those pages preload it.
  const readerScripts = (entry.dynamicImports ?? []).filter((key) => key.includes('start-reading')).map((key) => `/${manifest[key].file}`);
  if (readerScripts.length !== 1) throw new Error('The build found no reading chunk (src/reading/start-reading.tsx) in the manifest');
  const assets = {
    scripts: [`/${entry.file}`],
    readerScripts,
    lateStylesheets: [`/${manifest['src/styles/script-ui.css'].file}`],
    printStylesheets: [`/${manifest['src/styles/print.css'].file}`],
    css: css
      .map((file) => readFileSync(join(dist, file), 'utf8'))
      .join('\n')
      .trim(),
    preloadFonts: [...new Set(fonts)].map((file) => `/${file}`),
    prePaintScript,
  };
  // The stylesheet is inlined into every page, so its file is not needed.
  for (const file of css) rmSync(join(dist, file));

  await step('prerendered pages', async () => {
    const { prerender } = await import(join(work, 'ssr/prerender.js'));
    const routes = prerender(join(root, 'content'), dist, assets, version);
    console.log(`    ${routes.length} pages: ${routes.map((r) => r.path).join(' ')}`);
  });

  await step('service worker', async () => {
    await build({
      ...quiet,
      root,
      build: {
        outDir: join(work, 'sw'),
        emptyOutDir: true,
        target: 'es2020',
        minify: true,
        lib: { entry: join(root, 'sw.ts'), formats: ['es'], fileName: () => 'sw.js' },
      },
      define: { 'process.env.NODE_ENV': JSON.stringify('production'), __BUILT_IN_VOICE__: JSON.stringify(voiceUrls) },
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: join(work, 'sw/sw.js'),
      swDest: join(dist, 'sw.js'),
      globDirectory: dist,
      globPatterns: ['**/*.{html,js,css,woff2,svg,png,webmanifest}'],
      globIgnores: ['sw.js', '.vite/**', 'voice/**', 'source.tar.gz'],
      // Hashed file names already change when their content changes, so they need no revision.
      dontCacheBustURLsMatching: /\/assets\/.+-[A-Za-z0-9_-]{8}\./,
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    });
    for (const warning of warnings) console.warn(`    warning: ${warning}`);
    console.log(`    precache: ${count} files, ${(size / 1024).toFixed(1)} KiB`);
  });

  await step('source code archive', () => writeSourceArchive());
  rmSync(join(dist, '.vite'), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  console.log(`Done: version ${version} in ${dist}`);
}

// The GPL asks that people who get the program can get its source; the About page links to this file.
function writeSourceArchive() {
  const target = join(dist, 'source.tar.gz');
  try {
    execFileSync('git', ['archive', '--format=tar.gz', '-o', target, 'HEAD'], { cwd: root, stdio: 'ignore' });
  } catch {
    rmSync(target, { force: true });
    console.warn('    warning: no git history here, so dist/source.tar.gz was not made');
  }
}

main().catch((error) => {
  // A content problem names its file and line; print just that, so an author sees one clear sentence.
  if (error?.name === 'ContentError') {
    console.error(`\nContent error: ${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
