import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import path from 'node:path';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';
import { PROJECT_ROOT } from '../paths';

/**
 * The one MikroORM configuration: entities listed explicitly, migrations as committed.
 * `writesSnapshot` only for `npm run migration:create`: MikroORM's migrator otherwise rewrites the
 * committed snapshot from whatever database it has just migrated — a start, a test with a kind of
 * its own — and the next migration would be diffed against that.
 */
export function ormConfig(databaseUrl: string, overrides: Partial<Options> = {}, writesSnapshot = false): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    // entities never change the schema at boot: migrations do
    schemaGenerator: { disableForeignKeys: false },
    migrations: {
      // listed in code so the built server and the test runner find the same migrations
      migrationsList: MIGRATIONS,
      path: path.join(PROJECT_ROOT, 'migrations'),
      pathTs: path.join(PROJECT_ROOT, 'migrations'),
      snapshot: writesSnapshot,
      snapshotName: '.snapshot-gateway',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      silent: true,
    },
    pool: { min: 0, max: 10 },
    debug: false,
    ...overrides,
  });
}

export async function openOrm(databaseUrl: string, overrides: Partial<Options> = {}, writesSnapshot = false): Promise<MikroORM> {
  return MikroORM.init(ormConfig(databaseUrl, overrides, writesSnapshot));
}

/** Applies every committed migration that has not run yet; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
