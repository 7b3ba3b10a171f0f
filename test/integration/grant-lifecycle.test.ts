import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationDocument,
  ApproveDocument,
  CloseApplicationDocument,
  ConfirmDisbursementDocument,
  RecommendDocument,
  ReportFundsUseDocument,
  RequestChangesDocument,
  ResubmitGrantApplicationDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
} from '../../schema/client/graphql';
import { asType } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { accountant, approver, grantInput, manualClock, newApplicant, reviewer } from '../support/fixtures';

const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

describe('a grant application driven end to end through GraphQL', () => {
  it('goes from submission to closed, and every step can be read back', async () => {
    const applicant = newApplicant();
    const submitted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '800000.00' }) }, applicant);
    expect(submitted.body.errors).toBeUndefined();
    const app = submitted.body.data!.submitGrantApplication;
    expect(app).toMatchObject({ kind: 'GRANT', state: 'awaitingReview', version: 1, requestedAmount: '800000.00' });
    expect(app.screening).toEqual({ fiscalYear: 2026, cap: '865000.00', reasons: [] });
    expect(app.availableActions).toEqual(['WITHDRAW']);
    const id = app.id;

    clock.advance(3600_000);
    const review = await t.op(StartReviewDocument, { input: { applicationId: id, expectedVersion: 1 } }, reviewer);
    expect(review.body.data?.startReview).toMatchObject({ state: 'underReview', version: 2 });
    expect(review.body.data?.startReview.availableActions).toEqual(['RECOMMEND', 'RECORD_SITE_VISIT', 'REJECT', 'REQUEST_CHANGES']);

    const changes = await t.op(RequestChangesDocument, { input: { applicationId: id, note: 'Attach the supplier quote' } }, reviewer);
    expect(changes.body.data?.requestChanges.state).toBe('changesRequested');

    const resubmitted = await t.op(
      ResubmitGrantApplicationDocument,
      { input: { applicationId: id, expectedVersion: 3, proposal: { ...grantInput(applicant).proposal, amount: '750000.00' }, note: 'Quote attached' } },
      applicant,
    );
    expect(resubmitted.body.errors).toBeUndefined();
    expect(resubmitted.body.data?.resubmitGrantApplication).toMatchObject({ state: 'resubmitted', version: 4, requestedAmount: '750000.00' });
    expect(resubmitted.body.data?.resubmitGrantApplication.changeRequests).toEqual([
      expect.objectContaining({ by: reviewer.id, note: 'Attach the supplier quote', resubmittedAt: expect.any(String) }),
    ]);

    await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer);
    const recommended = await t.op(RecommendDocument, { input: { applicationId: id, amount: '700000.00', note: 'Visited the site' } }, reviewer);
    expect(recommended.body.data?.recommend).toMatchObject({ state: 'recommended', version: 6 });

    const approved = await t.op(ApproveDocument, { input: { applicationId: id, expectedVersion: 6 } }, approver);
    expect(approved.body.errors).toBeUndefined();
    expect(approved.body.data?.approve).toMatchObject({ state: 'disbursementPending', approvedAmount: '700000.00', decisionFiscalYear: 2026 });

    const paid = await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-1', paidOn: '2026-03-02' } }, accountant);
    expect(paid.body.data?.confirmDisbursement).toMatchObject({ state: 'disbursed', disbursedAmount: '700000.00' });

    const reported = await t.op(ReportFundsUseDocument, { input: { applicationId: id, report: 'Bought two sewing machines', amountUsed: '690000.00' } }, applicant);
    expect(reported.body.data?.reportFundsUse.state).toBe('fundsUseReported');

    const closed = await t.op(CloseApplicationDocument, { input: { applicationId: id, note: 'Receipts checked' } }, reviewer);
    expect(closed.body.data?.closeApplication).toMatchObject({ state: 'closed', version: 10, finished: true, availableActions: [] });

    const read = await t.op(ApplicationDocument, { id }, applicant);
    expect(read.body.errors).toBeUndefined();
    const stored = asType(read.body.data!.application, 'GrantApplication');
    expect(stored.history.map((h) => [h.seq, h.action, h.fromState, h.toState, h.actor.id])).toEqual([
      [1, 'SUBMIT', null, 'awaitingReview', applicant.id],
      [2, 'START_REVIEW', 'awaitingReview', 'underReview', reviewer.id],
      [3, 'REQUEST_CHANGES', 'underReview', 'changesRequested', reviewer.id],
      [4, 'RESUBMIT', 'changesRequested', 'resubmitted', applicant.id],
      [5, 'START_REVIEW', 'resubmitted', 'underReview', reviewer.id],
      [6, 'RECOMMEND', 'underReview', 'recommended', reviewer.id],
      [7, 'APPROVE', 'recommended', 'disbursementPending', approver.id],
      [8, 'CONFIRM_DISBURSEMENT', 'disbursementPending', 'disbursed', accountant.id],
      [9, 'REPORT_FUNDS_USE', 'disbursed', 'fundsUseReported', applicant.id],
      [10, 'CLOSE', 'fundsUseReported', 'closed', reviewer.id],
    ]);
    // the facts the approval decided on are in the log
    expect(stored.history[6]!.facts).toEqual({ fiscalYear: { year: 2026, mci: '4325.00', minimumWage: '85000.00' } });
    expect(stored.history[1]!.at).toBe('2026-03-02T10:00:00.000Z');
    expect(stored.decision).toMatchObject({ outcome: 'APPROVED', by: approver.id, amount: '700000.00', fiscalYear: 2026, cap: '865000.00' });
    expect(stored.applicant).toMatchObject({ iin: applicant.iin });

    // the database holds the same: amounts in numeric, one log row per version
    const [row] = await t.sql('select state, version, requested_amount::text, approved_amount::text, disbursed_amount::text, finished_at is not null as finished from application where id = $1', [id]);
    expect(row).toEqual({ state: 'closed', version: 10, requested_amount: '750000.00', approved_amount: '700000.00', disbursed_amount: '700000.00', finished: true });
    const [log] = await t.sql('select count(*)::int as n, max(seq) as max from transition_log where application_id = $1', [id]);
    expect(log).toEqual({ n: 10, max: 10 });

    // replaying the log through the machine reproduces the stored snapshot
    const replay = await t.gateway.engine.verifyReplay(id);
    expect(replay).toMatchObject({ matches: true, entries: 10, storedState: 'closed', replayedState: 'closed' });
  });

  it('closes a resubmission that no longer meets the rules as ineligible, with its reasons', async () => {
    const applicant = newApplicant('1988-12-01', 'male');
    const submitted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant);
    const id = submitted.body.data!.submitGrantApplication.id;
    await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer);
    await t.op(RequestChangesDocument, { input: { applicationId: id, note: 'The amount seems low for the equipment' } }, reviewer);
    const resubmitted = await t.op(
      ResubmitGrantApplicationDocument,
      { input: { applicationId: id, proposal: { ...grantInput(applicant).proposal, amount: '900000.00' } } },
      applicant,
    );
    expect(resubmitted.body.errors).toBeUndefined();
    const app = resubmitted.body.data!.resubmitGrantApplication;
    expect(app.state).toBe('ineligible');
    expect(app.finished).toBe(true);
    expect(app.screening.reasons.map((r) => r.rule)).toEqual(['AMOUNT_OVER_CAP']);
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });
});
