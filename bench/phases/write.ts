import { errorCodes } from '../http-client';
import { runLoad, type LoadResult, type Outcome, type Worker } from '../load';
import { cloneTemplates, POOL_PATHS } from '../seed';
import type { BenchContext } from '../context';

/** A new application the write path drives from submission to approval. */
export interface PoolItem {
  id: string;
  kind: 'grant' | 'microcredit' | 'lifting';
  regionCode: string;
  amount: string;
  termMonths: number;
}

const M = {
  startReview: 'mutation($id: ID!) { startReview(input: { applicationId: $id }) { state version } }',
  recommend: 'mutation($id: ID!) { recommend(input: { applicationId: $id, note: "Site visited" }) { state version } }',
  approve: 'mutation($id: ID!) { approve(input: { applicationId: $id }) { state version } }',
  assess: 'mutation($id: ID!, $terms: LoanTermsInput!) { submitCreditAssessment(input: { applicationId: $id, note: "Cash flow checked", proposed: $terms }) { state version } }',
  approveLoan: 'mutation($id: ID!, $terms: LoanTermsInput!) { approve(input: { applicationId: $id, terms: $terms }) { state version } }',
  startVerification: 'mutation($id: ID!) { startVerification(input: { applicationId: $id }) { state version } }',
  verify: 'mutation($id: ID!) { verifyLiftingApplication(input: { applicationId: $id, referralConfirmed: true, arrivalConfirmed: true }) { state version } }',
};

/** The reviewer's and the approver's actions that take a new application of each kind to its approval. */
export const STEPS: Record<PoolItem['kind'], Array<{ query: string; as: 'reviewer' | 'approver'; terms?: true }>> = {
  grant: [
    { query: M.startReview, as: 'reviewer' },
    { query: M.recommend, as: 'reviewer' },
    { query: M.approve, as: 'approver' },
  ],
  microcredit: [
    { query: M.startReview, as: 'reviewer' },
    { query: M.assess, as: 'reviewer', terms: true },
    { query: M.approveLoan, as: 'approver', terms: true },
  ],
  lifting: [
    { query: M.startVerification, as: 'reviewer' },
    { query: M.verify, as: 'reviewer' },
    { query: M.approve, as: 'approver' },
  ],
};

/**
 * The reviewer's transitions the gateway and the write peer are compared on: a new grant's
 * start of review and recommendation, each six statements (BEGIN, the row FOR UPDATE, UPDATE,
 * the log row, pg_notify, COMMIT), no facts, no effects.
 */
export const REVIEWER_STEPS = STEPS.grant.slice(0, 2);
export const REVIEWER_POOL_PATH = 'grant.awaitingReview';

/** Copies `count` new applications (submitted, waiting for review) spread over the regions and kinds. */
export async function preparePool(ctx: BenchContext, count: number, paths: string[] = POOL_PATHS): Promise<Map<string, PoolItem[]>> {
  const { rows: templates } = await ctx.pool.query<{ id: string; kind: PoolItem['kind']; region_code: string; amount: string; term_months: number }>(
    `select id, kind, region_code, amount::text, term_months from bench.template where path = any($1) and region_code = any($2) order by region_code, kind, id`,
    [paths, ctx.regions],
  );
  const chosen = Array.from({ length: count }, (_, i) => templates[i % templates.length]!);
  const ids = await cloneTemplates(ctx.pool, chosen.map((t) => t.id));
  const byRegion = new Map<string, PoolItem[]>();
  chosen.forEach((t, i) => {
    const list = byRegion.get(t.region_code) ?? [];
    list.push({ id: ids[i]!, kind: t.kind, regionCode: t.region_code, amount: t.amount, termMonths: t.term_months });
    byRegion.set(t.region_code, list);
  });
  return byRegion;
}

/**
 * Concurrent clients, each the reviewer of one region, taking new grants through the reviewer's
 * transitions (start of review, recommendation): every request one GraphQL mutation, one
 * transition of the engine.
 */
export async function writePath(ctx: BenchContext, url: string, concurrency: number, pool: Map<string, PoolItem[]>, done: PoolItem[]): Promise<LoadResult> {
  const regions = [...pool.keys()].sort();
  // every region's applications are worked on: with fewer clients than regions a client is the
  // staff of several regions in turn, with more several clients share a region
  const workers = await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      const own = regions.filter((_, i) => (concurrency >= regions.length ? i === w % regions.length : i % concurrency === w));
      return {
        regions: await Promise.all(own.map(async (region) => ({ queue: pool.get(region)!, reviewer: await ctx.tokens.staff(region, 'reviewer') }))),
        turn: 0,
        current: null as { item: PoolItem; reviewer: string } | null,
        step: 0,
      };
    }),
  );
  const worker = (index: number): Worker => {
    const w = workers[index]!;
    return {
      next: () => {
        if (!w.current) {
          for (let k = 0; k < w.regions.length && !w.current; k += 1) {
            const region = w.regions[(w.turn += 1) % w.regions.length]!;
            const item = region.queue.pop();
            if (item) w.current = { item, reviewer: region.reviewer };
          }
          w.step = 0;
          if (!w.current) return null;
        }
        const step = REVIEWER_STEPS[w.step]!;
        return {
          path: '/graphql',
          body: JSON.stringify({ query: step.query, variables: { id: w.current.item.id } }),
          headers: { authorization: `Bearer ${w.current.reviewer}` },
        };
      },
      outcome: (status, body) => {
        const codes = errorCodes({ status, body });
        w.step += 1;
        if (codes.length > 0) {
          // the application is left where it stopped; the worker takes the next one
          w.current = null;
          return { kind: 'error', code: codes[0]! };
        }
        if (w.step === REVIEWER_STEPS.length) {
          done.push(w.current!.item);
          w.current = null;
        }
        return { kind: 'ok' };
      },
    };
  };
  return runLoad({ url, concurrency, warmupSeconds: ctx.warmupSeconds, seconds: ctx.seconds, worker, progress: ctx.progress });
}

const graphqlOutcome = (status: number, body: string): Outcome => {
  const codes = errorCodes({ status, body });
  return codes.length ? { kind: 'error', code: codes[0]! } : { kind: 'ok' };
};

/** The same server answering a mutation that does nothing: what HTTP, auth and GraphQL cost alone. */
export async function noopMutation(ctx: BenchContext, url: string, concurrency: number): Promise<LoadResult> {
  const request = {
    path: '/graphql',
    body: JSON.stringify({ query: 'mutation { __typename }' }),
    headers: { authorization: `Bearer ${await ctx.tokens.staff(ctx.regions[0]!, 'reviewer')}` },
  };
  return runLoad({
    url,
    concurrency,
    warmupSeconds: ctx.warmupSeconds,
    seconds: ctx.seconds,
    progress: ctx.progress,
    worker: () => ({ next: () => request, outcome: graphqlOutcome }),
  });
}

/** GET /healthz: what the load generator and HTTP alone reach, to show the client is not the limit. */
export async function healthz(ctx: BenchContext, url: string, concurrency: number): Promise<LoadResult> {
  const request = { method: 'GET' as const, path: '/healthz' };
  return runLoad({
    url,
    concurrency,
    warmupSeconds: ctx.warmupSeconds,
    seconds: ctx.seconds,
    progress: ctx.progress,
    worker: () => ({ next: () => request, outcome: (status) => (status === 200 ? { kind: 'ok' } : { kind: 'error', code: `HTTP_${status}` }) }),
  });
}

export async function statementsPerTransition(
  ctx: BenchContext,
  client: import('../http-client').HttpClient,
  counter: { start(): void; stop(): number },
): Promise<Array<{ kind: string; action: string; statements: number }>> {
  const pool = await preparePool(ctx, 3 * ctx.regions.length);
  const items = [...pool.values()].flat();
  const counts: Array<{ kind: string; action: string; statements: number }> = [];
  for (const kind of ['grant', 'microcredit', 'lifting'] as const) {
    const item = items.find((i) => i.kind === kind);
    if (!item) continue;
    for (const step of STEPS[kind]) {
      const variables: Record<string, unknown> = { id: item.id };
      if (step.terms) variables.terms = { amount: item.amount, rate: '6', termMonths: item.termMonths, method: 'ANNUITY' };
      counter.start();
      const result = await client.graphql(step.query, variables, await ctx.tokens.staff(item.regionCode, step.as));
      const statements = counter.stop();
      const codes = errorCodes(result);
      if (codes.length) throw new Error(`${kind} ${step.query.slice(10, 40)}: ${codes.join(', ')}`);
      counts.push({ kind, action: /\{ (\w+)\(/.exec(step.query)![1]!, statements });
    }
  }
  return counts;
}
