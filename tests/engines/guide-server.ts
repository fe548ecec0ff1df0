import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

/** The built guide served on a port of its own, which a test can stop to go offline for real. */
export interface GuideServer {
  readonly origin: string;
  /** Stops listening and drops open connections, as a lost network would. */
  stop(): Promise<void>;
}

/** The built guide's folder: DIST_DIR when set, else dist/. */
export function distDir(): string {
  const dir = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, '../../dist'));
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`There is no built guide in ${dir}: run "npm run build" first.`);
  return dir;
}

/**
 * Serves the built guide on a free port. Each engine gets its own server (its own origin, so its own service
 * worker and storage), so the engines can run side by side and each can go offline without the other.
 */
export async function startGuideServer(): Promise<GuideServer> {
  const server = await serve({ dir: distDir(), port: 0, log: false });
  const { port } = server.address() as AddressInfo;
  let stopped = false;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop() {
      if (stopped) return Promise.resolve();
      stopped = true;
      return new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}
