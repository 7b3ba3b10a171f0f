import type { WorkflowEngine } from '../../src/engine/engine';
import { dataOf, errorCodes } from '../http-client';
import { cloneTemplates, EARLY_HOT_PATHS, HOT_PATHS } from '../seed';
import type { BenchContext } from '../context';

interface Hot {
  id: string;
  /** waiting for the reviewer's step (recommendation, assessment, verification), not yet for the decision */
  early: boolean;
  kind: 'grant' | 'microcredit' | 'lifting';
  regionCode: string;
  version: number;
  iin: string;
  amount: string;
  termMonths: number;
}

type Action = 'APPROVE' | 'WITHDRAW' | 'RECOMMEND' | 'SUBMIT_ASSESSMENT' | 'VERIFY';
interface Task {
  hot: Hot;
  action: Action;
  who: 'approver' | 'approver2' | 'applicant' | 'reviewer';
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
  'mutation($id: ID!, $v: Int, $terms: LoanTermsInput!) { approve(input: { applicationId: $id, expectedVersion: $v, terms: $terms }) { state version } }';
const WITHDRAW = 'mutation($id: ID!, $v: Int) { withdraw(input: { applicationId: $id, expectedVersion: $v, reason: "changed my mind" }) { state version } }';
const RECOMMEND = 'mutation($id: ID!, $v: Int) { recommend(input: { applicationId: $id, expectedVersion: $v, note: "Site visited" }) { state version } }';
const ASSESS =
  'mutation($id: ID!, $v: Int, $terms: LoanTermsInput!) { submitCreditAssessment(input: { applicationId: $id, expectedVersion: $v, note: "Cash flow checked", proposed: $terms }) { state version } }';
const VERIFY = 'mutation($id: ID!, $v: Int) { verifyLiftingApplication(input: { applicationId: $id, expectedVersion: $v, referralConfirmed: true, arrivalConfirmed: true }) { state version } }';
const READ = 'query($id: ID!) { application(id: $id) { version finished availableActions } }';
const REVIEWER_STEP: Record<Hot['kind'], Action> = { grant: 'RECOMMEND', microcredit: 'SUBMIT_ASSESSMENT', lifting: 'VERIFY' };

/**
 * 64 clients send conflicting actions at 100 applications: two approvers approve and the
 * applicant withdraws, sent together; for a third of them the reviewer's step (recommendation,
 * assessment, verification) is still to come and is sent with them, so an approver who comes
 * too early re-reads and tries again once the approval is on offer. Half send the version they
 * read (re-read and retry on VERSION_CONFLICT), half rely on the row lock. Afterwards every
 * application must hold exactly one decision, its log must replay to its snapshot with no
 * version gap, and an approval must have reserved its budget exactly once.
 */
export async function raceCheck(ctx: BenchContext, engine: WorkflowEngine, count: number, clients: number): Promise<RaceResult> {
  const started = Date.now();
  const templatesOf = async (paths: string[]) =>
    (
      await ctx.pool.query<{ id: string }>(`select id from bench.template where path = any($1) and region_code = any($2) order by region_code, path, id`, [
        paths,
        ctx.regions,
      ])
    ).rows;
  const decided = await templatesOf(HOT_PATHS);
  const early = await templatesOf(EARLY_HOT_PATHS);
  const earlyCount = Math.floor(count / 3);
  const ids = await cloneTemplates(ctx.pool, [
    ...Array.from({ length: earlyCount }, (_, i) => early[i % early.length]!.id),
    ...Array.from({ length: count - earlyCount }, (_, i) => decided[i % decided.length]!.id),
  ]);
  const earlyIds = new Set(ids.slice(0, earlyCount));
  const { rows } = await ctx.pool.query<{ id: string; kind: Hot['kind']; region_code: string; version: number; iin: string; amount: string; term_months: number }>(
    `select a.id, a.kind, a.region_code, a.version, p.iin, a.requested_amount::text as amount,
            coalesce((a.snapshot -> 'context' -> 'request' ->> 'termMonths')::int, 0) as term_months
       from application a join applicant p on p.id = a.applicant_id where a.id = any($1)`,
    [ids],
  );
  const hots: Hot[] = rows.map((r) => ({ id: r.id, early: earlyIds.has(r.id), kind: r.kind, regionCode: r.region_code, version: r.version, iin: r.iin, amount: r.amount, termMonths: r.term_months }));
  const tasks: Task[] = [];
  hots.forEach((hot, i) => {
    const group: Task[] = [
      { hot, action: 'APPROVE', who: 'approver', expected: i % 2 === 0 },
      { hot, action: 'APPROVE', who: 'approver2', expected: i % 2 === 0 },
      { hot, action: 'WITHDRAW', who: 'applicant', expected: i % 2 === 0 },
      ...(hot.early ? [{ hot, action: REVIEWER_STEP[hot.kind], who: 'reviewer', expected: i % 2 === 0 } as Task] : []),
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
    const terms = { amount: task.hot.amount, rate: '6', termMonths: task.hot.termMonths, method: 'ANNUITY' };
    let query = { WITHDRAW, APPROVE, RECOMMEND, SUBMIT_ASSESSMENT: ASSESS, VERIFY }[task.action];
    if (task.action === 'APPROVE' && task.hot.kind === 'microcredit') query = APPROVE_LOAN;
    if (query === APPROVE_LOAN || query === ASSESS) variables.terms = terms;
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
        const conflict = code === 'VERSION_CONFLICT' || code === 'INVALID_TRANSITION';
        if (!conflict) {
          errors[code] = (errors[code] ?? 0) + 1;
          break;
        }
        // someone moved it first: read it again; send again while the action is on offer, wait
        // while the decision is still to come (the reviewer's step first), give up once decided
        let retry = false;
        for (let wait = 0; wait < 40 && attempt < 10; wait += 1) {
          rereads += 1;
          requests += 1;
          const read = dataOf<{ application: { version: number; finished: boolean; availableActions: string[] } }>(
            await ctx.client.graphql(READ, { id: task.hot.id }, token),
          );
          if (read.application.availableActions.includes(task.action)) {
            retry = true;
            version = task.expected ? read.application.version : null;
            break;
          }
          const stillBefore = task.action === 'APPROVE' && task.hot.early && read.application.availableActions.includes('WITHDRAW') && !read.application.finished;
          if (!stillBefore) break;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        if (retry) {
          retries += 1;
          continue;
        }
        conflicts[code] = (conflicts[code] ?? 0) + 1;
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
    // after the race: the reviewer's step (for those still waiting for it), then one decision
    const steps = row.decisions.filter((d) => d !== 'APPROVE' && d !== 'WITHDRAW');
    const decisions = row.decisions.filter((d) => d === 'APPROVE' || d === 'WITHDRAW');
    if (decisions.length !== 1) failures.push(`${row.id}: ${decisions.length} decisions after the race (${row.decisions.join(', ')})`);
    if (steps.length > (hot.early ? 1 : 0) || (steps.length === 1 && row.decisions[0] !== REVIEWER_STEP[hot.kind]))
      failures.push(`${row.id}: unexpected actions after the race (${row.decisions.join(', ')})`);
    if (row.version !== hot.version + row.decisions.length) failures.push(`${row.id}: version ${row.version} after ${row.decisions.length} actions from ${hot.version}`);
    const decision = decisions[0];
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
