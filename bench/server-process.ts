import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './dist';

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  port: number;
  /** from spawning `node dist/src/main.js` to the first answered GraphQL query */
  startMs: number;
  /** the process's peak resident memory so far (VmHWM), in MB */
  peakRssMb(): number | null;
  stop(): Promise<number | null>;
}

function answered(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query: '{ regions { code } }' });
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(res.statusCode === 200 && text.includes('"regions"')));
      },
    );
    req.on('error', () => resolve(false));
    req.end(body);
  });
}

/** Reads a /proc/<pid>/status field in kB, as MB. */
export function procStatusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/**
 * Starts the built gateway as its own process (as `npm start` runs it after the build), apart
 * from the load generator, and waits until it answers a query. Its output goes to a log file.
 */
export async function startServer(options: { env: Record<string, string>; port: number; logFile: string; nodeArgs?: string[]; timeoutMs?: number }): Promise<ServerProcess> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      // the libraries in their production mode, as a deployment runs them and as the peers run
      // (graphql-js's development-only type checks were 5 % of a page's CPU); the gateway's own
      // production checks stay off: the bench signs with a shared secret on the embedded database
      NODE_ENV: 'production',
      PRODUCTION: 'false',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  let exited: number | null | undefined;
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exited = code))));
  const deadline = started + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== undefined) throw new Error(`the gateway exited with ${exited} before it answered; see ${options.logFile}`);
    if (await answered(options.port)) break;
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the gateway did not answer within ${(options.timeoutMs ?? 120_000) / 1000} s; see ${options.logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const startMs = performance.now() - started;
  const pid = child.pid!;
  return {
    child,
    pid,
    port: options.port,
    url: `http://127.0.0.1:${options.port}`,
    startMs,
    peakRssMb: () => procStatusMb(pid, 'VmHWM'),
    async stop() {
      if (exited === undefined) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exit;
      clearTimeout(timer);
      log.end();
      return code;
    },
  };
}
