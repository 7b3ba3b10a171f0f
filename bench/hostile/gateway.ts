/** The built gateway the hostile documents are sent to: a child process on its own data, and a token. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromDist, type EmbeddedModule, type TokensModule } from '../dist';
import { startServer, type ServerProcess } from '../server-process';

const JWT_SECRET = 'bench-hostile-secret-0123456789-abcdefghij';

export interface HostileGateway {
  server: ServerProcess;
  /** a reviewer's bearer token, for the runs with a token */
  token: string;
  /** true once the process exited on its own: a crash */
  exited(): boolean;
  /** stops the process; keeps its log (and says where) when it had crashed */
  stop(): Promise<void>;
}

/** Starts `dist/src/main.js` on a fresh embedded database (or DATABASE_URL), without demo data or jobs. */
export async function startHostileGateway(): Promise<HostileGateway> {
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
  let exitedEarly = false;
  server.child.once('exit', () => (exitedEarly = true));
  const tokenService = tokensModule.createTokenService({ jwt: { kind: 'secret', secret: JWT_SECRET }, dataDir: os.tmpdir() });
  const token = await tokenService.mint!({ sub: 'bench-reviewer', roles: ['reviewer'], region: 'AKM' });
  return {
    server,
    token,
    exited: () => exitedEarly,
    async stop() {
      const code = await server.stop();
      if (!exitedEarly || code === 0) rmSync(dataDir, { recursive: true, force: true });
      else console.log(`server log kept at ${logFile}`);
    },
  };
}
