/**
 * `npm run bench`: the gateway beside the physical limit of the machine it runs on, in one run.
 * See README.md "Performance" and `npm run bench -- --help`.
 */
import os from 'node:os';
import pg from 'pg';
import { raceAndReplay } from './consistency';
import { benchTokens, type BenchContext } from './context';
import { readyDataSet, rowsNow } from './data-set';
import { fromDist, type ResourceStackModule } from './dist';
import { GatewayUnderTest } from './gateway-under-test';
import { HttpClient } from './http-client';
import { startInProcessGateway, statementsInProcess } from './in-process';
import { measurer, readLevels, writeLevels } from './levels';
import { parseOptions } from './options';
import { startPeers } from './peers/process';
import { pagination, programReport } from './phases/read';
import { healthz } from './phases/write';
import { Progress } from './progress';
import { describeMachine, prepareResultFiles, publishResults, resultsOf } from './results';
import { round } from './stats';

async function main(): Promise<number> {
  const began = Date.now();
  const options = parseOptions(process.argv.slice(2));
  const progress = new Progress();
  const files = prepareResultFiles(options.out);
  // what the run opens is closed in the reverse order, here, whatever fails
  const { ResourceStack } = await fromDist<ResourceStackModule>('src/startup/resource-stack.js');
  const resources = new ResourceStack();
  try {
    const gateway = resources.push(await GatewayUnderTest.prepare(options, files.serverLog, progress), (g) => g.stop());
    await gateway.start(gateway.reuse ? 'starting the gateway on the seeded data' : 'starting the gateway (a new data folder: initdb, migrations)');
    const { databaseUrl, external } = gateway;
    const pool = resources.push(new pg.Pool({ connectionString: databaseUrl, max: 8 }), (p) => p.end());
    // idle connections die when the gateway restarts its embedded PostgreSQL; the pool reconnects
    pool.on('error', () => {});
    const tokens = await benchTokens();
    const machine = await describeMachine(pool, external);
    const inProcess = resources.push(await startInProcessGateway({ databaseUrl, tokens, progress }), (g) => g.close());
    const dataSet = await readyDataSet({ pool, inProcess, settings: options, external, progress });
    // one context for every phase; only the server it talks to differs
    const shared = { pool, databaseUrl, regions: dataSet.info.regions, progress, tokens, clients: options.clients, warmupSeconds: options.warmup, seconds: options.seconds, smoke: options.smoke };
    const statements = await statementsInProcess(inProcess, { ...shared, client: inProcess.client });
    await resources.release(inProcess);
    // the start that counts: the server on an initialised, seeded data folder
    if (dataSet.seededThisRun) await gateway.start('restarting the gateway on the seeded data');
    const server = gateway.server;

    progress.start("starting the peers' process: PostGraphile, the SQL floor, the write peer");
    const peers = resources.push(await startPeers({ databaseUrl, logFile: files.peersLog }), (p) => p.stop());
    progress.end();
    const client = resources.push(new HttpClient(server.url, 64), async (c) => c.close());
    const ctx: BenchContext = { ...shared, client };
    const systems = { gateway: server.url, peers };
    const measure = measurer(ctx, () => server.peakRssMb());
    const healthCheck = await measure('client check: GET /healthz, 16 clients', () => healthz(ctx, server.url, 16));
    const { write, done } = await writeLevels(ctx, systems, measure);
    const { readCheck, read } = await readLevels(ctx, systems, measure);
    const paging = await pagination(ctx, 1000, options.smoke ? 10 : 100);
    const report = await programReport(ctx, options.smoke ? 2 : 5);
    const { race, seededSample, writeSample } = await raceAndReplay(ctx, resources, done);

    const footprint = { startMs: server.startMs, peakRssMb: server.peakRssMb(), peersPeakRssMb: peers.peakRssMb() };
    machine.loadAverage.atEnd = round(os.loadavg()[0]!);
    const now = await rowsNow(pool);
    await resources.release(client);
    progress.start('stopping the gateway and the peers');
    await resources.release(peers);
    await resources.release(gateway);
    progress.end();

    const results = resultsOf({ began, options, machine, dataSet: { ...dataSet, now }, statements, healthCheck, write, read, readCheck, pagination: paging, report, race, seededSample, writeSample, footprint });
    publishResults(results, files);
    return results.ok ? 0 : 1;
  } finally {
    await resources.close().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
