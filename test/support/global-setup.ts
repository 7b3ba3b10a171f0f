import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded';
import { migrate, openOrm } from '../../src/db/orm';
import { seedReference } from '../../src/seed/reference';
import { prepareJobSchema } from '../../src/jobs/job-schema';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a database on the test server, for CREATE DATABASE */
    adminUrl: string;
    /** migrated and seeded database every test file clones */
    templateDatabase: string;
    /** prefix of this run's databases */
    runId: string;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function dropDatabases(adminUrl: string, prefix: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${prefix}%`]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}

/**
 * One PostgreSQL for the whole run: the embedded one in a temporary folder, or the server in
 * DATABASE_URL. A template database is migrated and seeded once; each test file clones it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `gw_test_${randomBytes(4).toString('hex')}`;
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-test-pg-'));
    // as root, PostgreSQL runs as a `postgres` user that must be able to enter the folder
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir, port: null });
    adminUrl = embedded.serverUrl('postgres');
  }
  const templateDatabase = `${runId}_template`;
  await ensureDatabase(adminUrl, templateDatabase);
  const orm = await openOrm(withDatabase(adminUrl, templateDatabase));
  try {
    await migrate(orm);
    await seedReference(orm.em.fork());
  } finally {
    await orm.close();
  }
  // pg-boss's schema, installed and handed to the runtime role as a start does: once here spares every test file
  await prepareJobSchema(withDatabase(adminUrl, templateDatabase));
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('runId', runId);

  return async () => {
    if (embedded) {
      await embedded.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    } else {
      await dropDatabases(adminUrl, runId);
    }
  };
}
