import { errorCodes } from '../http-client';
import { runLoad, type LoadResult, type Outcome } from '../load';
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
  assess: 'mutation($id: ID!, $terms: LoanTermsInput!) { submitCreditAssessment(input: { applicationId: $id, notes: "Cash flow checked", proposed: $terms }) { state version } }',
  approveLoan: 'mutation($id: ID!, $terms: LoanTermsInput!) { approveMicrocredit(input: { applicationId: $id, terms: $terms }) { state version } }',
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

/** Copies `count` new applications (submitted, waiting for review) spread over the regions and kinds. */
export async function preparePool(ctx: BenchContext, count: number): Promise<Map<string, PoolItem[]>> {
  const { rows: templates } = await ctx.pool.query<{ id: string; kind: PoolItem['kind']; region_code: string; amount: string; term_months: number }>(
    `select id, kind, region_code, amount::text, term_months from bench.template where path = any($1) and region_code = any($2) order by region_code, kind, id`,
    [POOL_PATHS, ctx.regions],
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
 * Concurrent clients, each the reviewer and approver of one region, driving new applications
 * through review to approval: every request one GraphQL mutation, one transition of the engine.
 */
export async function writePath(ctx: BenchContext, concurrency: number, pool: Map<string, PoolItem[]>, done: PoolItem[]): Promise<LoadResult> {
  const regions = [...pool.keys()].sort();
  // every region's applications are worked on: with fewer clients than regions a client is the
  // staff of several regions in turn, with more several clients share a region
  const workers = await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      const own = regions.filter((_, i) => (concurrency >= regions.length ? i === w % regions.length : i % concurrency === w));
      return {
        regions: await Promise.all(
          own.map(async (region) => ({
            queue: pool.get(region)!,
            reviewer: await ctx.tokens.staff(region, 'reviewer'),
            approver: await ctx.tokens.staff(region, 'approver'),
          })),
        ),
        turn: 0,
        current: null as { item: PoolItem; reviewer: string; approver: string } | null,
        step: 0,
      };
    }),
  );
  const operation = async (index: number): Promise<Outcome> => {
    const worker = workers[index]!;
    if (!worker.current) {
      for (let k = 0; k < worker.regions.length && !worker.current; k += 1) {
        const region = worker.regions[(worker.turn += 1) % worker.regions.length]!;
        const item = region.queue.pop();
        if (item) worker.current = { item, reviewer: region.reviewer, approver: region.approver };
      }
      worker.step = 0;
      if (!worker.current) return { kind: 'exhausted' };
    }
    const { item } = worker.current;
    const step = STEPS[item.kind][worker.step]!;
    const variables: Record<string, unknown> = { id: item.id };
    if (step.terms) variables.terms = { amount: item.amount, rate: '6', termMonths: item.termMonths, method: 'ANNUITY' };
    const result = await ctx.client.graphql(step.query, variables, step.as === 'reviewer' ? worker.current.reviewer : worker.current.approver);
    const codes = errorCodes(result);
    worker.step += 1;
    if (codes.length > 0) {
      // the application is left where it stopped; the worker takes the next one
      worker.current = null;
      return { kind: 'error', code: codes[0]! };
    }
    if (worker.step === STEPS[item.kind].length) {
      done.push(item);
      worker.current = null;
    }
    return { kind: 'ok' };
  };
  return runLoad({ concurrency, warmupSeconds: ctx.warmupSeconds, seconds: ctx.seconds, operation, progress: ctx.progress });
}

/** The same server answering a mutation that does nothing: what HTTP, auth and GraphQL cost alone. */
export async function noopMutation(ctx: BenchContext, concurrency: number): Promise<LoadResult> {
  const token = await ctx.tokens.staff(ctx.regions[0]!, 'reviewer');
  const query = 'mutation { __typename }';
  return runLoad({
    concurrency,
    warmupSeconds: ctx.warmupSeconds,
    seconds: ctx.seconds,
    progress: ctx.progress,
    operation: async () => {
      const codes = errorCodes(await ctx.client.graphql(query, undefined, token));
      return codes.length ? { kind: 'error', code: codes[0]! } : { kind: 'ok' };
    },
  });
}

/** GET /healthz: what the load generator and HTTP alone reach, to show the client is not the limit. */
export async function healthz(ctx: BenchContext, concurrency: number): Promise<LoadResult> {
  return runLoad({
    concurrency,
    warmupSeconds: ctx.warmupSeconds,
    seconds: ctx.seconds,
    progress: ctx.progress,
    operation: async () => {
      const result = await ctx.client.request('GET', '/healthz', null);
      return result.status === 200 ? { kind: 'ok' } : { kind: 'error', code: `HTTP_${result.status}` };
    },
  });
}

/** SQL statements each action of the write path runs, counted by the ORM's query hook of an in-process gateway. */
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
