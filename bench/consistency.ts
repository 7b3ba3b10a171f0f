import type { ResourceStack } from '../src/startup/resource-stack';
import type { BenchContext } from './context';
import { fromDist, type EngineModule, type OrmModule } from './dist';
import { raceCheck, replaySample, type RaceResult } from './phases/race';
import type { PoolItem } from './phases/write';

type Sample = Awaited<ReturnType<typeof replaySample>>;

/**
 * What the speed must not cost: the race check, then replays of samples of the seeded copies and
 * of the applications the write path moved, through an engine of the bench's own.
 */
export async function raceAndReplay(
  ctx: BenchContext,
  resources: ResourceStack,
  writtenByLoad: PoolItem[],
): Promise<{ race: RaceResult; seededSample: Sample; writeSample: Sample }> {
  const { openOrm } = await fromDist<OrmModule>('src/db/orm.js');
  const { WorkflowEngine } = await fromDist<EngineModule>('src/engine/engine.js');
  const orm = resources.push(await openOrm(ctx.databaseUrl, { pool: { min: 0, max: 2 } }), (o) => o.close());
  const engine = new WorkflowEngine(orm);
  const race = await raceCheck(ctx, engine, ctx.smoke ? 40 : 100, 64);
  ctx.progress.start('replaying samples of the seeded copies and of the write path');
  const sampleSize = ctx.smoke ? 50 : 200;
  const { rows: sample } = await ctx.pool.query<{ id: string }>(
    `select id from application where id not in (select id from bench.template) order by random() limit $1`,
    [sampleSize],
  );
  const seededSample = await replaySample(engine, sample.map((r) => r.id));
  const writeSample = await replaySample(
    engine,
    writtenByLoad.filter((_, i) => i % Math.max(1, Math.floor(writtenByLoad.length / sampleSize)) === 0).map((item) => item.id),
  );
  ctx.progress.end(`${seededSample.matches}/${seededSample.replayed} and ${writeSample.matches}/${writeSample.replayed}`);
  await resources.release(orm);
  return { race, seededSample, writeSample };
}
