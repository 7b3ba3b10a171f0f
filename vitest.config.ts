import path from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/** One PostgreSQL for the run, a migrated template each test file clones (test/support/global-setup.ts). */
export const DATABASE_SETUP = 'test/support/global-setup.ts';

// vitest's default esbuild transform emits no decorator metadata, which type-graphql and
// MikroORM read; swc does (see .swcrc).
export default defineConfig({
  plugins: [swc.vite({ swcrc: true, module: { type: 'es6' } })],
  resolve: {
    // graphql ships CJS (main) and ESM (module) builds; Node, and so type-graphql, loads the CJS
    // one, and vite would pick the ESM one for our files: two copies break instanceof checks
    alias: [
      { find: /^graphql$/, replacement: path.join(__dirname, 'node_modules', 'graphql', 'index.js') },
      // its ESM build imports graphql's ESM files: the same two-copies problem
      { find: /^graphql-query-complexity$/, replacement: path.join(__dirname, 'node_modules', 'graphql-query-complexity', 'dist', 'cjs', 'index.js') },
    ],
  },
  test: {
    setupFiles: ['test/support/setup-file.ts'],
    // type-graphql keeps its metadata in a global store: one process per test file
    pool: 'forks',
    isolate: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // vitest runs a project's global setup only when some of its files run: `npx vitest run
    // test/unit` starts no PostgreSQL, while `npm test` runs both projects
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        // every other test folder, so a new one gets its database without a line here
        test: { name: 'database', include: ['test/**/*.test.ts'], exclude: ['test/unit/**'], globalSetup: [DATABASE_SETUP] },
      },
    ],
  },
});
