import { describe, expect, it } from 'vitest';
import { causeOf, type OwnerlessPayment } from '../../src/jobs/ownerless-payments';

const order = { applicationId: 'a', kind: 'grant', amount: '1.00', recipientIin: '1', idempotencyKey: 'a:disbursement' };
const ended = (state: string, output: unknown): OwnerlessPayment => ({ jobId: 'j', order, state, attempts: 1, expireSeconds: 120, output });

describe('the cause an ownerless payment is reported with', () => {
  it.each([
    ['expired by maintenance', ended('failed', { value: { message: 'job failed by timeout in active state' } }), 'the payment attempt did not finish within 120 s (expired)'],
    ['timed out in the worker', ended('failed', { name: 'Error', message: 'handler execution exceeded 120000ms' }), 'the payment attempt did not finish within 120 s (expired)'],
    ['failed by a shutdown', ended('failed', { value: 'pg-boss shut down while active' }), 'the payment attempt was interrupted: the server shut down while paying'],
    ['failed with a recorded error', ended('failed', { name: 'Error', message: 'treasury: down' }), 'treasury: down'],
    ['failed with no output', ended('failed', null), 'the payment job failed'],
    ['cancelled', ended('cancelled', null), 'the payment job was cancelled'],
    ['archived unrun', ended('created', null), 'the payment job was archived before it ran'],
  ])('%s', (_case, payment, cause) => {
    expect(causeOf(payment)).toBe(cause);
  });
});
