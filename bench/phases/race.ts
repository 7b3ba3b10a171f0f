import type { WorkflowEngine } from '../../src/engine/engine';
import { dataOf, errorCodes } from '../http-client';
import { cloneTemplates, HOT_PATHS } from '../seed';
import type { BenchContext } from '../context';

interface Hot {
  id: string;
  kind: 'grant' | 'microcredit' | 'lifting';
  regionCode: string;
  version: number;
  iin: string;
  amount: string;
  termMonths: number;
}

type Action = 'APPROVE' | 'WITHDRAW';
interface Task {
  hot: Hot;
  action: Action;
  who: 'approver' | 'approver2' | 'applicant';
  /** send the version read before the race, and retry on VERSION_CONFLICT */
  expected: boolean;
}

export interface RaceResult {
  applications: number;
  clients: number;
  requests: number;
  decisions: { approved: number; withdrawn: number };
  /** refusals of the loser of a race, by code */
  conflicts: Record<string, number>;
  /** re-reads after a VERSION_CONFLICT, and resends after one (the action still allowed) */
  rereads: number;
  retries: number;
  errors: Record<string, number>;
  replayed: number;
  replayMatches: number;
  failures: string[];
  ok: boolean;
  seconds: number;
}

const APPROVE = 'mutation($id: ID!, $v: Int) { approve(input: { applicationId: $id, expectedVersion: $v }) { state version } }';
const APPROVE_LOAN =
  'mutation($id: ID!, $v: Int, $terms: LoanTermsInput!) { approveMicrocredit(input: { applicationId: $id, expectedVersion: $v, terms: $terms }) { state version } }';
const WITHDRAW = 'mutation($id: ID!, $v: Int) { withdraw(input: { applicationId: $id, expectedVersion: $v, reason: "changed my mind" }) { state version } }';
const READ = 'query($id: ID!) { application(id: $id) { version availableActions } }';

/**
 * 64 clients send conflicting actions at 100 applications waiting for a decision: two approvers
 * approve and the applicant withdraws, the three of each application sent together. Half send
 * the version they read (and re-read and retry on VERSION_CONFLICT), half rely on the row lock.
 * Afterwards every application must hold exactly one decision, its log must replay to its
 * snapshot with no version gap, and an approval must have reserved its budget exactly once.
 */
export async function raceCheck(ctx: BenchContext, engine: WorkflowEngine, count: number, clients: number): Promise<RaceResult> {
  const started = Date.now();
  const { rows: templates } = await ctx.pool.query<{ id: string }>(
    `select id from bench.template where path = any($1) and region_code = any($2) order by region_code, path, id`,
    [HOT_PATHS, ctx.regions],
  );
  const ids = await cloneTemplates(ctx.pool, Array.from({ length: count }, (_, i) => templates[i % templates.length]!.id));
  const { rows } = await ctx.pool.query<{ id: string; kind: Hot['kind']; region_code: string; version: number; iin: string; amount: string; term_months: number }>(
    `select a.id, a.kind, a.region_code, a.version, p.iin, a.requested_amount::text as amount,
            coalesce((a.snapshot -> 'context' -> 'request' ->> 'termMonths')::int, 0) as term_months
       from application a join applicant p on p.id = a.applicant_id where a.id = any($1)`,
    [ids],
  );
  const hots: Hot[] = rows.map((r) => ({ id: r.id, kind: r.kind, regionCode: r.region_code, version: r.version, iin: r.iin, amount: r.amount, termMonths: r.term_months }));
  const tasks: Task[] = [];
  hots.forEach((hot, i) => {
    const group: Task[] = [
      { hot, action: 'APPROVE', who: 'approver', expected: i % 2 === 0 },
      { hot, action: 'APPROVE', who: 'approver2', expected: i % 2 === 0 },
      { hot, action: 'WITHDRAW', who: 'applicant', expected: i % 2 === 0 },
    ];
    // the three of an application go out together, in a different order each time
    for (let k = group.length - 1; k > 0; k -= 1) {
      const j = (i * 7 + k * 3) % (k + 1);
      [group[k], group[j]] = [group[j]!, group[k]!];
    }
    tasks.push(...group);
  });

  const conflicts: Record<string, number> = {};
  const errors: Record<string, number> = {};
  let rereads = 0;
  let retries = 0;
  let requests = 0;
  let next = 0;
  ctx.progress.start(`race: ${clients} clients, ${hots.length} applications`, tasks.length);
  const send = async (task: Task, version: number | null) => {
    const token = task.who === 'applicant' ? await ctx.tokens.applicant(task.hot.iin) : await ctx.tokens.staff(task.hot.regionCode, task.who);
    const variables: Record<string, unknown> = { id: task.hot.id, v: version };
    let query = task.action === 'WITHDRAW' ? WITHDRAW : APPROVE;
    if (task.action === 'APPROVE' && task.hot.kind === 'microcredit') {
      query = APPROVE_LOAN;
      variables.terms = { amount: task.hot.amount, rate: '6', termMonths: task.hot.termMonths, method: 'ANNUITY' };
    }
    requests += 1;
    return { codes: errorCodes(await ctx.client.graphql(query, variables, token)), token };
  };
  const worker = async () => {
    for (;;) {
      const task = tasks[next++];
      if (!task) return;
      let version: number | null = task.expected ? task.hot.version : null;
      for (let attempt = 0; ; attempt += 1) {
        const { codes, token } = await send(task, version);
        const code = codes[0];
        if (code === undefined) break;
        if (code === 'VERSION_CONFLICT' && attempt < 5) {
          // someone moved it first: read again and send again if the action is still allowed
          rereads += 1;
          requests += 1;
          const read = dataOf<{ application: { version: number; availableActions: string[] } }>(await ctx.client.graphql(READ, { id: task.hot.id }, token));
          if (read.application.availableActions.includes(task.action)) {
            retries += 1;
            version = read.application.version;
            continue;
          }
          conflicts[code] = (conflicts[code] ?? 0) + 1;
          break;
        }
        if (code === 'VERSION_CONFLICT' || code === 'INVALID_TRANSITION') conflicts[code] = (conflicts[code] ?? 0) + 1;
        else errors[code] = (errors[code] ?? 0) + 1;
        break;
      }
      ctx.progress.update(next);
    }
  };
  await Promise.all(Array.from({ length: clients }, () => worker()));
  ctx.progress.end();

  // the checks: one decision each, a log that replays to the snapshot, the budget reserved once
  ctx.progress.start('race: replaying every log', hots.length);
  const failures: string[] = [];
  const { rows: outcome } = await ctx.pool.query<{ id: string; state: string; version: number; decisions: string[]; reservations: number }>(
    `select a.id, a.state, a.version,
            array(select l.event_type from transition_log l where l.application_id = a.id and l.seq > ($2::jsonb ->> a.id::text)::int order by l.seq) as decisions,
            (select count(*)::int from budget_movement b where b.application_id = a.id and b.movement = 'RESERVE') as reservations
       from application a where a.id = any($1)`,
    [hots.map((h) => h.id), JSON.stringify(Object.fromEntries(hots.map((h) => [h.id, h.version])))],
  );
  const before = new Map(hots.map((h) => [h.id, h]));
  let approved = 0;
  let withdrawn = 0;
  let replayMatches = 0;
  for (const row of outcome) {
    const hot = before.get(row.id)!;
    if (row.decisions.length !== 1) failures.push(`${row.id}: ${row.decisions.length} decisions after the race (${row.decisions.join(', ')})`);
    if (row.version !== hot.version + 1) failures.push(`${row.id}: version ${row.version}, expected ${hot.version + 1}`);
    const decision = row.decisions[0];
    if (decision === 'APPROVE') approved += 1;
    if (decision === 'WITHDRAW') withdrawn += 1;
    const expectedReservations = decision === 'APPROVE' ? 1 : 0;
    if (row.reservations !== expectedReservations) failures.push(`${row.id}: ${row.reservations} budget reservations, expected ${expectedReservations}`);
    try {
      const report = await engine.verifyReplay(row.id);
      if (report.matches) replayMatches += 1;
      else failures.push(`${row.id}: the log (${report.entries} entries) does not replay to the stored snapshot (${report.storedState} vs ${report.replayedState})`);
    } catch (error) {
      failures.push(`${row.id}: replay refused: ${error instanceof Error ? error.message : String(error)}`);
    }
    ctx.progress.update(replayMatches);
  }
  if (Object.keys(errors).length > 0) failures.push(`unexpected errors: ${JSON.stringify(errors)}`);
  ctx.progress.end(failures.length === 0 ? 'every log replays' : `${failures.length} failures`);
  return {
    applications: hots.length,
    clients,
    requests,
    decisions: { approved, withdrawn },
    conflicts,
    rereads,
    retries,
    errors,
    replayed: outcome.length,
    replayMatches,
    failures,
    ok: failures.length === 0 && outcome.length === hots.length,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Replays a sample of applications (seeded copies, the write path's) through their machines. */
export async function replaySample(engine: WorkflowEngine, ids: string[]): Promise<{ replayed: number; matches: number; failures: string[] }> {
  const failures: string[] = [];
  let matches = 0;
  for (const id of ids) {
    try {
      const report = await engine.verifyReplay(id);
      if (report.matches) matches += 1;
      else failures.push(`${id}: does not replay to its snapshot (${report.storedState} vs ${report.replayedState})`);
    } catch (error) {
      failures.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { replayed: ids.length, matches, failures };
}
