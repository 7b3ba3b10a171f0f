import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  ApplicationDocument,
  ApproveDocument,
  CloseApplicationDocument,
  ConfirmDisbursementDocument,
  RecommendDocument,
  RejectDocument,
  ReportFundsUseDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  UpsertFiscalYearDocument,
  WithdrawDocument,
} from '../../schema/client/graphql';
import { expectAccepted, expectNothingWritten, expectRefused, rulesOf } from '../support/assertions';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/gateway';
import {
  accountant,
  admin,
  approver,
  approverAccountant,
  auditor,
  grantInput,
  manualClock,
  newApplicant,
  otherRegionReviewer,
  reviewer,
  reviewer2,
  reviewerApprover,
} from '../support/fixtures';

const START = '2026-03-02T09:00:00Z';
const clock = manualClock(START);
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

type Stage = 'awaitingReview' | 'underReview' | 'recommended' | 'disbursementPending' | 'rejected' | 'closed';

/** A fresh application driven to `stage` by the usual staff; returns its id and current version. */
async function applicationAt(stage: Stage, applicant = newApplicant()): Promise<{ id: string; version: number; applicant: Actor & { iin: string } }> {
  const submitted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant);
  expectAccepted(submitted);
  const id = submitted.body.data!.submitGrantApplication.id;
  let version = 1;
  const step = async (response: Promise<GraphQLResponse<any>>) => {
    const r = await response;
    expectAccepted(r);
    version += 1;
  };
  if (stage === 'awaitingReview') return { id, version, applicant };
  await step(t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
  if (stage === 'underReview') return { id, version, applicant };
  if (stage === 'rejected') {
    await step(t.op(RejectDocument, { input: { applicationId: id, reason: 'No business plan' } }, reviewer));
    return { id, version, applicant };
  }
  await step(t.op(RecommendDocument, { input: { applicationId: id } }, reviewer));
  if (stage === 'recommended') return { id, version, applicant };
  await step(t.op(ApproveDocument, { input: { applicationId: id } }, approver));
  if (stage === 'disbursementPending') return { id, version, applicant };
  await step(t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-7', paidOn: '2026-03-02' } }, accountant));
  await step(t.op(ReportFundsUseDocument, { input: { applicationId: id, report: 'Bought a sewing machine', amountUsed: '500000.00' } }, applicant));
  await step(t.op(CloseApplicationDocument, { input: { applicationId: id } }, reviewer));
  return { id, version, applicant };
}

describe('the wrong role is refused with FORBIDDEN', () => {
  it('a reviewer may not approve', async () => {
    const { id } = await applicationAt('recommended');
    const response = await expectNothingWritten(t, () => t.op(ApproveDocument, { input: { applicationId: id } }, reviewer2));
    expect(expectRefused(response, 'FORBIDDEN').extensions?.rule).toBe('ROLE');
  });

  it('an applicant may not start the review of their own application', async () => {
    const { id, applicant } = await applicationAt('awaitingReview');
    const response = await expectNothingWritten(t, () => t.op(StartReviewDocument, { input: { applicationId: id } }, applicant));
    expect(expectRefused(response, 'FORBIDDEN').extensions?.rule).toBe('ROLE');
  });

  it('an accountant may not recommend', async () => {
    const { id } = await applicationAt('underReview');
    const response = await expectNothingWritten(t, () => t.op(RecommendDocument, { input: { applicationId: id } }, accountant));
    expect(expectRefused(response, 'FORBIDDEN').extensions?.rule).toBe('ROLE');
  });

  it('an auditor reads everything but may not withdraw', async () => {
    const { id } = await applicationAt('awaitingReview');
    const read = await t.op(ApplicationDocument, { id }, auditor);
    expectAccepted(read);
    const response = await expectNothingWritten(t, () => t.op(WithdrawDocument, { input: { applicationId: id, reason: 'audit' } }, auditor));
    expectRefused(response, 'FORBIDDEN');
  });
});

describe('the wrong region or person is answered NOT_FOUND: they may not learn the application exists', () => {
  it('a reviewer of PAV may not start the review of an AKM application', async () => {
    const { id } = await applicationAt('awaitingReview');
    const response = await expectNothingWritten(t, () => t.op(StartReviewDocument, { input: { applicationId: id } }, otherRegionReviewer));
    expectRefused(response, 'NOT_FOUND');
  });

  it("an applicant may neither read nor act on someone else's application", async () => {
    const { id } = await applicationAt('awaitingReview');
    const stranger = newApplicant('1985-07-09', 'male');
    const read = await expectNothingWritten(t, () => t.op(ApplicationDocument, { id }, stranger));
    expectRefused(read, 'NOT_FOUND');
    const withdraw = await expectNothingWritten(t, () => t.op(WithdrawDocument, { input: { applicationId: id, reason: 'not mine' } }, stranger));
    expectRefused(withdraw, 'NOT_FOUND');
  });
});

describe('an action the state does not allow is refused with INVALID_TRANSITION', () => {
  it('confirmDisbursement while awaitingReview', async () => {
    const { id } = await applicationAt('awaitingReview');
    const response = await expectNothingWritten(t, () =>
      t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-1', paidOn: '2026-03-02' } }, accountant),
    );
    const error = expectRefused(response, 'INVALID_TRANSITION');
    expect(error.message).toContain('awaitingReview');
    expect(error.message).toContain('CONFIRM_DISBURSEMENT');
    expect(error.extensions).toMatchObject({ state: 'awaitingReview', event: 'CONFIRM_DISBURSEMENT' });
  });

  it.each(['rejected', 'closed'] as const)('startReview on a %s application', async (stage) => {
    const { id } = await applicationAt(stage);
    const [row] = await t.sql('select state from application where id = $1', [id]);
    expect(row.state).toBe(stage);
    const response = await expectNothingWritten(t, () => t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    const error = expectRefused(response, 'INVALID_TRANSITION');
    expect(error.message).toContain(stage);
    expect(error.message).toContain('START_REVIEW');
    expect(error.extensions).toMatchObject({ state: stage, event: 'START_REVIEW' });
  });
});

describe('four eyes: nobody decides twice on one application', () => {
  it('a reviewer who is also an approver may not approve what they recommended', async () => {
    const { id } = await applicationAt('underReview');
    expectAccepted(await t.op(RecommendDocument, { input: { applicationId: id } }, reviewerApprover));
    const response = await expectNothingWritten(t, () => t.op(ApproveDocument, { input: { applicationId: id } }, reviewerApprover));
    const error = expectRefused(response, 'FORBIDDEN');
    expect(error.extensions?.rule).toBe('FOUR_EYES');
  });

  it('an approver who is also an accountant may not confirm the payment of what they approved', async () => {
    const { id } = await applicationAt('recommended');
    expectAccepted(await t.op(ApproveDocument, { input: { applicationId: id } }, approverAccountant));
    const response = await expectNothingWritten(t, () =>
      t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-2', paidOn: '2026-03-02' } }, approverAccountant),
    );
    const error = expectRefused(response, 'FORBIDDEN');
    expect(error.extensions?.rule).toBe('FOUR_EYES');
  });
});

describe('the grant cap of 200 MCI of the year of submission', () => {
  it('refuses 865000.01 in 2026 with AMOUNT_OVER_CAP and accepts 865000.00', async () => {
    const over = newApplicant();
    const refused = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input: grantInput(over, { amount: '865000.01' }) }, over));
    const error = expectRefused(refused, 'VALIDATION');
    expect(rulesOf(error)).toEqual(['AMOUNT_OVER_CAP']);

    const atCap = newApplicant();
    const accepted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(atCap, { amount: '865000.00' }) }, atCap);
    expectAccepted(accepted);
    expect(accepted.body.data!.submitGrantApplication).toMatchObject({ state: 'awaitingReview', requestedAmount: '865000.00' });
    expect(accepted.body.data!.submitGrantApplication.screening).toMatchObject({ fiscalYear: 2026, cap: '865000.00', reasons: [] });
  });

  it('uses the 2020 cap of 555600.00 when the clock is in 2020', async () => {
    clock.set('2020-06-15T09:00:00Z');
    try {
      const over = newApplicant();
      const refused = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input: grantInput(over, { amount: '555600.01' }) }, over));
      const error = expectRefused(refused, 'VALIDATION');
      expect(rulesOf(error)).toEqual(['AMOUNT_OVER_CAP']);
      expect(error.message).toContain('2020');

      const atCap = newApplicant();
      const accepted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(atCap, { amount: '555600.00' }) }, atCap);
      expectAccepted(accepted);
      expect(accepted.body.data!.submitGrantApplication.screening).toMatchObject({ fiscalYear: 2020, cap: '555600.00', reasons: [] });
    } finally {
      clock.set(START);
    }
  });
});

describe('the Bastau Business certificate', () => {
  it('is required of an unemployed applicant (CERTIFICATE_REQUIRED)', async () => {
    const applicant = newApplicant();
    const response = await expectNothingWritten(t, () =>
      t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { categories: ['UNEMPLOYED'], certificate: null }) }, applicant),
    );
    expect(rulesOf(expectRefused(response, 'VALIDATION'))).toEqual(['CERTIFICATE_REQUIRED']);
  });

  it('is not required of a TSA-receiving member of a large family', async () => {
    const applicant = newApplicant();
    const response = await t.op(
      SubmitGrantApplicationDocument,
      { input: grantInput(applicant, { categories: ['LARGE_FAMILY', 'TSA_RECIPIENT'], certificate: null }) },
      applicant,
    );
    expectAccepted(response);
    expect(response.body.data!.submitGrantApplication).toMatchObject({ state: 'awaitingReview', certificate: null });
  });
});

describe('who applies', () => {
  it('refuses an IIN with a wrong check digit: in a token at the door (UNAUTHENTICATED), in the form of an applicant signed in with their own (VALIDATION, IIN_INVALID)', async () => {
    const applicant = newApplicant();
    const badIin = `${applicant.iin.slice(0, 11)}${(Number(applicant.iin[11]) + 1) % 10}`;
    const actor: Actor = { id: 'x', roles: ['applicant'], iin: badIin };
    const atTheDoor = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input: grantInput({ iin: badIin }) }, actor));
    expectRefused(atTheDoor, 'UNAUTHENTICATED');
    const inTheForm = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input: grantInput({ iin: badIin }) }, applicant));
    expect(rulesOf(expectRefused(inTheForm, 'VALIDATION'))).toContain('IIN_INVALID');
  });

  it('refuses an applicant applying with an IIN other than their own (FORBIDDEN)', async () => {
    const applicant = newApplicant();
    const someoneElse = newApplicant('1979-11-23', 'male');
    const response = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input: grantInput(someoneElse) }, applicant));
    expectRefused(response, 'FORBIDDEN');
  });
});

describe('a stale expectedVersion', () => {
  it('is refused with VERSION_CONFLICT naming both versions', async () => {
    const { id, version } = await applicationAt('underReview');
    expect(version).toBe(2);
    const response = await expectNothingWritten(t, () => t.op(RecommendDocument, { input: { applicationId: id, expectedVersion: 1 } }, reviewer));
    const error = expectRefused(response, 'VERSION_CONFLICT');
    expect(error.extensions).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
  });
});

describe('a rejection needs a reason', () => {
  it('is refused without a reason', async () => {
    const { id } = await applicationAt('underReview');
    const response = await expectNothingWritten(t, () => t.gql(print(RejectDocument), { input: { applicationId: id } }, reviewer));
    expectRefused(response, 'VALIDATION');
  });

  it('is refused with a blank reason', async () => {
    const { id } = await applicationAt('underReview');
    const response = await expectNothingWritten(t, () => t.op(RejectDocument, { input: { applicationId: id, reason: '   ' } }, reviewer));
    expectRefused(response, 'VALIDATION');
  });
});

describe('an unknown application', () => {
  const unknownId = '3f2c1e0a-9b8d-4c7e-a6f5-0123456789ab';

  it('is NOT_FOUND for an action', async () => {
    const response = await expectNothingWritten(t, () => t.op(StartReviewDocument, { input: { applicationId: unknownId } }, reviewer));
    expectRefused(response, 'NOT_FOUND');
  });

  it('is NOT_FOUND for a read', async () => {
    const response = await expectNothingWritten(t, () => t.op(ApplicationDocument, { id: unknownId }, reviewer));
    expectRefused(response, 'NOT_FOUND');
  });
});

describe('fiscal years are corrected by administrators only', () => {
  const input = { year: 2026, mci: '5000.00', minimumWage: '85000.00', note: 'corrected by the budget amendment' };

  it.each([
    ['a reviewer', reviewer],
    ['an approver', approver],
    ['an accountant', accountant],
    ['an auditor', auditor],
    ['an applicant', newApplicant()],
  ] as const)('refuses %s with FORBIDDEN', async (_, actor) => {
    const response = await expectNothingWritten(t, () => t.op(UpsertFiscalYearDocument, { input }, actor));
    expectRefused(response, 'FORBIDDEN');
  });

  it('an admin correcting 2026 to an MCI of 5000.00 raises the cap to 1000000.00 at once', async () => {
    const before = newApplicant();
    const refused = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input: grantInput(before, { amount: '900000.00' }) }, before));
    expect(rulesOf(expectRefused(refused, 'VALIDATION'))).toEqual(['AMOUNT_OVER_CAP']);

    try {
      const corrected = await t.op(UpsertFiscalYearDocument, { input }, admin);
      expectAccepted(corrected);
      expect(corrected.body.data!.upsertFiscalYear).toEqual({ year: 2026, mci: '5000.00', minimumWage: '85000.00', grantCap: '1000000.00', note: input.note });
      const [row] = await t.sql("select mci::text, updated_by from fiscal_year where year = 2026");
      expect(row).toEqual({ mci: '5000.00', updated_by: admin.id });

      const applicant = newApplicant();
      const accepted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '900000.00' }) }, applicant);
      expectAccepted(accepted);
      expect(accepted.body.data!.submitGrantApplication).toMatchObject({ state: 'awaitingReview', requestedAmount: '900000.00' });
      expect(accepted.body.data!.submitGrantApplication.screening).toMatchObject({ fiscalYear: 2026, cap: '1000000.00', reasons: [] });
    } finally {
      // put the seeded value back for anything that runs after
      await t.op(UpsertFiscalYearDocument, { input: { year: 2026, mci: '4325.00', minimumWage: '85000.00', note: 'seeded default' } }, admin);
    }
  });
});
