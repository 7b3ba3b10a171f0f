import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { migrate, openOrm } from '../db/orm';
import { prepareRuntimeRole } from '../db/runtime-role';
import { prepareJobSchema } from '../jobs/job-schema';
import { seedReference } from '../seed/reference';

/**
 * The owner's share of a start, run under the start-up lock: the schema, the reference data, the
 * runtime role and pg-boss's schema. Nothing after it connects as the owner.
 */
export async function prepareAsOwner(database: Database, log: Logger): Promise<void> {
  const owner = await openOrm(database.ownerUrl, { pool: { min: 0, max: 1 } });
  try {
    const applied = await migrate(owner);
    if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');
    await seedReference(owner.em.fork());
  } finally {
    await owner.close();
  }
  await prepareRuntimeRole(database.ownerUrl, database.url, database.runtimeDerived);
  await prepareJobSchema(database.ownerUrl);
}
