import type { BenchContext } from './context';
import type { LoadResult } from './load';
import { prepareCeiling, rawSqlCeiling } from './phases/ceiling';
import { checkSamePages, PAGES, READ_SYSTEMS, readLoad, type ReadSystem, type ReadUrls } from './phases/pages';
import { noopMutation, preparePool, REVIEWER_POOL_PATH, REVIEWER_STEPS, writePath, type PoolItem } from './phases/write';
import { prepareWritePeer, writePeer } from './phases/write-peer';
import type { Results } from './report';
import { round } from './stats';

/** Runs one load as one step of the progress, and notes the peak memory of the process it measured. */
export type Measure = (label: string, run: () => Promise<LoadResult>, peakRssMb?: () => number | null) => Promise<LoadResult>;

/** A Measure whose loads take `levelMs` each and whose memory is the gateway's unless told otherwise. */
export function measurer(ctx: Pick<BenchContext, 'progress' | 'warmupSeconds' | 'seconds'>, gatewayPeakRssMb: () => number | null): Measure {
  const levelMs = (ctx.warmupSeconds + ctx.seconds) * 1000;
  return async (label, run, peakRssMb = gatewayPeakRssMb) => {
    ctx.progress.start(label, levelMs);
    const result = await run();
    result.serverPeakRssMb = peakRssMb();
    ctx.progress.end(`${result.perSecond.toLocaleString('en-US')}/s, p99 ${result.latencyMs.p99} ms${Object.keys(result.errors).length ? `, errors ${JSON.stringify(result.errors)}` : ''}`);
    return result;
  };
}

/** Where the loads go: the gateway, and the peers' process with its memory. */
export interface Systems {
  gateway: string;
  peers: { urls: { postgraphile: string; floor: string; writer: string }; peakRssMb(): number | null };
}

/**
 * The write path at every level: the gateway's reviewer transitions beside the write peer, the
 * raw SQL ceiling and the no-op mutation. Returns the levels and the applications the gateway
 * moved (a sample of them is replayed at the end).
 */
export async function writeLevels(ctx: BenchContext, systems: Systems, measure: Measure): Promise<{ write: Results['write']; done: PoolItem[] }> {
  const { progress, clients } = ctx;
  const peersRss = () => systems.peers.peakRssMb();
  const writer = systems.peers.urls.writer;
  progress.start('raw SQL ceiling and write peer: copying rows to bench.ceiling_* and bench.peer_*');
  const ceilingData = await prepareCeiling(ctx, ctx.smoke ? 2000 : 20_000);
  const peerRows = await prepareWritePeer(ctx, ctx.smoke ? 1500 : 12_000);
  progress.end();

  const write: Results['write'] = [];
  const writePool = new Map<string, PoolItem[]>();
  const done: PoolItem[] = [];
  let estimate = ctx.smoke ? 60 : 100;
  for (const c of clients) {
    const have = [...writePool.values()].reduce((n, list) => n + list.length, 0);
    const need = Math.ceil((estimate * (ctx.warmupSeconds + ctx.seconds)) / REVIEWER_STEPS.length) + c * 2;
    if (need > have) {
      progress.start(`new grants for the write path (${need - have}, copied in SQL)`);
      for (const [region, list] of await preparePool(ctx, need - have, [REVIEWER_POOL_PATH])) writePool.set(region, [...(writePool.get(region) ?? []), ...list]);
      progress.end();
    }
    const transitions = await measure(`write path: reviewer's transitions, ${c} clients`, () => writePath(ctx, systems.gateway, c, writePool, done));
    if (transitions.exhausted) progress.note(`  note: the write pool ran out at ${c} clients; measured over ${transitions.seconds} s`);
    const peer = await measure(`write peer: the same transitions, ${c} clients`, () => writePeer(ctx, writer, c, peerRows), peersRss);
    if (peer.exhausted) progress.note(`  note: the write peer's rows ran out at ${c} clients; measured over ${peer.seconds} s`);
    const rawSql = await measure(`raw SQL ceiling, ${c} clients`, () => rawSqlCeiling(ctx, writer, c, ceilingData), peersRss);
    const noop = await measure(`no-op GraphQL mutation, ${c} clients`, () => noopMutation(ctx, systems.gateway, c));
    write.push({
      clients: c,
      transitions,
      peer,
      rawSql,
      noop,
      ratioToPeer: round(transitions.perSecond / peer.perSecond),
      ratioToRawSql: round(transitions.perSecond / rawSql.perSecond),
      ratioToNoop: round(transitions.perSecond / noop.perSecond),
    });
    const nextClients = clients[clients.indexOf(c) + 1];
    if (nextClients) estimate = Math.min(4000, Math.max(estimate, transitions.perSecond * Math.min(4, nextClients / c)));
  }
  return { write, done };
}

/**
 * The read path: first the same pages from the gateway, PostGraphile and the SQL floor (the run
 * fails if any differs), then every page at every level from each of the three.
 */
export async function readLevels(ctx: BenchContext, systems: Systems, measure: Measure): Promise<{ readCheck: Results['readCheck']; read: Results['read'] }> {
  const { progress } = ctx;
  const peersRss = () => systems.peers.peakRssMb();
  const urls: ReadUrls = { gateway: systems.gateway, postgraphile: systems.peers.urls.postgraphile, floor: systems.peers.urls.floor };
  progress.start('the same pages from the gateway, PostGraphile and the SQL floor (ids, order, history)');
  const readCheck = await checkSamePages(ctx, urls);
  progress.end(`${readCheck.length} pages, ${readCheck.reduce((n, p) => n + p.rows, 0)} rows, ${readCheck.reduce((n, p) => n + p.logRows, 0)} log rows alike`);
  const read: Results['read'] = [];
  for (const page of PAGES) {
    for (const c of ctx.clients) {
      const results = {} as Record<ReadSystem, LoadResult>;
      for (const system of READ_SYSTEMS) {
        results[system] = await measure(`${page.name} page: ${system}, ${c} clients`, () => readLoad(ctx, urls, system, page, c), system === 'gateway' ? undefined : peersRss);
      }
      read.push({
        page: page.name,
        label: page.label,
        clients: c,
        ...results,
        ratioToPostgraphile: round(results.gateway.perSecond / results.postgraphile.perSecond),
        ratioToFloor: round(results.gateway.perSecond / results.floor.perSecond),
      });
    }
  }
  return { readCheck, read };
}
