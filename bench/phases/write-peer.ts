import { errorCodes } from '../http-client';
import { runLoad, type LoadResult, type Worker } from '../load';
import { PEER_TABLES, type PeerTransition } from '../peers/writer';
import { staff } from '../seed';
import type { BenchContext } from '../context';
import { REVIEWER_POOL_PATH } from './write';

const A = PEER_TABLES.application;
const L = PEER_TABLES.log;

export interface PeerRow {
  id: string;
  region: string;
}

/**
 * The write peer's rows: `rows` copies (new ids) of the data set's grants waiting for review,
 * with their submission log rows, in tables like the gateway's (same columns, indexes,
 * constraints, the log's foreign key), and the copies as they were, to put them back before
 * every level. The gateway's own tables are left alone.
 */
export async function prepareWritePeer(ctx: BenchContext, rows: number): Promise<PeerRow[]> {
  const { pool } = ctx;
  const [kind, state] = REVIEWER_POOL_PATH.split('.') as [string, string];
  await pool.query(`drop table if exists ${L}, ${A}, bench.peer_original`);
  await pool.query(`drop sequence if exists bench.peer_log_id_seq`);
  await pool.query(`create table ${A} (like public.application including all)`);
  await pool.query(`create table ${L} (like public.transition_log including all)`);
  await pool.query(`create sequence bench.peer_log_id_seq owned by ${L}.id`);
  await pool.query(`alter table ${L} alter column id set default nextval('bench.peer_log_id_seq')`);
  await pool.query(`alter table ${L} add foreign key (application_id) references ${A} (id) on update cascade on delete restrict`);
  const { rows: columns } = await pool.query<{ name: string }>(
    `select quote_ident(column_name) as name from information_schema.columns where table_schema = 'public' and table_name = 'application' and column_name <> 'id' order by ordinal_position`,
  );
  const list = columns.map((c) => c.name).join(', ');
  const { rows: counted } = await pool.query<{ n: number }>(`select count(*)::int as n from application where kind = $1 and state = $2 and region_code = any($3)`, [
    kind,
    state,
    ctx.regions,
  ]);
  if (counted[0]!.n === 0) throw new Error(`no ${REVIEWER_POOL_PATH} application to copy for the write peer`);
  await pool.query(
    `with source as (
       select gen_random_uuid() as new_id, a.* from application a cross join generate_series(1, $4::int)
        where a.kind = $1 and a.state = $2 and a.region_code = any($3) limit $5),
     copied as (insert into ${A} (id, ${list}) select new_id, ${list} from source)
     insert into ${L} (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at, occurred_on)
     select s.new_id, l.seq, l.machine_version, l.event_type, l.from_state, l.to_state, l.actor_id, l.actor_roles, l.event, l.at, l.occurred_on
       from source s join transition_log l on l.application_id = s.id`,
    [kind, state, ctx.regions, Math.ceil(rows / counted[0]!.n), rows],
  );
  await pool.query(`create table bench.peer_original as select id, state, version, snapshot, updated_at, finished_at from ${A}`);
  await pool.query(`alter table bench.peer_original add primary key (id)`);
  await pool.query(`analyze ${A}, ${L}, bench.peer_original`);
  const { rows: ids } = await pool.query<{ id: string; region: string }>(`select id, region_code as region from ${A} order by id`);
  return ids;
}

/** Puts the write peer's rows back as they were (waiting for review, the submission their only log row). */
export async function resetWritePeer(ctx: BenchContext): Promise<void> {
  await ctx.pool.query(`delete from ${L} l using bench.peer_original o where o.id = l.application_id and l.seq > o.version`);
  await ctx.pool.query(
    `update ${A} p set state = o.state, version = o.version, snapshot = o.snapshot, updated_at = o.updated_at, finished_at = o.finished_at
       from bench.peer_original o where o.id = p.id and p.version <> o.version`,
  );
  await ctx.pool.query(`vacuum analyze ${A}, ${L}`);
}

/**
 * `concurrency` clients, each the reviewer of the regions of its rows, sending the write peer
 * the same transitions as the gateway's write path: the start of review and the recommendation
 * of one grant after the other (every client its own rows), each one transaction of six statements.
 */
export async function writePeer(ctx: BenchContext, url: string, concurrency: number, rows: PeerRow[]): Promise<LoadResult> {
  await resetWritePeer(ctx);
  const events: Array<PeerTransition['event']> = [{ type: 'START_REVIEW' }, { type: 'RECOMMEND', note: 'Site visited' }];
  const worker = (index: number): Worker => {
    let row = index - concurrency;
    let step = events.length;
    return {
      next: () => {
        if (step === events.length) {
          row += concurrency;
          step = 0;
        }
        const current = rows[row];
        if (!current) return null;
        const transition: PeerTransition = { id: current.id, event: events[step]!, actor: staff(current.region).reviewer as PeerTransition['actor'] };
        return { path: '/transition', body: JSON.stringify(transition) };
      },
      outcome: (status, body) => {
        step += 1;
        const codes = errorCodes({ status, body });
        if (codes.length) {
          step = events.length;
          return { kind: 'error', code: codes[0]! };
        }
        return { kind: 'ok' };
      },
    };
  };
  return runLoad({ url, concurrency, warmupSeconds: ctx.warmupSeconds, seconds: ctx.seconds, worker, progress: ctx.progress });
}
