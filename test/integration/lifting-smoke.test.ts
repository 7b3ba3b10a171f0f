import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveDocument,
  CloseApplicationDocument,
  ConfirmDisbursementDocument,
  LiftingApplicationDocument,
  StartVerificationDocument,
  SubmitLiftingApplicationDocument,
  VerifyLiftingApplicationDocument,
} from '../../schema/client/graphql';
import { asType, codeOf, ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { liftingInput, manualClock, newApplicant } from '../support/fixtures';
import type { Actor } from '../../workflows/rules/roles';

const clock = manualClock('2026-03-02T09:00:00Z');
const reviewer: Actor = { id: 'reviewer-pav', roles: ['reviewer'], region: 'PAV' };
const approver: Actor = { id: 'approver-pav', roles: ['approver'], region: 'PAV' };
const accountant: Actor = { id: 'accountant-pav', roles: ['accountant'], region: 'PAV' };
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

describe('a lifting payment', () => {
  it('is two minimum wages of the year of the decision, paid once', async () => {
    const person = newApplicant('1995-04-04', 'male');
    const submitted = ok(await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, person)).submitLiftingApplication;
    expect(submitted).toMatchObject({ state: 'awaitingVerification', provisionalAmount: '170000.00', requestedAmount: '170000.00' });
    const again = await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person, { arrivalDate: '2026-02-26' }) }, person);
    expect(codeOf(again)).toBe('DUPLICATE_APPLICATION');
    const id = submitted.id;
    ok(await t.op(StartVerificationDocument, { input: { applicationId: id } }, reviewer));
    ok(await t.op(VerifyLiftingApplicationDocument, { input: { applicationId: id, referralConfirmed: true, arrivalConfirmed: true } }, reviewer));
    const approved = ok(await t.op(ApproveDocument, { input: { applicationId: id } }, approver)).approve;
    expect(approved).toMatchObject({ state: 'approved', approvedAmount: '170000.00', decisionFiscalYear: 2026 });
    ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'LP-1', paidOn: '2026-03-02' } }, accountant));
    ok(await t.op(CloseApplicationDocument, { input: { applicationId: id } }, reviewer));
    const read = asType(ok(await t.op(LiftingApplicationDocument, { id }, reviewer)).application, 'LiftingApplication');
    expect(read.state).toBe('closed');
    expect(read.decision).toMatchObject({ amount: '170000.00', fiscalYear: 2026, minimumWage: '85000.00' });
    const [quota] = await t.sql('select used_people, used_families from resettlement_quota where region_code = $1 and year = 2026', ['PAV']);
    expect(quota).toEqual({ used_people: 1, used_families: 1 });
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });
});
