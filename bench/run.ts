/**
 * `npm run bench`: the gateway beside the physical limit of the machine it runs on, in one run.
 * See README.md "Performance" and `npm run bench -- --help`.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Tokens, type BenchContext } from './context';
import { fromDist, ROOT, type ConfigModule, type EmbeddedModule, type EngineModule, type OrmModule, type ServerModule, type TokensModule } from './dist';
import { HttpClient, errorCodes } from './http-client';
import type { LoadResult } from './load';
import { startPeers, type PeersProcess } from './peers/process';
import { prepareCeiling, rawSqlCeiling } from './phases/ceiling';
import { checkSamePages, PAGES, READ_SYSTEMS, readLoad, type ReadSystem } from './phases/pages';
import { raceCheck, replaySample } from './phases/race';
import { countStatements, pagination, programReport, RELATION_LEVELS } from './phases/read';
import { healthz, noopMutation, preparePool, REVIEWER_POOL_PATH, REVIEWER_STEPS, statementsPerTransition, writePath, type PoolItem } from './phases/write';
import { prepareWritePeer, writePeer } from './phases/write-peer';
import { Progress } from './progress';
import { evaluateTargets, formatResults, type Machine, type Results } from './report';
import { ensureBenchSchema, ensureCurrentYear, seed, SEED_FORMAT, seededInfo, type SeedInfo } from './seed';
import { startServer, type ServerProcess } from './server-process';
import { round } from './stats';

const JWT_SECRET = 'bench-secret-long-enough-for-hs256-0123456789abcdef';
const ALL_REGIONS = ['ABY', 'AKM', 'AKT', 'ALA', 'ALM', 'AST', 'ATY', 'KAR', 'KUS', 'KZY', 'MAN', 'PAV', 'SEV', 'SHY', 'TUR', 'ULT', 'VOS', 'ZAP', 'ZHA', 'ZHT'];
const SMOKE_REGIONS = ['AKM', 'PAV'];
const OWNED = 'bench-owned';

const HELP = `npm run bench [-- options]

  --smoke              everything at a small size, in about a minute and a half (CI)
  --size N             applications to seed (default 100000; smoke 2000)
  --clients 1,4,16,64  concurrency levels
  --seconds S          measured seconds per level (default 10; smoke 0.4)
  --warmup S           warm-up seconds per level (default 2; smoke 0.2)
  --data-dir DIR       the embedded PostgreSQL's data folder (default .data/bench, smoke .data/bench-smoke);
                       reused when seeded at the same size, seeded again otherwise
  --fresh              seed again even when the data folder is seeded at this size
  --log-level L        the server's LOG_LEVEL (default info: one JSON line per request, to bench/results/server.log)
  --profile            run the server with --cpu-prof (profiles in bench/results/profiles)
  --server-node-options "..."  options for the server's node (default: those of npm start, "--max-old-space-size=256")
  --out FILE           the JSON results (default bench/results/latest.json)

DATABASE_URL: use that PostgreSQL instead of the embedded one (an empty database, or one the bench seeded).`;

interface Options {
  smoke: boolean;
  size: number;
  clients: number[];
  seconds: number;
  warmup: number;
  dataDir: string;
  fresh: boolean;
  logLevel: string;
  profile: boolean;
  serverNodeOptions: string[];
  out: string;
}

function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (['smoke', 'fresh', 'profile', 'help'].includes(name)) flags.set(name, true);
    else flags.set(name, inline ?? argv[++i] ?? '');
  }
  if (flags.has('help')) {
    console.log(HELP);
    process.exit(0);
  }
  const known = ['smoke', 'size', 'clients', 'seconds', 'warmup', 'data-dir', 'fresh', 'log-level', 'profile', 'server-node-options', 'out'];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown option --${name} (see --help)`);
  const smoke = flags.has('smoke');
  const number = (name: string, fallback: number) => {
    const raw = flags.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
    return value;
  };
  const clients = String(flags.get('clients') ?? '1,4,16,64')
    .split(',')
    .map((c) => Number(c));
  if (clients.some((c) => !Number.isInteger(c) || c < 1 || c > 512)) throw new Error('--clients is a list of whole numbers 1..512');
  return {
    smoke,
    size: Math.floor(number('size', smoke ? 2000 : 100_000)),
    clients,
    seconds: number('seconds', smoke ? 0.4 : 10),
    warmup: number('warmup', smoke ? 0.2 : 2),
    dataDir: path.resolve(ROOT, String(flags.get('data-dir') ?? (smoke ? '.data/bench-smoke' : '.data/bench'))),
    fresh: flags.has('fresh'),
    logLevel: String(flags.get('log-level') ?? 'info'),
    profile: flags.has('profile'),
    serverNodeOptions: String(flags.get('server-node-options') ?? startNodeOptions())
      .split(' ')
      .filter((o) => o.length > 0),
    out: path.resolve(ROOT, String(flags.get('out') ?? 'bench/results/latest.json')),
  };
}

/** The node options `npm start` runs the server with (the heap's default size): the bench measures what users run. */
function startNodeOptions(): string {
  const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
  return /\bnode ((?:--\S+ )*)dist\/src\/main\.js/.exec(start)?.[1]?.trim() ?? '';
}

/** Makes the data folder ready: kept when seeded at this size, emptied (only if the bench made it) otherwise. */
function prepareDataDir(options: Options, progress: Progress): { reuse: boolean } {
  const marker = path.join(options.dataDir, 'bench-seed.json');
  const seeded = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { format: number; size: number }) : null;
  if (!options.fresh && seeded?.size === options.size && seeded.format === SEED_FORMAT) return { reuse: true };
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0) {
    if (!existsSync(path.join(options.dataDir, OWNED))) {
      throw new Error(`${options.dataDir} is not empty and was not made by the bench; give another --data-dir`);
    }
    progress.note(`data folder ${path.relative(ROOT, options.dataDir)}: ${seeded ? `seeded at ${seeded.size}` : 'not seeded'}, seeding it again at ${options.size}`);
    rmSync(options.dataDir, { recursive: true, force: true });
  }
  mkdirSync(options.dataDir, { recursive: true });
  // as root, PostgreSQL runs as a `postgres` user that must be able to enter the folder
  chmodSync(options.dataDir, 0o755);
  writeFileSync(path.join(options.dataDir, OWNED), 'made by npm run bench; deleted and seeded again when the size changes\n');
  return { reuse: false };
}

/** The installed version of a package (as `from` resolves it). */
function packageVersion(name: string, from?: string): string {
  const base = from ? path.dirname(require.resolve(`${from}/package.json`, { paths: [ROOT] })) : ROOT;
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`, { paths: [base] }), 'utf8')) as { version: string }).version;
}

async function main(): Promise<number> {
  const began = Date.now();
  const options = parseOptions(process.argv.slice(2));
  const progress = new Progress();
  const resultsDir = path.dirname(options.out);
  mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, 'server.log');
  writeFileSync(logFile, '');

  const { freePort } = await fromDist<EmbeddedModule>('src/db/embedded.js');
  const external = process.env.DATABASE_URL ?? null;
  const pgPort = await freePort();
  const databaseUrl = external ?? `postgresql://postgres:postgres@127.0.0.1:${pgPort}/gateway`;
  const reuse = external ? true : prepareDataDir(options, progress).reuse;
  const serverEnv: Record<string, string> = {
    JWT_SECRET,
    LOG_LEVEL: options.logLevel,
    SEED_DEMO: 'false',
    // the deadline job would move seeded applications under the measurement
    SCHEDULE_JOBS: 'false',
    ...(external ? { DATABASE_URL: external } : { DATA_DIR: options.dataDir, EMBEDDED_PG_PORT: String(pgPort) }),
  };
  const nodeArgs = [...options.serverNodeOptions, ...(options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(resultsDir, 'profiles')}`] : [])];
  const start = async () => startServer({ env: serverEnv, port: await freePort(), logFile, nodeArgs });

  progress.start(reuse ? 'starting the gateway on the seeded data' : 'starting the gateway (a new data folder: initdb, migrations)');
  let server: ServerProcess = await start();
  progress.end(`${round(server.startMs / 1000, 2)} s`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  // idle connections die when the gateway restarts its embedded PostgreSQL; the pool reconnects
  pool.on('error', () => {});
  let inProcess: Awaited<ReturnType<ServerModule['bootstrap']>> | null = null;
  let peers: PeersProcess | null = null;
  try {
    const tokensModule = await fromDist<TokensModule>('src/auth/tokens.js');
    const tokenService = tokensModule.createTokenService({ jwt: { kind: 'secret', secret: JWT_SECRET }, dataDir: os.tmpdir() });
    const tokens = new Tokens((actor) => tokenService.mint!({ sub: actor.id, roles: actor.roles, region: actor.region, iin: actor.iin }));
    const { rows: versionRows } = await pool.query<{ server_version: string }>('show server_version');
    const machine: Machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      postgres: versionRows[0]!.server_version,
      database: external ? 'DATABASE_URL' : 'embedded',
      platform: `${os.type()} ${os.release()}`,
      loadAverage: { atStart: round(os.loadavg()[0]!), atEnd: null },
    };

    // an in-process gateway on the same database: drives the templates on a clock of its own
    // and counts the SQL statements of a request through the ORM's query hook
    let clock: Date | null = null;
    let counting = false;
    let statements = 0;
    progress.start('in-process gateway on the same database');
    const { bootstrap } = await fromDist<ServerModule>('src/server.js');
    const { loadConfig } = await fromDist<ConfigModule>('src/config.js');
    inProcess = await bootstrap(
      loadConfig({
        DATABASE_URL: databaseUrl,
        JWT_SECRET,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        SCHEDULE_JOBS: 'false',
        PAYMENT_WORKER: 'false',
      }),
      {
        now: () => (clock ? new Date(clock) : new Date()),
        onQuery: () => {
          if (counting) statements += 1;
        },
      },
    );
    const inProcessClient = new HttpClient(inProcess.url.replace(/\/graphql$/, ''), 8);
    progress.end();

    const adminToken = await tokens.admin();
    const admin = async (query: string, variables: Record<string, unknown>) => {
      const codes = errorCodes(await inProcessClient.graphql(query, variables, adminToken));
      if (codes.length) throw new Error(`setting up the data set was refused: ${codes.join(', ')}`);
    };
    let info: SeedInfo | null = await seededInfo(pool);
    let seededThisRun = false;
    if (info && (info.size !== options.size || info.format !== SEED_FORMAT)) {
      throw new Error(`the database was seeded at ${info.size} (format ${info.format}); use an empty database for --size ${options.size}`);
    }
    if (!info) {
      const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from application');
      if (rows[0]!.n > 0) throw new Error('the database holds applications the bench did not seed; give an empty database');
      await ensureBenchSchema(pool);
      info = await seed({
        pool,
        gateway: inProcess,
        setClock: (at) => (clock = at),
        admin,
        size: options.size,
        regions: options.smoke ? SMOKE_REGIONS : ALL_REGIONS,
        templatesPerPath: options.smoke ? 1 : 2,
        progress,
      });
      seededThisRun = true;
      if (!external) writeFileSync(path.join(options.dataDir, 'bench-seed.json'), JSON.stringify({ format: SEED_FORMAT, size: options.size }));
    }
    const regions = info.regions;
    if (!seededThisRun) await ensureCurrentYear({ pool, gateway: inProcess, admin, regions, size: info.size, progress });

    progress.start('SQL statements per request (in-process gateway, ORM query hook)');
    const counter = {
      start: () => {
        statements = 0;
        counting = true;
      },
      stop: () => {
        counting = false;
        return statements;
      },
    };
    const statementCounts = await countStatements(inProcessClient, await tokens.staff(regions[0]!, 'reviewer'), regions[0]!, [10, 50, 100, 200], counter);
    progress.end(statementCounts.map((c) => `${c.first}: ${c.statements ?? c.refusedWith}`).join(', '));
    progress.start('SQL statements per transition (in-process gateway, ORM query hook)');
    // one context for every phase; only the server it talks to differs
    const contextFor = (client: HttpClient): BenchContext => ({
      client,
      pool,
      databaseUrl,
      regions,
      progress,
      tokens,
      clients: options.clients,
      warmupSeconds: options.warmup,
      seconds: options.seconds,
      smoke: options.smoke,
    });
    const transitionStatements = await statementsPerTransition(contextFor(inProcessClient), inProcessClient, counter);
    progress.end(transitionStatements.map((t) => `${t.action}: ${t.statements}`).join(', '));
    inProcessClient.close();
    await inProcess.close();
    inProcess = null;

    // the start that counts: the server on an initialised, seeded data folder
    if (seededThisRun) {
      progress.start('restarting the gateway on the seeded data');
      await server.stop();
      server = await start();
      progress.end(`${round(server.startMs / 1000, 2)} s`);
    }

    progress.start("starting the peers' process: PostGraphile, the SQL floor, the write peer");
    peers = await startPeers({ databaseUrl, logFile: path.join(resultsDir, 'peers.log') });
    progress.end();

    const client = new HttpClient(server.url, 64);
    const ctx = contextFor(client);
    const levelMs = (options.warmup + options.seconds) * 1000;
    const measure = async (label: string, run: () => Promise<LoadResult>, peakRss: () => number | null = () => server.peakRssMb()) => {
      progress.start(label, levelMs);
      const result = await run();
      result.serverPeakRssMb = peakRss();
      progress.end(`${result.perSecond.toLocaleString('en-US')}/s, p99 ${result.latencyMs.p99} ms${Object.keys(result.errors).length ? `, errors ${JSON.stringify(result.errors)}` : ''}`);
      return result;
    };
    const peersRss = () => peers!.peakRssMb();

    const healthCheck = await measure('client check: GET /healthz, 16 clients', () => healthz(ctx, server.url, 16));

    progress.start('raw SQL ceiling and write peer: copying rows to bench.ceiling_* and bench.peer_*');
    const ceilingData = await prepareCeiling(ctx, options.smoke ? 2000 : 20_000);
    const peerRows = await prepareWritePeer(ctx, options.smoke ? 1500 : 12_000);
    progress.end();

    const write: Results['write'] = [];
    const writePool = new Map<string, PoolItem[]>();
    const done: PoolItem[] = [];
    let estimate = options.smoke ? 60 : 100;
    for (const c of options.clients) {
      const have = [...writePool.values()].reduce((n, list) => n + list.length, 0);
      const need = Math.ceil((estimate * (options.warmup + options.seconds)) / REVIEWER_STEPS.length) + c * 2;
      if (need > have) {
        progress.start(`new grants for the write path (${need - have}, copied in SQL)`);
        for (const [region, list] of await preparePool(ctx, need - have, [REVIEWER_POOL_PATH])) writePool.set(region, [...(writePool.get(region) ?? []), ...list]);
        progress.end();
      }
      const transitions = await measure(`write path: reviewer's transitions, ${c} clients`, () => writePath(ctx, server.url, c, writePool, done));
      if (transitions.exhausted) progress.note(`  note: the write pool ran out at ${c} clients; measured over ${transitions.seconds} s`);
      const peer = await measure(`write peer: the same transitions, ${c} clients`, () => writePeer(ctx, peers!.urls.writer, c, peerRows), peersRss);
      if (peer.exhausted) progress.note(`  note: the write peer's rows ran out at ${c} clients; measured over ${peer.seconds} s`);
      const rawSql = await measure(`raw SQL ceiling, ${c} clients`, () => rawSqlCeiling(ctx, peers!.urls.writer, c, ceilingData), peersRss);
      const noop = await measure(`no-op GraphQL mutation, ${c} clients`, () => noopMutation(ctx, server.url, c));
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
      const nextClients = options.clients[options.clients.indexOf(c) + 1];
      if (nextClients) estimate = Math.min(4000, Math.max(estimate, transitions.perSecond * Math.min(4, nextClients / c)));
    }

    const urls = { gateway: server.url, postgraphile: peers.urls.postgraphile, floor: peers.urls.floor };
    progress.start('the same pages from the gateway, PostGraphile and the SQL floor (ids, order, history)');
    const readCheck = await checkSamePages(ctx, urls);
    progress.end(`${readCheck.length} pages, ${readCheck.reduce((n, p) => n + p.rows, 0)} rows, ${readCheck.reduce((n, p) => n + p.logRows, 0)} log rows alike`);
    const read: Results['read'] = [];
    for (const page of PAGES) {
      for (const c of options.clients) {
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

    const paging = await pagination(ctx, 1000, options.smoke ? 10 : 100);
    const report = await programReport(ctx, options.smoke ? 2 : 5);

    const { openOrm } = await fromDist<OrmModule>('src/db/orm.js');
    const { WorkflowEngine } = await fromDist<EngineModule>('src/engine/engine.js');
    const orm = await openOrm(databaseUrl, { pool: { min: 0, max: 2 } });
    let race;
    let seededSample;
    let writeSample;
    try {
      const engine = new WorkflowEngine(orm);
      race = await raceCheck(ctx, engine, options.smoke ? 40 : 100, 64);
      progress.start('replaying samples of the seeded copies and of the write path');
      const { rows: sample } = await pool.query<{ id: string }>(
        `select id from application where id not in (select id from bench.template) order by random() limit $1`,
        [options.smoke ? 50 : 200],
      );
      seededSample = await replaySample(engine, sample.map((r) => r.id));
      writeSample = await replaySample(
        engine,
        done.filter((_, i) => i % Math.max(1, Math.floor(done.length / (options.smoke ? 50 : 200))) === 0).map((item) => item.id),
      );
      progress.end(`${seededSample.matches}/${seededSample.replayed} and ${writeSample.matches}/${writeSample.replayed}`);
    } finally {
      await orm.close();
    }

    const peakRssMb = server.peakRssMb();
    const peersPeakRssMb = peers.peakRssMb();
    machine.loadAverage.atEnd = round(os.loadavg()[0]!);
    const { rows: counts } = await pool.query<{ applications: number; transitions: number }>(
      'select (select count(*)::int from application) as applications, (select count(*)::int from transition_log) as transitions',
    );
    client.close();
    progress.start('stopping the gateway and the peers');
    await peers.stop();
    await server.stop();
    progress.end();

    const partial = {
      startedAt: new Date(began).toISOString(),
      mode: options.smoke ? ('smoke' as const) : ('full' as const),
      machine,
      settings: { size: options.size, clients: options.clients, warmupSeconds: options.warmup, seconds: options.seconds, serverLogLevel: options.logLevel, serverNodeOptions: options.serverNodeOptions, scheduleJobs: false },
      dataSet: {
        seeded: info.size,
        templates: info.templates,
        regions,
        applicationsNow: counts[0]!.applications,
        transitionsNow: counts[0]!.transitions,
        seededThisRun,
        seedSeconds: seededThisRun ? info.seconds : null,
      },
      write,
      clientCheck: { healthz: healthCheck },
      read,
      readCheck,
      peers: { postgraphile: packageVersion('postgraphile'), graphql: packageVersion('graphql', 'postgraphile'), autocannon: packageVersion('autocannon'), peakRssMb: peersPeakRssMb },
      statements: {
        perTransition: transitionStatements,
        counts: statementCounts,
        relationLevels: RELATION_LEVELS,
        note:
          statementCounts.find((c) => c.first === 200)?.refusedWith != null
            ? 'The API caps first at 100 (MAX_PAGE_SIZE in application.resolver.ts, not configurable), so 10/50/100 are measured and 200 is refused.'
            : '',
      },
      pagination: paging,
      report,
      footprint: { startMs: round(server.startMs), startWithInitialisedData: true, peakRssMb },
      race,
      replay: {
        seededSample: { replayed: seededSample.replayed, matches: seededSample.matches },
        writeSample: { replayed: writeSample.replayed, matches: writeSample.matches },
        failures: [...seededSample.failures, ...writeSample.failures].slice(0, 20),
      },
    };
    const failures: string[] = [];
    if (!race.ok) failures.push(`race check: ${race.failures.slice(0, 10).join('; ')}`);
    const errorsOf = (list: LoadResult[], label: string) =>
      list.forEach((r) => Object.keys(r.errors).length && failures.push(`${label} at ${r.concurrency} clients: errors ${JSON.stringify(r.errors)}`));
    errorsOf(write.map((w) => w.transitions), 'write path');
    errorsOf(write.map((w) => w.peer), 'write peer');
    errorsOf(write.map((w) => w.rawSql), 'raw SQL ceiling');
    errorsOf(write.map((w) => w.noop), 'no-op mutation');
    errorsOf([healthCheck], 'GET /healthz');
    for (const page of PAGES) {
      for (const system of READ_SYSTEMS) errorsOf(read.filter((x) => x.page === page.name).map((x) => x[system]), `${page.name} page (${system})`);
    }
    if (seededSample.failures.length || writeSample.failures.length) failures.push(`replay samples: ${[...seededSample.failures, ...writeSample.failures].slice(0, 5).join('; ')}`);
    if (!paging.cursorMatchesApi) failures.push('the cursor built as the API encodes it does not match the one the API gave out');
    const results: Results = { ...partial, targets: evaluateTargets(partial), ok: failures.length === 0, failures, seconds: (Date.now() - began) / 1000 };
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatResults(results));
    console.log(`\nJSON: ${path.relative(ROOT, options.out)}; server log: ${path.relative(ROOT, logFile)}`);
    return results.ok ? 0 : 1;
  } finally {
    await inProcess?.close().catch(() => {});
    await peers?.stop().catch(() => {});
    await pool.end().catch(() => {});
    if (server.child.exitCode === null) await server.stop().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
