import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { lexiconPlugin } from './scripts/lexicon-plugin';

// The browser bundle. Pages are prerendered by scripts/build.mjs, which reads this build's manifest
// to link each page to its CSS, JavaScript and font files.
export default defineConfig({
  plugins: [preact(), lexiconPlugin()],
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    assetsInlineLimit: 0,
    rollupOptions: {
      // The styles for what the script draws, and those for printing, are files of their own, linked at the end of
      // each page (script-ui.css, print.css).
      input: { main: 'src/main.tsx', 'script-ui': 'src/styles/script-ui.css', print: 'src/styles/print.css' },
    },
  },
});
