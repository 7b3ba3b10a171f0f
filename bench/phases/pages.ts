import { HttpClient, dataOf, errorCodes } from '../http-client';
import { runLoad, type LoadResult, type Outcome, type Worker } from '../load';
import type { BenchContext } from '../context';
import { PAGE_QUERY } from './read';

/** The three pages every read system serves: 50 applications of one region, state (and kind), newest first. */
export interface Page {
  name: 'inbox' | 'closed' | 'repaying';
  label: string;
  state: string;
  kind: 'grant' | 'microcredit' | 'lifting' | null;
}

export const PAGES: Page[] = [
  { name: 'inbox', label: 'inbox: awaitingReview', state: 'awaitingReview', kind: null },
  { name: 'closed', label: 'closed (7 log rows each)', state: 'closed', kind: null },
  { name: 'repaying', label: 'repaying microcredits', state: 'repaying', kind: 'microcredit' },
];

/** The systems that serve the pages, measured one after the other at every level. */
export type ReadSystem = 'gateway' | 'postgraphile' | 'floor';
export const READ_SYSTEMS: ReadSystem[] = ['gateway', 'postgraphile', 'floor'];

/**
 * PostGraphile's generated equivalent of the gateway's page: `allApplications` with a condition
 * on region, state (and kind), ordered newest first with the id as the tie-break (as the
 * gateway's keyset order), the applicant and region through their foreign keys, and the last
 * five log rows (`orderBy: SEQ_DESC, first: 5`). The condition is a variable: in PostGraphile 4 a
 * `null` field of a condition means IS NULL, so an absent kind must be left out.
 */
export const POSTGRAPHILE_QUERY = `query ReviewerPage($condition: ApplicationCondition!) {
  allApplications(condition: $condition, orderBy: [SUBMITTED_AT_DESC, ID_DESC], first: 50) {
    nodes { id kind state version requestedAmount submittedAt
      applicantByApplicantId { fullName iin }
      regionByRegionCode { code name }
      transitionLogsByApplicationId(orderBy: SEQ_DESC, first: 5) { nodes { seq eventType fromState toState at actorId } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface ReadUrls {
  gateway: string;
  postgraphile: string;
  floor: string;
}

interface Request {
  path: string;
  body: string;
  headers: Record<string, string>;
}

async function requestFor(ctx: BenchContext, system: ReadSystem, page: Page, region: string): Promise<Request> {
  switch (system) {
    case 'gateway':
      return {
        path: '/graphql',
        body: JSON.stringify({ query: PAGE_QUERY, variables: { region, states: [page.state], kind: page.kind?.toUpperCase() ?? null, first: 50 } }),
        headers: { authorization: `Bearer ${await ctx.tokens.staff(region, 'reviewer')}` },
      };
    case 'postgraphile':
      return {
        path: '/graphql',
        body: JSON.stringify({
          query: POSTGRAPHILE_QUERY,
          variables: { condition: { regionCode: region, state: page.state, ...(page.kind ? { kind: page.kind.toUpperCase() } : {}) } },
        }),
        headers: {},
      };
    case 'floor':
      return { path: '/page', body: JSON.stringify({ region, state: page.state, kind: page.kind }), headers: {} };
  }
}

/** The page as ids in order, each with the seqs of the history entries it came with (ascending). */
type PageDigest = Array<{ id: string; seqs: number[] }>;

function digest(system: ReadSystem, body: string): PageDigest {
  switch (system) {
    case 'gateway':
      return dataOf<{ applications: { edges: Array<{ node: { id: string; history: Array<{ seq: number }> } }> } }>({ status: 200, body }).applications.edges.map(
        ({ node }) => ({ id: node.id, seqs: node.history.map((h) => h.seq) }),
      );
    case 'postgraphile':
      return dataOf<{ allApplications: { nodes: Array<{ id: string; transitionLogsByApplicationId: { nodes: Array<{ seq: number }> } }> } }>({
        status: 200,
        body,
      }).allApplications.nodes.map((node) => ({ id: node.id, seqs: node.transitionLogsByApplicationId.nodes.map((l) => l.seq).reverse() }));
    case 'floor':
      return dataOf<{ applications: Array<{ id: string; history: Array<{ seq: number }> }> }>({ status: 200, body }).applications.map((node) => ({
        id: node.id,
        seqs: node.history.map((h) => h.seq),
      }));
  }
}

/**
 * Before anything is measured: every system answers every page of every region the load asks
 * for with the same applications in the same order, each with the same history entries.
 * Throws on the first difference.
 */
export async function checkSamePages(ctx: BenchContext, urls: ReadUrls): Promise<Array<{ page: string; region: string; rows: number; logRows: number }>> {
  const checked: Array<{ page: string; region: string; rows: number; logRows: number }> = [];
  const clients = Object.fromEntries(READ_SYSTEMS.map((s) => [s, new HttpClient(urls[s], 4)])) as Record<ReadSystem, HttpClient>;
  try {
    for (const page of PAGES) {
      for (const region of ctx.regions) {
        const digests = {} as Record<ReadSystem, PageDigest>;
        for (const system of READ_SYSTEMS) {
          const request = await requestFor(ctx, system, page, region);
          const result = await clients[system].request('POST', request.path, request.body, request.headers);
          if (result.status !== 200) throw new Error(`${system} answered ${result.status} to the ${page.name} page of ${region}: ${result.body.slice(0, 300)}`);
          digests[system] = digest(system, result.body);
        }
        const expected = JSON.stringify(digests.gateway);
        if (digests.gateway.length === 0) throw new Error(`the ${page.name} page of ${region} is empty: nothing to compare`);
        for (const system of READ_SYSTEMS) {
          if (JSON.stringify(digests[system]) !== expected) {
            const i = digests[system].findIndex((row, k) => JSON.stringify(row) !== JSON.stringify(digests.gateway[k]));
            throw new Error(
              `${system} does not answer the ${page.name} page of ${region} as the gateway does: ${digests[system].length} rows against ${digests.gateway.length}; ` +
                `first difference at row ${i}: ${JSON.stringify(digests[system][i])} against ${JSON.stringify(digests.gateway[i])}`,
            );
          }
        }
        checked.push({ page: page.name, region, rows: digests.gateway.length, logRows: digests.gateway.reduce((n, row) => n + row.seqs.length, 0) });
      }
    }
  } finally {
    for (const client of Object.values(clients)) client.close();
  }
  return checked;
}

const graphqlOutcome = (status: number, body: string): Outcome => {
  const codes = errorCodes({ status, body });
  return codes.length ? { kind: 'error', code: codes[0]! } : { kind: 'ok' };
};

/** `concurrency` clients asking one system for one page, each client the reviewer of a region (in turn). */
export async function readLoad(ctx: BenchContext, urls: ReadUrls, system: ReadSystem, page: Page, concurrency: number): Promise<LoadResult> {
  const requests = await Promise.all(Array.from({ length: concurrency }, (_, w) => requestFor(ctx, system, page, ctx.regions[w % ctx.regions.length]!)));
  return runLoad({
    url: urls[system],
    concurrency,
    warmupSeconds: ctx.warmupSeconds,
    seconds: ctx.seconds,
    progress: ctx.progress,
    worker: (index): Worker => ({ next: () => requests[index]!, outcome: graphqlOutcome }),
  });
}
