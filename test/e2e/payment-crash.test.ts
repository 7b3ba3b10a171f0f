import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTokenService } from '../../src/auth/tokens';
import { openOrm } from '../../src/db/orm';
import { fiscalYearOf, localDateOf } from '../../workflows/rules/fiscal';
import { makeIin } from '../../workflows/rules/iin';
import type { Actor } from '../../workflows/rules/roles';
import { carryForwardYear } from '../../src/seed/reference';
import { createTestDatabase, TEST_JWT_SECRET } from '../support/gateway';
import { buildServerOnce, startServer, stop, type Started } from '../support/server-process';

beforeAll(buildServerOnce, 180_000);

const tokens = createTokenService({ jwt: { kind: 'secret', secret: TEST_JWT_SECRET }, dataDir: os.tmpdir() });
const token = (actor: Actor) => tokens.mint!({ sub: actor.id, roles: actor.roles, region: actor.region, iin: actor.iin });

async function call(server: Started, bearer: string, text: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query: text, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

interface PaymentRead {
  payment: { status: string; attempts: number; error: string | null; providerReference: string | null };
  availableActions: string[];
}

const READ = 'query($id: ID!) { application(id: $id) { payment { status attempts error providerReference } availableActions } }';

/** Polls the application as the accountant until its payment leaves PENDING (the server works on its own time). */
async function settledOrFailed(server: Started, accountant: string, id: string, timeoutMs = 30_000): Promise<PaymentRead> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const read = (await call(server, accountant, READ, { id })).data.application as PaymentRead;
    if (read.payment.status !== 'PENDING' || Date.now() > until) return read;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function ledger(databaseUrl: string, id: string): Promise<{ payments: number; settlements: number; failures: number; failedJobs: number }> {
  const orm = await openOrm(databaseUrl);
  try {
    const [row] = await orm.em.fork().execute(
      `select (select count(*)::int from treasury_payment where application_id = ?) as payments,
              (select count(*)::int from transition_log where application_id = ? and event_type = 'PAYMENT_SETTLED') as settlements,
              (select count(*)::int from transition_log where application_id = ? and event_type = 'PAYMENT_FAILED') as failures,
              (select count(*)::int from pgboss.job where name = 'payments' and data->>'applicationId' = ? and state = 'failed') as "failedJobs"`,
      [id, id, id, id],
    );
    return row as { payments: number; settlements: number; failures: number; failedJobs: number };
  } finally {
    await orm.close();
  }
}

describe('a payment whose server is killed on its last attempt still ends with an owner', () => {
  // PAYMENT_RETRY_LIMIT 0: the first attempt is the last; a 2 s timeout: the job expires after 4 s
  // and pg-boss's maintenance (and the payment sweep after it) runs every 2 s
  it.each([
    ['kill-before-payment', 'FAILED'],
    ['kill-after-payment', 'SETTLED'],
  ])('SIGKILL at %s on the last attempt, then a restart: %s, paid at most once', async (point, outcome) => {
    const databaseUrl = await createTestDatabase();
    const orm = await openOrm(databaseUrl);
    await carryForwardYear(orm.em.fork(), fiscalYearOf(new Date()));
    await orm.close();
    const env = { DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, SEED_DEMO: 'false', LOG_LEVEL: 'warn', PAYMENT_RETRY_LIMIT: '0', PAYMENT_TIMEOUT_SECONDS: '2' };
    const iin = makeIin('1987-07-07', 'female', point === 'kill-before-payment' ? 51 : 53);
    const applicant = await token({ id: `applicant:${iin}`, roles: ['applicant'], iin });
    const reviewer = await token({ id: 'reviewer-c', roles: ['reviewer'], region: 'AKM' });
    const approver = await token({ id: 'approver-c', roles: ['approver'], region: 'AKM' });
    const accountant = await token({ id: 'accountant-c', roles: ['accountant'], region: 'AKM' });

    const first = await startServer({ ...env, FAULT_INJECTION: point });
    const died = new Promise<NodeJS.Signals | null>((resolve) => first.child.on('exit', (_code, signal) => resolve(signal)));
    const submitted = await call(first, applicant,
      `mutation($iin: String!) { submitGrantApplication(input: { applicant: { iin: $iin, fullName: "C", categories: [UNEMPLOYED], locality: RURAL, settlement: "S" },
        regionCode: "AKM", proposal: { amount: "400000.00", businessIdea: "idea", purpose: EQUIPMENT, certificate: { number: "BB", issuedOn: "2020-01-01" } } }) { id } }`,
      { iin });
    const id = submitted.data.submitGrantApplication.id as string;
    for (const [bearer, mutation] of [
      [reviewer, 'startReview'],
      [reviewer, 'recommend'],
      [approver, 'approve'],
    ] as const) {
      expect((await call(first, bearer, `mutation($id: ID!) { ${mutation}(input: { applicationId: $id }) { state } }`, { id })).errors).toBeUndefined();
    }
    const confirmed = await call(first, accountant,
      `mutation($id: ID!) { confirmDisbursement(input: { applicationId: $id, paymentReference: "PO-C", paidOn: "${localDateOf(new Date())}" }) { state payment { status } } }`, { id });
    expect(confirmed.data.confirmDisbursement).toEqual({ state: 'disbursed', payment: { status: 'PENDING' } });
    expect(await died).toBe('SIGKILL');

    const restarted = Date.now();
    const second = await startServer(env);
    try {
      const ended = await settledOrFailed(second, accountant, id);
      const noticedWithinMs = Date.now() - restarted;
      if (outcome === 'FAILED') {
        // nothing was paid: an incident naming the cause, which the accountant may retry
        expect(ended.payment).toEqual({ status: 'FAILED', attempts: 1, error: 'the payment attempt did not finish within 4 s (expired)', providerReference: null });
        expect(ended.availableActions).toContain('RETRY_PAYMENT');
        expect(await ledger(databaseUrl, id)).toEqual({ payments: 0, settlements: 0, failures: 1, failedJobs: 1 });

        const retried = await call(second, accountant, 'mutation($id: ID!) { retryPayment(input: { applicationId: $id }) { payment { status } } }', { id });
        expect(retried.data.retryPayment.payment.status).toBe('PENDING');
        const paid = await settledOrFailed(second, accountant, id);
        expect(paid.payment.status).toBe('SETTLED');
        expect(paid.payment.providerReference).toMatch(/^TRS-\d{8,}$/);
        expect(paid.availableActions).not.toContain('RETRY_PAYMENT');
        expect(await ledger(databaseUrl, id)).toEqual({ payments: 1, settlements: 1, failures: 1, failedJobs: 1 });
      } else {
        // the treasury had paid before the kill: the sweep asks it and settles, never FAILED
        expect(ended.payment).toMatchObject({ status: 'SETTLED', error: null });
        expect(ended.payment.providerReference).toMatch(/^TRS-\d{8,}$/);
        expect(ended.availableActions).not.toContain('RETRY_PAYMENT');
        expect(await ledger(databaseUrl, id)).toEqual({ payments: 1, settlements: 1, failures: 0, failedJobs: 1 });
      }
      // the job expires 4 s after it started; maintenance and the sweep follow within 2 s
      expect(noticedWithinMs).toBeLessThan(20_000);
      console.info(`${point}: ${ended.payment.status} ${noticedWithinMs} ms after the restart began`);
    } finally {
      await stop(second, 'SIGTERM');
    }
  }, 120_000);
});
