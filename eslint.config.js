import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, lowest layer first. A folder may import from its own layer's folders and from the layers
 * below it, never from a layer above: generic pieces at the bottom, the page's wiring and start-up at the top.
 * `content` is the build-time compiler: besides the pages and the prerenderer, only tests may use it, to check the
 * real guide's text.
 */
export const LAYERS = [
  ['shared', 'site', 'storage', 'types'],
  ['content'],
  ['speech', 'built-in-voice'],
  ['player'],
  ['settings', 'typeface', 'offline', 'platform', 'care-team', 'layout'],
  ['ui'],
  ['pages'],
  ['reading', 'startup'],
  ['prerender', 'main'],
];

const BUILD_TIME_ONLY = ['content'];
const MAY_USE_BUILD_TIME = ['content', 'pages', 'prerender'];

/** Every folder below the given layer, and the folders of the layer itself. */
function allowedFor(layerIndex, folder) {
  const allowed = LAYERS.slice(0, layerIndex + 1).flat();
  return MAY_USE_BUILD_TIME.includes(folder) ? allowed : allowed.filter((name) => !BUILD_TIME_ONLY.includes(name));
}

// src/main.tsx, the composition root, sits on top: it is no folder's element, and nothing may import it.
const elements = LAYERS.flat()
  .filter((folder) => folder !== 'main')
  .map((folder) => ({ type: folder, pattern: `src/${folder}/**`, partialMatch: false }));

const layerPolicies = LAYERS.flatMap((layer, index) =>
  layer.map((folder) => ({
    from: { element: { type: folder } },
    allow: { to: { element: { types: { anyOf: allowedFor(index, folder) } } } },
  })),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      '.build/**',
      '.scratch/**',
      'test-results/**',
      'playwright-report/**',
      'blob-report/**',
      'lighthouse-reports/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // TypeScript itself reports undefined names, with the DOM and Node types the project declares.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'] } },
    },
    rules: {
      // A file of src/ outside every layer (such as main.tsx) may not be imported from inside one.
      'boundaries/no-unknown-dependencies': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: layerPolicies,
          message:
            'This import breaks the layer order: a folder may import only from its own layer and the layers below it (LAYERS in eslint.config.js).',
        },
      ],
    },
  },
  {
    // Tests may render the real pages and read the real guide to check a lower layer against them.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...layerPolicies,
            { from: { element: { type: '*' } }, allow: { to: { element: { types: { anyOf: ['content', 'pages'] } } } } },
          ],
        },
      ],
    },
  },
);
