import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { compileHint } from './scripts/compile-hint.ts';

const NO_TRANSITIONS = fileURLToPath(new URL('./src/timeline/noTransitions.ts', import.meta.url));

// base './' makes every asset URL relative, so dist/ works unchanged from any
// sub-path of a static site (/courses/china/timeline/) with no server logic.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    {
      // d3-zoom's only uses of d3-transition and d3-interpolate are in transitions, and the app runs
      // none (see the file). Only d3-zoom's imports are swapped: d3-scale, the tests' oracle, keeps d3-interpolate.
      name: 'd3-zoom-without-transitions',
      enforce: 'pre',
      resolveId(source, importer) {
        if (source === 'd3-transition' || (source === 'd3-interpolate' && importer && /[\\/]d3-zoom[\\/]/.test(importer))) return NO_TRANSITIONS;
        return null;
      },
    },
    // V8 compiles the entry chunk while it downloads, not function by function during the first render.
    compileHint(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // No modulepreload polyfill in the initial load: a browser without modulepreload (Safari before 17)
    // still loads every module through its imports, only without the head start.
    modulePreload: { polyfill: false },
    // Everything the first screen runs in one chunk: left alone, rolldown splits modules that a lazy
    // chunk shares with the first screen into chunks of their own, which the page then preloads anyway
    // (more requests, and 1.6 kB more gzip than one file).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          globals: true,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: this machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
