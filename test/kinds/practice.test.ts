import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, accountant, approver, manualClock, newApplicant, REGION, reviewer, reviewerApprover } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { registerPracticeKind } from './practice';

/**
 * The README's "Adding a kind" recipe, proved: a fourth kind written only under test/kinds —
 * its machine composed from the kit, its GraphQL module, its migration — is registered as the
 * recipe says (one registration per registry, the migration in the list) and then lives on the
 * gateway like the programme's own kinds: submission through the shared path, the shared actions,
 * four eyes, the budget, the payment job, the read path's projection, previews and the report.
 * No file under src/ or workflows/ names it.
 */
registerPracticeKind();

const clock = manualClock('2026-04-06T09:00:00Z');
let t: TestGateway;

const FIELDS = `id kind state version requestedAmount approvedAmount disbursedAmount availableActions
  ... on PracticeApplication { employer months monthlyWage reviewStarted { by } placementConfirmed { by note } closing { by note } withdrawal { by } }
  history(last: 10) { action toState actor { id } }
  payment { status }`;

function placement(applicant: { iin: string }, months = 3) {
  return {
    applicant: { iin: applicant.iin, fullName: 'Dana Seitkali', categories: ['UNEMPLOYED'], locality: 'URBAN', settlement: 'Kokshetau' },
    regionCode: REGION,
    placement: { employer: 'Kokshetau Bakery LLP', months, monthlyWage: '150000.00' },
  };
}

async function submit(applicant: ReturnType<typeof newApplicant>, months = 3) {
  return t.gql(`mutation ($input: SubmitPracticeApplicationInput!) { submitPracticeApplication(input: $input) { ${FIELDS} } }`, { input: placement(applicant, months) }, applicant);
}

/** The shared mutations the test kind is driven with, and their input types. */
const INPUT_OF = { startReview: 'ActionInput', confirmPlacement: 'NoteActionInput', requestChanges: 'RequestChangesInput', resubmitPracticeApplication: 'ResubmitPracticeApplicationInput', approve: 'AmountDecisionInput', confirmDisbursement: 'ConfirmDisbursementInput', closeApplication: 'NoteActionInput', withdraw: 'WithdrawInput' };

async function act(mutation: keyof typeof INPUT_OF, input: Record<string, unknown>, actor: Parameters<TestGateway['gql']>[2]) {
  return t.gql(`mutation ($input: ${INPUT_OF[mutation]}!) { ${mutation}(input: $input) { ${FIELDS} } }`, { input }, actor);
}

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
  const limit = await t.gql(
    `mutation ($input: FundingLimitInput!) { setFundingLimit(input: $input) { kind limitAmount } }`,
    { input: { regionCode: REGION, kind: 'PRACTICE', year: 2026, limitAmount: '1000000.00' } },
    admin,
  );
  expect(limit.body.errors).toBeUndefined();
});
afterAll(async () => {
  await t?.close();
});

describe('a fourth kind added by the recipe, from test/ alone', () => {
  it('is in the schema: its type, its submission, its name in the kinds enum', async () => {
    const { body } = await t.gql(`{
      kinds: __type(name: "ApplicationKind") { enumValues { name } }
      practice: __type(name: "PracticeApplication") { interfaces { name } }
      workflowDefinitions(kind: PRACTICE) { kind version latest initialState states { name final } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.kinds.enumValues.map((v: { name: string }) => v.name)).toEqual(expect.arrayContaining(['GRANT', 'MICROCREDIT', 'LIFTING', 'PRACTICE']));
    expect(body.data.practice.interfaces).toEqual(expect.arrayContaining([{ name: 'Application' }, { name: 'Node' }]));
    expect(body.data.workflowDefinitions).toEqual([
      expect.objectContaining({ kind: 'PRACTICE', version: 1, latest: true, initialState: 'screening' }),
    ]);
    const finals = body.data.workflowDefinitions[0].states.filter((s: { final: boolean }) => s.final).map((s: { name: string }) => s.name);
    expect(finals.sort()).toEqual(['closed', 'ineligible', 'rejected', 'withdrawn']);
  });

  it('goes from submission to closed through the shared actions, with four eyes, the budget and the payment', async () => {
    const applicant = newApplicant('2001-09-12');
    const submitted = await submit(applicant);
    expect(submitted.body.errors).toBeUndefined();
    const app = submitted.body.data.submitPracticeApplication;
    expect(app).toMatchObject({ kind: 'PRACTICE', state: 'awaitingReview', version: 1, requestedAmount: '450000.00', employer: 'Kokshetau Bakery LLP', months: 3, monthlyWage: '150000.00' });
    expect(app.availableActions).toEqual(['WITHDRAW']);

    clock.advance(3600_000);
    const review = await act('startReview', { applicationId: app.id, expectedVersion: 1 }, reviewer);
    expect(review.body.errors).toBeUndefined();
    expect(review.body.data.startReview.state).toBe('underReview');

    // its own action, through its own mutation: the step before the decision
    const confirmed0 = await act('confirmPlacement', { applicationId: app.id, expectedVersion: 2, note: 'called the employer' }, reviewerApprover);
    expect(confirmed0.body.errors).toBeUndefined();
    expect(confirmed0.body.data.confirmPlacement).toMatchObject({ state: 'placementConfirmed', placementConfirmed: { by: reviewerApprover.id, note: 'called the employer' } });

    // the kit's four eyes: who confirmed may not approve, even holding both roles
    const own = await act('approve', { applicationId: app.id, expectedVersion: 3 }, reviewerApprover);
    expect(own.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });

    const approved = await act('approve', { applicationId: app.id, expectedVersion: 3, note: 'Protocol 7' }, approver);
    expect(approved.body.errors).toBeUndefined();
    expect(approved.body.data.approve).toMatchObject({ state: 'disbursementPending', approvedAmount: '450000.00' });

    const limits = await t.gql(`{ fundingLimits(year: 2026, kind: PRACTICE) { regionCode reserved committed } }`, {}, admin);
    expect(limits.body.data.fundingLimits).toEqual([{ regionCode: REGION, reserved: '450000.00', committed: '0.00' }]);

    const confirmed = await act('confirmDisbursement', { applicationId: app.id, expectedVersion: 4, paymentReference: 'PP-2026-0042', paidOn: '2026-04-06' }, accountant);
    expect(confirmed.body.errors).toBeUndefined();
    expect(confirmed.body.data.confirmDisbursement).toMatchObject({ state: 'paid', disbursedAmount: '450000.00', payment: { status: 'PENDING' } });
    expect(await t.gateway.jobs.processPayments()).toBe(1);

    const closed = await act('closeApplication', { applicationId: app.id, expectedVersion: 6, note: 'practice completed' }, reviewer);
    expect(closed.body.errors).toBeUndefined();
    expect(closed.body.data.closeApplication).toMatchObject({ state: 'closed', payment: { status: 'SETTLED' }, closing: { by: reviewer.id, note: 'practice completed' } });
    expect(closed.body.data.closeApplication.history.map((h: { action: string }) => h.action)).toEqual([
      'SUBMIT', 'START_REVIEW', 'CONFIRM_PLACEMENT', 'APPROVE', 'CONFIRM_DISBURSEMENT', 'PAYMENT_SETTLED', 'CLOSE',
    ]);

    const report = await t.gql(`{ programReport(year: 2026, asOf: "2026-04-30") { totals { kind disbursedCount disbursedAmount } } }`, {}, admin);
    expect(report.body.errors).toBeUndefined();
    expect(report.body.data.programReport.totals).toContainEqual({ kind: 'PRACTICE', disbursedCount: 1, disbursedAmount: '450000.00' });
  });

  it('is read through the page projection: its own fields from its fragment on a list of its kind', async () => {
    const { body } = await t.gql(`{ applications(filter: { kind: PRACTICE }, first: 10) { edges { node { ${FIELDS} } } } }`, {}, reviewer);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.applications.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node).toMatchObject({ kind: 'PRACTICE', employer: 'Kokshetau Bakery LLP', months: 3 });
  });

  it('refuses an ineligible placement at submission with its reason, and writes nothing', async () => {
    const applicant = newApplicant('2002-01-20');
    const before = await t.sql(`select count(*)::int as n from application where kind = 'practice'`);
    const refused = await submit(applicant, 9);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION' });
    expect(JSON.stringify(refused.body.errors?.[0]?.extensions)).toContain('MONTHS_OUT_OF_RANGE');
    expect(await t.sql(`select count(*)::int as n from application where kind = 'practice'`)).toEqual(before);
  });

  it('goes back for changes through the kit and is screened again on its own resubmission', async () => {
    const applicant = newApplicant('2001-02-03');
    const id = (await submit(applicant)).body.data.submitPracticeApplication.id;
    await act('startReview', { applicationId: id, expectedVersion: 1 }, reviewer);
    const back = await act('requestChanges', { applicationId: id, expectedVersion: 2, note: 'the employer asks for four months' }, reviewer);
    expect(back.body.data.requestChanges.state).toBe('changesRequested');
    const again = await act('resubmitPracticeApplication', { applicationId: id, expectedVersion: 3, placement: { employer: 'Kokshetau Bakery LLP', months: 4, monthlyWage: '150000.00' } }, applicant);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.resubmitPracticeApplication).toMatchObject({ state: 'resubmitted', months: 4, requestedAmount: '600000.00' });
    const tooLong = await t.gql(
      `query ($id: ID!, $payload: JSONObject) { previewAction(applicationId: $id, action: START_REVIEW, payload: $payload) { allowed toState } }`,
      { id },
      reviewer,
    );
    expect(tooLong.body.data.previewAction).toMatchObject({ allowed: true, toState: 'underReview' });
  });

  it('previews a shared action on it, and its applicant withdraws it through the shared mutation', async () => {
    const applicant = newApplicant('2000-11-02');
    const { body } = await submit(applicant);
    const id = body.data.submitPracticeApplication.id;
    const preview = await t.gql(
      `query ($id: ID!) { previewAction(applicationId: $id, action: START_REVIEW, payload: {}) { allowed toState } }`,
      { id },
      reviewer,
    );
    expect(preview.body.errors).toBeUndefined();
    expect(preview.body.data.previewAction).toMatchObject({ allowed: true, toState: 'underReview' });
    const withdrawn = await act('withdraw', { applicationId: id, expectedVersion: 1, reason: 'found a job' }, applicant);
    expect(withdrawn.body.data.withdraw).toMatchObject({ state: 'withdrawn', withdrawal: { by: applicant.id } });
  });
});
