// npm run dev: builds the guide into dist-dev/, serves it, and builds again whenever the content, the code or
// the public files change, so a reload shows the change. It runs the real build, not a dev bundler, because
// every page is prerendered HTML with its own Content Security Policy: what you see is what will be deployed.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist-dev');
const port = Number(process.env.PORT ?? 4173);
const WATCHED = ['content', 'src', 'public', 'sw.ts'];
// Editors save a file in several steps; one build after the last of them is enough.
const SETTLE_MS = 200;

/** Runs the production build into dist-dev/; resolves with whether it succeeded. */
function build() {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'scripts/build.mjs')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, OUT_DIR: dist },
    });
    child.on('exit', (code) => {
      console.log(
        code === 0
          ? `Built in ${((Date.now() - started) / 1000).toFixed(1)} s: reload the page.`
          : 'The build failed: fix the file named above.',
      );
      done(code === 0);
    });
  });
}

let building = false;
let again = false;
let timer;
async function rebuild(server) {
  if (building) {
    again = true;
    return;
  }
  building = true;
  // The new pages carry new hashes in their Content Security Policy, which the server reads from _headers.
  if (await build()) server.setRoot(dist);
  building = false;
  if (again) {
    again = false;
    await rebuild(server);
  }
}

if (!(await build())) process.exit(1);
const server = await serve({ dir: dist, port, log: true });
console.log(
  'Watching content/, src/, public/ and sw.ts. The service worker keeps the last version it stored: choose "Update now" when asked, or use a private window.',
);
for (const name of WATCHED) {
  watch(join(root, name), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(server), SETTLE_MS);
  });
}
