import type { Gateway } from '../src/server';
import { JWT_SECRET, type BenchContext } from './context';
import { fromDist, type ConfigModule, type ServerModule } from './dist';
import { HttpClient, errorCodes } from './http-client';
import { countStatements, type StatementCount } from './phases/read';
import { statementsPerTransition } from './phases/write';

/** Counts the SQL statements the in-process gateway's ORM runs between start() and stop(). */
export interface StatementCounter {
  start(): void;
  stop(): number;
}

/**
 * A gateway in the bench's own process, on the same database: it drives the templates on a
 * clock of its own and counts the SQL statements of a request through the ORM's query hook.
 */
export interface InProcessGateway {
  gateway: Gateway;
  client: HttpClient;
  /** the engine's clock; null: the real clock */
  setClock(at: Date | null): void;
  counter: StatementCounter;
  /** POSTs a GraphQL operation as an admin; a refusal throws */
  admin(query: string, variables: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startInProcessGateway(ctx: Pick<BenchContext, 'databaseUrl' | 'tokens' | 'progress'>): Promise<InProcessGateway> {
  let clock: Date | null = null;
  let counting = false;
  let statements = 0;
  ctx.progress.start('in-process gateway on the same database');
  const { bootstrap } = await fromDist<ServerModule>('src/server.js');
  const { loadConfig } = await fromDist<ConfigModule>('src/config.js');
  const gateway = await bootstrap(
    loadConfig({
      DATABASE_URL: ctx.databaseUrl,
      JWT_SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      SCHEDULE_JOBS: 'false',
      PAYMENT_WORKER: 'false',
      // the data set's grant paths recommend without a site visit (grant v2): no share of the cap asks for one
      GRANT_SITE_VISIT_SHARE: '100',
    }),
    {
      now: () => (clock ? new Date(clock) : new Date()),
      onQuery: () => {
        if (counting) statements += 1;
      },
    },
  );
  const client = new HttpClient(gateway.url.replace(/\/graphql$/, ''), 8);
  ctx.progress.end();
  const adminToken = await ctx.tokens.admin();
  return {
    gateway,
    client,
    setClock: (at) => (clock = at),
    counter: {
      start: () => {
        statements = 0;
        counting = true;
      },
      stop: () => {
        counting = false;
        return statements;
      },
    },
    async admin(query, variables) {
      const codes = errorCodes(await client.graphql(query, variables, adminToken));
      if (codes.length) throw new Error(`setting up the data set was refused: ${codes.join(', ')}`);
    },
    async close() {
      client.close();
      await gateway.close();
    },
  };
}

/** The SQL statements of a reviewer's page (first 10, 50, 100, 200) and of every action of every kind. */
export async function statementsInProcess(
  inProcess: InProcessGateway,
  ctx: BenchContext,
): Promise<{ counts: StatementCount[]; perTransition: Array<{ kind: string; action: string; statements: number }> }> {
  const { client, counter } = inProcess;
  const region = ctx.regions[0]!;
  ctx.progress.start('SQL statements per request (in-process gateway, ORM query hook)');
  const counts = await countStatements(client, await ctx.tokens.staff(region, 'reviewer'), region, [10, 50, 100, 200], counter);
  ctx.progress.end(counts.map((c) => `${c.first}: ${c.statements ?? c.refusedWith}`).join(', '));
  ctx.progress.start('SQL statements per transition (in-process gateway, ORM query hook)');
  const perTransition = await statementsPerTransition({ ...ctx, client }, client, counter);
  ctx.progress.end(perTransition.map((t) => `${t.action}: ${t.statements}`).join(', '));
  return { counts, perTransition };
}
