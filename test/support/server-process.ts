import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

export const ROOT = path.resolve(__dirname, '..', '..');
export const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');

/**
 * Builds the server once per test run, whichever e2e file asks first: files run in parallel
 * processes, and one must not rewrite dist/ under a server another has started. A directory
 * made atomically is the lock; a stamp named after the run says the build is done.
 */
export async function buildServerOnce(): Promise<void> {
  const stamp = path.join(ROOT, 'dist', `.built-${inject('runId')}`);
  const lock = path.join(os.tmpdir(), `gateway-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > until) throw new Error(`${lock} held for 120 s: remove it if no test run is building`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (existsSync(stamp)) return;
    // the stamps of earlier runs
    if (existsSync(path.dirname(stamp))) {
      for (const name of readdirSync(path.dirname(stamp))) if (name.startsWith('.built-')) rmSync(path.join(path.dirname(stamp), name));
    }
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
    writeFileSync(stamp, '');
  } finally {
    rmdirSync(lock);
  }
}

export interface Started {
  child: ChildProcessWithoutNullStreams;
  url: string;
  tokens: Record<string, string>;
  output: () => string;
}

/**
 * Starts the built server as `npm start` does (after its build step) and waits for its banner.
 * In its own process group, as a terminal runs it: `stop(…, 'SIGINT')` then signals the group,
 * the gateway and its embedded PostgreSQL together, as Ctrl-C does.
 */
export function startServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    detached: true,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /ready at (http:\/\/\S+\/graphql)/.exec(output)?.[1];
      if (url && /Ctrl-C stops/.test(output)) {
        clearTimeout(timer);
        const tokens: Record<string, string> = {};
        for (const match of output.matchAll(/^ {2}(\w+) +\S* +(ey[\w-]+\.[\w-]+\.[\w-]+)$/gm)) tokens[match[1]!] = match[2]!;
        resolve({ child, url, tokens, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/**
 * Stops a started server: SIGINT (Ctrl-C) goes to its whole process group, as a terminal sends it;
 * SIGTERM (an orchestrator's stop) to the gateway's process alone.
 */
export function stop(started: Started, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.removeAllListeners('exit');
    started.child.on('exit', (code) => resolve(code));
    if (signal === 'SIGINT' && started.child.pid !== undefined) process.kill(-started.child.pid, signal);
    else started.child.kill(signal);
  });
}
