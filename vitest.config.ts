import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// vitest's default esbuild transform emits no decorator metadata, which type-graphql and
// MikroORM read; swc does (see .swcrc).
export default defineConfig({
  plugins: [swc.vite({ swcrc: true, module: { type: 'es6' } })],
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/setup-file.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // type-graphql keeps its metadata in a global store: one process per test file
    pool: 'forks',
    isolate: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
