// Serves the built guide from dist/ on 127.0.0.1, as a plain static host would: clean URLs, the 404 page,
// gzip, and the security headers from public/_headers. Used by `npm start`, the end-to-end tests and the benchmark.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.wav': 'audio/wav',
  '.data': 'application/octet-stream',
  '.gz': 'application/gzip',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.data', '.txt']);

/** Reads the "/*" block of a Netlify/Cloudflare-style _headers file into a header map. */
function readHeaders(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]] = match[2].trim();
  }
  return headers;
}

/** Starts the static server; resolves with the server once it listens. */
export function serve({ dir = resolve(import.meta.dirname, '../dist'), port = 4173, host = '127.0.0.1', log = true } = {}) {
  let root = resolve(dir);
  let security = readHeaders(root);
  const gzipCache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    let path = decodeURIComponent(url.pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    const ext = extname(file);
    const headers = { ...security, 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    // The service worker and pages must be checked for updates; hashed assets never change.
    headers['Cache-Control'] = /\/assets\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      const stat = statSync(file);
      const key = `${file}:${stat.mtimeMs}`;
      let body = gzipCache.get(key);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 9 });
        gzipCache.set(key, body);
      }
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Length': statSync(file).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  // The update test swaps in a second build while the server runs, as a redeploy would.
  server.setRoot = (next) => {
    root = resolve(next);
    security = readHeaders(root);
    gzipCache.clear();
  };
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      if (log) console.log(`The guide is ready at http://${host}:${port}/  (press Ctrl+C to stop)`);
      resolvePromise(server);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  const dir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : undefined;
  if (!existsSync(join(dir ?? resolve(import.meta.dirname, '../dist'), 'index.html'))) {
    console.error('There is no built guide in dist/. Run "npm run build" first, or "npm start" to build and serve.');
    process.exit(1);
  }
  serve({ port, dir }).catch((error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use: stop the other server or set PORT.` : error);
    process.exit(1);
  });
}
