import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveDocument,
  ApproveLoanDocument,
  ConfirmDisbursementDocument,
  MeDocument,
  RecommendDocument,
  RetryPaymentDocument,
  SignContractDocument,
  StartReviewDocument,
  StartVerificationDocument,
  SubmitCreditAssessmentDocument,
  SubmitGrantApplicationDocument,
  SubmitLiftingApplicationDocument,
  SubmitMicrocreditApplicationDocument,
  VerifyLiftingApplicationDocument,
} from '../../schema/client/graphql';
import { expectAccepted, expectNothingWritten, expectRefused, ok, rulesOf } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { accountant, approver, grantInput, liftingInput, manualClock, microcreditInput, newApplicant, reviewer } from '../support/fixtures';
import type { Actor } from '../../workflows/rules/roles';
import type { PaymentJob } from '../../src/engine/effects';
import { ForbiddenError, ValidationError } from '../../workflows/errors';
import type { SimulatedTreasury } from '../../src/payments/simulated-treasury';
import { JOBS_SCHEMA, QUEUES } from '../../src/jobs/jobs';
import PgBoss from 'pg-boss';

const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;
const treasury = () => t.gateway.payments as SimulatedTreasury;

const SIMULATED_FAILURE = 'treasury: the payment system is unavailable (simulated)';
const SYSTEM: Actor = { id: 'system', roles: ['system'] };

// lifting payments are decided by the receiving region's staff (see lifting-smoke.test.ts)
const pavReviewer: Actor = { id: 'reviewer-pav', roles: ['reviewer'], region: 'PAV' };
const pavApprover: Actor = { id: 'approver-pav', roles: ['approver'], region: 'PAV' };
const pavAccountant: Actor = { id: 'accountant-pav', roles: ['accountant'], region: 'PAV' };

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  // a test that fails half-way must not leave the treasury failing or a payment waiting for the next
  treasury().failNext(0);
  treasury().hang(0);
  await t.gateway.jobs.processPayments();
});

/** Everything about one application the payment tests look at, the same for every kind. */
const READ = /* GraphQL */ `
  query PaymentView($id: ID!) {
    application(id: $id) {
      id
      kind
      state
      version
      finished
      disbursedAmount
      availableActions
      payment {
        status
        orderedAt
        attempts
        providerReference
        settledAt
        error
        retriedBy {
          by
          at
        }
      }
      history {
        seq
        action
        fromState
        toState
        actor {
          id
          roles
        }
        at
      }
    }
  }
`;

interface PaymentView {
  id: string;
  kind: string;
  state: string;
  version: number;
  finished: boolean;
  disbursedAmount: string | null;
  availableActions: string[];
  payment: {
    status: string;
    orderedAt: string;
    attempts: number;
    providerReference: string | null;
    settledAt: string | null;
    error: string | null;
    retriedBy: { by: string; at: string } | null;
  } | null;
  history: Array<{ seq: number; action: string; fromState: string | null; toState: string; actor: { id: string; roles: string[] }; at: string }>;
}

async function read(id: string, actor: Actor, on: TestGateway = t): Promise<PaymentView> {
  const response = await on.gql<{ application: PaymentView }>(READ, { id }, actor);
  expectAccepted(response);
  return response.body.data!.application;
}

async function treasuryRows(id: string, on: TestGateway = t): Promise<Array<{ idempotency_key: string; kind: string; amount: string; recipient_iin: string }>> {
  return on.sql('select idempotency_key, kind, amount::text, recipient_iin from treasury_payment where application_id = $1', [id]);
}

async function paymentJobs(id: string, on: TestGateway = t): Promise<Array<{ state: string; retry_count: number; data: PaymentJob }>> {
  return on.sql(`select state::text, retry_count, data from pgboss.job where name = 'payments' and data->>'applicationId' = $1 order by created_on, id`, [id]);
}

/** One application of one kind driven up to the accountant's confirmation of its disbursement. */
interface Disbursed {
  id: string;
  kind: 'grant' | 'microcredit' | 'lifting';
  applicant: Actor & { iin: string };
  accountant: Actor;
  approver: Actor;
  amount: string;
  /** the state the confirmation leads to, which the payment never changes */
  state: string;
  /** the version right after the confirmation */
  version: number;
}

async function confirm(id: string, by: Actor, reference: string, on: TestGateway = t): Promise<number> {
  clock.advance(60_000);
  const confirmed = ok(await on.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: reference, paidOn: '2026-03-02' } }, by)).confirmDisbursement;
  return confirmed.version;
}

async function disbursedGrant(on: TestGateway = t): Promise<Disbursed> {
  const applicant = newApplicant('1991-01-15');
  const id = ok(await on.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '800000.00' }) }, applicant)).submitGrantApplication.id;
  ok(await on.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
  ok(await on.op(RecommendDocument, { input: { applicationId: id, amount: '700000.00' } }, reviewer));
  ok(await on.op(ApproveDocument, { input: { applicationId: id } }, approver));
  const version = await confirm(id, accountant, 'PO-GRANT', on);
  return { id, kind: 'grant', applicant, accountant, approver, amount: '700000.00', state: 'disbursed', version };
}

async function disbursedMicrocredit(): Promise<Disbursed> {
  const applicant = newApplicant('1984-07-09', 'male');
  const input = microcreditInput(applicant, { amount: '1200000.00', rate: '6', termMonths: 12 });
  const id = ok(await t.op(SubmitMicrocreditApplicationDocument, { input }, applicant)).submitMicrocreditApplication.id;
  ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
  const terms = { amount: '1200000.00', rate: '6', termMonths: 12, method: 'ANNUITY' as const };
  ok(await t.op(SubmitCreditAssessmentDocument, { input: { applicationId: id, note: 'Premises inspected', proposed: terms } }, reviewer));
  ok(await t.op(ApproveLoanDocument, { input: { applicationId: id, terms } }, approver));
  ok(await t.op(SignContractDocument, { input: { applicationId: id, contractNumber: `MC-${id.slice(0, 8)}`, signedOn: '2026-03-02' } }, reviewer));
  const version = await confirm(id, accountant, 'PO-LOAN');
  return { id, kind: 'microcredit', applicant, accountant, approver, amount: '1200000.00', state: 'repaying', version };
}

async function disbursedLifting(): Promise<Disbursed> {
  const applicant = newApplicant('1996-09-30', 'male');
  const id = ok(await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(applicant) }, applicant)).submitLiftingApplication.id;
  ok(await t.op(StartVerificationDocument, { input: { applicationId: id } }, pavReviewer));
  ok(await t.op(VerifyLiftingApplicationDocument, { input: { applicationId: id, referralConfirmed: true, arrivalConfirmed: true } }, pavReviewer));
  ok(await t.op(ApproveDocument, { input: { applicationId: id } }, pavApprover));
  const version = await confirm(id, pavAccountant, 'PO-LIFT');
  return { id, kind: 'lifting', applicant, accountant: pavAccountant, approver: pavApprover, amount: '170000.00', state: 'disbursed', version };
}

const KINDS = [
  ['grant', disbursedGrant],
  ['microcredit', disbursedMicrocredit],
  ['lifting', disbursedLifting],
] as const;

function actions(view: PaymentView): Array<[string, string]> {
  return view.history.map((h) => [h.action, h.actor.id]);
}

describe('a confirmed disbursement is paid by the payment job', () => {
  it.each(KINDS)('%s: PENDING after the confirmation, SETTLED once by the system after processPayments', async (_kind, drive) => {
    const app = await drive();

    // the confirmation ordered the payment, in the same transaction: one job, keyed by the application
    const pending = await read(app.id, app.accountant);
    expect(pending).toMatchObject({ state: app.state, version: app.version, disbursedAmount: app.amount });
    expect(pending.payment).toMatchObject({ status: 'PENDING', attempts: 0, providerReference: null, settledAt: null, error: null, retriedBy: null });
    expect(pending.payment!.orderedAt).toBe(clock.now().toISOString());
    expect(pending.history.at(-1)).toMatchObject({ action: 'CONFIRM_DISBURSEMENT', actor: { id: app.accountant.id }, toState: app.state });
    expect(pending.availableActions).not.toContain('RETRY_PAYMENT');
    expect(await treasuryRows(app.id)).toEqual([]);
    const jobs = await paymentJobs(app.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual({
      applicationId: app.id,
      kind: app.kind,
      amount: app.amount,
      recipientIin: app.applicant.iin,
      idempotencyKey: `${app.id}:disbursement`,
    });

    clock.advance(60_000);
    expect(await t.gateway.jobs.processPayments()).toBe(1);

    const settled = await read(app.id, app.accountant);
    // the payment changes the payment record, never the application's state
    expect(settled).toMatchObject({ state: app.state, version: app.version + 1, disbursedAmount: app.amount });
    expect(settled.payment).toMatchObject({ status: 'SETTLED', error: null, retriedBy: null });
    expect(settled.payment!.providerReference).toMatch(/^TRS-\d{8,}$/);
    expect(settled.payment!.settledAt).toEqual(expect.any(String));
    const confirmation = settled.history.at(-2)!;
    const settlement = settled.history.at(-1)!;
    expect(confirmation).toMatchObject({ action: 'CONFIRM_DISBURSEMENT', actor: { id: app.accountant.id } });
    expect(settlement).toMatchObject({
      seq: confirmation.seq + 1,
      action: 'PAYMENT_SETTLED',
      fromState: app.state,
      toState: app.state,
      actor: { id: 'system', roles: ['system'] },
      at: clock.now().toISOString(),
    });
    expect(Date.parse(settlement.at)).toBeGreaterThan(Date.parse(confirmation.at));
    expect(settled.history.filter((h) => h.action === 'PAYMENT_SETTLED')).toHaveLength(1);

    // the treasury paid exactly once, the disbursed amount, to the applicant
    expect(await treasuryRows(app.id)).toEqual([
      { idempotency_key: `${app.id}:disbursement`, kind: app.kind, amount: app.amount, recipient_iin: app.applicant.iin },
    ]);
    const [stored] = await t.sql('select disbursed_amount::text as amount, state, version from application where id = $1', [app.id]);
    expect(stored).toEqual({ amount: app.amount, state: app.state, version: app.version + 1 });
    expect((await paymentJobs(app.id)).map((j) => j.state)).toEqual(['completed']);

    expect(await t.gateway.engine.verifyReplay(app.id)).toMatchObject({ matches: true, entries: app.version + 1, storedState: app.state, replayedState: app.state });
  });
});

describe('a payment is made once, whatever runs it again', () => {
  it('a second job and concurrent runs of the same order pay once, and the machine takes one PAYMENT_SETTLED', async () => {
    const app = await disbursedGrant();
    const [job] = await paymentJobs(app.id);
    const order = job!.data;
    expect(order.idempotencyKey).toBe(`${app.id}:disbursement`);

    // two workers pay the same order at once (a job that expired while its worker was still paying)
    clock.advance(60_000);
    await Promise.all([t.gateway.jobs.pay(order, 0, 5), t.gateway.jobs.pay({ ...order }, 0, 5)]);
    const settled = await read(app.id, app.accountant);
    expect(settled.payment?.status).toBe('SETTLED');
    expect(settled.version).toBe(app.version + 1);
    expect(await treasuryRows(app.id)).toHaveLength(1);

    // the queued job still runs: the treasury answers with the first receipt, the machine refuses it
    clock.advance(60_000);
    expect(await t.gateway.jobs.processPayments()).toBe(1);
    // and a job enqueued by hand for the same order, on its last attempt
    await t.gateway.jobs.pay(order, 5, 5);

    const after = await read(app.id, app.accountant);
    expect(after.version).toBe(app.version + 1);
    expect(after.payment).toEqual(settled.payment);
    expect(after.history).toEqual(settled.history);
    expect(after.history.filter((h) => h.action === 'PAYMENT_SETTLED')).toHaveLength(1);
    expect(after.history.some((h) => h.action === 'PAYMENT_FAILED')).toBe(false);
    expect(await treasuryRows(app.id)).toHaveLength(1);
    const [count] = await t.sql('select count(*)::int as n from treasury_payment where idempotency_key = $1', [order.idempotencyKey]);
    expect(count).toEqual({ n: 1 });

    // the machine itself refuses a second settlement, even from the system
    const refused = await t.gateway.engine
      .send(app.id, { type: 'PAYMENT_SETTLED', providerReference: 'TRS-99999999', paidAt: clock.now().toISOString() }, SYSTEM)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).violations.map((v) => v.rule)).toEqual(['NO_PAYMENT_PENDING']);
    expect((await read(app.id, app.accountant)).version).toBe(app.version + 1);
    expect((await t.gateway.engine.verifyReplay(app.id)).matches).toBe(true);
  });
});

describe('a payment the provider refuses', () => {
  it('is retried with backoff and settles once the provider answers', async () => {
    const app = await disbursedMicrocredit();
    treasury().failNext(2);
    clock.advance(60_000);
    // three attempts of the one job: two failures, then the payment
    expect(await t.gateway.jobs.processPayments()).toBe(3);

    const settled = await read(app.id, app.accountant);
    expect(settled).toMatchObject({ state: app.state, version: app.version + 1 });
    expect(settled.payment).toMatchObject({ status: 'SETTLED', error: null });
    expect(settled.payment!.providerReference).toMatch(/^TRS-\d{8,}$/);
    // failed attempts that were retried are no incident: nothing about them in the history
    expect(actions(settled).slice(-2)).toEqual([
      ['CONFIRM_DISBURSEMENT', app.accountant.id],
      ['PAYMENT_SETTLED', 'system'],
    ]);
    expect(await treasuryRows(app.id)).toHaveLength(1);
    expect(await paymentJobs(app.id)).toEqual([expect.objectContaining({ state: 'completed', retry_count: 2 })]);
    expect((await t.gateway.engine.verifyReplay(app.id)).matches).toBe(true);
  });

  it('becomes an incident after the last retry, which only an accountant retries, and then pays once', async () => {
    const app = await disbursedGrant();
    treasury().failNext(100);
    clock.advance(60_000);
    // PAYMENT_RETRY_LIMIT 5: six attempts, the last of which reports the incident
    expect(await t.gateway.jobs.processPayments()).toBe(6);

    const failed = await read(app.id, app.accountant);
    expect(failed).toMatchObject({ state: app.state, version: app.version + 1, finished: false, disbursedAmount: app.amount });
    expect(failed.payment).toMatchObject({ status: 'FAILED', attempts: 6, providerReference: null, settledAt: null, retriedBy: null });
    expect(failed.payment!.error).toBe(SIMULATED_FAILURE);
    expect(failed.history.at(-1)).toMatchObject({ action: 'PAYMENT_FAILED', fromState: app.state, toState: app.state, actor: { id: 'system' } });
    expect(failed.availableActions).toContain('RETRY_PAYMENT');
    expect((await read(app.id, app.approver)).availableActions).not.toContain('RETRY_PAYMENT');
    expect(await treasuryRows(app.id)).toEqual([]);
    expect((await paymentJobs(app.id)).map((j) => [j.state, j.retry_count])).toEqual([['completed', 5]]);
    const [row] = await t.sql('select state, version from application where id = $1', [app.id]);
    expect(row).toEqual({ state: app.state, version: app.version + 1 });

    // neither the applicant nor an approver may order the payment again
    for (const person of [app.applicant, app.approver]) {
      const refused = await expectNothingWritten(t, () => t.op(RetryPaymentDocument, { input: { applicationId: app.id } }, person));
      expectRefused(refused, 'FORBIDDEN');
    }
    expect(await paymentJobs(app.id)).toHaveLength(1);

    // the accountant does: the payment is ordered again with the same key
    clock.advance(60_000);
    const retriedAt = clock.now().toISOString();
    const retried = ok(await t.op(RetryPaymentDocument, { input: { applicationId: app.id, expectedVersion: app.version + 1 } }, app.accountant)).retryPayment;
    expect(retried).toMatchObject({ state: app.state, version: app.version + 2 });
    expect(retried.payment).toMatchObject({ status: 'PENDING', error: null, providerReference: null });
    const pending = await read(app.id, app.accountant);
    expect(pending.payment).toMatchObject({ status: 'PENDING', retriedBy: { by: app.accountant.id, at: retriedAt } });
    expect(pending.history.at(-1)).toMatchObject({ action: 'RETRY_PAYMENT', actor: { id: app.accountant.id }, toState: app.state });
    expect(pending.availableActions).not.toContain('RETRY_PAYMENT');
    const jobs = await paymentJobs(app.id);
    expect(jobs).toHaveLength(2);
    expect(jobs[1]!.data).toEqual(jobs[0]!.data);

    // the provider is back
    treasury().failNext(0);
    clock.advance(60_000);
    expect(await t.gateway.jobs.processPayments()).toBe(1);
    const settled = await read(app.id, app.accountant);
    expect(settled).toMatchObject({ state: app.state, version: app.version + 3 });
    expect(settled.payment).toMatchObject({ status: 'SETTLED', error: null, retriedBy: { by: app.accountant.id, at: retriedAt } });
    expect(settled.payment!.providerReference).toMatch(/^TRS-\d{8,}$/);
    expect(actions(settled).slice(-4)).toEqual([
      ['CONFIRM_DISBURSEMENT', app.accountant.id],
      ['PAYMENT_FAILED', 'system'],
      ['RETRY_PAYMENT', app.accountant.id],
      ['PAYMENT_SETTLED', 'system'],
    ]);
    expect(await treasuryRows(app.id)).toEqual([
      { idempotency_key: `${app.id}:disbursement`, kind: 'grant', amount: app.amount, recipient_iin: app.applicant.iin },
    ]);

    // a settled payment is no incident: a retry is refused and orders nothing
    const again = await expectNothingWritten(t, () => t.op(RetryPaymentDocument, { input: { applicationId: app.id } }, app.accountant));
    expect(rulesOf(expectRefused(again, 'VALIDATION'))).toEqual(['NO_PAYMENT_INCIDENT']);
    expect(await paymentJobs(app.id)).toHaveLength(2);
    expect(await t.gateway.jobs.processPayments()).toBe(0);
    expect(await treasuryRows(app.id)).toHaveLength(1);
    expect((await t.gateway.engine.verifyReplay(app.id)).matches).toBe(true);
  });
});

describe('only the payment job reports a payment', () => {
  it('no mutation settles a payment, and the engine refuses PAYMENT_SETTLED or PAYMENT_FAILED from a person', async () => {
    const schema = await t.gql<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>('{ __schema { mutationType { fields { name } } } }');
    expectAccepted(schema);
    const mutations = schema.body.data!.__schema.mutationType.fields.map((f) => f.name);
    expect(mutations).toContain('retryPayment');
    // (a resettlement quota and a loan's repayment are other things)
    expect(mutations.filter((name) => /settle(?!ment)|paid|payment(settled|failed)|(settle|fail|mark|record|confirm)payment/i.test(name))).toEqual([]);
    const forged = await t.gql('mutation { settlePayment(input: { applicationId: "x" }) { id } }', {}, accountant);
    expectRefused(forged, 'GRAPHQL_VALIDATION_FAILED');

    // no token can carry the system role
    expectRefused(await t.op(MeDocument, {}, SYSTEM), 'UNAUTHENTICATED');

    const app = await disbursedLifting();
    const settle = { type: 'PAYMENT_SETTLED', providerReference: 'x', paidAt: '2026-03-02T09:30:00.000Z' };
    for (const person of [app.accountant, app.approver, { id: 'both-pav', roles: ['approver', 'accountant'], region: 'PAV' } as Actor]) {
      const refused = await expectNothingWritten(t, () => t.gateway.engine.send(app.id, settle, person).catch((error: unknown) => error));
      expect(refused).toBeInstanceOf(ForbiddenError);
      expect((refused as ForbiddenError).details).toMatchObject({ rule: 'ROLE' });
    }
    const failed = await expectNothingWritten(t, () =>
      t.gateway.engine.send(app.id, { type: 'PAYMENT_FAILED', error: 'x', attempts: 1 }, app.accountant).catch((error: unknown) => error),
    );
    expect(failed).toBeInstanceOf(ForbiddenError);

    const still = await read(app.id, app.accountant);
    expect(still.version).toBe(app.version);
    expect(still.payment).toMatchObject({ status: 'PENDING', providerReference: null });
    expect(await treasuryRows(app.id)).toEqual([]);

    // the job settles it, with the treasury's reference, not the forged one
    expect(await t.gateway.jobs.processPayments()).toBe(1);
    const settled = await read(app.id, app.accountant);
    expect(settled.payment?.status).toBe('SETTLED');
    expect(settled.payment?.providerReference).not.toBe('x');
    expect(settled.history.at(-1)).toMatchObject({ action: 'PAYMENT_SETTLED', actor: { id: 'system' } });
    expect((await t.gateway.engine.verifyReplay(app.id)).matches).toBe(true);
  });
});

/** How long to poll for something another part (pg-boss's maintenance) does on its own time. */
async function eventually<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('a payment no attempt finishes still ends with an owner (PAYMENT_RETRY_LIMIT 0: the first attempt is the last)', () => {
  // the provider gets 1 s, a job expires after 2 s, pg-boss's maintenance runs every second
  let short: TestGateway;
  const shortTreasury = () => short.gateway.payments as SimulatedTreasury;
  beforeAll(async () => {
    short = await startTestGateway({ now: clock.now, env: { PAYMENT_RETRY_LIMIT: '0', PAYMENT_TIMEOUT_SECONDS: '1' } });
  });
  afterAll(async () => {
    await short?.close();
  });
  afterEach(async () => {
    shortTreasury().failNext(0);
    shortTreasury().hang(0);
    shortTreasury().hangAfterPaying(0);
    await short.gateway.jobs.processPayments();
  });

  /** A worker that takes the payment job and vanishes (SIGKILL, a lost connection) without a word: a real pg-boss fetch. */
  async function takeAndVanish(): Promise<PgBoss.JobWithMetadata<PaymentJob>> {
    const rogue = new PgBoss({ connectionString: short.databaseUrl, schema: JOBS_SCHEMA, supervise: false, schedule: false, migrate: false });
    await rogue.start();
    try {
      const [job] = await rogue.fetch<PaymentJob>('payments', { includeMetadata: true });
      if (!job) throw new Error('no payment job to take');
      return job;
    } finally {
      await rogue.stop({ graceful: false, wait: true });
    }
  }

  /** pg-boss's own maintenance expires the abandoned job: on its last try, failed without calling any handler. */
  async function expired(jobId: string): Promise<{ state: string; output: unknown }> {
    const [job] = await eventually(
      'the abandoned job',
      () => short.sql<{ state: string; output: unknown }>(`select state::text, output from pgboss.job where id = $1`, [jobId]),
      (rows) => rows[0]?.state === 'failed',
    );
    return job!;
  }

  it('a worker killed on the last attempt: pg-boss fails its job silently, the sweep makes the incident, the accountant retries, paid once', async () => {
    const app = await disbursedGrant(short);
    // a payment whose job is waiting is not the sweep's business
    expect(await short.gateway.jobs.sweepPayments()).toBe(0);
    const job = await takeAndVanish();
    expect(job.retryLimit).toBe(0);

    const silent = await expired(job.id);
    expect(silent.output).toEqual({ value: { message: 'job failed by timeout in active state' } });
    // what the crash tester saw: no handler ran, no incident, nothing to do
    const stuck = await read(app.id, app.accountant, short);
    expect(stuck.payment).toMatchObject({ status: 'PENDING', attempts: 0, error: null });
    expect(stuck.availableActions).not.toContain('RETRY_PAYMENT');

    clock.advance(60_000);
    await short.gateway.jobs.runNow(QUEUES.paymentSweep);
    const failed = await read(app.id, app.accountant, short);
    expect(failed).toMatchObject({ state: app.state, version: app.version + 1 });
    expect(failed.payment).toMatchObject({ status: 'FAILED', attempts: 1, error: 'the payment attempt did not finish within 2 s (expired)', providerReference: null });
    expect(failed.history.at(-1)).toMatchObject({ action: 'PAYMENT_FAILED', actor: { id: 'system' } });
    expect(failed.availableActions).toContain('RETRY_PAYMENT');
    expect(await treasuryRows(app.id, short)).toEqual([]);
    // a second sweep (another replica) finds nothing left to report
    expect(await short.gateway.jobs.sweepPayments()).toBe(0);
    expect((await read(app.id, app.accountant, short)).version).toBe(app.version + 1);

    clock.advance(60_000);
    ok(await short.op(RetryPaymentDocument, { input: { applicationId: app.id } }, app.accountant));
    expect(await short.gateway.jobs.processPayments()).toBe(1);
    const settled = await read(app.id, app.accountant, short);
    expect(settled.payment).toMatchObject({ status: 'SETTLED', error: null });
    expect(actions(settled).slice(-4)).toEqual([
      ['CONFIRM_DISBURSEMENT', app.accountant.id],
      ['PAYMENT_FAILED', 'system'],
      ['RETRY_PAYMENT', app.accountant.id],
      ['PAYMENT_SETTLED', 'system'],
    ]);
    expect(await treasuryRows(app.id, short)).toHaveLength(1);
    expect((await short.gateway.engine.verifyReplay(app.id)).matches).toBe(true);
  });

  it('a worker killed after the treasury paid, on the last attempt: the sweep asks the provider and settles, never FAILED', async () => {
    const app = await disbursedGrant(short);
    const job = await takeAndVanish();
    // the money left before the worker died, and nothing was reported
    const receipt = await short.gateway.payments.pay(job.data);
    await expired(job.id);

    clock.advance(60_000);
    expect(await short.gateway.jobs.sweepPayments()).toBe(1);
    const settled = await read(app.id, app.accountant, short);
    expect(settled.payment).toMatchObject({ status: 'SETTLED', providerReference: receipt.providerReference, settledAt: receipt.paidAt, error: null });
    expect(settled.history.some((h) => h.action === 'PAYMENT_FAILED')).toBe(false);
    expect(settled.availableActions).not.toContain('RETRY_PAYMENT');
    expect(await treasuryRows(app.id, short)).toHaveLength(1);
  });

  it('a handler that finishes after its job expired reports the payment, and the sweep never contradicts it', async () => {
    const app = await disbursedGrant(short);
    const job = await takeAndVanish();
    await expired(job.id);
    // the slow worker was not dead after all: it pays and reports, its job stays failed
    clock.advance(60_000);
    await short.gateway.jobs.pay(job.data, job.retryCount, job.retryLimit);
    expect(await short.gateway.jobs.sweepPayments()).toBe(0);

    const settled = await read(app.id, app.accountant, short);
    expect(settled.payment?.status).toBe('SETTLED');
    expect(settled.history.some((h) => h.action === 'PAYMENT_FAILED')).toBe(false);
    expect((await paymentJobs(app.id, short)).map((j) => j.state)).toEqual(['failed']);
    expect(await treasuryRows(app.id, short)).toHaveLength(1);
  });

  it('a provider that hangs past PAYMENT_TIMEOUT_SECONDS on the last attempt: the handler gives up, pays nothing and reports the incident', async () => {
    const app = await disbursedGrant(short);
    shortTreasury().hang(3_000);
    clock.advance(60_000);
    const started = Date.now();
    expect(await short.gateway.jobs.processPayments()).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_500);

    const failed = await read(app.id, app.accountant, short);
    expect(failed.payment).toMatchObject({ status: 'FAILED', attempts: 1, error: 'the payment provider did not answer within 1 s' });
    expect(failed.availableActions).toContain('RETRY_PAYMENT');
    // the abandoned call does not pay later behind the incident's back
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await treasuryRows(app.id, short)).toEqual([]);
    expect(await short.gateway.jobs.sweepPayments()).toBe(0);
  });

  it('a provider that pays but answers after the timeout, on the last attempt: SETTLED with its receipt, never FAILED', async () => {
    const app = await disbursedGrant(short);
    shortTreasury().hangAfterPaying(3_000);
    clock.advance(60_000);
    expect(await short.gateway.jobs.processPayments()).toBe(1);

    const settled = await read(app.id, app.accountant, short);
    expect(settled.payment).toMatchObject({ status: 'SETTLED', error: null });
    expect(settled.payment!.providerReference).toMatch(/^TRS-\d{8,}$/);
    expect(settled.history.some((h) => h.action === 'PAYMENT_FAILED')).toBe(false);
    expect(await treasuryRows(app.id, short)).toHaveLength(1);
    expect(await short.gateway.jobs.sweepPayments()).toBe(0);
  });
});

describe('payment settings follow the configuration on every start', () => {
  it('PAYMENT_RETRY_LIMIT and PAYMENT_TIMEOUT_SECONDS changed between two starts on one database reach the next payment job', async () => {
    const settingsOf = (on: TestGateway, id: string) =>
      on.sql(`select retry_limit, extract(epoch from expire_in)::int as expire_seconds from pgboss.job where name = 'payments' and data->>'applicationId' = $1`, [id]);
    const queueOf = (on: TestGateway) => on.sql(`select retry_limit, expire_seconds from pgboss.queue where name = 'payments'`);

    const first = await startTestGateway({ now: clock.now, env: { PAYMENT_RETRY_LIMIT: '1', PAYMENT_TIMEOUT_SECONDS: '5' } });
    let before: Disbursed;
    try {
      before = await disbursedGrant(first);
      expect(await settingsOf(first, before.id)).toEqual([{ retry_limit: 1, expire_seconds: 10 }]);
      expect(await queueOf(first)).toEqual([{ retry_limit: 1, expire_seconds: 10 }]);
    } finally {
      await first.close();
    }

    const second = await startTestGateway({ now: clock.now, databaseUrl: first.databaseUrl, env: { PAYMENT_RETRY_LIMIT: '3', PAYMENT_TIMEOUT_SECONDS: '7' } });
    try {
      const after = await disbursedGrant(second);
      expect(await settingsOf(second, after.id)).toEqual([{ retry_limit: 3, expire_seconds: 14 }]);
      expect(await queueOf(second)).toEqual([{ retry_limit: 3, expire_seconds: 14 }]);
      // a job already ordered keeps what it was ordered with
      expect(await settingsOf(second, before.id)).toEqual([{ retry_limit: 1, expire_seconds: 10 }]);
    } finally {
      await second.close();
    }
  });
});
