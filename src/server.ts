import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type DocumentNode } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Actor } from '../workflows/rules/roles';
import { openDatabase, type Database } from './db/database';
import { migrate, openOrm } from './db/orm';
import { withStartupLock } from './db/startup-lock';
import { prepareRuntimeRole } from './db/runtime-role';
import { prepareJobSchema } from './jobs/job-schema';
import { bearerTokenOf, createTokenService, type TokenService } from './auth/tokens';
import { WorkflowEngine } from './engine/engine';
import { AppError, UnauthenticatedError, ValidationError } from '../workflows/errors';
import { isCalendarDate } from '../workflows/rules/calendar';
import { formatMoney } from '../workflows/rules/money';
import { programReport, programReportCsv } from './reports/program-report';
import { reportScope } from './auth/scope';
import type { GraphQLContext } from './graphql/context';
import { formatError } from './graphql/errors';
import { documentLimits, MAX_BATCH_OPERATIONS, nestingRefusalFor, PARSE_OPTIONS } from './graphql/limits';
import { unauthenticatedStatusPlugin } from './graphql/http-status';
import { withoutSuggestions } from './graphql/suggestions';
import { assertWithinCost } from './graphql/cost';
import { assertSafeInput } from './graphql/input-text';
import { OperationAllowList } from './graphql/allowlist';
import { OPERATIONS_DIR } from './paths';
import { ChangeFeed } from './db/change-feed';
import { attachSubscriptions } from './graphql/subscriptions';
import { Jobs } from './jobs/jobs';
import { GatewayMetrics } from './observability/metrics';
import { createLogger, withPrivacy } from './observability/logger';
import { HttpPaymentProvider } from './payments/http-provider';
import type { PaymentProvider } from './payments/provider';
import { SimulatedTreasury } from './payments/simulated-treasury';
import { createLoaders } from './graphql/loaders';
import { ReferenceCache } from './graphql/reference-cache';
import { gatewaySchema } from './graphql/schema';
import { seedDemo } from './seed/demo';
import { seedReference } from './seed/reference';

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

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Starts the whole gateway: database (embedded or DATABASE_URL), migrations, reference data,
 * the GraphQL server. Tests call this to run the real thing; `src/main.ts` only adds signals.
 */
export async function bootstrap(config: Config, options: BootstrapOptions = {}): Promise<Gateway> {
  const log = options.log ? withPrivacy(options.log) : createLogger(config.logLevel);
  // start-up lines (migrations, seeding, the embedded database) carry one id per start
  const startup = log.child({ startupId: randomUUID() });
  const database = await openDatabase(config, (line) => startup.debug({ postgres: line }));
  let orm: MikroORM | undefined;
  let jobs: Jobs | undefined;
  let changes: ChangeFeed | undefined;
  try {
    let ready!: MikroORM;
    let engine!: WorkflowEngine;
    let provider!: PaymentProvider;
    await withStartupLock(database.ownerUrl, async () => {
      // the owner's work: the schema, the reference data, the runtime role, pg-boss's schema
      const owner = await openOrm(database.ownerUrl, { pool: { min: 0, max: 1 } });
      try {
        const applied = await migrate(owner);
        if (applied.length > 0) startup.info({ migrations: applied }, 'migrations applied');
        await seedReference(owner.em.fork());
      } finally {
        await owner.close();
      }
      await prepareRuntimeRole(database.ownerUrl, database.url, database.runtimeDerived);
      await prepareJobSchema(database.ownerUrl);

      // from here on, every connection is the runtime role's
      orm = await openOrm(
        database.url,
        options.onQuery ? { debug: ['query'], logger: (message: string) => message.includes('[query]') && options.onQuery!(message) } : {},
      );
      ready = orm;
      engine = new WorkflowEngine(ready, options.now, { liftingDecisionWorkingDays: config.liftingDecisionWorkingDays });
      provider =
        config.payments.provider.kind === 'http'
          ? new HttpPaymentProvider(config.payments.provider.url, config.payments.provider.token)
          : new SimulatedTreasury(ready);
      jobs = await Jobs.start({
        databaseUrl: database.url,
        orm: ready,
        engine,
        log,
        schedule: config.scheduleJobs,
        provider,
        payments: config.payments,
        faultInjection: config.faultInjection,
      });
      // after the jobs: the demo's disbursements order payments
      if (config.seedDemo && (await seedDemo(ready.em.fork(), engine))) startup.info('demo applications seeded');
    });
    const metrics = new GatewayMetrics({ engine, queueSizes: () => jobs?.queueSizes() ?? Promise.resolve({}), openSubscriptions: () => changes?.size ?? 0, log });

    const tokens = createTokenService(config);
    const schema = await gatewaySchema();
    const changeFeed = await ChangeFeed.start(database.url, log);
    changes = changeFeed;
    const reference = new ReferenceCache(ready, () => changeFeed.listening);
    changeFeed.onReferenceChange(() => reference.invalidate());
    await reference.get();
    const app = express();
    app.disable('x-powered-by');
    const httpServer = http.createServer(app);
    const validationRules = [documentLimits];
    const allowList = config.operationAllowList ? OperationAllowList.fromDirectory(OPERATIONS_DIR) : null;
    if (allowList) log.info({ operations: allowList.operationNames.length }, 'only the allow-listed operations are accepted');
    /** What every operation must pass once it is parsed and its variables are known, over HTTP and websockets alike. */
    const admit = (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined): void => {
      assertSafeInput(document, variables);
      allowList?.assertAllowed(document);
      assertWithinCost(schema, document, variables, operationName);
    };
    /** Who the caller is, from an `Authorization: Bearer` value (HTTP header or websocket connection parameter). */
    const actorOf = async (authorization: unknown): Promise<Actor | null> => {
      if (authorization === undefined || authorization === null) return null;
      const token = bearerTokenOf(authorization);
      try {
        if (!token) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
        return await tokens.verify(token);
      } catch (error) {
        const cause = error instanceof AppError ? error : new UnauthenticatedError('the token is not valid');
        throw new GraphQLError(cause.message, { originalError: cause, extensions: { code: cause.code, http: { status: 401 } } });
      }
    };
    const contextFor = (requestId: string, actor: Actor | null): GraphQLContext => {
      const em = orm!.em.fork();
      return { requestId, log: log.child({ requestId }), actor, em, engine, loaders: createLoaders(em), changes: changeFeed, reference };
    };
    const subscriptions = attachSubscriptions({
      httpServer,
      path: '/graphql',
      schema,
      validationRules,
      admit,
      onOperation: (name, type) => metrics.countWebSocketOperation(name, type),
      production: config.production,
      actorOf,
      contextFor,
      log,
    });
    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      introspection: !config.production,
      // each operation of a batch passes every limit on its own; the batch itself is capped below
      allowBatchedHttpRequests: true,
      // the token limit; a hash-only (APQ) request's stored text and each operation of a batch are parsed here too
      parseOptions: PARSE_OPTIONS,
      validationRules,
      includeStacktraceInErrorResponses: false,
      formatError: (formatted, error) => {
        const answer = formatError(formatted, error, (e) => log.error({ err: e, path: formatted.path }, 'unexpected error'));
        return config.production ? withoutSuggestions(answer) : answer;
      },
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        {
          // websockets are closed with the HTTP server: subscriptions complete, then sockets close
          async serverWillStart() {
            return { drainServer: () => subscriptions.close() };
          },
        },
        {
          // the allow-list, and the cost limit, which needs the variables (`first: $first`)
          async requestDidStart() {
            return {
              async didResolveOperation({ document, request, operationName }) {
                admit(document, request.variables, operationName);
              },
            };
          },
        },
        {
          // the request id is in the x-request-id header and in every error, to find the log line
          async requestDidStart() {
            const started = performance.now();
            return {
              async willSendResponse({ response, contextValue, request, operationName }) {
                const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
                contextValue?.log?.info(
                  {
                    operation: operationName ?? request.operationName ?? null,
                    ms: Math.round(performance.now() - started),
                    actor: contextValue.actor?.id ?? null,
                    errors: errors.map((e) => e.extensions?.code ?? null),
                  },
                  'graphql request',
                );
                if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
                response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
                  ...error,
                  extensions: { ...error.extensions, requestId: contextValue.requestId },
                }));
              },
            };
          },
        },
        metrics.apolloPlugin,
        unauthenticatedStatusPlugin,
        // the gateway sets no cache hints; the plugin would wrap every field resolver for nothing
        ApolloServerPluginCacheControlDisabled(),
        ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ],
    });
    await apollo.start();

    // liveness: the process answers
    app.get('/healthz', (_req, res) => {
      res.json({ status: 'ok' });
    });
    // readiness: the database answers and every committed migration is applied
    app.get('/readyz', async (_req, res) => {
      try {
        await orm!.em.fork().execute('select 1');
        const pending = await orm!.getMigrator().getPendingMigrations();
        if (pending.length > 0) {
          res.status(503).json({ status: 'not ready', reason: 'migrations pending', pending: pending.map((m) => m.name) });
          return;
        }
        res.json({ status: 'ready' });
      } catch (error) {
        log.warn({ err: error }, 'readiness check failed');
        res.status(503).json({ status: 'not ready', reason: 'database unreachable' });
      }
    });
    // Prometheus metrics, without a token like the probes: to be reachable from the internal network only
    app.get('/metrics', metrics.handler);
    app.get('/reports/program.csv', async (req, res) => {
      const status: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, VALIDATION: 400 };
      try {
        const token = bearerTokenOf(req.header('authorization'));
        if (!token) throw new UnauthenticatedError('send Authorization: Bearer <token>');
        const actor = await tokens.verify(token);
        const year = String(req.query.year ?? '');
        const asOf = String(req.query.asOf ?? '');
        if (!/^\d{4}$/.test(year)) throw ValidationError.single('year', 'YEAR_FORMAT', 'year is four digits, e.g. year=2020');
        if (!isCalendarDate(asOf)) throw ValidationError.single('asOf', 'DATE_FORMAT', 'asOf is a date, e.g. asOf=2020-07-01');
        const requestedRegion = typeof req.query.region === 'string' ? req.query.region.toUpperCase() : null;
        if (requestedRegion !== null && !/^[A-Z]{3}$/.test(requestedRegion)) {
          throw ValidationError.single('region', 'REGION_FORMAT', 'region is a region code of three capital letters, e.g. region=AKM');
        }
        const region = reportScope(actor, requestedRegion);
        const report = await programReport(orm!.em.fork(), { year: Number(year), asOf, regionCode: region });
        res.type('text/csv; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="program-report-${year}-${asOf}${region ? `-${region}` : ''}.csv"`);
        res.send(programReportCsv(report, formatMoney));
      } catch (error) {
        if (!(error instanceof AppError)) {
          log.error({ err: error }, 'report failed');
          res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'internal error' } });
          return;
        }
        res.status(status[error.code] ?? 400).json({ error: { code: error.code, message: error.message, ...error.details } });
      }
    });
    app.use(
      '/graphql',
      cors(),
      express.json({ limit: '1mb' }),
      (req: express.Request, res: express.Response, next: express.NextFunction) => {
        if (Array.isArray(req.body) && req.body.length > MAX_BATCH_OPERATIONS) {
          res.status(400).json({
            errors: [
              {
                message: `a batch carries at most ${MAX_BATCH_OPERATIONS} operations; this one has ${req.body.length}`,
                extensions: { code: 'BATCH_TOO_LARGE', maxBatch: MAX_BATCH_OPERATIONS },
              },
            ],
          });
          return;
        }
        // nesting is checked on the text, before Apollo's parser recurses into it
        const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body, req.query];
        for (const operation of operations) {
          const query = (operation as { query?: unknown } | undefined)?.query;
          const tooDeep = typeof query === 'string' ? nestingRefusalFor(query) : null;
          if (tooDeep) {
            res.status(400).json({ errors: [{ message: tooDeep.message, extensions: { code: tooDeep.extensions.code, limit: tooDeep.extensions.limit } }] });
            return;
          }
        }
        next();
      },
      expressMiddleware(apollo, {
        context: async ({ req, res }): Promise<GraphQLContext> => {
          const incoming = req.header('x-request-id');
          const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
          res.setHeader('x-request-id', requestId);
          return contextFor(requestId, await actorOf(req.header('authorization')));
        },
      }),
    );

    // a body that cannot be read (too large, not JSON) is answered as GraphQL errors are, never
    // with express's HTML page and its stack trace
    app.use((error: { status?: number; type?: string }, req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (res.headersSent) return next(error);
      const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
      const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
      if (status === 500) log.error({ err: error, path: req.path }, 'unexpected error');
      const message =
        status === 413 ? 'the request body is larger than the 1 MB the gateway accepts' : status === 500 ? 'internal error' : 'the request body is not valid JSON';
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    });

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const port = (httpServer.address() as AddressInfo).port;
    const url = `http://localhost:${port}/graphql`;
    const openOrmRef = ready;
    // assigned inside the start-up lock above
    const runningJobs = jobs!;
    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      database,
      orm: ready,
      engine,
      tokens,
      jobs: runningJobs,
      payments: provider,
      changes: changeFeed,
      log,
      close() {
        closing ??= (async () => {
          await apollo.stop();
          await changeFeed.stop();
          await runningJobs.stop();
          await openOrmRef.close();
          await database.stop();
        })();
        return closing;
      },
    };
  } catch (error) {
    await changes?.stop().catch(() => {});
    await jobs?.stop().catch(() => {});
    await orm?.close().catch(() => {});
    await database.stop().catch(() => {});
    throw error;
  }
}
