// Runs a command-line tool's TypeScript without loading the TypeScript compiler, which
// @swc-node/register loads to read tsconfig.json: 0.6 s of CPU before the tool's first line
// (`npm run token` must answer well under a second). swc strips the types and pirates hooks
// require(); no decorator metadata is emitted, so only for tools with no decorated code.
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');

addHook(
  (code, filename) =>
    transformSync(code, { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, sourceMaps: 'inline' }).code,
  { exts: ['.ts'], ignoreNodeModules: true },
);
