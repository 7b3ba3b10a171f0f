import pg from 'pg';
import { runLoad, type LoadResult } from '../load';
import type { BenchContext } from '../context';

/**
 * Copies of the application and transition-log tables (same columns, indexes, constraints and
 * foreign key) in the bench schema, so the raw SQL of a transition runs on rows like the real
 * ones without writing log rows the machines never produced.
 */
export async function prepareCeiling(ctx: BenchContext, rows: number): Promise<{ ids: string[]; snapshots: string[]; events: string[] }> {
  const { pool } = ctx;
  await pool.query(`drop table if exists bench.ceiling_log, bench.ceiling_application`);
  await pool.query(`drop sequence if exists bench.ceiling_log_id_seq`);
  await pool.query(`create table bench.ceiling_application (like public.application including all)`);
  await pool.query(`create table bench.ceiling_log (like public.transition_log including all)`);
  await pool.query(`create sequence bench.ceiling_log_id_seq owned by bench.ceiling_log.id`);
  await pool.query(`alter table bench.ceiling_log alter column id set default nextval('bench.ceiling_log_id_seq')`);
  await pool.query(`alter table bench.ceiling_log add foreign key (application_id) references bench.ceiling_application (id) on update cascade on delete restrict`);
  await pool.query(`insert into bench.ceiling_application select * from public.application order by random() limit $1`, [rows]);
  await pool.query(`insert into bench.ceiling_log (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at)
                    select l.application_id, l.seq, l.machine_version, l.event_type, l.from_state, l.to_state, l.actor_id, l.actor_roles, l.event, l.at
                      from public.transition_log l join bench.ceiling_application a on a.id = l.application_id`);
  await pool.query(`analyze bench.ceiling_application, bench.ceiling_log`);
  const { rows: ids } = await pool.query<{ id: string }>(`select id from bench.ceiling_application order by id`);
  // what a transition writes: a snapshot of a decided application and an approval's event
  const { rows: snapshots } = await pool.query<{ s: string }>(`select snapshot::text as s from application where state in ('disbursementPending', 'contractPending', 'approved') limit 50`);
  const { rows: events } = await pool.query<{ e: string }>(`select event::text as e from transition_log where event_type = 'APPROVE' limit 50`);
  return { ids: ids.map((r) => r.id), snapshots: snapshots.map((r) => r.s), events: events.map((r) => r.e) };
}

/**
 * The physical ceiling of a transition: the same SQL an action commits (lock the row, read it,
 * update snapshot, state and version, append the log row, commit), sent directly with `pg`,
 * one connection per client, no GraphQL, no ORM, no machine.
 */
export async function rawSqlCeiling(ctx: BenchContext, concurrency: number, data: { ids: string[]; snapshots: string[]; events: string[] }): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: concurrency });
  // open the connections before the clock runs
  await Promise.all(Array.from({ length: concurrency }, () => pool.connect())).then((clients) => clients.forEach((c) => c.release()));
  let next = Math.floor(Math.random() * data.ids.length);
  try {
    return await runLoad({
      concurrency,
      warmupSeconds: ctx.warmupSeconds,
      seconds: ctx.seconds,
      progress: ctx.progress,
      operation: async () => {
        const n = (next = (next + 1) % data.ids.length);
        const id = data.ids[n]!;
        const client = await pool.connect();
        try {
          await client.query('begin');
          const { rows } = await client.query<{ version: number; state: string }>(
            'select id, kind, machine_id, machine_version, state, version, snapshot, applicant_id, region_code, requested_amount, approved_amount, disbursed_amount, decision_fiscal_year, submitted_at, updated_at, finished_at, deadline_at, next_due_on, escalated_at, dedup_key from bench.ceiling_application where id = $1 for update',
            [id],
          );
          const version = rows[0]!.version + 1;
          const at = new Date();
          await client.query('update bench.ceiling_application set state = $1, version = $2, snapshot = $3, updated_at = $4 where id = $5', [
            rows[0]!.state,
            version,
            data.snapshots[n % data.snapshots.length],
            at,
            id,
          ]);
          await client.query(
            'insert into bench.ceiling_log (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
            [id, version, 1, 'APPROVE', rows[0]!.state, rows[0]!.state, 'bench.ceiling', ['approver'], data.events[n % data.events.length], at],
          );
          await client.query('commit');
          return { kind: 'ok' };
        } catch (error) {
          await client.query('rollback').catch(() => {});
          return { kind: 'error', code: error instanceof Error ? error.message.slice(0, 60) : 'SQL' };
        } finally {
          client.release();
        }
      },
    });
  } finally {
    await pool.end();
  }
}
