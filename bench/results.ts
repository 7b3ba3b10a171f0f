import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Pool } from 'pg';
import { ROOT } from './dist';
import type { LoadResult } from './load';
import type { Options } from './options';
import { PAGES, READ_SYSTEMS } from './phases/pages';
import { RELATION_LEVELS } from './phases/read';
import { evaluateTargets, formatResults, type Machine, type Results } from './report';
import type { SeedInfo } from './seed';
import { round } from './stats';

/** Where a run writes: the JSON results, and beside them the server's and the peers' logs. */
export interface ResultFiles {
  out: string;
  serverLog: string;
  peersLog: string;
}

/** Makes the results folder and empties the server's log of the last run. */
export function prepareResultFiles(out: string): ResultFiles {
  const resultsDir = path.dirname(out);
  mkdirSync(resultsDir, { recursive: true });
  const serverLog = path.join(resultsDir, 'server.log');
  writeFileSync(serverLog, '');
  return { out, serverLog, peersLog: path.join(resultsDir, 'peers.log') };
}

/** The machine the run measures on, its load average at the start included. */
export async function describeMachine(pool: Pool, external: boolean): Promise<Machine> {
  const { rows } = await pool.query<{ server_version: string }>('show server_version');
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    postgres: rows[0]!.server_version,
    database: external ? 'DATABASE_URL' : 'embedded',
    platform: `${os.type()} ${os.release()}`,
    loadAverage: { atStart: round(os.loadavg()[0]!), atEnd: null },
  };
}

/** The installed version of a package (as `from` resolves it). */
function packageVersion(name: string, from?: string): string {
  const base = from ? path.dirname(require.resolve(`${from}/package.json`, { paths: [ROOT] })) : ROOT;
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`, { paths: [base] }), 'utf8')) as { version: string }).version;
}

/** Everything a run measured, as the phases hand it back. */
export interface Measured {
  began: number;
  options: Options;
  machine: Machine;
  dataSet: { info: SeedInfo; seededThisRun: boolean; now: { applications: number; transitions: number } };
  write: Results['write'];
  healthCheck: LoadResult;
  read: Results['read'];
  readCheck: Results['readCheck'];
  statements: { counts: Results['statements']['counts']; perTransition: Results['statements']['perTransition'] };
  pagination: Results['pagination'];
  report: Results['report'];
  race: Results['race'];
  seededSample: { replayed: number; matches: number; failures: string[] };
  writeSample: { replayed: number; matches: number; failures: string[] };
  /** the gateway's start on the seeded data, and the peak memory of both processes */
  footprint: { startMs: number; peakRssMb: number | null; peersPeakRssMb: number | null };
}

/** What makes a run fail: errors under load, a lost race, a replay that differs, a cursor that does not match. Never speed. */
function failuresOf(m: Measured): string[] {
  const failures: string[] = [];
  if (!m.race.ok) failures.push(`race check: ${m.race.failures.slice(0, 10).join('; ')}`);
  const errorsOf = (list: LoadResult[], label: string) =>
    list.forEach((r) => Object.keys(r.errors).length && failures.push(`${label} at ${r.concurrency} clients: errors ${JSON.stringify(r.errors)}`));
  errorsOf(m.write.map((w) => w.transitions), 'write path');
  errorsOf(m.write.map((w) => w.peer), 'write peer');
  errorsOf(m.write.map((w) => w.rawSql), 'raw SQL ceiling');
  errorsOf(m.write.map((w) => w.noop), 'no-op mutation');
  errorsOf([m.healthCheck], 'GET /healthz');
  for (const page of PAGES) {
    for (const system of READ_SYSTEMS) errorsOf(m.read.filter((x) => x.page === page.name).map((x) => x[system]), `${page.name} page (${system})`);
  }
  if (m.seededSample.failures.length || m.writeSample.failures.length) {
    failures.push(`replay samples: ${[...m.seededSample.failures, ...m.writeSample.failures].slice(0, 5).join('; ')}`);
  }
  if (!m.pagination.cursorMatchesApi) failures.push('the cursor built as the API encodes it does not match the one the API gave out');
  return failures;
}

/** The run's results as README "Performance" describes them, with the targets and the failures. */
export function resultsOf(m: Measured): Results {
  const { options } = m;
  const { info } = m.dataSet;
  const { counts, perTransition } = m.statements;
  const partial = {
    startedAt: new Date(m.began).toISOString(),
    mode: options.smoke ? ('smoke' as const) : ('full' as const),
    machine: m.machine,
    settings: { size: options.size, clients: options.clients, warmupSeconds: options.warmup, seconds: options.seconds, serverLogLevel: options.logLevel, serverNodeOptions: options.serverNodeOptions, scheduleJobs: false },
    dataSet: {
      seeded: info.size,
      templates: info.templates,
      regions: info.regions,
      applicationsNow: m.dataSet.now.applications,
      transitionsNow: m.dataSet.now.transitions,
      seededThisRun: m.dataSet.seededThisRun,
      seedSeconds: m.dataSet.seededThisRun ? info.seconds : null,
    },
    write: m.write,
    clientCheck: { healthz: m.healthCheck },
    read: m.read,
    readCheck: m.readCheck,
    peers: { postgraphile: packageVersion('postgraphile'), graphql: packageVersion('graphql', 'postgraphile'), autocannon: packageVersion('autocannon'), peakRssMb: m.footprint.peersPeakRssMb },
    statements: {
      perTransition,
      counts,
      relationLevels: RELATION_LEVELS,
      note:
        counts.find((c) => c.first === 200)?.refusedWith != null
          ? 'The API caps first at 100 (MAX_PAGE_SIZE in application.resolver.ts, not configurable), so 10/50/100 are measured and 200 is refused.'
          : '',
    },
    pagination: m.pagination,
    report: m.report,
    footprint: { startMs: round(m.footprint.startMs), startWithInitialisedData: true, peakRssMb: m.footprint.peakRssMb },
    race: m.race,
    replay: {
      seededSample: { replayed: m.seededSample.replayed, matches: m.seededSample.matches },
      writeSample: { replayed: m.writeSample.replayed, matches: m.writeSample.matches },
      failures: [...m.seededSample.failures, ...m.writeSample.failures].slice(0, 20),
    },
  };
  const failures = failuresOf(m);
  return { ...partial, targets: evaluateTargets(partial), ok: failures.length === 0, failures, seconds: (Date.now() - m.began) / 1000 };
}

/** Writes the JSON and prints the table. */
export function publishResults(results: Results, files: ResultFiles): void {
  writeFileSync(files.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatResults(results));
  console.log(`\nJSON: ${path.relative(ROOT, files.out)}; server log: ${path.relative(ROOT, files.serverLog)}`);
}
