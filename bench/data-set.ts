import type { Pool } from 'pg';
import { markSeeded } from './data-dir';
import type { InProcessGateway } from './in-process';
import type { Options } from './options';
import type { Progress } from './progress';
import { ensureBenchSchema, ensureCurrentYear, seed, SEED_FORMAT, seededInfo, type SeedInfo } from './seed';

const ALL_REGIONS = ['ABY', 'AKM', 'AKT', 'ALA', 'ALM', 'AST', 'ATY', 'KAR', 'KUS', 'KZY', 'MAN', 'PAV', 'SEV', 'SHY', 'TUR', 'ULT', 'VOS', 'ZAP', 'ZHA', 'ZHT'];
const SMOKE_REGIONS = ['AKM', 'PAV'];

/**
 * The data set the run measures on: seeded now through the in-process gateway when the database
 * is empty, or the one an earlier run seeded at the same size (with the current year's reference
 * data and limits added when the year has turned). A database holding anything else is refused.
 */
export async function readyDataSet(options: {
  pool: Pool;
  inProcess: InProcessGateway;
  settings: Pick<Options, 'size' | 'smoke' | 'dataDir'>;
  /** DATABASE_URL was given: no data folder to mark as seeded */
  external: boolean;
  progress: Progress;
}): Promise<{ info: SeedInfo; seededThisRun: boolean }> {
  const { pool, inProcess, settings, progress } = options;
  const info = await seededInfo(pool);
  if (info && (info.size !== settings.size || info.format !== SEED_FORMAT)) {
    throw new Error(`the database was seeded at ${info.size} (format ${info.format}); use an empty database for --size ${settings.size}`);
  }
  if (info) {
    await ensureCurrentYear({ pool, gateway: inProcess.gateway, admin: inProcess.admin, regions: info.regions, size: info.size, progress });
    return { info, seededThisRun: false };
  }
  const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from application');
  if (rows[0]!.n > 0) throw new Error('the database holds applications the bench did not seed; give an empty database');
  await ensureBenchSchema(pool);
  const seeded = await seed({
    pool,
    gateway: inProcess.gateway,
    setClock: inProcess.setClock,
    admin: inProcess.admin,
    size: settings.size,
    regions: settings.smoke ? SMOKE_REGIONS : ALL_REGIONS,
    templatesPerPath: settings.smoke ? 1 : 2,
    progress,
  });
  if (!options.external) markSeeded(settings.dataDir, settings.size);
  return { info: seeded, seededThisRun: true };
}

/** How many applications and log rows the database holds now (the run adds some). */
export async function rowsNow(pool: Pool): Promise<{ applications: number; transitions: number }> {
  const { rows } = await pool.query<{ applications: number; transitions: number }>(
    'select (select count(*)::int from application) as applications, (select count(*)::int from transition_log) as transitions',
  );
  return rows[0]!;
}
