import 'reflect-metadata';
import { loadConfig } from '../config';
import { withDatabase } from '../db/database';
import { migrate, openOrm } from '../db/orm';

/** Applies the committed migrations to the configured database (embedded or DATABASE_URL). */
async function main(): Promise<void> {
  await withDatabase(loadConfig(), async (url) => {
    const orm = await openOrm(url);
    try {
      const applied = await migrate(orm);
      console.log(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    } finally {
      await orm.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
