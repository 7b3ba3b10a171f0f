import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { workflowFor } from '../../workflows/registry';
import { Application } from '../db/entities';
import { localDateOf } from '../../workflows/rules/fiscal';
import { SYSTEM_ACTOR } from '../../workflows/rules/roles';
import type { WorkflowEngine } from '../engine/engine';
import { AppError, ForbiddenError } from '../../workflows/errors';
import { PAYMENTS_QUEUE, type PaymentJob } from '../engine/effects';
import { TransactionSql } from '../db/pg-sql';
import type { PaymentProvider, PaymentReceipt } from '../payments/provider';
import { causeOf, findOwnerlessPayments } from './ownerless-payments';
import { paymentJobOptions, type PaymentJobOptions } from './payment-queue';
import { isDatabaseShuttingDown } from '../db/database';

/** The durable jobs, by queue name. */
export const QUEUES = {
  /** acts on passed deadlines: unsigned loan contracts expire, undecided lifting applications escalate */
  deadlines: 'deadlines',
  /** sends loans with an instalment past due to overdue */
  loanOverdueScan: 'loan-overdue-scan',
  /** gives every payment no job will finish an owner: an incident, or its settlement if the provider paid */
  paymentSweep: 'payment-sweep',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * pg-boss's database adapter over the caller's MikroORM transaction, so a job is inserted in the
 * same transaction as the transition that orders it: pg-boss's own statement and values, sent as
 * pg-boss sends them ($1-style, bound by PostgreSQL) on the transaction's connection.
 */
function transactionDb(sql: TransactionSql): { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> } {
  return {
    async executeSql(text, values) {
      return { rows: await sql.query({ text }, values) };
    },
  };
}

/** pg-boss keeps its tables in their own schema of the same database. */
export const JOBS_SCHEMA = 'pgboss';

export interface JobsOptions {
  databaseUrl: string;
  orm: MikroORM;
  engine: WorkflowEngine;
  log: Logger;
  provider: PaymentProvider;
  payments: { retryLimit: number; timeoutSeconds: number; worker: boolean };
  /** tests of crash safety only: the worker kills its own process at this point */
  faultInjection?: 'kill-before-payment' | 'kill-after-payment' | null;
  /** put the cron schedules in place (off in tests, which run jobs with runNow) */
  schedule: boolean;
  /** the database is the gateway's embedded one: its shutdown on Ctrl-C is expected (see isDatabaseShuttingDown) */
  ownsDatabase?: boolean;
}

/**
 * Deadlines and scans as pg-boss jobs in the gateway's own PostgreSQL, so they survive restarts
 * and run once however many replicas there are. A job never changes a state itself: it finds
 * what is due by the engine's clock and sends the event through the engine, whose machine has
 * the last word (a contract signed a second before the sweep is not cancelled).
 */
export class Jobs {
  /** what each payment job carries (retries, backoff, expiry), from this start's configuration */
  readonly paymentJobOptions: PaymentJobOptions;

  private constructor(
    private readonly boss: PgBoss,
    private readonly options: JobsOptions,
  ) {
    this.paymentJobOptions = paymentJobOptions(options.payments);
  }

  static async start(options: JobsOptions): Promise<Jobs> {
    const boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'gateway-jobs',
      // maintenance retries the jobs of workers that vanished (or fails them on their last try,
      // and the payment sweep follows it): run it at least as often as a payment may take
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, options.payments.timeoutSeconds)),
    });
    boss.on('error', (error) => {
      if (options.ownsDatabase && isDatabaseShuttingDown(error)) options.log.debug({ code: (error as { code?: string }).code }, 'job queue: the embedded database is stopping');
      else options.log.error({ err: error }, 'job queue error');
    });
    await boss.start();
    const jobs = new Jobs(boss, options);
    const handlers: Record<QueueName, (log: Logger) => Promise<number>> = {
      [QUEUES.deadlines]: (log) => jobs.sweepDeadlines(log),
      [QUEUES.loanOverdueScan]: (log) => jobs.scanOverdueLoans(log),
      [QUEUES.paymentSweep]: (log) => jobs.sweepPayments(log),
    };
    // createQueue leaves an existing queue as it was: bring it to this start's settings (each job
    // also carries them, see paymentJobOptions)
    await boss.createQueue(PAYMENTS_QUEUE, { name: PAYMENTS_QUEUE, ...jobs.paymentJobOptions });
    await boss.updateQueue(PAYMENTS_QUEUE, { name: PAYMENTS_QUEUE, ...jobs.paymentJobOptions });
    if (options.payments.worker) {
      await boss.work<PaymentJob>(PAYMENTS_QUEUE, { pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
        if (job) await jobs.pay(job.data, job.retryCount, job.retryLimit, jobs.jobLog(PAYMENTS_QUEUE, job.id));
      });
    }
    options.engine.attachQueue({
      send: async (sql, queue, data) => {
        await boss.send(queue, data, { ...(queue === PAYMENTS_QUEUE ? jobs.paymentJobOptions : {}), db: transactionDb(sql) });
      },
    });
    for (const [queue, handler] of Object.entries(handlers)) {
      await boss.createQueue(queue);
      await boss.work(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
        const log = jobs.jobLog(queue, job?.id ?? null);
        const count = await handler(log);
        if (count > 0) log.info({ count }, 'job acted');
      });
    }
    if (options.schedule) {
      // deadlines are checked every minute; loans once a day, after local midnight
      await boss.schedule(QUEUES.deadlines, '* * * * *');
      await boss.schedule(QUEUES.loanOverdueScan, '5 0 * * *', undefined, { tz: 'Asia/Almaty' });
      // payments without an owner are looked for right after pg-boss's maintenance has expired the
      // jobs of vanished workers: one replica a maintenance interval, min(60 s, the payment
      // timeout), runs it; and once at start, for what ended while no server ran
      boss.on('maintenance', () => {
        boss.send(QUEUES.paymentSweep, {}).catch((error: unknown) => options.log.error({ err: error }, 'payment sweep not queued'));
      });
      await boss.send(QUEUES.paymentSweep, {});
    }
    return jobs;
  }

  /** Sends each application whose deadline has passed its workflow's deadline event; returns how many acted. */
  async sweepDeadlines(log = this.options.log): Promise<number> {
    const due = await this.options.orm.em
      .fork()
      .find(Application, { deadlineAt: { $lte: this.options.engine.now() } }, { fields: ['id', 'kind', 'machineVersion'], orderBy: { deadlineAt: 'asc' } });
    let acted = 0;
    for (const application of due) {
      const event = workflowFor(application.kind, application.machineVersion).deadlineEvent;
      if (event) acted += await this.sendEach(log, [application.id], event);
    }
    return acted;
  }

  /** Sends MARK_OVERDUE to every repaying loan with an instalment past its due date. */
  async scanOverdueLoans(log = this.options.log): Promise<number> {
    const today = localDateOf(this.options.engine.now());
    const due = await this.options.orm.em
      .fork()
      .find(Application, { kind: 'microcredit', state: 'repaying', nextDueOn: { $lt: today } }, { fields: ['id'] });
    return this.sendEach(log, due.map((a) => a.id), 'MARK_OVERDUE');
  }

  /**
   * Pays one order through the provider and reports the result to the machine. The provider is
   * idempotent on the order's key, so a retry after a crash, a timeout or an expired job never
   * pays twice; the machine takes the result once. The provider gets PAYMENT_TIMEOUT_SECONDS: the
   * handler then still has time to report before its job expires, so an attempt that times out on
   * the last try is an incident reported here, not a job pg-boss fails without a word.
   */
  async pay(order: PaymentJob, retryCount: number, retryLimit: number, log = this.options.log): Promise<void> {
    this.fault('kill-before-payment');
    let receipt;
    try {
      receipt = await this.options.provider.pay(order, { signal: this.providerDeadline() });
    } catch (error) {
      const message = this.describeProviderError(error);
      if (retryCount < retryLimit) {
        log.warn({ applicationId: order.applicationId, attempt: retryCount + 1, err: message }, 'payment failed, will retry');
        throw new Error(message);
      }
      // the last attempt failed: an incident an accountant sees and retries, unless it paid after all
      await this.reportUnpaid(log, order, message, retryCount + 1);
      return;
    }
    this.fault('kill-after-payment');
    await this.reportSettled(log, order, receipt);
  }

  /**
   * Gives every payment that no job will finish an owner (see findOwnerlessPayments): the
   * settlement if the provider did pay under its key, otherwise an incident naming the cause,
   * which an accountant retries. Safe to run anywhere and twice: the machine accepts one result.
   * Returns how many payments it reported.
   */
  async sweepPayments(log = this.options.log): Promise<number> {
    const ownerless = await findOwnerlessPayments(this.options.orm.em.fork(), JOBS_SCHEMA);
    let acted = 0;
    for (const payment of ownerless) {
      log.warn({ applicationId: payment.order.applicationId, paymentJobId: payment.jobId, jobState: payment.state }, 'payment without a job to finish it');
      acted += await this.reportUnpaid(log, payment.order, causeOf(payment), payment.attempts);
    }
    return acted;
  }

  /**
   * Reports a payment no attempt will finish. The provider is asked first: an attempt that timed
   * out or whose worker died may have paid, and a payment that succeeded is never shown as
   * failed. If the provider cannot be asked, the incident says so; the accountant's retry uses the
   * same key and cannot pay twice.
   */
  private async reportUnpaid(log: Logger, order: PaymentJob, cause: string, attempts: number): Promise<number> {
    let receipt: PaymentReceipt | null;
    let error = cause;
    try {
      receipt = await this.options.provider.lookup(order.idempotencyKey, { signal: this.providerDeadline() });
    } catch (lookupError) {
      receipt = null;
      error = `${cause}; the provider could not say whether it paid (${this.describeProviderError(lookupError)})`;
    }
    if (receipt) return this.reportSettled(log, order, receipt);
    return this.sendEach(log, [order.applicationId], 'PAYMENT_FAILED', { error, attempts });
  }

  private reportSettled(log: Logger, order: PaymentJob, receipt: PaymentReceipt): Promise<number> {
    return this.sendEach(log, [order.applicationId], 'PAYMENT_SETTLED', { providerReference: receipt.providerReference, paidAt: receipt.paidAt });
  }

  /** A provider call gives up after PAYMENT_TIMEOUT_SECONDS. */
  private providerDeadline(): AbortSignal {
    return AbortSignal.timeout(this.options.payments.timeoutSeconds * 1000);
  }

  private describeProviderError(error: unknown): string {
    if ((error as { name?: unknown } | null)?.name === 'TimeoutError') {
      return `the payment provider did not answer within ${this.options.payments.timeoutSeconds} s`;
    }
    return error instanceof Error ? error.message : String(error);
  }

  /**
   * Processes the payment jobs waiting now, retries included, one by one, as the worker would:
   * for tests and operators when the worker is off. Returns how many jobs it finished.
   */
  async processPayments(): Promise<number> {
    let processed = 0;
    for (;;) {
      const [job] = await this.boss.fetch<PaymentJob>(PAYMENTS_QUEUE, { includeMetadata: true, ignoreStartAfter: true });
      if (!job) return processed;
      try {
        await this.pay(job.data, job.retryCount, job.retryLimit, this.jobLog(PAYMENTS_QUEUE, job.id));
        await this.boss.complete(PAYMENTS_QUEUE, job.id);
      } catch (error) {
        await this.boss.fail(PAYMENTS_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
      }
      processed += 1;
    }
  }

  private fault(point: 'kill-before-payment' | 'kill-after-payment'): void {
    if (this.options.faultInjection === point) process.kill(process.pid, 'SIGKILL');
  }

  /**
   * Runs a queue's job now through pg-boss and waits until a worker has finished it: for
   * operators, and for tests that move the clock instead of waiting for the cron.
   */
  async runNow(queue: QueueName, timeoutMs = 30_000): Promise<void> {
    const id = await this.boss.send(queue, {});
    if (!id) throw new Error(`pg-boss did not accept a job for ${queue}`);
    const until = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.boss.getJobById(queue, id, { includeArchive: true });
      if (job?.state === 'completed') return;
      if (job?.state === 'failed' || job?.state === 'cancelled') throw new Error(`job ${queue} ${id} ${job.state}: ${JSON.stringify(job.output)}`);
      if (Date.now() > until) throw new Error(`job ${queue} ${id} did not finish within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Jobs waiting in each queue (created or waiting for a retry): the metrics' queue depth. */
  async queueSizes(): Promise<Record<string, number>> {
    const queues = [PAYMENTS_QUEUE, ...Object.values(QUEUES)];
    const sizes = await Promise.all(queues.map((queue) => this.boss.getQueueSize(queue)));
    return Object.fromEntries(queues.map((queue, i) => [queue, sizes[i] ?? 0]));
  }

  /** The logger of one job run: every line it writes carries the job id and its queue. */
  private jobLog(queue: string, jobId: string | null): Logger {
    return this.options.log.child({ jobId, queue });
  }

  private async sendEach(log: Logger, ids: string[], type: string, payload: Record<string, unknown> = {}): Promise<number> {
    let acted = 0;
    for (const id of ids) {
      try {
        const application = await this.options.engine.send(id, { ...payload, type }, SYSTEM_ACTOR);
        // the transition this job made, findable by the job id
        log.info({ applicationId: id, event: type, toState: application.state, version: application.version }, 'job event sent');
        acted += 1;
      } catch (error) {
        // another replica or a person got there first: the machine refused, nothing to do
        if (!(error instanceof AppError) || error instanceof ForbiddenError) throw error;
        log.debug({ applicationId: id, type, refusal: error.message }, 'job event refused');
      }
    }
    return acted;
  }
}
