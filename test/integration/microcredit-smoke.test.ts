import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveLoanDocument,
  ConfirmDisbursementDocument,
  MicrocreditApplicationDocument,
  RecordRepaymentDocument,
  SignContractDocument,
  StartReviewDocument,
  SubmitCreditAssessmentDocument,
  SubmitMicrocreditApplicationDocument,
} from '../../schema/client/graphql';
import { asType, ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { accountant, approver, manualClock, microcreditInput, newApplicant, reviewer } from '../support/fixtures';

const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

describe('a microcredit from request to a repaid loan', () => {
  it('runs to closed', async () => {
    const applicant = newApplicant('1985-11-02', 'male');
    const submitted = ok(await t.op(SubmitMicrocreditApplicationDocument, { input: microcreditInput(applicant, { amount: '1200000.00', rate: '6', termMonths: 12 }) }, applicant));
    const id = submitted.submitMicrocreditApplication.id;
    expect(submitted.submitMicrocreditApplication.screening.product?.product).toBe('STANDARD');
    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    ok(await t.op(SubmitCreditAssessmentDocument, { input: { applicationId: id, note: 'Herd and premises inspected', proposed: { amount: '1200000.00', rate: '6', termMonths: 12, method: 'ANNUITY' } } }, reviewer));
    const approved = ok(await t.op(ApproveLoanDocument, { input: { applicationId: id, terms: { amount: '1200000.00', rate: '6', termMonths: 12, method: 'ANNUITY' } } }, approver)).approve;
    expect(approved.state).toBe('contractPending');
    ok(await t.op(SignContractDocument, { input: { applicationId: id, contractNumber: 'MC-1', signedOn: '2026-03-02' } }, reviewer));
    const paid = ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-9', paidOn: '2026-03-02' } }, accountant)).confirmDisbursement;
    expect(paid.state).toBe('repaying');
    let loan = asType(ok(await t.op(MicrocreditApplicationDocument, { id }, accountant)).application, 'MicrocreditApplication');
    expect(loan.schedule).toHaveLength(12);
    for (const instalment of loan.schedule) {
      clock.set(`${instalment.dueOn}T06:00:00Z`);
      const r = await t.op(RecordRepaymentDocument, { input: { applicationId: id, amount: instalment.total, paidOn: instalment.dueOn, reference: `R-${instalment.number}` } }, accountant);
      expect(r.body.errors).toBeUndefined();
    }
    loan = asType(ok(await t.op(MicrocreditApplicationDocument, { id }, accountant)).application, 'MicrocreditApplication');
    expect(loan.state).toBe('closed');
    expect(loan.outstandingPrincipal).toBe('0.00');
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });
});
