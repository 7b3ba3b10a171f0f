/** `npm run bench`'s flags: see --help and README "Performance". */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './dist';

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
  --server-node-options "..."  options for the server's node (default: those of npm start, "--max-old-space-size=256 --max-semi-space-size=32")
  --out FILE           the JSON results (default bench/results/latest.json)

DATABASE_URL: use that PostgreSQL instead of the embedded one (an empty database, or one the bench seeded).`;

export interface Options {
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

export function parseOptions(argv: string[]): Options {
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
