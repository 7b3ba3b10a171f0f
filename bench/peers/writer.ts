import http from 'node:http';
import pg from 'pg';
import type { ActorRef } from '../../workflows/rules/roles';
import type * as Definition from '../../workflows/definition';
import type * as Registry from '../../workflows/registry';
import type * as Calendar from '../../workflows/rules/calendar';
import { fromDist } from '../dist';

/** The copies the write peer works on (see phases/peers.ts), never the gateway's tables. */
export const PEER_TABLES = { application: 'bench.peer_application', log: 'bench.peer_log' };
/** Its notifications go to a channel nobody listens to: the gateway's replicas would hear them on theirs. */
export const PEER_CHANNEL = 'bench_peer_changed';

export interface PeerTransition {
  id: string;
  event: { type: string } & Record<string, unknown>;
  actor: { id: string; roles: string[]; region: string };
}

class Refused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The write peer: node:http, `pg` and the project's own machines (workflows/registry), sending
 * the statements of one action as DESIGN.md lays it out — BEGIN, the row FOR UPDATE, the pure
 * transition, one UPDATE, one log row, pg_notify, COMMIT — as prepared statements on one
 * pooled connection. No GraphQL, no ORM, no token: the actor comes in the body and only its
 * region is checked. Actions that need facts or effects are refused (the bench sends the
 * reviewer's start of review and recommendation, which need neither).
 *
 * POST /transition {id, event, actor} → {"state", "version"}.
 * POST /raw {id, n}: the raw SQL ceiling — the five statements of a transition on the ceiling's
 * copies (bench.ceiling_*), no machine.
 */
/** The facts the gateway takes from its configuration, as the bench's gateway is configured (in-process.ts): no query. */
const SETTINGS_FACTS = { siteVisitShareBp: 10_000 } as const;

export async function writerServer(databaseUrl: string, poolSize: number): Promise<{ server: http.Server; pool: pg.Pool }> {
  const { restoreSnapshot, explainRefusal, stepWithEffects, stateOf, persist } = await fromDist<typeof Definition>('workflows/definition.js');
  const { workflowFor } = await fromDist<typeof Registry>('workflows/registry.js');
  const { localDateOf } = await fromDist<typeof Calendar>('workflows/rules/calendar.js');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on('error', () => {});
  const A = PEER_TABLES.application;
  const lock = {
    name: 'peer_lock',
    text: `select kind, machine_version, state, version, snapshot, region_code from ${A} where id = $1 for update`,
  };
  const update = {
    name: 'peer_update',
    text: `update ${A} set state = $2, version = $3, snapshot = $4, requested_amount = $5, approved_amount = $6, disbursed_amount = $7,
             decision_fiscal_year = $8, deadline_at = $9, next_due_on = $10, escalated_at = $11, dedup_key = $12, updated_at = $13, finished_at = $14
            where id = $1`,
  };
  const insert = {
    name: 'peer_log',
    text: `insert into ${PEER_TABLES.log} (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at, occurred_on)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
  };
  const notify = { name: 'peer_notify', text: `select pg_notify('${PEER_CHANNEL}', $1)` };

  const transition = async (input: PeerTransition): Promise<{ state: string; version: number }> => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ kind: Definition.ApplicationKind; machine_version: number; state: string; version: number; snapshot: unknown; region_code: string }>({
        ...lock,
        values: [input.id],
      });
      const row = rows[0];
      if (!row) throw new Refused('NOT_FOUND', `there is no application ${input.id}`);
      if (row.region_code !== input.actor.region) throw new Refused('FORBIDDEN', 'this application belongs to another region');
      const def = workflowFor(row.kind, row.machine_version);
      const needs = def.factsFor[input.event.type] ?? [];
      if (needs.some((name) => !(name in SETTINGS_FACTS))) throw new Refused('UNSUPPORTED', `the write peer gathers no facts (${input.event.type})`);
      // facts from the configuration need no query: the bench gateway's (in-process.ts)
      const facts = Object.fromEntries(needs.map((name) => [name, SETTINGS_FACTS[name as keyof typeof SETTINGS_FACTS]]));
      const snapshot = restoreSnapshot(def, row.snapshot as never);
      const at = new Date().toISOString();
      const actor: ActorRef = { id: input.actor.id, roles: input.actor.roles as ActorRef['roles'] };
      const event = { ...input.event, actor, at, ...(needs.length > 0 ? { facts } : {}) } as Definition.WorkflowEvent;
      const stepped = stepWithEffects(def, snapshot, event);
      if (stepped === null) throw new Refused(explainRefusal(def, snapshot, event)?.code ?? 'INVALID_TRANSITION', `"${event.type}" is not accepted now`);
      if (stepped.effects.length > 0) throw new Refused('UNSUPPORTED', `the write peer runs no effects (${stepped.effects.map((e) => e.type).join(', ')})`);
      const toState = stateOf(stepped.snapshot);
      const version = row.version + 1;
      const p = def.project(stepped.snapshot.context);
      await client.query({
        ...update,
        values: [
          input.id, toState, version, JSON.stringify(persist(def, stepped.snapshot)), p.requestedAmount, p.approvedAmount, p.disbursedAmount,
          p.decisionFiscalYear, p.deadlineAt ?? null, p.nextDueOn ?? null, p.escalatedAt ?? null, p.dedupKey ?? null, at,
          def.finalStates.includes(toState) ? at : null,
        ],
      });
      await client.query({
        ...insert,
        // the business date, as the gateway logs it: today in programme time
        values: [input.id, version, def.version, event.type, row.state, toState, actor.id, actor.roles, JSON.stringify(event), at, localDateOf(at)],
      });
      const change = { applicationId: input.id, kind: row.kind, regionCode: row.region_code, eventType: event.type, fromState: row.state, toState, version, at };
      await client.query({ ...notify, values: [JSON.stringify(change)] });
      await client.query('commit');
      return { state: toState, version };
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };

  // the raw SQL ceiling: what a transition writes, from rows of decided applications
  let ceilingData: Promise<{ snapshots: string[]; events: string[] }> | null = null;
  const loadCeiling = async () => {
    const { rows: snapshots } = await pool.query<{ s: string }>(
      `select snapshot::text as s from application where state in ('disbursementPending', 'contractPending', 'approved') limit 50`,
    );
    const { rows: events } = await pool.query<{ e: string }>(`select event::text as e from transition_log where event_type = 'APPROVE' limit 50`);
    return { snapshots: snapshots.map((r) => r.s), events: events.map((r) => r.e) };
  };
  const raw = async (input: { id: string; n: number }): Promise<{ version: number }> => {
    const data = await (ceilingData ??= loadCeiling());
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ version: number; state: string }>({
        name: 'ceiling_lock',
        text: 'select id, kind, machine_id, machine_version, state, version, snapshot, applicant_id, region_code, requested_amount, approved_amount, disbursed_amount, decision_fiscal_year, submitted_at, updated_at, finished_at, deadline_at, next_due_on, escalated_at, dedup_key from bench.ceiling_application where id = $1 for update',
        values: [input.id],
      });
      if (!rows[0]) throw new Refused('NOT_FOUND', `there is no ceiling row ${input.id}`);
      const version = rows[0].version + 1;
      const at = new Date();
      await client.query({
        name: 'ceiling_update',
        text: 'update bench.ceiling_application set state = $1, version = $2, snapshot = $3, updated_at = $4 where id = $5',
        values: [rows[0].state, version, data.snapshots[input.n % data.snapshots.length], at, input.id],
      });
      await client.query({
        name: 'ceiling_log',
        text: 'insert into bench.ceiling_log (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at, occurred_on) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
        values: [input.id, version, 1, 'APPROVE', rows[0].state, rows[0].state, 'bench.ceiling', ['approver'], data.events[input.n % data.events.length], at, localDateOf(at)],
      });
      await client.query('commit');
      return { version };
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        let body: string;
        try {
          const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as never;
          if (req.url === '/transition') body = JSON.stringify({ data: await transition(input) });
          else if (req.url === '/raw') body = JSON.stringify({ data: await raw(input) });
          else body = JSON.stringify({ errors: [{ message: `no route ${req.url}`, extensions: { code: 'NOT_FOUND' } }] });
        } catch (error) {
          const code = error instanceof Refused ? error.code : 'PEER_ERROR';
          body = JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error), extensions: { code } }] });
        }
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      })();
    });
  });
  return { server, pool };
}
