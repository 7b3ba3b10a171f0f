import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  ApplicationDatesDocument,
  ApproveDocument,
  ConfirmDisbursementDocument,
  FiscalYearBackEntryDocument,
  ProgramReportDocument,
  RecommendDocument,
  ReportFundsUseDocument,
  SetFiscalYearBackEntryDocument,
  SetFundingLimitDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  type ProgramReportQuery,
} from '../../schema/client/graphql';
import { expectNothingWritten, expectRefused, ok, rulesOf } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { accountant, admin, approver, grantInput, manualClock, newApplicant, reviewer } from '../support/fixtures';

// Programme time is UTC+5: 09:00Z on 5 January 2026 is 14:00 local, and "today" is 2026-01-05.
// The default back-entry window is 7 days: 2025-12-29 is still inside it, 2025-12-28 is not.
const TODAY = '2026-01-05';
const clock = manualClock(`${TODAY}T09:00:00Z`);
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
  // the grant budgets of both years, so a decision reserves against the year of its date
  for (const year of [2025, 2026]) {
    ok(await t.op(SetFundingLimitDocument, { input: { regionCode: 'AKM', kind: 'GRANT', year, limitAmount: '50000000.00', plannedCount: 10, plannedAmount: '5000000.00' } }, admin));
  }
});
afterAll(async () => {
  await t?.close();
});

type Applicant = Actor & { iin: string };

/** A grant application submitted on `on` (today when null) for `amount`. */
async function submitted(on: string | null, amount = '500000.00'): Promise<{ id: string; applicant: Applicant }> {
  const applicant = newApplicant();
  const input = { ...grantInput(applicant, { amount, certificate: { number: 'BB-2025-0077', issuedOn: '2025-06-01' } }), ...(on ? { occurredOn: on } : {}) };
  const id = ok(await t.op(SubmitGrantApplicationDocument, { input }, applicant)).submitGrantApplication.id;
  applicants.set(id, applicant);
  return { id, applicant };
}

/** Submitted on `on`, reviewed and recommended on the same day. */
async function recommended(on: string | null, amount = '500000.00'): Promise<string> {
  const { id } = await submitted(on, amount);
  const dated = on ? { occurredOn: on } : {};
  ok(await t.op(StartReviewDocument, { input: { applicationId: id, ...dated } }, reviewer));
  ok(await t.op(RecommendDocument, { input: { applicationId: id, ...dated } }, reviewer));
  return id;
}

const applicants = new Map<string, Applicant>();

async function logRows(id: string) {
  return t.sql<{ seq: number; event_type: string; occurred_on: string; on: string | null }>(
    `select seq, event_type, occurred_on::text as occurred_on, event->>'on' as on from transition_log where application_id = $1 order by seq`,
    [id],
  );
}

async function versionOf(id: string): Promise<number> {
  const [row] = await t.sql<{ version: number }>('select version from application where id = $1', [id]);
  return row!.version;
}

/** Refused with one VALIDATION whose rule and field are these, and nothing written at all. */
async function refusedWithNothingWritten(id: string | null, request: () => ReturnType<TestGateway['op']>, rule: string, field = 'occurredOn') {
  const before = id ? { version: await versionOf(id), log: await logRows(id) } : null;
  const response = await expectNothingWritten(t, request);
  const error = expectRefused(response, 'VALIDATION');
  expect(rulesOf(error)).toEqual([rule]);
  expect((error.extensions?.violations as Array<{ field: string }>)[0]!.field).toBe(field);
  if (id) expect({ version: await versionOf(id), log: await logRows(id) }).toEqual(before);
  return error;
}

describe('a business date is checked before anything is written', () => {
  it('refuses a decision dated in the future (IN_FUTURE)', async () => {
    const id = await recommended(null);
    await refusedWithNothingWritten(id, () => t.op(ApproveDocument, { input: { applicationId: id, occurredOn: '2026-01-06' } }, approver), 'IN_FUTURE');
  });

  it('refuses a submission dated in the future', async () => {
    const applicant = newApplicant();
    await refusedWithNothingWritten(null, () => t.op(SubmitGrantApplicationDocument, { input: { ...grantInput(applicant), occurredOn: '2026-01-06' } }, applicant), 'IN_FUTURE');
  });

  it('refuses a decision dated before the application\'s previous event (BEFORE_PREVIOUS_EVENT), accepts the same day', async () => {
    const id = await recommended('2026-01-03');
    await refusedWithNothingWritten(id, () => t.op(ApproveDocument, { input: { applicationId: id, occurredOn: '2026-01-02' } }, approver), 'BEFORE_PREVIOUS_EVENT');
    ok(await t.op(ApproveDocument, { input: { applicationId: id, occurredOn: '2026-01-03' } }, approver));
  });

  it('dates a payment by its paidOn, checks it the same way, and refuses a different occurredOn (DATE_CONFLICT)', async () => {
    const id = await recommended('2026-01-02');
    ok(await t.op(ApproveDocument, { input: { applicationId: id, occurredOn: '2026-01-03' } }, approver));
    await refusedWithNothingWritten(
      id,
      () => t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-BD-1', paidOn: '2026-01-02' } }, accountant),
      'BEFORE_PREVIOUS_EVENT',
      'paidOn',
    );
    await refusedWithNothingWritten(
      id,
      () => t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-BD-1', paidOn: '2026-01-04', occurredOn: '2026-01-05' } }, accountant),
      'DATE_CONFLICT',
    );
    ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-BD-1', paidOn: '2026-01-04' } }, accountant));
    expect((await logRows(id)).at(-1)).toMatchObject({ event_type: 'CONFIRM_DISBURSEMENT', occurred_on: '2026-01-04', on: '2026-01-04' });

    // the payment job's result is the gateway's own event: dated today, it leaves the previous business date at 4 January
    expect(await t.gateway.jobs.processPayments()).toBe(1);
    expect((await logRows(id)).at(-1)).toMatchObject({ event_type: 'PAYMENT_SETTLED', occurred_on: TODAY, on: TODAY });
    const report = { applicationId: id, report: 'Bought a sewing machine', amountUsed: '500000.00', occurredOn: '2026-01-04' };
    ok(await t.op(ReportFundsUseDocument, { input: report }, applicants.get(id)!));
  });
});

describe('the back-entry window', () => {
  it('refuses beyond BACK_ENTRY_DAYS (BACK_ENTRY_CLOSED) until an administrator opens the year, and keeps the opening', async () => {
    // 7 days back is inside the window
    const inside = await submitted('2025-12-29');
    expect((await logRows(inside.id))[0]).toMatchObject({ occurred_on: '2025-12-29' });

    const applicant = newApplicant();
    const input = { ...grantInput(applicant, { certificate: { number: 'BB-2025-0078', issuedOn: '2025-06-01' } }), occurredOn: '2025-11-20' };
    const refused = await refusedWithNothingWritten(null, () => t.op(SubmitGrantApplicationDocument, { input }, applicant), 'BACK_ENTRY_CLOSED');
    expect(refused.message).toContain('2025');

    // only an administrator opens a year
    expectRefused(await t.op(SetFiscalYearBackEntryDocument, { input: { year: 2025, open: true } }, approver), 'FORBIDDEN');
    const opened = ok(await t.op(SetFiscalYearBackEntryDocument, { input: { year: 2025, open: true, note: 'the Akmola commission minutes of November' } }, admin));
    expect(opened.setFiscalYearBackEntry).toMatchObject({ year: 2025, open: true });

    const id = ok(await t.op(SubmitGrantApplicationDocument, { input }, applicant)).submitGrantApplication.id;
    ok(await t.op(StartReviewDocument, { input: { applicationId: id, occurredOn: '2025-11-25' } }, reviewer));
    ok(await t.op(RecommendDocument, { input: { applicationId: id, occurredOn: '2025-11-27' } }, reviewer));
    const approved = ok(await t.op(ApproveDocument, { input: { applicationId: id, occurredOn: '2025-12-01' } }, approver)).approve;
    expect(approved.decisionFiscalYear).toBe(2025);

    // 2024 is still closed
    const other = newApplicant();
    await refusedWithNothingWritten(null, () => t.op(SubmitGrantApplicationDocument, { input: { ...grantInput(other), occurredOn: '2024-12-20' } }, other), 'BACK_ENTRY_CLOSED');

    // closing is a change like opening; both kept with who and when
    ok(await t.op(SetFiscalYearBackEntryDocument, { input: { year: 2025, open: false } }, admin));
    const setting = ok(await t.op(FiscalYearBackEntryDocument, { year: 2025 }, reviewer)).fiscalYearBackEntry;
    expect(setting).toMatchObject({
      year: 2025,
      open: false,
      history: [
        { open: true, note: 'the Akmola commission minutes of November', changedBy: admin.id, changedAt: expect.any(String) },
        { open: false, note: null, changedBy: admin.id, changedAt: expect.any(String) },
      ],
    });
    const stranger = newApplicant();
    await refusedWithNothingWritten(
      null,
      () => t.op(SubmitGrantApplicationDocument, { input: { ...grantInput(stranger), occurredOn: '2025-11-20' } }, stranger),
      'BACK_ENTRY_CLOSED',
    );
  });
});

describe('the fiscal year of a decision follows its date', () => {
  it('31 December 2025 counts against 2025, 1 January 2026 against 2026', async () => {
    const late = await recommended('2025-12-30', '700000.00');
    const decided2025 = ok(await t.op(ApproveDocument, { input: { applicationId: late, occurredOn: '2025-12-31' } }, approver)).approve;
    expect(decided2025).toMatchObject({ decisionFiscalYear: 2025, approvedAmount: '700000.00' });

    const early = await recommended('2025-12-30', '700000.00');
    const decided2026 = ok(await t.op(ApproveDocument, { input: { applicationId: early, occurredOn: '2026-01-01' } }, approver)).approve;
    expect(decided2026.decisionFiscalYear).toBe(2026);

    const movements = await t.sql<{ application_id: string; year: number; occurred_on: string }>(
      `select application_id, year, occurred_on::text as occurred_on from budget_movement where application_id in ($1, $2) order by occurred_on`,
      [late, early],
    );
    expect(movements).toEqual([
      { application_id: late, year: 2025, occurred_on: '2025-12-31' },
      { application_id: early, year: 2026, occurred_on: '2026-01-01' },
    ]);
    // the facts the machine decided on are the year's: the 2025 MCI (3 932 ₸) against the 2026 one (4 325 ₸)
    const facts = await t.sql<{ application_id: string; mci: string }>(
      `select application_id, event->'facts'->'fiscalYear'->>'mci' as mci from transition_log where event_type = 'APPROVE' and application_id in ($1, $2)`,
      [late, early],
    );
    expect(Object.fromEntries(facts.map((f) => [f.application_id, f.mci]))).toEqual({ [late]: '3932.00', [early]: '4325.00' });
  });

  it('the grant cap is the one of the date: 800 000 ₸ is over 200 MCI of 2025 (786 400 ₸), within 2026\'s (865 000 ₸)', async () => {
    const applicant = newApplicant();
    const input = grantInput(applicant, { amount: '800000.00', certificate: { number: 'BB-2025-0079', issuedOn: '2025-06-01' } });
    const refused = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input: { ...input, occurredOn: '2025-12-31' } }, applicant));
    expect(rulesOf(expectRefused(refused, 'VALIDATION'))).toContain('AMOUNT_OVER_CAP');
    const accepted = ok(await t.op(SubmitGrantApplicationDocument, { input: { ...input, occurredOn: '2026-01-01' } }, applicant)).submitGrantApplication;
    expect(accepted.screening).toMatchObject({ fiscalYear: 2026, cap: '865000.00', reasons: [] });
  });
});

describe('what the history and the report show', () => {
  it('the history shows each entry\'s business date and when it was recorded', async () => {
    clock.set(`${TODAY}T09:00:00Z`);
    const id = await recommended('2026-01-02');
    clock.set(`${TODAY}T10:00:00Z`);
    ok(await t.op(ApproveDocument, { input: { applicationId: id, occurredOn: '2026-01-04' } }, approver));
    const application = ok(await t.op(ApplicationDatesDocument, { id }, reviewer)).application!;
    expect(application.history.map((h) => [h.event, h.occurredOn, h.at])).toEqual([
      ['SUBMIT', '2026-01-02', '2026-01-05T09:00:00.000Z'],
      ['START_REVIEW', '2026-01-02', '2026-01-05T09:00:00.000Z'],
      ['RECOMMEND', '2026-01-02', '2026-01-05T09:00:00.000Z'],
      ['APPROVE', '2026-01-04', '2026-01-05T10:00:00.000Z'],
    ]);
    clock.set(`${TODAY}T09:00:00Z`);
  });

  it('the report as of a date counts what happened by that date, whenever it was recorded', async () => {
    const row = (report: ProgramReportQuery) => report.programReport!.rows.find((r) => r.regionCode === 'AKM' && r.kind === 'GRANT');
    const before = row(ok(await t.op(ProgramReportDocument, { year: 2025, asOf: '2025-12-30' }, admin)));
    const after = row(ok(await t.op(ProgramReportDocument, { year: 2025, asOf: '2025-12-31' }, admin)));
    // all were recorded on 5 January 2026; by business date: one on 1 December, one on 31 December
    const [counts] = await t.sql<{ by30: number; by31: number }>(
      `select count(*) filter (where occurred_on <= '2025-12-30')::int as by30, count(*) filter (where occurred_on <= '2025-12-31')::int as by31
         from budget_movement where year = 2025 and region_code = 'AKM' and kind = 'grant' and movement = 'RESERVE'`,
    );
    expect(counts).toEqual({ by30: 1, by31: 2 });
    expect(before).toMatchObject({ approvedCount: 1, approvedAmount: '500000.00' });
    expect(after).toMatchObject({ approvedCount: 2, approvedAmount: '1200000.00' });
  });
});
