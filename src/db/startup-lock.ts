import { Client } from 'pg';

/** Any fixed number: the key of the session advisory lock replicas take while they start. */
const STARTUP_LOCK_KEY = 724_261_001;

/**
 * Runs a replica's start-up work (migrations, reference data, job queues) while holding a
 * PostgreSQL advisory lock, so replicas started together take turns instead of racing (two
 * migrators, or pg-boss creating the same queue twice, deadlock).
 */
export async function withStartupLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'gateway-startup' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
