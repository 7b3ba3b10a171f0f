import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { openOrm } from '../db/orm';
import { WorkflowEngine } from '../engine/engine';
import { Jobs } from '../jobs/jobs';
import { HttpPaymentProvider } from '../payments/http-provider';
import type { PaymentProvider } from '../payments/provider';
import { SimulatedTreasury } from '../payments/simulated-treasury';
import { seedDemo } from '../seed/demo';
import type { ResourceStack } from './resource-stack';

/** What the gateway runs on once the owner's work is done; every connection is the runtime role's. */
export interface Runtime {
  orm: MikroORM;
  engine: WorkflowEngine;
  payments: PaymentProvider;
  jobs: Jobs;
}

export interface RuntimeOptions {
  log: Logger;
  /** the start's own logger (its lines carry the start-up id) */
  startup: Logger;
  /** the engine's clock, for tests that control time */
  now?: () => Date;
  /** called with every SQL statement the ORM runs */
  onQuery?: (sql: string) => void;
}

/**
 * Opens the runtime role's ORM, the engine, the payment provider and the jobs (each pushed on
 * `resources` as it opens), then seeds the demo applications if asked: after the jobs, since the
 * demo's disbursements order payments.
 */
export async function startRuntime(config: Config, database: Database, resources: ResourceStack, options: RuntimeOptions): Promise<Runtime> {
  const { log, onQuery } = options;
  const orm = resources.push(
    await openOrm(database.url, onQuery ? { debug: ['query'], logger: (message: string) => message.includes('[query]') && onQuery(message) } : {}),
    (o) => o.close(),
  );
  const engine = new WorkflowEngine(orm, options.now, { liftingDecisionWorkingDays: config.liftingDecisionWorkingDays, backEntryDays: config.backEntryDays });
  const provider = config.payments.provider;
  const payments = provider.kind === 'http' ? new HttpPaymentProvider(provider.url, provider.token) : new SimulatedTreasury(orm);
  const jobs = resources.push(
    await Jobs.start({
      databaseUrl: database.url,
      orm,
      engine,
      log,
      schedule: config.scheduleJobs,
      provider: payments,
      payments: config.payments,
      faultInjection: config.faultInjection,
      ownsDatabase: database.embedded,
    }),
    (j) => j.stop(),
  );
  if (config.seedDemo && (await seedDemo(orm.em.fork(), engine))) options.startup.info('demo applications seeded');
  return { orm, engine, payments, jobs };
}
