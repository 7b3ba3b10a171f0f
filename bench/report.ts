import type { LoadResult } from './load';
import type { PaginationResult, ReportTiming, StatementCount } from './phases/read';
import type { RaceResult } from './phases/race';
import { round } from './stats';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  postgres: string;
  database: 'embedded' | 'DATABASE_URL';
  platform: string;
  /** the 1-minute load average: other processes on the machine share its cores with the run */
  loadAverage: { atStart: number; atEnd: number | null };
}

export interface Results {
  startedAt: string;
  mode: 'smoke' | 'full';
  machine: Machine;
  settings: { size: number; clients: number[]; warmupSeconds: number; seconds: number; serverLogLevel: string; serverNodeOptions: string[]; scheduleJobs: boolean };
  dataSet: { seeded: number; templates: number; regions: string[]; applicationsNow: number; transitionsNow: number; seededThisRun: boolean; seedSeconds: number | null };
  /** per level: the gateway's reviewer transitions beside the write peer, the raw SQL ceiling and the no-op mutation */
  write: Array<{
    clients: number;
    transitions: LoadResult;
    peer: LoadResult;
    rawSql: LoadResult;
    noop: LoadResult;
    ratioToPeer: number;
    ratioToRawSql: number;
    ratioToNoop: number;
  }>;
  clientCheck: { healthz: LoadResult };
  /** per page and level: the gateway beside PostGraphile and the SQL floor */
  read: Array<{
    page: string;
    label: string;
    clients: number;
    gateway: LoadResult;
    postgraphile: LoadResult;
    floor: LoadResult;
    ratioToPostgraphile: number;
    ratioToFloor: number;
  }>;
  /** the pages compared before any was measured: the same ids in the same order, the same history entries */
  readCheck: Array<{ page: string; region: string; rows: number; logRows: number }>;
  peers: { postgraphile: string; graphql: string; autocannon: string; peakRssMb: number | null };
  statements: { perTransition: Array<{ kind: string; action: string; statements: number }>; counts: StatementCount[]; relationLevels: number; note: string };
  pagination: PaginationResult;
  report: ReportTiming;
  footprint: { startMs: number; startWithInitialisedData: boolean; peakRssMb: number | null };
  race: RaceResult;
  replay: { seededSample: { replayed: number; matches: number }; writeSample: { replayed: number; matches: number }; failures: string[] };
  targets: Target[];
  ok: boolean;
  failures: string[];
  seconds: number;
}

export interface Target {
  name: string;
  figure: string;
  goal: string;
  met: boolean | null;
}

const at = <T extends { clients?: number; concurrency?: number }>(list: T[], clients: number) =>
  list.find((x) => (x.clients ?? x.concurrency) === clients);

export function evaluateTargets(r: Omit<Results, 'targets' | 'ok' | 'failures' | 'seconds'>): Target[] {
  const w16 = at(r.write, 16);
  const reads16 = r.read.filter((x) => x.clients === 16);
  const inbox16 = reads16.find((x) => x.page === 'inbox');
  const counted = r.statements.counts.filter((c) => c.statements !== null);
  const maxStatements = counted.length ? Math.max(...counted.map((c) => c.statements!)) : null;
  const flat = counted.length > 1 && counted.every((c) => c.statements === counted[0]!.statements);
  const n = (value: number | undefined | null, digits = 0) => (value === undefined || value === null || !Number.isFinite(value) ? 'n/a' : value.toLocaleString('en-US', { maximumFractionDigits: digits }));
  const met = (value: number | undefined | null, ok: (v: number) => boolean) => (value === undefined || value === null || !Number.isFinite(value) ? null : ok(value));
  const perPage = (name: string, ratio: (x: (typeof reads16)[number]) => number, goal: number): Target => {
    const values = reads16.map(ratio);
    return {
      name,
      figure: reads16.length ? reads16.map((x) => `${x.page} ${n(ratio(x), 2)}`).join(', ') : 'n/a',
      goal: `≥ ${goal} on every page`,
      met: values.length ? values.every((v) => Number.isFinite(v) && v >= goal) : null,
    };
  };
  return [
    perPage('gateway ÷ PostGraphile, pages/s at 16 clients', (x) => x.ratioToPostgraphile, 1.0),
    perPage('gateway ÷ SQL floor, pages/s at 16 clients', (x) => x.ratioToFloor, 0.6),
    { name: 'gateway ÷ write peer, transitions/s at 16 clients', figure: n(w16?.ratioToPeer, 2), goal: '≥ 0.8', met: met(w16?.ratioToPeer, (v) => v >= 0.8) },
    { name: 'transitions/s at 16 clients', figure: n(w16?.transitions.perSecond), goal: '> 1,000', met: met(w16?.transitions.perSecond, (v) => v > 1000) },
    { name: 'transition p99 at 16 clients', figure: `${n(w16?.transitions.latencyMs.p99, 1)} ms`, goal: '< 100 ms', met: met(w16?.transitions.latencyMs.p99, (v) => v < 100) },
    { name: 'inbox pages/s at 16 clients', figure: n(inbox16?.gateway.perSecond), goal: '> 700', met: met(inbox16?.gateway.perSecond, (v) => v > 700) },
    { name: 'inbox page p99 at 16 clients', figure: `${n(inbox16?.gateway.latencyMs.p99, 1)} ms`, goal: '< 50 ms', met: met(inbox16?.gateway.latencyMs.p99, (v) => v < 50) },
    {
      name: 'SQL statements per reviewer page',
      figure: counted.map((c) => `${c.statements} (first ${c.first})`).join(', '),
      goal: `≤ ${1 + r.statements.relationLevels}, flat`,
      met: maxStatements === null ? null : maxStatements <= 1 + r.statements.relationLevels && flat,
    },
    { name: `page ${n(r.pagination.page)} ÷ page 1 (p50)`, figure: n(r.pagination.ratio, 2), goal: '≤ 1.5', met: met(r.pagination.ratio, (v) => v <= 1.5) },
    {
      name: `start to first answer${r.footprint.startWithInitialisedData ? ' (initialised data)' : ' (NOT initialised)'}`,
      figure: `${n(r.footprint.startMs / 1000, 2)} s`,
      goal: '< 5 s',
      met: met(r.footprint.startMs, (v) => v < 5000),
    },
    { name: 'server peak resident memory (VmHWM)', figure: `${n(r.footprint.peakRssMb, 1)} MB`, goal: '< 300 MB', met: met(r.footprint.peakRssMb, (v) => v < 300) },
  ];
}

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const show = (c: string | number) => (typeof c !== 'number' ? c : Number.isFinite(c) ? c.toLocaleString('en-US', { maximumFractionDigits: 2 }) : 'n/a');
  const cells = [headers, ...rows.map((row) => row.map(show))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => String(row[i] ?? '').length)));
  const line = (row: Array<string | number>) => row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const codes = (record: Record<string, number>) => {
  const entries = Object.entries(record);
  return entries.length === 0 ? '0' : entries.map(([code, count]) => `${count} ${code}`).join(', ');
};

/** The results as the text table printed at the end of a run. */
export function formatResults(r: Results): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `Gateway benchmark (${r.mode}) — ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, PostgreSQL ${m.postgres} (${m.database}), ${m.platform}`,
    `Data set: ${r.dataSet.seeded.toLocaleString('en-US')} applications seeded (${r.dataSet.templates} driven through the engine, the rest copied in SQL) in ${r.dataSet.regions.length} regions; ` +
      `${r.dataSet.applicationsNow.toLocaleString('en-US')} applications and ${r.dataSet.transitionsNow.toLocaleString('en-US')} log rows in the database now` +
      (r.dataSet.seededThisRun && r.dataSet.seedSeconds !== null ? `; seeded in ${round(r.dataSet.seedSeconds, 1)} s` : ''),
    `Each level: ${r.settings.warmupSeconds} s warm-up, ${r.settings.seconds} s measured; server LOG_LEVEL=${r.settings.serverLogLevel}${r.settings.serverNodeOptions.length ? ` and node ${r.settings.serverNodeOptions.join(' ')}` : ''}, job schedules off; ` +
      `load average ${m.loadAverage.atStart} at the start, ${m.loadAverage.atEnd ?? 'n/a'} at the end (other processes on the machine share its cores)`,
    '',
    "Write path: the reviewer's transitions (start of review, recommendation of new grants), each one GraphQL mutation, one engine transition; " +
      'beside it the write peer (node:http + pg + the same machines, six statements a transition), the raw SQL ceiling (five statements behind node:http, no machine) and a no-op mutation',
    table(
      ['clients', 'gateway/s', 'p50 ms', 'p99 ms', 'errors', 'write peer/s', 'p99 ms', '÷ peer', 'raw SQL/s', '÷ raw', 'no-op/s', '÷ no-op', 'server peak MB'],
      r.write.map((w) => [
        w.clients,
        w.transitions.perSecond,
        w.transitions.latencyMs.p50,
        w.transitions.latencyMs.p99,
        codes({ ...w.transitions.errors, ...w.transitions.conflicts }),
        w.peer.perSecond,
        w.peer.latencyMs.p99,
        w.ratioToPeer,
        w.rawSql.perSecond,
        w.ratioToRawSql,
        w.noop.perSecond,
        w.ratioToNoop,
        w.transitions.serverPeakRssMb ?? Number.NaN,
      ]),
    ),
    `SQL statements per transition (the write peer sends 6, the raw ceiling 5): ${r.statements.perTransition.map((t) => `${t.kind} ${t.action} ${t.statements}`).join(', ')}`,
    `Client check: GET /healthz at ${r.clientCheck.healthz.concurrency} clients: ${r.clientCheck.healthz.perSecond.toLocaleString('en-US')} req/s (p99 ${r.clientCheck.healthz.latencyMs.p99} ms)`,
    '',
    `Read path: 50 applications of a region, state (and kind), newest first, with applicant, region and the last five log rows — the gateway's applications(first: 50) … history(last: 5), ` +
      `PostGraphile ${r.peers.postgraphile}'s allApplications(condition, orderBy, first: 50) … transitionLogsByApplicationId(orderBy: SEQ_DESC, first: 5), ` +
      `the SQL floor's one json_agg statement; each page checked to hold the same ids and history entries on all three before it was measured (${r.readCheck.length} pages)`,
    table(
      ['page', 'clients', 'gateway/s', 'p50 ms', 'p99 ms', 'PostGraphile/s', 'p99 ms', '÷ PostGraphile', 'floor/s', 'p99 ms', '÷ floor', 'errors', 'server peak MB'],
      r.read.map((x) => [
        x.page,
        x.clients,
        x.gateway.perSecond,
        x.gateway.latencyMs.p50,
        x.gateway.latencyMs.p99,
        x.postgraphile.perSecond,
        x.postgraphile.latencyMs.p99,
        x.ratioToPostgraphile,
        x.floor.perSecond,
        x.floor.latencyMs.p99,
        x.ratioToFloor,
        codes({ ...x.gateway.errors, ...x.postgraphile.errors, ...x.floor.errors }),
        x.gateway.serverPeakRssMb ?? Number.NaN,
      ]),
    ),
    `Peers' process peak RSS: ${r.peers.peakRssMb ?? 'n/a'} MB (PostGraphile ${r.peers.postgraphile} on graphql ${r.peers.graphql}); load generator: autocannon ${r.peers.autocannon}`,
    `SQL statements per request: ${r.statements.counts
      .map((c) => (c.statements === null ? `first ${c.first} → refused (${c.refusedWith})` : `first ${c.first} → ${c.statements} (${c.rows} rows)`))
      .join('; ')}. ${r.statements.note}`,
    '',
    `Pagination (${r.pagination.filter}, first ${r.pagination.pageSize}, keyset): page 1 p50 ${r.pagination.firstPage.p50} ms (p95 ${r.pagination.firstPage.p95}), ` +
      `page ${r.pagination.page.toLocaleString('en-US')} p50 ${r.pagination.farPage.p50} ms (p95 ${r.pagination.farPage.p95}) → ×${r.pagination.ratio}; ` +
      `cursor built as the API encodes it ${r.pagination.cursorMatchesApi ? 'matches' : 'DOES NOT match'} the API's`,
    `Plan-versus-fact report ${r.report.year} as of ${r.report.asOf} over the whole data set (${r.report.rows} rows): GraphQL p50 ${r.report.graphqlMs.p50} ms (max ${r.report.graphqlMs.max}), ` +
      `CSV p50 ${r.report.csvMs.p50} ms (${r.report.csvBytes.toLocaleString('en-US')} bytes)`,
    `Footprint: ${round(r.footprint.startMs / 1000, 2)} s from spawning node dist/src/main.js to the first answered query` +
      (m.database === 'embedded' ? ' (initialised data folder, the embedded PostgreSQL started by the server)' : ' (DATABASE_URL: PostgreSQL already running)') +
      `; server peak RSS ${r.footprint.peakRssMb ?? 'n/a'} MB`,
    '',
    `Race check: ${r.race.clients} clients, ${r.race.applications} applications, ${r.race.requests} requests: ${r.race.decisions.approved} approved, ${r.race.decisions.withdrawn} withdrawn; ` +
      `conflicts ${codes(r.race.conflicts)}; ${r.race.rereads} re-reads, ${r.race.retries} retries; errors ${codes(r.race.errors)}; ` +
      `${r.race.replayMatches}/${r.race.replayed} logs replay to their snapshots — ${r.race.ok ? 'PASSED' : 'FAILED'}`,
    `Replay samples: seeded copies ${r.replay.seededSample.matches}/${r.replay.seededSample.replayed}, write path ${r.replay.writeSample.matches}/${r.replay.writeSample.replayed}`,
    '',
    'Targets (reported, not asserted)',
    table(
      ['target', 'figure', 'goal', ''],
      r.targets.map((t) => [t.name, t.figure, t.goal, t.met === null ? 'n/a' : t.met ? 'met' : 'missed']),
    ),
    '',
    r.ok ? `All checks passed in ${round(r.seconds, 1)} s.` : `CHECKS FAILED:\n${r.failures.map((f) => `  - ${f}`).join('\n')}`,
  );
  return out.join('\n');
}
