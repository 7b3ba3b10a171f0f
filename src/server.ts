import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { createTokenService, type TokenService } from './auth/tokens';
import type { Config } from './config';
import { ChangeFeed } from './db/change-feed';
import { openDatabase, type Database } from './db/database';
import { withStartupLock } from './db/startup-lock';
import type { WorkflowEngine } from './engine/engine';
import { createAdmission } from './graphql/admission';
import { startApollo } from './graphql/apollo';
import { ReferenceCache } from './graphql/reference-cache';
import { requestContexts } from './graphql/request-context';
import { gatewaySchema } from './graphql/schema';
import { attachSubscriptions } from './graphql/subscriptions';
import { createHttpApp } from './http/app';
import { graphqlRoute } from './http/graphql-route';
import { probes } from './http/probes';
import { reportRoutes } from './http/report-routes';
import type { Jobs } from './jobs/jobs';
import { GatewayMetrics } from './observability/metrics';
import { createLogger, withPrivacy } from './observability/logger';
import type { PaymentProvider } from './payments/provider';
import { prepareAsOwner } from './startup/owner-setup';
import { ResourceStack } from './startup/resource-stack';
import { startRuntime } from './startup/runtime';

export interface Gateway {
  /** the GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  port: number;
  database: Database;
  orm: MikroORM;
  engine: WorkflowEngine;
  tokens: TokenService;
  jobs: Jobs;
  /** where disbursements are paid (the simulated treasury unless configured otherwise) */
  payments: PaymentProvider;
  /** committed transitions of every replica, which subscriptions listen to */
  changes: ChangeFeed;
  log: Logger;
  /** stops accepting requests, drains, closes the pool and stops an embedded database */
  close(): Promise<void>;
}

export interface BootstrapOptions {
  /** the engine's clock, for tests that control time */
  now?: () => Date;
  /** called with every SQL statement the ORM runs (tests count them to prove there is no N+1) */
  onQuery?: (sql: string) => void;
  log?: Logger;
}

/**
 * Starts the whole gateway: database (embedded or DATABASE_URL), migrations, reference data,
 * the GraphQL server. Tests call this to run the real thing; `src/main.ts` only adds signals.
 */
export async function bootstrap(config: Config, options: BootstrapOptions = {}): Promise<Gateway> {
  const log = options.log ? withPrivacy(options.log) : createLogger(config.logLevel);
  // start-up lines (migrations, seeding, the embedded database) carry one id per start
  const startup = log.child({ startupId: randomUUID() });
  const resources = new ResourceStack();
  try {
    const database = resources.push(await openDatabase(config, (line) => startup.debug({ postgres: line })), (d) => d.stop());
    const { orm, engine, payments, jobs } = await withStartupLock(database.ownerUrl, async () => {
      await prepareAsOwner(database, startup);
      return startRuntime(config, database, resources, { log, startup, now: options.now, onQuery: options.onQuery });
    });
    const tokens = createTokenService(config);
    const schema = await gatewaySchema();
    const changes = resources.push(await ChangeFeed.start(database.url, log, { ownsDatabase: database.embedded }), (c) => c.stop());
    const reference = new ReferenceCache(orm, () => changes.listening);
    changes.onReferenceChange(() => reference.invalidate());
    await reference.get();
    const metrics = new GatewayMetrics({ engine, queueSizes: () => jobs.queueSizes(), openSubscriptions: () => changes.size, log });

    const http = createHttpApp(log);
    const admission = createAdmission(schema, config, log);
    const requests = requestContexts({ orm, engine, changes, reference, tokens, log });
    const subscriptions = attachSubscriptions({
      httpServer: http.server,
      path: '/graphql',
      schema,
      validationRules: admission.validationRules,
      admit: admission.admit,
      onOperation: (name, type) => metrics.countWebSocketOperation(name, type),
      production: config.production,
      actorOf: requests.actorOf,
      contextFor: requests.contextFor,
      log,
    });
    const apollo = await startApollo({ schema, httpServer: http.server, subscriptions, admission, metrics, production: config.production, log });
    // stopping Apollo drains the HTTP server and the websockets
    resources.push(apollo, (a) => a.stop());
    const port = await http.serve([probes({ orm, metrics, log }), reportRoutes({ orm, tokens, log, corsOrigins: config.corsOrigins }), graphqlRoute(apollo, requests, config.corsOrigins)], config);

    let closing: Promise<void> | undefined;
    const close = () => (closing ??= resources.close());
    return { url: `http://localhost:${port}/graphql`, port, database, orm, engine, tokens, jobs, payments, changes, log, close };
  } catch (error) {
    await resources.close().catch(() => {});
    throw error;
  }
}
