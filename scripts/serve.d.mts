import type { Server } from 'node:http';

/** The static server, with a way to swap the folder it serves. */
export interface GuideServer extends Server {
  setRoot(dir: string): void;
}

/** Starts the static server for a built guide. */
export function serve(options?: { dir?: string; port?: number; host?: string; log?: boolean }): Promise<GuideServer>;
