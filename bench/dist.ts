import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..');

/**
 * Loads a module of the built gateway (`dist/`), typed as its source. The bench runs the same
 * compiled code as the server process it measures, and does not compile the sources again.
 */
export async function fromDist<T>(relative: string): Promise<T> {
  // a plain path: the bench runs as CommonJS (swc), where import() becomes require()
  return (await import(path.join(ROOT, 'dist', relative))) as T;
}

export type ServerModule = typeof import('../src/server');
export type ConfigModule = typeof import('../src/config');
export type EngineModule = typeof import('../src/engine/engine');
export type OrmModule = typeof import('../src/db/orm');
export type TokensModule = typeof import('../src/auth/tokens');
export type IinModule = typeof import('../workflows/rules/iin');
export type ApplicantsModule = typeof import('../src/db/applicants');
export type ReferenceModule = typeof import('../src/seed/reference');
export type EmbeddedModule = typeof import('../src/db/embedded');
export type ResourceStackModule = typeof import('../src/startup/resource-stack');
