import path from 'node:path';

/** The project's root folder, whether running from src/ (swc, vitest) or from the built dist/src/. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');

/** The operations frontends use (codegen's input, and the allow-list's). */
export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'schema', 'operations');
