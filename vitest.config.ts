import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { lexiconPlugin } from './scripts/lexicon-plugin';

// Two projects: *.test.ts runs in Node, *.dom.test.tsx in happy-dom (the suffix names the environment).
export default defineConfig({
  plugins: [preact(), lexiconPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: ['src/**/*.dom.test.tsx'] },
      },
    ],
  },
});
