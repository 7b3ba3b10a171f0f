import path from 'node:path';
import { JWT_SECRET } from './context';
import { prepareDataDir } from './data-dir';
import { fromDist, type EmbeddedModule } from './dist';
import type { Options } from './options';
import type { Progress } from './progress';
import { startServer, type ServerProcess } from './server-process';
import { round } from './stats';

/**
 * The gateway the run measures: the built server as its own process (`node dist/src/main.js`),
 * on the embedded PostgreSQL in the data folder or on DATABASE_URL. It is started again once
 * when the run seeded the data, so the start that counts is on initialised, seeded data.
 */
export class GatewayUnderTest {
  private running: ServerProcess | null = null;

  private constructor(
    /** the database the gateway, the peers and the bench's own checks share */
    readonly databaseUrl: string,
    /** DATABASE_URL was given: there is no data folder of the bench's own */
    readonly external: boolean,
    /** the data folder is already seeded at this size */
    readonly reuse: boolean,
    private readonly launch: () => Promise<ServerProcess>,
    private readonly progress: Progress,
  ) {}

  /** Picks the database (and makes the data folder ready) without starting anything. */
  static async prepare(options: Options, logFile: string, progress: Progress): Promise<GatewayUnderTest> {
    const { freePort } = await fromDist<EmbeddedModule>('src/db/embedded.js');
    const external = process.env.DATABASE_URL ?? null;
    const pgPort = await freePort();
    const databaseUrl = external ?? `postgresql://postgres:postgres@127.0.0.1:${pgPort}/gateway`;
    const reuse = external ? true : prepareDataDir(options, progress).reuse;
    const env: Record<string, string> = {
      JWT_SECRET,
      LOG_LEVEL: options.logLevel,
      SEED_DEMO: 'false',
      // the deadline job would move seeded applications under the measurement
      SCHEDULE_JOBS: 'false',
      // the write path recommends seeded grants without a site visit (grant v2): no share of the cap asks for one
      GRANT_SITE_VISIT_SHARE: '100',
      ...(external ? { DATABASE_URL: external } : { DATA_DIR: options.dataDir, EMBEDDED_PG_PORT: String(pgPort) }),
    };
    const resultsDir = path.dirname(options.out);
    const nodeArgs = [...options.serverNodeOptions, ...(options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(resultsDir, 'profiles')}`] : [])];
    const launch = async () => startServer({ env, port: await freePort(), logFile, nodeArgs });
    return new GatewayUnderTest(databaseUrl, external !== null, reuse, launch, progress);
  }

  /** The running server process. */
  get server(): ServerProcess {
    if (!this.running) throw new Error('the gateway is not running');
    return this.running;
  }

  /** Starts the gateway (stopping a running one first), as one step of the progress. */
  async start(label: string): Promise<ServerProcess> {
    this.progress.start(label);
    await this.stop();
    this.running = await this.launch();
    this.progress.end(`${round(this.running.startMs / 1000, 2)} s`);
    return this.running;
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    await running?.stop();
  }
}
