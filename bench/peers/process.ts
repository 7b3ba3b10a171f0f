import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../dist';
import { procStatusMb } from '../server-process';

export interface PeersProcess {
  child: ChildProcess;
  urls: { postgraphile: string; floor: string; writer: string };
  peakRssMb(): number | null;
  stop(): Promise<void>;
}

/** Starts bench/peers/main.ts as its own process on the gateway's database; its output goes to `logFile`. */
export async function startPeers(options: { databaseUrl: string; logFile: string; timeoutMs?: number }): Promise<PeersProcess> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'bench', 'peers', 'main.ts')], {
    cwd: ROOT,
    // production, as PostGraphile's documentation asks of a benchmark (graphql skips its development checks)
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production', DATABASE_URL: options.databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.pipe(log, { end: false });
  const exit = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const ports = await new Promise<{ postgraphile: number; floor: number; writer: number }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the peers did not start within ${(options.timeoutMs ?? 60_000) / 1000} s; see ${options.logFile}`)), options.timeoutMs ?? 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^PEERS (\{.*\})$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(JSON.parse(match[1]!) as { postgraphile: number; floor: number; writer: number });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the peers exited with ${code} before they listened; see ${options.logFile}`));
    });
  });
  child.stdout!.pipe(log, { end: false });
  const url = (port: number) => `http://127.0.0.1:${port}`;
  return {
    child,
    urls: { postgraphile: url(ports.postgraphile), floor: url(ports.floor), writer: url(ports.writer) },
    peakRssMb: () => procStatusMb(child.pid!, 'VmHWM'),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
      log.end();
    },
  };
}
