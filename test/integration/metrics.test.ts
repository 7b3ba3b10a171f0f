import pino from 'pino';
import { Registry } from 'prom-client';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveDocument,
  ConfirmDisbursementDocument,
  RecommendDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  SubmitLiftingApplicationDocument,
} from '../../schema/client/graphql';
import { ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { accountant, approver, grantInput, liftingInput, manualClock, newApplicant, reviewer } from '../support/fixtures';
import type { WorkflowEngine } from '../../src/engine/engine';
import { GatewayMetrics, MAX_OPERATION_LABELS } from '../../src/observability/metrics';

const lines: Array<Record<string, unknown>> = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});
const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now, log: pino({ level: 'info' }, sink) });
});
afterAll(async () => {
  await t?.close();
});

async function scrape(): Promise<{ contentType: string | null; text: string }> {
  const response = await fetch(t.url.replace(/\/graphql$/, '/metrics'));
  expect(response.status).toBe(200);
  return { contentType: response.headers.get('content-type'), text: await response.text() };
}

/** The value of one sample of the exposition text, or undefined when there is no such sample. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.keys(found).length === Object.keys(labels).length && Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  it('answers in the Prometheus text format, without a token, with the process metrics', async () => {
    const { contentType, text } = await scrape();
    expect(contentType).toBe(Registry.PROMETHEUS_CONTENT_TYPE);
    expect(text).toContain('# TYPE gateway_graphql_requests_total counter');
    expect(text).toContain('# TYPE gateway_transition_duration_seconds histogram');
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('counts GraphQL requests and errors per operation, with capped operation names', async () => {
    ok(await t.gql('query Regions { regions { code } }', {}, null));
    ok(await t.gql('query Regions { regions { code } }', {}, null));
    const missing = await t.gql('{ application(id: "00000000-0000-0000-0000-000000000000") { id } }', {}, reviewer);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // a name from the client that is not a plain identifier never becomes a label
    const unparsable = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions {', operationName: 'x'.repeat(65) }),
    });
    expect(unparsable.status).toBe(400);
    // a bad token fails before the operation is read
    expect((await t.gql('query Regions { regions { code } }', {}, 'Bearer not-a-token')).status).toBe(401);

    const { text } = await scrape();
    expect(sample(text, 'gateway_graphql_requests_total', { operation: 'Regions', type: 'query' })).toBe(2);
    expect(sample(text, 'gateway_graphql_request_duration_seconds_count', { operation: 'Regions' })).toBe(2);
    expect(sample(text, 'gateway_graphql_request_duration_seconds_bucket', { operation: 'Regions', le: '+Inf' })).toBe(2);
    expect(sample(text, 'gateway_graphql_requests_total', { operation: 'anonymous', type: 'query' })).toBe(1);
    expect(sample(text, 'gateway_graphql_errors_total', { operation: 'anonymous', code: 'NOT_FOUND' })).toBe(1);
    expect(sample(text, 'gateway_graphql_requests_total', { operation: 'invalid', type: 'unknown' })).toBe(1);
    expect(sample(text, 'gateway_graphql_errors_total', { operation: 'invalid', code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(sample(text, 'gateway_graphql_requests_total', { operation: 'unknown', type: 'unknown' })).toBe(1);
    expect(sample(text, 'gateway_graphql_errors_total', { operation: 'unknown', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(text).not.toContain('x'.repeat(65));
  });

  it('counts committed transitions per kind and event with their durations, and shows the payment queue filling and draining', async () => {
    const applicant = newApplicant('1992-04-04');
    const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '800000.00' }) }, applicant)).submitGrantApplication.id;
    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    ok(await t.op(RecommendDocument, { input: { applicationId: id, amount: '700000.00' } }, reviewer));
    ok(await t.op(ApproveDocument, { input: { applicationId: id } }, approver));
    // refused: nothing committed, so no transition, but an error of the operation
    const again = await t.op(ApproveDocument, { input: { applicationId: id } }, approver);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-M-1', paidOn: '2026-03-02' } }, accountant));

    let { text } = await scrape();
    for (const event of ['SUBMIT', 'START_REVIEW', 'RECOMMEND', 'APPROVE', 'CONFIRM_DISBURSEMENT']) {
      expect(sample(text, 'gateway_transitions_total', { kind: 'grant', event }), event).toBe(1);
    }
    expect(sample(text, 'gateway_transition_duration_seconds_count', { kind: 'grant' })).toBe(5);
    expect(sample(text, 'gateway_transition_duration_seconds_sum', { kind: 'grant' })).toBeGreaterThan(0);
    expect(sample(text, 'gateway_graphql_requests_total', { operation: 'Approve', type: 'mutation' })).toBe(2);
    expect(sample(text, 'gateway_graphql_errors_total', { operation: 'Approve', code: 'INVALID_TRANSITION' })).toBe(1);
    expect(sample(text, 'gateway_graphql_requests_total', { operation: 'SubmitGrantApplication', type: 'mutation' })).toBe(1);
    // the confirmation ordered one payment; the worker is off in tests, so it waits
    expect(sample(text, 'gateway_job_queue_depth', { queue: 'payments' })).toBe(1);
    expect(sample(text, 'gateway_job_queue_depth', { queue: 'deadlines' })).toBe(0);
    expect(sample(text, 'gateway_job_queue_depth', { queue: 'loan-overdue-scan' })).toBe(0);

    const [job] = await t.sql<{ id: string }>(`select id::text from pgboss.job where name = 'payments' and data->>'applicationId' = $1`, [id]);
    expect(await t.gateway.jobs.processPayments()).toBe(1);
    ({ text } = await scrape());
    expect(sample(text, 'gateway_transitions_total', { kind: 'grant', event: 'PAYMENT_SETTLED' })).toBe(1);
    expect(sample(text, 'gateway_job_queue_depth', { queue: 'payments' })).toBe(0);

    // the payment job's log lines carry its id and queue
    expect(lines.find((l) => l.msg === 'job event sent' && l.applicationId === id)).toMatchObject({
      jobId: job!.id,
      queue: 'payments',
      event: 'PAYMENT_SETTLED',
    });
  });
});

describe('job log lines', () => {
  it('carry the id of the job run that wrote them, also for the transitions a scheduled job makes', async () => {
    const person = newApplicant('1988-08-08', 'male');
    const id = ok(await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, person)).submitLiftingApplication.id;
    clock.set('2026-03-17T09:00:00Z'); // past the 10 working days to decide
    await t.gateway.jobs.runNow('deadlines');

    const sent = lines.find((l) => l.msg === 'job event sent' && l.applicationId === id);
    expect(sent).toMatchObject({ queue: 'deadlines', event: 'ESCALATE', jobId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(lines.find((l) => l.msg === 'job acted' && l.jobId === sent!.jobId)).toMatchObject({ queue: 'deadlines', count: 1 });
    const [job] = await t.sql<{ name: string }>('select name from pgboss.job where id = $1', [sent!.jobId]);
    expect(job?.name).toBe('deadlines');

    const { text } = await scrape();
    expect(sample(text, 'gateway_transitions_total', { kind: 'lifting', event: 'ESCALATE' })).toBe(1);
  });
});

describe('operation labels', () => {
  it('are the name itself, "anonymous", "invalid", or "other" once the cap of distinct names is reached', () => {
    const metrics = new GatewayMetrics({
      engine: { onCommitted: () => () => {} } as unknown as WorkflowEngine,
      queueSizes: async () => ({}),
      openSubscriptions: () => 0,
      log: pino({ level: 'silent' }),
    });
    expect(metrics.operationLabel(null)).toBe('anonymous');
    expect(metrics.operationLabel('')).toBe('anonymous');
    expect(metrics.operationLabel('Regions')).toBe('Regions');
    expect(metrics.operationLabel('x'.repeat(64))).toBe('x'.repeat(64));
    expect(metrics.operationLabel('x'.repeat(65))).toBe('invalid');
    expect(metrics.operationLabel('a-b')).toBe('invalid');
    expect(metrics.operationLabel('a"b\n')).toBe('invalid');
    for (let i = 0; metrics.operationLabel(`Op${i}`) !== 'other'; i += 1) expect(i).toBeLessThan(MAX_OPERATION_LABELS);
    expect(metrics.operationLabel('Regions')).toBe('Regions');
    expect(metrics.operationLabel('NewName')).toBe('other');
  });
});
