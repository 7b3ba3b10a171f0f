import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  ApplicationsDocument,
  ApproveDocument,
  CloseApplicationDocument,
  ConfirmDisbursementDocument,
  DeprecatedFieldsDocument,
  LiftingApplicationDocument,
  RejectDocument,
  RequestChangesDocument,
  ResettlementQuotasDocument,
  ResubmitLiftingApplicationDocument,
  SetResettlementQuotaDocument,
  StartVerificationDocument,
  SubmitLiftingApplicationDocument,
  UpsertFiscalYearDocument,
  VerifyLiftingApplicationDocument,
  WithdrawDocument,
  type SubmitLiftingApplicationInput,
} from '../../schema/client/graphql';
import { asType, codeOf, expectNothingWritten, expectRefused, ok, rulesOf } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { admin, approver as akmApprover, liftingInput, manualClock, newApplicant, reviewer as akmReviewer } from '../support/fixtures';

// ---------------------------------------------------------------------------------------------
// Time: the engine's clock is moved by hand. Kazakhstan is UTC+5; 09:00Z is 14:00 local, so the
// local date of these instants is their UTC date. 2 March 2026 is a Monday.
// ---------------------------------------------------------------------------------------------

const clock = manualClock('2026-03-02T09:00:00Z');

/** staff of the receiving region, Pavlodar (the fixtures' staff work in Akmola) */
const reviewer: Actor = { id: 'reviewer-pav', roles: ['reviewer'], region: 'PAV' };
const approver: Actor = { id: 'approver-pav', roles: ['approver'], region: 'PAV' };
const approver2: Actor = { id: 'approver-pav-2', roles: ['approver'], region: 'PAV' };
const accountant: Actor = { id: 'accountant-pav', roles: ['accountant'], region: 'PAV' };

type Person = Actor & { iin: string };

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------

async function submit(g: TestGateway, person: Person, input: SubmitLiftingApplicationInput = liftingInput(person), actor: Actor = person) {
  return ok(await g.op(SubmitLiftingApplicationDocument, { input }, actor)).submitLiftingApplication;
}

async function read(g: TestGateway, id: string, actor: Actor = reviewer) {
  return asType(ok(await g.op(LiftingApplicationDocument, { id }, actor)).application, 'LiftingApplication');
}

async function verify(g: TestGateway, id: string, by: Actor = reviewer) {
  ok(await g.op(StartVerificationDocument, { input: { applicationId: id } }, by));
  return ok(await g.op(VerifyLiftingApplicationDocument, { input: { applicationId: id, referralConfirmed: true, arrivalConfirmed: true } }, by))
    .verifyLiftingApplication;
}

/** A new person's application, verified and waiting for the approver. */
async function verifiedApplication(g: TestGateway, familyMembers = 0): Promise<string> {
  const person = newApplicant('1992-08-08', 'male');
  const { id } = await submit(g, person, liftingInput(person, { familyMembers }));
  expect((await verify(g, id)).state).toBe('verified');
  return id;
}

async function quotaRow(g: TestGateway, region: string, year: number) {
  const [row] = await g.sql('select people, families, used_people, used_families from resettlement_quota where region_code = $1 and year = $2', [region, year]);
  return row;
}

function withReferral(input: SubmitLiftingApplicationInput, referral: SubmitLiftingApplicationInput['move']['referral']): SubmitLiftingApplicationInput {
  return { ...input, move: { ...input.move, referral } };
}

/** 2020: referral and arrival in June, decided in July. */
const input2020 = (person: Person) => liftingInput(person, { referralIssuedOn: '2020-06-01', arrivalDate: '2020-06-15' });

// ---------------------------------------------------------------------------------------------
// the amount
// ---------------------------------------------------------------------------------------------

describe('a lifting payment, from submission to closing', () => {
  it('goes to closed with 170,000.00 in 2026, recorded on the decision with the fiscal year and minimum wage', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1995-04-04', 'male');
    const submitted = await submit(t, person, liftingInput(person, { familyMembers: 2 }));
    expect(submitted).toMatchObject({
      __typename: 'LiftingApplication',
      kind: 'LIFTING',
      state: 'awaitingVerification',
      regionCode: 'PAV',
      requestedAmount: '170000.00',
      provisionalAmount: '170000.00',
      provisionalFiscalYear: 2026,
      approvedAmount: null,
      decisionFiscalYear: null,
      submittedOnBehalf: false,
      familyMembers: 2,
      decisionDeadline: '2026-03-16T19:00:00.000Z',
      escalated: false,
      escalatedAt: null,
      screening: { reasons: [] },
      availableActions: ['WITHDRAW'],
    });
    const id = submitted.id;
    const [before] = await t.sql('select deadline_at, dedup_key from application where id = $1', [id]);
    expect((before.deadline_at as Date).toISOString()).toBe('2026-03-16T19:00:00.000Z');
    expect(before.dedup_key).toBe('saryagash -> ekibastuz @ 2026');
    const quotaBefore = await quotaRow(t, 'PAV', 2026);

    clock.set('2026-03-03T09:00:00Z');
    const verified = await verify(t, id);
    expect(verified.verification).toEqual({ by: 'reviewer-pav', referralConfirmed: true, arrivalConfirmed: true });

    clock.set('2026-03-04T09:00:00Z');
    const approved = ok(await t.op(ApproveDocument, { input: { applicationId: id } }, approver)).approve;
    expect(approved).toMatchObject({ state: 'approved', requestedAmount: '170000.00', approvedAmount: '170000.00', decisionFiscalYear: 2026 });
    expect(await quotaRow(t, 'PAV', 2026)).toEqual({ ...quotaBefore, used_people: quotaBefore.used_people + 3, used_families: quotaBefore.used_families + 1 });

    clock.set('2026-03-05T09:00:00Z');
    ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'LP-2026-1', paidOn: '2026-03-05' } }, accountant));
    clock.set('2026-03-06T09:00:00Z');
    ok(await t.op(CloseApplicationDocument, { input: { applicationId: id, note: 'Paid' } }, reviewer));

    const closed = await read(t, id);
    expect(closed).toMatchObject({ state: 'closed', finished: true, approvedAmount: '170000.00', disbursedAmount: '170000.00', decisionFiscalYear: 2026, escalated: false });
    expect(closed.decision).toEqual({
      outcome: 'APPROVED',
      stage: 'APPROVAL',
      by: 'approver-pav',
      reason: null,
      amount: '170000.00',
      fiscalYear: 2026,
      minimumWage: '85000.00',
    });
    expect(closed.disbursement).toEqual({ by: 'accountant-pav', amount: '170000.00', paymentReference: 'LP-2026-1', paidOn: '2026-03-05' });
    expect(closed.closing).toEqual({ by: 'reviewer-pav' });
    expect(closed.history.map((h) => [h.seq, h.action, h.fromState, h.toState, h.actor.id])).toEqual([
      [1, 'SUBMIT', null, 'awaitingVerification', person.id],
      [2, 'START_VERIFICATION', 'awaitingVerification', 'underVerification', 'reviewer-pav'],
      [3, 'VERIFY', 'underVerification', 'verified', 'reviewer-pav'],
      [4, 'APPROVE', 'verified', 'approved', 'approver-pav'],
      [5, 'CONFIRM_DISBURSEMENT', 'approved', 'disbursed', 'accountant-pav'],
      [6, 'CLOSE', 'disbursed', 'closed', 'reviewer-pav'],
    ]);
    expect(closed.history[0]!.facts).toMatchObject({ fiscalYear: { year: 2026, minimumWage: '85000.00' }, regionExists: true, decisionWorkingDays: 10 });
    expect(closed.history[3]!.facts).toEqual({ fiscalYear: { year: 2026, mci: '4325.00', minimumWage: '85000.00' } });

    const [after] = await t.sql('select deadline_at, escalated_at, requested_amount::text, approved_amount::text, disbursed_amount::text from application where id = $1', [id]);
    expect(after).toEqual({ deadline_at: null, escalated_at: null, requested_amount: '170000.00', approved_amount: '170000.00', disbursed_amount: '170000.00' });
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });

  it('in 2020 is 85,000.00, and follows the minimum wage an administrator corrects before the decision', async () => {
    clock.set('2020-07-06T09:00:00Z');
    const first = newApplicant('1988-02-02', 'male');
    const a = await submit(t, first, input2020(first));
    expect(a).toMatchObject({ provisionalAmount: '85000.00', provisionalFiscalYear: 2020, requestedAmount: '85000.00' });
    await verify(t, a.id);
    expect(ok(await t.op(ApproveDocument, { input: { applicationId: a.id } }, approver)).approve).toMatchObject({
      approvedAmount: '85000.00',
      decisionFiscalYear: 2020,
    });
    expect((await read(t, a.id)).decision).toMatchObject({ amount: '85000.00', fiscalYear: 2020, minimumWage: '42500.00' });

    const second = newApplicant('1988-03-03', 'female');
    const b = await submit(t, second, input2020(second));
    expect(b.provisionalAmount).toBe('85000.00');
    await verify(t, b.id);
    try {
      clock.set('2020-07-07T09:00:00Z');
      ok(await t.op(UpsertFiscalYearDocument, { input: { year: 2020, mci: '2778.00', minimumWage: '50000.00', note: 'corrected' } }, admin));
      const approved = ok(await t.op(ApproveDocument, { input: { applicationId: b.id } }, approver)).approve;
      expect(approved).toMatchObject({ approvedAmount: '100000.00', requestedAmount: '100000.00', decisionFiscalYear: 2020 });
      const decided = await read(t, b.id);
      expect(decided.decision).toMatchObject({ amount: '100000.00', fiscalYear: 2020, minimumWage: '50000.00' });
      // what the person was told at submission stays on record
      expect(decided.provisionalAmount).toBe('85000.00');
      expect(decided.history.find((h) => h.action === 'APPROVE')!.facts).toEqual({ fiscalYear: { year: 2020, mci: '2778.00', minimumWage: '50000.00' } });
      // the first decision keeps the minimum wage it was made with
      expect((await read(t, a.id)).decision).toMatchObject({ amount: '85000.00', minimumWage: '42500.00' });
    } finally {
      ok(await t.op(UpsertFiscalYearDocument, { input: { year: 2020, mci: '2778.00', minimumWage: '42500.00', note: 'republican budget law 2020' } }, admin));
    }
  });

  it('is computed with the year of the decision, by the local date (a decision at 00:30 on 1 January)', async () => {
    clock.set('2021-12-31T09:00:00Z');
    const person = newApplicant('1990-10-10', 'female');
    const { id, provisionalAmount } = await submit(t, person, liftingInput(person, { referralIssuedOn: '2021-12-01', arrivalDate: '2021-12-20' }));
    expect(provisionalAmount).toBe('85000.00');
    await verify(t, id);
    const quotaBefore = await quotaRow(t, 'PAV', 2022);
    clock.set('2021-12-31T19:30:00Z'); // 00:30 on 1 January 2022 in Kazakhstan
    const approved = ok(await t.op(ApproveDocument, { input: { applicationId: id } }, approver)).approve;
    expect(approved).toMatchObject({ approvedAmount: '120000.00', decisionFiscalYear: 2022 });
    expect((await read(t, id)).decision).toMatchObject({ amount: '120000.00', fiscalYear: 2022, minimumWage: '60000.00' });
    expect(await quotaRow(t, 'PAV', 2022)).toMatchObject({ used_people: quotaBefore.used_people + 1, used_families: quotaBefore.used_families + 1 });
  });
});

// ---------------------------------------------------------------------------------------------
// once per person per move
// ---------------------------------------------------------------------------------------------

describe('once per person per move', () => {
  it('a second application for the same move is refused (DUPLICATE_APPLICATION) and writes nothing', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1993-01-15', 'male');
    await submit(t, person);
    const sameMove = liftingInput(person, { settlementFrom: ' SARYAGASH ', settlementTo: 'ekibastuz', arrivalDate: '2026-02-27' });
    sameMove.move.referral = { employmentCentre: 'Another centre', number: 'REF-OTHER', issuedOn: '2026-02-21' };
    const refused = await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input: sameMove }, person));
    expect(expectRefused(refused, 'DUPLICATE_APPLICATION').message).toMatch(/same move/);
    // staff cannot make it a second time either
    const byStaff = await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, reviewer));
    expectRefused(byStaff, 'DUPLICATE_APPLICATION');

    // another person on the same move, and the same person's move of another year, are other claims
    const neighbour = newApplicant('1993-01-16', 'female');
    await submit(t, neighbour);
    const lastYear = await submit(t, person, liftingInput(person, { referralIssuedOn: '2025-11-01', arrivalDate: '2025-11-10' }));
    expect(lastYear.state).toBe('awaitingVerification');
  });

  it('five identical submissions at once: exactly one is accepted, one row is written', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1994-06-06', 'male');
    const responses = await Promise.all(Array.from({ length: 5 }, () => t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, person)));
    const accepted = responses.filter((r) => r.body.errors === undefined);
    expect(accepted).toHaveLength(1);
    expect(responses.map(codeOf).filter((c) => c !== undefined)).toEqual(Array(4).fill('DUPLICATE_APPLICATION'));
    const rows = await t.sql('select a.id from application a join applicant p on p.id = a.applicant_id where p.iin = $1', [person.iin]);
    expect(rows).toEqual([{ id: accepted[0]!.body.data!.submitLiftingApplication.id }]);
    const [{ count }] = await t.sql('select count(*)::int as count from transition_log where application_id = $1', [rows[0]!.id]);
    expect(count).toBe(1);
  });

  it('is allowed again once the first application was withdrawn', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1991-11-11', 'female');
    const first = await submit(t, person);
    ok(await t.op(WithdrawDocument, { input: { applicationId: first.id, reason: 'Wrong referral number' } }, person));
    const second = await submit(t, person);
    expect(second.id).not.toBe(first.id);
    expect(second.state).toBe('awaitingVerification');
    // and the new one blocks a third
    expectRefused(await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, person), 'DUPLICATE_APPLICATION');
  });

  it('a resubmission may not turn one application into a duplicate of another', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1991-10-10', 'male');
    await submit(t, person);
    const other = await submit(t, person, liftingInput(person, { settlementFrom: 'Turkistan' }));
    ok(await t.op(StartVerificationDocument, { input: { applicationId: other.id } }, reviewer));
    ok(await t.op(RequestChangesDocument, { input: { applicationId: other.id, note: 'Where did you move from?' } }, reviewer));
    const sameAsFirst = liftingInput(person, { settlementFrom: 'saryagash' }).move;
    const refused = await expectNothingWritten(t, () =>
      t.op(ResubmitLiftingApplicationDocument, { input: { applicationId: other.id, move: sameAsFirst, note: 'From Saryagash' } }, person),
    );
    expectRefused(refused, 'DUPLICATE_APPLICATION');
    expect((await read(t, other.id)).state).toBe('changesRequested');
    const corrected = liftingInput(person, { settlementFrom: 'Kentau' }).move;
    expect(ok(await t.op(ResubmitLiftingApplicationDocument, { input: { applicationId: other.id, move: corrected } }, person)).resubmitLiftingApplication).toMatchObject({
      state: 'resubmitted',
      settlementFrom: 'Kentau',
    });
  });

  it('is allowed again once the first application was rejected', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1991-12-12', 'male');
    const first = await submit(t, person);
    ok(await t.op(StartVerificationDocument, { input: { applicationId: first.id } }, reviewer));
    const rejected = ok(await t.op(RejectDocument, { input: { applicationId: first.id, reason: 'The employment centre has no such referral' } }, reviewer)).reject;
    expect(rejected.state).toBe('rejected');
    const second = await submit(t, person);
    expect(second.state).toBe('awaitingVerification');
  });
});

// ---------------------------------------------------------------------------------------------
// employment-centre staff
// ---------------------------------------------------------------------------------------------

describe('employment-centre staff submitting on behalf', () => {
  it('a reviewer of the receiving region submits for the person; the person sees it', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1985-05-05', 'female');
    const submitted = await submit(t, person, liftingInput(person), reviewer);
    expect(submitted).toMatchObject({ state: 'awaitingVerification', submittedOnBehalf: true, provisionalAmount: '170000.00' });
    const seen = await read(t, submitted.id, person);
    expect(seen.submittedOnBehalf).toBe(true);
    expect(seen.history[0]).toMatchObject({ action: 'SUBMIT', actor: { id: 'reviewer-pav' } });
    expect(seen.availableActions).toEqual(['WITHDRAW']);
  });

  it('another region\'s reviewer may not (FORBIDDEN), nor an approver of the region, nor a person for someone else', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1985-06-06', 'female');
    expectRefused(await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, akmReviewer)), 'FORBIDDEN');
    expectRefused(await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, approver)), 'FORBIDDEN');
    expectRefused(await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, akmApprover)), 'FORBIDDEN');
    const stranger = newApplicant('1985-07-07', 'male');
    expectRefused(await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, stranger)), 'FORBIDDEN');
  });
});

// ---------------------------------------------------------------------------------------------
// bad input
// ---------------------------------------------------------------------------------------------

describe('bad input is refused with its code, and nothing is written', () => {
  it.each<{ name: string; input: (p: Person) => SubmitLiftingApplicationInput; rule: string }>([
    { name: 'the same settlement as origin and destination', input: (p) => liftingInput(p, { settlementFrom: 'Ekibastuz', settlementTo: '  EKIBASTUZ ' }), rule: 'SAME_SETTLEMENT' },
    { name: 'an arrival date in the future', input: (p) => liftingInput(p, { arrivalDate: '2026-03-03' }), rule: 'IN_FUTURE' },
    { name: 'an arrival before the referral', input: (p) => liftingInput(p, { referralIssuedOn: '2026-02-20', arrivalDate: '2026-02-19' }), rule: 'BEFORE_REFERRAL' },
    { name: 'a missing referral (referral: null)', input: (p) => withReferral(liftingInput(p), null), rule: 'REFERRAL_REQUIRED' },
    { name: 'a referral dated in the future', input: (p) => liftingInput(p, { referralIssuedOn: '2026-03-04', arrivalDate: '2026-03-02' }), rule: 'IN_FUTURE' },
    { name: 'an unknown receiving region', input: (p) => liftingInput(p, { regionCode: 'XXX' }), rule: 'REGION_UNKNOWN' },
  ])('$name → VALIDATION $rule', async ({ input, rule }) => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1996-09-09', 'male');
    const response = await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input: input(person) }, person));
    expect(rulesOf(expectRefused(response, 'VALIDATION'))).toContain(rule);
  });

  it('a missing referral: the referral field left out entirely → REFERRAL_REQUIRED', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1996-09-10', 'male');
    const input = liftingInput(person);
    delete input.move.referral;
    const response = await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input }, person));
    expect(rulesOf(expectRefused(response, 'VALIDATION'))).toEqual(['REFERRAL_REQUIRED']);
  });

  it('negative family members and a blank employer are refused at the edge', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1996-09-11', 'male');
    const negative = liftingInput(person, { familyMembers: -1 });
    expectRefused(await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input: negative }, person)), 'VALIDATION');
    const blank = liftingInput(person);
    blank.move.employer = '   ';
    expectRefused(await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input: blank }, person)), 'VALIDATION');
  });

  it('an amount sent by the client in the submission is refused', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1996-09-12', 'female');
    const input = liftingInput(person);
    // as a variable: the input type has no amount, so the variables do not coerce
    const asVariable = await expectNothingWritten(t, () =>
      t.gql(print(SubmitLiftingApplicationDocument), { input: { ...input, move: { ...input.move, amount: '170000.00' } } }, person),
    );
    expectRefused(asVariable, 'VALIDATION');
    expect(asVariable.body.errors![0]!.message).toMatch(/amount/);
    const inDocument = await expectNothingWritten(t, () =>
      t.gql(
        `mutation { submitLiftingApplication(input: {
            applicant: { iin: "${person.iin}", fullName: "X", categories: [UNEMPLOYED], locality: URBAN, settlement: "Ekibastuz" },
            regionCode: "PAV", amount: "170000.00",
            move: { referral: { employmentCentre: "c", number: "1", issuedOn: "2026-02-20" }, settlementFrom: "Saryagash",
                    settlementTo: "Ekibastuz", arrivalDate: "2026-02-25", infrastructureProject: "p", employer: "e", amount: "1.00" } }) { id } }`,
        {},
        person,
      ),
    );
    expectRefused(inDocument, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('approve with an amount on a verified lifting application → VALIDATION AMOUNT_COMPUTED, nothing written', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const id = await verifiedApplication(t);
    const quotaBefore = await quotaRow(t, 'PAV', 2026);
    const response = await expectNothingWritten(t, () => t.op(ApproveDocument, { input: { applicationId: id, amount: '1.00' } }, approver));
    const error = expectRefused(response, 'VALIDATION');
    expect(rulesOf(error)).toEqual(['AMOUNT_COMPUTED']);
    expect(await quotaRow(t, 'PAV', 2026)).toEqual(quotaBefore);
    expect((await read(t, id)).state).toBe('verified');
    // the computed amount is the same with the right one typed in: still refused
    expectRefused(await t.op(ApproveDocument, { input: { applicationId: id, amount: '170000.00' } }, approver), 'VALIDATION');
  });

  it('the verifier may not approve (four eyes), even holding both roles', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const dual: Actor = { id: 'both-pav', roles: ['reviewer', 'approver'], region: 'PAV' };
    const person = newApplicant('1996-09-13', 'female');
    const { id } = await submit(t, person);
    await verify(t, id, dual);
    const refused = await expectNothingWritten(t, () => t.op(ApproveDocument, { input: { applicationId: id } }, dual));
    expect(expectRefused(refused, 'FORBIDDEN').extensions?.rule).toBe('FOUR_EYES');
  });
});

// ---------------------------------------------------------------------------------------------
// the service deadline
// ---------------------------------------------------------------------------------------------

describe('the service deadline', () => {
  it('escalates an undecided application after a restart, once; one decided in time or not yet due is left alone', async () => {
    const deadlineClock = manualClock('2026-03-02T09:00:00Z');
    let first: TestGateway | undefined = await startTestGateway({ now: deadlineClock.now });
    let second: TestGateway | undefined;
    try {
      const late = newApplicant('1989-01-01', 'male');
      const inTime = newApplicant('1989-02-02', 'female');
      const notYetDue = newApplicant('1989-03-03', 'male');
      const overdue = await submit(first, late);
      expect(overdue.decisionDeadline).toBe('2026-03-16T19:00:00.000Z');
      const decided = await submit(first, inTime);

      deadlineClock.set('2026-03-12T09:00:00Z');
      await verify(first, decided.id);
      ok(await first.op(ApproveDocument, { input: { applicationId: decided.id } }, approver));
      const later = await submit(first, notYetDue); // Thursday 12 March: due by the end of 26 March
      expect(later.decisionDeadline).toBe('2026-03-26T19:00:00.000Z');

      // a minute before the deadline, the sweep leaves everything as it is
      deadlineClock.set('2026-03-16T18:59:00Z');
      const [rowBefore] = await first.sql('select version, snapshot, escalated_at from application where id = $1', [overdue.id]);
      await first.gateway.jobs.runNow('deadlines');
      expect((await first.sql('select version, snapshot, escalated_at from application where id = $1', [overdue.id]))[0]).toEqual(rowBefore);

      const databaseUrl = first.databaseUrl;
      await first.close();
      first = undefined;

      deadlineClock.set('2026-03-17T09:00:00Z'); // 15 days after the submission
      second = await startTestGateway({ now: deadlineClock.now, databaseUrl });
      await second.gateway.jobs.runNow('deadlines');

      const escalated = await read(second, overdue.id);
      expect(escalated, 'the deadline sweep did not escalate an application undecided after 10 working days').toMatchObject({
        state: 'awaitingVerification',
        finished: false,
        escalated: true,
        escalatedAt: '2026-03-17T09:00:00.000Z',
      });
      expect(escalated.history.at(-1)).toMatchObject({ seq: 2, action: 'ESCALATE', fromState: 'awaitingVerification', toState: 'awaitingVerification', actor: { id: 'system' } });
      const [row] = await second.sql('select deadline_at, escalated_at from application where id = $1', [overdue.id]);
      expect(row.deadline_at).toBeNull();
      expect((row.escalated_at as Date).toISOString()).toBe('2026-03-17T09:00:00.000Z');
      expect((await second.gateway.engine.verifyReplay(overdue.id)).matches).toBe(true);

      const list = ok(await second.op(ApplicationsDocument, { filter: { escalated: true, regionCode: 'PAV' } }, reviewer)).applications;
      expect(list.edges.map((e) => e.node.id)).toEqual([overdue.id]);
      const notEscalated = ok(await second.op(ApplicationsDocument, { filter: { escalated: false, regionCode: 'PAV' } }, reviewer)).applications;
      expect(notEscalated.edges.map((e) => e.node.id).sort()).toEqual([decided.id, later.id].sort());

      for (const id of [decided.id, later.id]) {
        const other = await read(second, id);
        expect(other.escalated).toBe(false);
        expect(other.history.map((h) => h.action)).not.toContain('ESCALATE');
      }

      // a second run does nothing
      const snapshot = await second.sql('select id, version, snapshot, escalated_at, deadline_at from application order by id');
      const [{ count: logBefore }] = await second.sql('select count(*)::int as count from transition_log');
      await second.gateway.jobs.runNow('deadlines');
      expect(await second.sql('select id, version, snapshot, escalated_at, deadline_at from application order by id')).toEqual(snapshot);
      expect((await second.sql('select count(*)::int as count from transition_log'))[0]!.count).toBe(logBefore);

      // escalated, the application is still decided the ordinary way
      await verify(second, overdue.id);
      expect(ok(await second.op(ApproveDocument, { input: { applicationId: overdue.id } }, approver)).approve).toMatchObject({ state: 'approved', approvedAmount: '170000.00' });
      expect((await read(second, overdue.id)).escalated).toBe(true);
    } finally {
      await first?.close();
      await second?.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// the resettlement quota
// ---------------------------------------------------------------------------------------------

describe('the resettlement quota', () => {
  const quotaClock = manualClock('2026-03-02T09:00:00Z');
  let q: TestGateway;
  beforeAll(async () => {
    q = await startTestGateway({ now: quotaClock.now });
  });
  afterAll(async () => {
    await q?.close();
  });

  const setQuota = (people: number, families: number) =>
    q.op(SetResettlementQuotaDocument, { input: { regionCode: 'PAV', year: 2026, people, families, note: 'test' } }, admin);
  const approve = (id: string, by: Actor = approver) => q.op(ApproveDocument, { input: { applicationId: id } }, by);

  it('is reserved on approval, refuses an approval beyond it with nothing written, and an administrator raises it', async () => {
    expect(ok(await setQuota(2, 2)).setResettlementQuota).toEqual({
      regionCode: 'PAV',
      year: 2026,
      people: 2,
      families: 2,
      usedPeople: 0,
      usedFamilies: 0,
      remainingPeople: 2,
      remainingFamilies: 2,
    });
    const family = await verifiedApplication(q, 1);
    const alone = await verifiedApplication(q, 0);

    expect(ok(await approve(family)).approve.state).toBe('approved');
    expect(await quotaRow(q, 'PAV', 2026)).toEqual({ people: 2, families: 2, used_people: 2, used_families: 1 });

    const refused = await expectNothingWritten(q, () => approve(alone, approver2));
    expect(expectRefused(refused, 'QUOTA_EXHAUSTED').extensions).toMatchObject({ regionCode: 'PAV', year: 2026 });
    expect(await quotaRow(q, 'PAV', 2026)).toEqual({ people: 2, families: 2, used_people: 2, used_families: 1 });
    expect(await read(q, alone)).toMatchObject({ state: 'verified', approvedAmount: null, decision: null });

    const raised = ok(await setQuota(3, 2)).setResettlementQuota;
    expect(raised).toMatchObject({ people: 3, usedPeople: 2, remainingPeople: 1, remainingFamilies: 1 });
    expect(ok(await approve(alone, approver2)).approve).toMatchObject({ state: 'approved', approvedAmount: '170000.00' });
    expect(await quotaRow(q, 'PAV', 2026)).toEqual({ people: 3, families: 2, used_people: 3, used_families: 2 });

    const [pav] = ok(await q.op(ResettlementQuotasDocument, { year: 2026, regionCode: 'PAV' }, reviewer)).resettlementQuotas;
    expect(pav).toEqual({ regionCode: 'PAV', year: 2026, people: 3, families: 2, usedPeople: 3, usedFamilies: 2, remainingPeople: 0, remainingFamilies: 0, note: 'test' });
    const all = ok(await q.op(ResettlementQuotasDocument, { year: 2020 }, reviewer)).resettlementQuotas;
    expect(all.find((r) => r.regionCode === 'PAV')).toMatchObject({ people: 2325, families: 578 });
    expect(all.find((r) => r.regionCode === 'AKM')).toMatchObject({ people: 1000, families: 250 });
  });

  it('may not be set below what approvals already use (VALIDATION QUOTA_BELOW_USED)', async () => {
    const before = await quotaRow(q, 'PAV', 2026);
    expect(before).toMatchObject({ used_people: 3, used_families: 2 });
    const fewerPeople = expectRefused(await setQuota(2, 10), 'VALIDATION');
    expect(rulesOf(fewerPeople)).toEqual(['QUOTA_BELOW_USED']);
    expect(rulesOf(expectRefused(await setQuota(10, 1), 'VALIDATION'))).toEqual(['QUOTA_BELOW_USED']);
    expect(await quotaRow(q, 'PAV', 2026)).toEqual(before);
    // exactly what is used is allowed; only an administrator sets it
    expect(ok(await setQuota(3, 2)).setResettlementQuota).toMatchObject({ remainingPeople: 0, remainingFamilies: 0 });
    expectRefused(await q.op(SetResettlementQuotaDocument, { input: { regionCode: 'PAV', year: 2026, people: 100, families: 100 } }, reviewer), 'FORBIDDEN');
  });

  it('two approvals at once competing for the last place: exactly one passes', async () => {
    const a = await verifiedApplication(q, 0);
    const b = await verifiedApplication(q, 0);
    ok(await setQuota(4, 10)); // one place left
    const responses = await Promise.all([approve(a, approver), approve(b, approver2)]);
    const codes = responses.map(codeOf);
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c !== undefined)).toEqual(['QUOTA_EXHAUSTED']);
    expect(await quotaRow(q, 'PAV', 2026)).toEqual({ people: 4, families: 10, used_people: 4, used_families: 3 });
    const states = [(await read(q, a)).state, (await read(q, b)).state].sort();
    expect(states).toEqual(['approved', 'verified']);
  });
});

describe('the API’s names', () => {
  it('the screening reads as every kind’s does (screening { reasons at }); screeningReasons (deprecated) still answers', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const person = newApplicant('1991-01-21', 'female');
    const { id } = await submit(t, person);
    expect((await read(t, id)).screening).toEqual({ reasons: [], at: '2026-03-02T09:00:00.000Z' });
    const old = asType(ok(await t.op(DeprecatedFieldsDocument, { id }, reviewer)).application, 'LiftingApplication');
    expect(old.screeningReasons).toEqual([]);
  });
});
