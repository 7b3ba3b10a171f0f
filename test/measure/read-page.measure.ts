import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PAGE_QUERY, REVIEW_STATES } from '../../bench/phases/read';
import {
  ApproveLoanDocument,
  ConfirmDisbursementDocument,
  RecordRepaymentDocument,
  SignContractDocument,
  StartReviewDocument,
  SubmitCreditAssessmentDocument,
  SubmitGrantApplicationDocument,
  SubmitMicrocreditApplicationDocument,
} from '../../schema/client/graphql';
import { ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { accountant, approver, grantInput, manualClock, microcreditInput, newApplicant, reviewer } from '../support/fixtures';

/**
 * In-process figures of the reviewer's page (not a test: `npx vitest run -c vitest.measure.config.ts`):
 * CPU ms per request (this process: gateway and client), SQL statements per request, response bytes.
 */
const clock = manualClock('2026-03-02T09:00:00Z');
const statements: string[] = [];
let t: TestGateway;
const REPETITIONS = Number(process.env.MEASURE_REPETITIONS ?? 300);

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now, onQuery: (sql) => statements.push(sql) });
  for (let n = 0; n < 50; n += 1) {
    clock.advance(60_000);
    const applicant = newApplicant('1990-03-03', n % 2 ? 'male' : 'female');
    if (n % 2) ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant));
    else ok(await t.op(SubmitMicrocreditApplicationDocument, { input: microcreditInput(applicant) }, applicant));
  }
  for (let n = 0; n < 50; n += 1) {
    clock.advance(60_000);
    const applicant = newApplicant('1985-04-04', 'male');
    const terms = { amount: '600000.00', rate: '6', termMonths: 24, method: 'ANNUITY' as const };
    const input = microcreditInput(applicant, { amount: terms.amount, rate: terms.rate, termMonths: terms.termMonths });
    const id = ok(await t.op(SubmitMicrocreditApplicationDocument, { input }, applicant)).submitMicrocreditApplication.id;
    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    ok(await t.op(SubmitCreditAssessmentDocument, { input: { applicationId: id, note: 'checked', proposed: terms } }, reviewer));
    ok(await t.op(ApproveLoanDocument, { input: { applicationId: id, terms } }, approver));
    ok(await t.op(SignContractDocument, { input: { applicationId: id, contractNumber: `MC-${n}`, signedOn: '2026-03-02' } }, reviewer));
    ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: `PO-${process.pid}-${n}`, paidOn: '2026-03-02' } }, accountant));
    for (let r = 0; r < 3; r += 1) {
      ok(await t.op(RecordRepaymentDocument, { input: { applicationId: id, amount: '30000.00', paidOn: '2026-03-02', reference: `R-${process.pid}-${n}-${r}` } }, accountant));
    }
  }
  clock.set('2026-09-15T09:00:00Z');
}, 600_000);
afterAll(async () => {
  await t?.close();
});

/** A loan officer's page of loans with their terms, schedule figures and repayments: kind-specific fields. */
const LOANS_QUERY = `query Loans($region: String, $states: [String!], $first: Int!) {
  applications(filter: { regionCode: $region, states: $states }, first: $first) {
    edges { node { id state ... on MicrocreditApplication { termMonths requestedRate financialInstitution
      decision { terms { amount rate termMonths } } contract { contractNumber } disbursement { amount paidOn }
      outstandingPrincipal arrears payoffAmount repayments { amount paidOn } } } }
  }
}`;

async function measure(label: string, variables: Record<string, unknown>, query = PAGE_QUERY) {
  const token = `Bearer ${await t.token(reviewer)}`;
  const body = JSON.stringify({ query, variables });
  const once = async () => {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: token }, body });
    return response.text();
  };
  const sample = JSON.parse(await once()) as { data: { applications: { edges: unknown[] } }; errors?: unknown };
  expect(sample.errors).toBeUndefined();
  expect(sample.data.applications.edges).toHaveLength(50);
  for (let i = 0; i < 30; i += 1) await once();
  statements.length = 0;
  let bytes = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < REPETITIONS; i += 1) bytes += (await once()).length;
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const figures = {
    label,
    cpuMsPerRequest: Math.round(((used.user + used.system) / 1000 / REPETITIONS) * 100) / 100,
    wallMsPerRequest: Math.round((wall / REPETITIONS) * 100) / 100,
    statementsPerRequest: statements.length / REPETITIONS,
    responseBytes: Math.round(bytes / REPETITIONS),
  };
  console.log(JSON.stringify(figures));
  appendFileSync('/tmp/reads-measure.log', `${process.env.MEASURE_TAG ?? ''} ${JSON.stringify(figures)}\n`);
}

it('measures the reviewer page', async () => {
  await measure('inbox: 25 grants + 25 microcredits, awaiting review', { region: 'AKM', states: REVIEW_STATES, first: 50 });
  await measure('repaying microcredits (9 log rows each)', { region: 'AKM', states: ['repaying'], first: 50 });
  await measure('repaying microcredits, kind-specific fields (6 context keys)', { region: 'AKM', states: ['repaying'], first: 50 }, LOANS_QUERY);
}, 600_000);
