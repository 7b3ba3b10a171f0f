/**
 * Hostile documents against the built gateway (a child process), over HTTP and graphql-ws, with
 * and without a token. For each it prints the round trip, the refusal (code and limit) and the
 * slowest /healthz answer seen meanwhile by a poll running beside it. It exits non-zero only when
 * the gateway answers 5xx, exits, or leaves a request unanswered for 30 s — never on speed.
 *
 *   npm run bench:hostile [-- --smoke]     (--smoke: each shape once instead of three times)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { fromDist, type EmbeddedModule, type TokensModule } from './dist';
import { startServer } from './server-process';

const JWT_SECRET = 'bench-hostile-secret-0123456789-abcdefghij';
const TIMEOUT_MS = 30_000;
const BODY_LIMIT = 1024 * 1024;

const repeat = (text: string, n: number) => Array.from({ length: n }, () => text).join(' ');
/** as many copies of `text` as fit a JSON body under the 1 MB limit */
const toBodyLimit = (text: string) => repeat(text, Math.floor((BODY_LIMIT - 1024) / (text.length + 1)));
const fanOut = (n: number) =>
  `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === n - 1 ? '__typename' : `...F${i + 1} ...F${i + 1}`} }`).join(' ')}`;
/** `{ open open … leaf } } … }`: n levels */
const nested = (n: number, open: string, leaf: string) => `{ ${open.repeat(n)}${leaf}${' }'.repeat(n)} }`;

interface Shape {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const SHAPES: Shape[] = [
  ...[10, 20, 30, 40].map((n) => ({ name: `fragment fan-out chain of ${n}`, query: fanOut(n) })),
  { name: '4,990 __typename (under the token limit)', query: `{ ${repeat('__typename', 4_990)} }` },
  { name: '60,000 __typename', query: `{ ${repeat('__typename', 60_000)} }` },
  { name: '__typename up to the body limit', query: `{ ${toBodyLimit('__typename')} }` },
  { name: '1,240 regions { code } (under the token limit)', query: `{ ${repeat('regions { code }', 1_240)} }` },
  { name: '600 inline fragments repeating a field', query: `{ ${repeat('... on Query { regions { code } }', 600)} }` },
  { name: '2,400 aliases', query: `{ ${Array.from({ length: 2_400 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
  { name: '1,200 directives on one field', query: `{ __typename ${repeat('@include(if: true)', 1_200)} }` },
  { name: 'directives up to the body limit', query: `{ __typename ${toBodyLimit('@include(if: true)')} }` },
  { name: 'nesting 2,400 levels deep', query: nested(2_400, 'a { ', 'b') },
  { name: 'inline fragments 2,000 deep', query: nested(2_000, '... on Query { ', '__typename') },
  { name: 'introspection ofType 40 deep', query: `{ __type(name: "Query") ${nested(40, 'ofType { ', 'name')} }` },
  { name: 'a 900 KB string variable', query: 'query($code: String) { resettlementQuotas(regionCode: $code, year: 2026) { regionCode } }', variables: { code: 'x'.repeat(900_000) } },
  {
    name: 'a list of 100,000 states in a variable',
    query: 'query($states: [String!]) { applications(first: 1, filter: { states: $states }) { pageInfo { hasNextPage } } }',
    variables: { states: Array.from({ length: 100_000 }, (_, i) => `s${i}`) },
  },
];

interface Outcome {
  ms: number;
  status: number | 'ws';
  refusal: string;
  failure?: string;
}

function request(port: number, method: 'GET' | 'POST', pathName: string, body?: string, token?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {};
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request({ host: '127.0.0.1', port, method, path: pathName, headers, timeout: TIMEOUT_MS }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

function refusalOf(errors: Array<{ extensions?: { code?: string; limit?: string } }> | undefined): string {
  if (!errors?.length) return 'answered';
  const first = errors[0]!.extensions ?? {};
  return `${first.code ?? '?'}${first.limit ? ` ${first.limit}` : ''}${errors.length > 1 ? ` (+${errors.length - 1})` : ''}`;
}

async function overHttp(port: number, shape: Shape, token: string | undefined): Promise<Outcome> {
  const started = performance.now();
  try {
    const { status, text } = await request(port, 'POST', '/graphql', JSON.stringify({ query: shape.query, variables: shape.variables }), token);
    const ms = performance.now() - started;
    let refusal: string;
    try {
      const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string; limit?: string } }> };
      refusal = refusalOf(body.errors);
    } catch {
      refusal = 'not JSON';
    }
    return { ms, status, refusal, ...(status >= 500 ? { failure: `HTTP ${status}` } : {}) };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, refusal: '-', failure: (error as Error).message };
  }
}

async function overWebSocket(port: number, shape: Shape, token: string | undefined): Promise<Outcome> {
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  const started = performance.now();
  try {
    const outcome = await new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => resolve({ ms: TIMEOUT_MS, status: 'ws', refusal: '-', failure: `no answer within ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS);
      let errors: Array<{ extensions?: { code?: string; limit?: string } }> | undefined;
      client.subscribe(
        { query: shape.query, variables: shape.variables },
        {
          next: (result) => (errors ??= result.errors as typeof errors),
          error: (error) => {
            clearTimeout(timer);
            const ms = performance.now() - started;
            if (Array.isArray(error)) resolve({ ms, status: 'ws', refusal: refusalOf(error as typeof errors) });
            else {
              // a closed socket: 1009 (message too big) is the body limit, anything else a failure
              const code = (error as { code?: number }).code;
              resolve({ ms, status: 'ws', refusal: `closed ${code ?? '?'}`, ...(code === 1009 || code === 4403 ? {} : { failure: `socket closed (${code ?? String(error)})` }) });
            }
          },
          complete: () => {
            clearTimeout(timer);
            resolve({ ms: performance.now() - started, status: 'ws', refusal: refusalOf(errors) });
          },
        },
      );
    });
    return outcome;
  } finally {
    await client.dispose();
  }
}

/** Polls /healthz one request after another and keeps the slowest answer since the last reset. */
function healthPoll(port: number) {
  let slowest = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        await request(port, 'GET', '/healthz');
      } catch {
        // a failed probe is as slow as the timeout that ended it
      }
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  return {
    takeSlowest(): number {
      const value = slowest;
      slowest = 0;
      return value;
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}

async function main(): Promise<number> {
  const smoke = process.argv.includes('--smoke');
  const rounds = smoke ? 1 : 3;
  const { freePort } = await fromDist<EmbeddedModule>('src/db/embedded.js');
  const tokensModule = await fromDist<TokensModule>('src/auth/tokens.js');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-hostile-'));
  const logFile = path.join(dataDir, 'server.log');
  const external = process.env.DATABASE_URL;
  const env: Record<string, string> = {
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    SCHEDULE_JOBS: 'false',
    ...(external ? { DATABASE_URL: external } : { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) }),
  };
  console.log('starting the built gateway …');
  const server = await startServer({ env, port: await freePort(), logFile });
  const tokenService = tokensModule.createTokenService({ jwt: { kind: 'secret', secret: JWT_SECRET }, dataDir: os.tmpdir() });
  const token = await tokenService.mint!({ sub: 'bench-reviewer', roles: ['reviewer'], region: 'AKM' });
  const health = healthPoll(server.port);
  const failures: string[] = [];
  let exitedEarly = false;
  server.child.once('exit', () => (exitedEarly = true));
  console.log(`${'shape'.padEnd(48)} ${'transport'.padEnd(11)} ${'ms'.padStart(7)} ${'healthz max'.padStart(11)}  answer`);
  try {
    for (const shape of SHAPES) {
      const bytes = Buffer.byteLength(JSON.stringify({ query: shape.query, variables: shape.variables }));
      for (const transport of ['http', 'ws'] as const) {
        for (const withToken of [false, true]) {
          let worst: Outcome | null = null;
          health.takeSlowest();
          for (let round = 0; round < rounds && !exitedEarly; round += 1) {
            const outcome = transport === 'http' ? await overHttp(server.port, shape, withToken ? token : undefined) : await overWebSocket(server.port, shape, withToken ? token : undefined);
            if (!worst || outcome.ms > worst.ms || outcome.failure) worst = outcome;
            if (outcome.failure) break;
          }
          const slowestHealth = health.takeSlowest();
          if (!worst) break;
          const label = `${transport}${withToken ? '+token' : ''}`;
          const answer = `${worst.status === 'ws' ? '' : `${worst.status} `}${worst.refusal}${worst.failure ? `  FAILED: ${worst.failure}` : ''}`;
          console.log(
            `${`${shape.name} (${Math.round(bytes / 1024)} KB)`.padEnd(48)} ${label.padEnd(11)} ${worst.ms.toFixed(1).padStart(7)} ${`${slowestHealth.toFixed(1)}${slowestHealth > 50 ? '!' : ''}`.padStart(11)}  ${answer}`,
          );
          if (worst.failure) failures.push(`${shape.name} over ${label}: ${worst.failure}`);
        }
      }
      if (exitedEarly) {
        failures.push(`the gateway exited during "${shape.name}"`);
        break;
      }
    }
  } finally {
    await health.stop();
    const code = await server.stop();
    if (!exitedEarly || code === 0) rmSync(dataDir, { recursive: true, force: true });
    else console.log(`server log kept at ${logFile}`);
  }
  console.log('\nhealthz max: the slowest /healthz answer while the shape ran (! above 50 ms); ms: the slowest of the rounds.');
  if (failures.length > 0) {
    console.log(`\n${failures.length} failure(s):\n${failures.map((f) => `  ${f}`).join('\n')}`);
    return 1;
  }
  console.log('no 5xx, no crash, no hang');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
