import 'reflect-metadata';
import { loadConfig } from '../config';
import { withDatabase } from '../db/database';
import { openOrm } from '../db/orm';

/**
 * Writes a migration for the difference between the entities and the schema the committed
 * migrations build (from the committed snapshot). Usage: npm run migration:create -- [name]
 */
async function main(): Promise<void> {
  const config = loadConfig();
  await withDatabase(config, async (databaseUrl) => {
    // the one place the committed snapshot is read and written
    const orm = await openOrm(databaseUrl, {}, true);
    try {
      const migrator = orm.getMigrator();
      await migrator.up();
      const result = await migrator.createMigration(undefined, false, false, process.argv[2]);
      if (!result.fileName) console.log('no changes: the entities match the migrations');
      else console.log(`wrote migrations/${result.fileName}; add it to migrations/index.ts`);
    } finally {
      await orm.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
