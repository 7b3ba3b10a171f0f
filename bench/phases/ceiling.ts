import { errorCodes } from '../http-client';
import { runLoad, type LoadResult } from '../load';
import type { BenchContext } from '../context';

/**
 * Copies of the application and transition-log tables (same columns, indexes, constraints and
 * foreign key) in the bench schema, so the raw SQL of a transition runs on rows like the real
 * ones without writing log rows the machines never produced.
 */
export async function prepareCeiling(ctx: BenchContext, rows: number): Promise<{ ids: string[] }> {
  const { pool } = ctx;
  await pool.query(`drop table if exists bench.ceiling_log, bench.ceiling_application`);
  await pool.query(`drop sequence if exists bench.ceiling_log_id_seq`);
  await pool.query(`create table bench.ceiling_application (like public.application including all)`);
  await pool.query(`create table bench.ceiling_log (like public.transition_log including all)`);
  await pool.query(`create sequence bench.ceiling_log_id_seq owned by bench.ceiling_log.id`);
  await pool.query(`alter table bench.ceiling_log alter column id set default nextval('bench.ceiling_log_id_seq')`);
  await pool.query(`alter table bench.ceiling_log add foreign key (application_id) references bench.ceiling_application (id) on update cascade on delete restrict`);
  await pool.query(`insert into bench.ceiling_application select * from public.application order by random() limit $1`, [rows]);
  await pool.query(`insert into bench.ceiling_log (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at, occurred_on)
                    select l.application_id, l.seq, l.machine_version, l.event_type, l.from_state, l.to_state, l.actor_id, l.actor_roles, l.event, l.at, l.occurred_on
                      from public.transition_log l join bench.ceiling_application a on a.id = l.application_id`);
  await pool.query(`analyze bench.ceiling_application, bench.ceiling_log`);
  const { rows: ids } = await pool.query<{ id: string }>(`select id from bench.ceiling_application order by id`);
  return { ids: ids.map((r) => r.id) };
}

/**
 * The physical ceiling of a transition: the same SQL an action commits (lock the row, read it,
 * update snapshot, state and version — a decided application's snapshot —, append the log row,
 * commit), sent with `pg` by the peers' process (peers/writer.ts, POST /raw) behind node:http:
 * no GraphQL, no ORM, no machine, no notify.
 */
export async function rawSqlCeiling(ctx: BenchContext, url: string, concurrency: number, data: { ids: string[] }): Promise<LoadResult> {
  let next = Math.floor(Math.random() * data.ids.length);
  return runLoad({
    url,
    concurrency,
    warmupSeconds: ctx.warmupSeconds,
    seconds: ctx.seconds,
    progress: ctx.progress,
    worker: () => ({
      next: () => {
        const n = (next = (next + 1) % data.ids.length);
        return { path: '/raw', body: JSON.stringify({ id: data.ids[n], n }) };
      },
      outcome: (status, body) => {
        const codes = errorCodes({ status, body });
        return codes.length ? { kind: 'error', code: codes[0]! } : { kind: 'ok' };
      },
    }),
  });
}
