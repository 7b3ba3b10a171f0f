import type { Config } from '../config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded';
import { derivedRuntimeUrl } from './runtime-role';

/** The database the gateway runs on, and how to let go of it. */
export interface Database {
  /** the runtime role's URL: every connection of the running gateway (see src/db/runtime-role.ts) */
  url: string;
  /** the owner's URL: migrations, and the start-up work that needs the owner */
  ownerUrl: string;
  /** true when `url` was derived from the owner's URL rather than given (DATABASE_RUNTIME_URL) */
  runtimeDerived: boolean;
  embedded: boolean;
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE = 'gateway';

/**
 * Whether an error is PostgreSQL telling its sessions it is shutting down (admin_shutdown,
 * cannot_connect_now). The embedded server is a child in the gateway's process group, so a
 * terminal's Ctrl-C reaches it at the same moment as the gateway: it shuts down fast while the
 * gateway stops in order, and its connections are told so. From the gateway's own embedded
 * database that is the expected end of a Ctrl-C, not an error; from a server it does not own,
 * it is.
 */
export function isDatabaseShuttingDown(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '57P01' || code === '57P03';
}

/**
 * With DATABASE_URL, that server is used and nothing is started. Without it, the embedded
 * PostgreSQL is started in the data folder and its `gateway` database is created once.
 */
export async function openDatabase(config: Config, onLog?: (line: string) => void): Promise<Database> {
  const runtime = (ownerUrl: string) =>
    config.databaseRuntimeUrl !== null
      ? { url: config.databaseRuntimeUrl, ownerUrl, runtimeDerived: false }
      : { url: derivedRuntimeUrl(ownerUrl), ownerUrl, runtimeDerived: true };
  if (config.databaseUrl !== null) {
    return { ...runtime(config.databaseUrl), embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, onLog });
  try {
    await ensureDatabase(server.serverUrl('postgres'), EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { ...runtime(server.serverUrl(EMBEDDED_DATABASE)), embedded: true, stop: () => server.stop() };
}

/** Runs a command-line task as the owner against the configured database, stopping an embedded one after. */
export async function withDatabase<T>(config: Config, task: (ownerUrl: string) => Promise<T>): Promise<T> {
  const database = await openDatabase(config);
  try {
    return await task(database.ownerUrl);
  } finally {
    await database.stop();
  }
}
