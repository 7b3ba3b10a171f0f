import type { Config } from '../config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded';

/** The database the gateway runs on, and how to let go of it. */
export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE = 'gateway';

/**
 * With DATABASE_URL, that server is used and nothing is started. Without it, the embedded
 * PostgreSQL is started in the data folder and its `gateway` database is created once.
 */
export async function openDatabase(config: Config, onLog?: (line: string) => void): Promise<Database> {
  if (config.databaseUrl !== null) {
    return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, onLog });
  try {
    await ensureDatabase(server.serverUrl('postgres'), EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.serverUrl(EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}

/** Runs a command-line task against the configured database, stopping an embedded one after. */
export async function withDatabase<T>(config: Config, task: (databaseUrl: string) => Promise<T>): Promise<T> {
  const database = await openDatabase(config);
  try {
    return await task(database.url);
  } finally {
    await database.stop();
  }
}
