import { performance } from 'node:perf_hooks';
import { dataOf, errorCodes, type HttpClient } from '../http-client';
import { median, round, summarise, type LatencySummary } from '../stats';
import type { BenchContext } from '../context';

/**
 * A reviewer's page: applications of a region in some states (and of a kind), newest first,
 * with applicant, region and the last five history entries. The gateway's side of every read
 * comparison (phases/pages.ts), the statement count and the pagination check.
 */
export const PAGE_QUERY = `query ReviewerPage($region: String, $states: [String!], $kind: ApplicationKind, $first: Int!, $after: String) {
  applications(filter: { regionCode: $region, states: $states, kind: $kind }, first: $first, after: $after) {
    edges { cursor node { id kind state version requestedAmount submittedAt
      applicant { fullName iin }
      region { code name }
      history(last: 5) { seq action fromState toState at actor { id } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
/** the states a reviewer's queue holds, of every kind (the tests' and the in-process measure's page) */
export const REVIEW_STATES = ['awaitingReview', 'underReview', 'creditReview', 'awaitingDecision', 'awaitingVerification', 'underVerification', 'recommended', 'verified'];

/** relations the page reaches: applicant, region, history */
export const RELATION_LEVELS = 3;

export interface StatementCount {
  first: number;
  /** SQL statements the gateway ran for one request; null when the API refused the page size */
  statements: number | null;
  rows: number;
  refusedWith: string | null;
}

/**
 * SQL statements per request, counted by the ORM's query hook of an in-process gateway on the
 * same database (one request at a time, so every statement is this request's).
 */
export async function countStatements(
  client: HttpClient,
  token: string,
  region: string,
  sizes: number[],
  counter: { start(): void; stop(): number },
): Promise<StatementCount[]> {
  const counts: StatementCount[] = [];
  for (const first of sizes) {
    // once to warm the loaders' metadata, then counted
    await client.graphql(PAGE_QUERY, { region, states: null, first: Math.min(first, 100) }, token);
    counter.start();
    const result = await client.graphql(PAGE_QUERY, { region, states: null, first }, token);
    const statements = counter.stop();
    const codes = errorCodes(result);
    if (codes.length) {
      counts.push({ first, statements: null, rows: 0, refusedWith: codes[0]! });
    } else {
      const data = dataOf<{ applications: { edges: unknown[] } }>(result);
      counts.push({ first, statements, rows: data.applications.edges.length, refusedWith: null });
    }
  }
  return counts;
}

/**
 * The cursor of a row of the newest-first list as the API encodes it (src/graphql/connection.ts):
 * base64url of its order, the order key as UTC text to the microsecond, and the id.
 */
export function encodeCursor(submittedAt: string, id: string): string {
  return Buffer.from(JSON.stringify({ o: 'SUBMITTED_AT', d: 'DESC', k: submittedAt, i: id })).toString('base64url');
}

export interface PaginationResult {
  filter: string;
  pageSize: number;
  page: number;
  /** the cursor built as the API encodes it equals the one the API handed out for page 2 */
  cursorMatchesApi: boolean;
  firstPage: LatencySummary;
  farPage: LatencySummary;
  ratio: number;
}

/**
 * Page 1 against page `page` of the same list (an auditor's list of all applications, newest
 * first), alternating, one request at a time. Keyset pagination: the far page costs the same.
 */
export async function pagination(ctx: BenchContext, page: number, repetitions: number): Promise<PaginationResult> {
  const pageSize = 50;
  const token = await ctx.tokens.auditor();
  const { rows: count } = await ctx.pool.query<{ n: number }>('select count(*)::int as n from application');
  const farPage = Math.max(2, Math.min(page, Math.floor(count[0]!.n / pageSize)));
  const cursorAt = async (p: number) => {
    const { rows } = await ctx.pool.query<{ submitted_at: string; id: string }>(
      `select to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as submitted_at, id
         from application order by submitted_at desc, id desc offset $1 limit 1`,
      [(p - 1) * pageSize - 1],
    );
    return encodeCursor(rows[0]!.submitted_at, rows[0]!.id);
  };
  const variables = (after: string | null) => ({ region: null, states: null, first: pageSize, after });
  const first = dataOf<{ applications: { pageInfo: { endCursor: string } } }>(await ctx.client.graphql(PAGE_QUERY, variables(null), token));
  const cursorMatchesApi = first.applications.pageInfo.endCursor === (await cursorAt(2));
  const farCursor = await cursorAt(farPage);
  const far = dataOf<{ applications: { edges: unknown[] } }>(await ctx.client.graphql(PAGE_QUERY, variables(farCursor), token));
  if (far.applications.edges.length === 0) throw new Error(`page ${farPage} is empty`);
  const one: number[] = [];
  const many: number[] = [];
  ctx.progress.start(`pagination: page 1 and page ${farPage}`, repetitions);
  for (let i = 0; i < repetitions; i += 1) {
    for (const [list, after] of [
      [one, null],
      [many, farCursor],
    ] as const) {
      const started = performance.now();
      const codes = errorCodes(await ctx.client.graphql(PAGE_QUERY, variables(after), token));
      if (codes.length) throw new Error(`pagination refused: ${codes.join(', ')}`);
      list.push(performance.now() - started);
    }
    ctx.progress.update(i + 1);
  }
  const firstPage = summarise(one);
  const farSummary = summarise(many);
  ctx.progress.end(`p50 ${firstPage.p50} ms vs ${farSummary.p50} ms`);
  return { filter: 'all applications (auditor), newest first', pageSize, page: farPage, cursorMatchesApi, firstPage, farPage: farSummary, ratio: round(farSummary.p50 / firstPage.p50) };
}

export interface ReportTiming {
  year: number;
  asOf: string;
  rows: number;
  graphqlMs: LatencySummary;
  csvMs: LatencySummary;
  csvBytes: number;
}

/** The plan-versus-fact report over the whole data set: GraphQL and the CSV download, timed. */
export async function programReport(ctx: BenchContext, repetitions: number): Promise<ReportTiming> {
  const token = await ctx.tokens.auditor();
  const asOf = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
  const year = Number(asOf.slice(0, 4));
  const query = `query($year: Int!, $asOf: LocalDate!) { programReport(year: $year, asOf: $asOf) {
    rows { regionCode regionName kind plannedCount plannedAmount approvedCount approvedAmount disbursedCount disbursedAmount jobs percentOfPlan }
    totals { kind plannedAmount approvedAmount disbursedAmount percentOfPlan } } }`;
  const graphql: number[] = [];
  const csv: number[] = [];
  let rows = 0;
  let csvBytes = 0;
  ctx.progress.start('plan-versus-fact report', repetitions);
  for (let i = 0; i < repetitions; i += 1) {
    let started = performance.now();
    const result = await ctx.client.graphql(query, { year, asOf }, token);
    graphql.push(performance.now() - started);
    rows = dataOf<{ programReport: { rows: unknown[] } }>(result).programReport.rows.length;
    started = performance.now();
    const file = await ctx.client.request('GET', `/reports/program.csv?year=${year}&asOf=${asOf}`, null, { authorization: `Bearer ${token}` });
    csv.push(performance.now() - started);
    if (file.status !== 200) throw new Error(`program.csv answered ${file.status}: ${file.body.slice(0, 200)}`);
    csvBytes = file.body.length;
    ctx.progress.update(i + 1);
  }
  ctx.progress.end(`p50 ${round(median(graphql))} ms`);
  return { year, asOf, rows, graphqlMs: summarise(graphql), csvMs: summarise(csv), csvBytes };
}
