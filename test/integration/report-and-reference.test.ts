import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  ApproveDocument,
  ApproveLoanDocument,
  ConfirmDisbursementDocument,
  FiscalYearRevisionsDocument,
  FundingLimitsDocument,
  ProgramReportDocument,
  RecommendDocument,
  ReferenceDataDocument,
  ResettlementQuotaRevisionsDocument,
  SetFundingLimitDocument,
  SetResettlementQuotaDocument,
  SignContractDocument,
  StartReviewDocument,
  SubmitCreditAssessmentDocument,
  SubmitGrantApplicationDocument,
  SubmitMicrocreditApplicationDocument,
  UpsertFiscalYearDocument,
  type ApplicationKind,
  type FiscalYearInput,
  type FundingLimitInput,
  type ProgramReportQuery,
  type ResettlementQuotaInput,
} from '../../schema/client/graphql';
import { expectNothingWritten, expectRefused, ok, rulesOf } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { admin, auditor, grantInput, manualClock, microcreditInput, newApplicant, reviewer } from '../support/fixtures';

// Issue 15, points 2 and 3: the plan-versus-fact report complete (shares of the count, amount and
// jobs; approved and not yet paid beside approved ever; the republic's totals; the CSV with
// GraphQL's columns and spelling), and reference data edited as people do (a field left out is
// kept, every change a revision with who and when, a refused edit writes nothing).

const REGION = 'KUS';
const staff = {
  reviewer: { id: 'reviewer-kus', roles: ['reviewer'], region: REGION } as Actor,
  approver: { id: 'approver-kus', roles: ['approver'], region: REGION } as Actor,
  accountant: { id: 'accountant-kus', roles: ['accountant'], region: REGION } as Actor,
};
const admin2: Actor = { id: 'admin-2', roles: ['admin'] };

type ReportRow = NonNullable<ProgramReportQuery['programReport']>['rows'][number];

let serial = 0;
const reference = (prefix: string) => `${prefix}-${process.pid}-${++serial}`;

/** Tenge as a decimal string to tiyn. */
function tiyn(text: string): bigint {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
}

function money(value: bigint): string {
  return `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
}

/** 100 × part / whole with two decimals, rounded half up: computed here independently of the server. */
function share(part: bigint, whole: bigint | null): string | null {
  if (whole === null || whole === 0n) return null;
  const bp = (part * 20_000n + whole) / (2n * whole);
  return `${bp / 100n}.${String(bp % 100n).padStart(2, '0')}`;
}

let t: TestGateway;
const clock = manualClock('2026-03-02T06:00:00Z');

async function approvedGrant(amount: string): Promise<string> {
  const applicant = newApplicant('1992-04-05', 'female');
  const input = grantInput(applicant, { amount, regionCode: REGION });
  const id = ok(await t.op(SubmitGrantApplicationDocument, { input }, applicant)).submitGrantApplication.id;
  ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, staff.reviewer));
  ok(await t.op(RecommendDocument, { input: { applicationId: id, amount } }, staff.reviewer));
  expect(ok(await t.op(ApproveDocument, { input: { applicationId: id } }, staff.approver)).approve.state).toBe('disbursementPending');
  return id;
}

async function approvedMicrocredit(amount: string, jobs: number): Promise<string> {
  const applicant = newApplicant('1985-06-07', 'male');
  const base = microcreditInput(applicant, { amount, rate: '6', termMonths: 36, regionCode: REGION });
  const input = { ...base, request: { ...base.request, jobsToCreate: jobs } };
  const id = ok(await t.op(SubmitMicrocreditApplicationDocument, { input }, applicant)).submitMicrocreditApplication.id;
  ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, staff.reviewer));
  const terms = { amount, rate: '6', termMonths: 36, method: 'ANNUITY' as const };
  ok(await t.op(SubmitCreditAssessmentDocument, { input: { applicationId: id, note: 'checked', proposed: terms } }, staff.reviewer));
  expect(ok(await t.op(ApproveLoanDocument, { input: { applicationId: id, terms } }, staff.approver)).approve.state).toBe('contractPending');
  return id;
}

const pay = (id: string, paidOn: string) =>
  t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: reference('PO'), paidOn } }, staff.accountant);

const setLimit = (input: FundingLimitInput, by: Actor = admin) => t.op(SetFundingLimitDocument, { input }, by);
const upsertYear = (input: FiscalYearInput, by: Actor = admin) => t.op(UpsertFiscalYearDocument, { input }, by);
const setQuota = (input: ResettlementQuotaInput, by: Actor = admin) => t.op(SetResettlementQuotaDocument, { input }, by);

async function limitOf(kind: ApplicationKind, year = 2026, region = REGION) {
  const [limit] = ok(await t.op(FundingLimitsDocument, { year, regionCode: region, kind }, admin)).fundingLimits;
  return limit!;
}

const report = async (asOf: string, regionCode: string | null = REGION) =>
  ok(await t.op(ProgramReportDocument, { year: 2026, asOf, regionCode }, auditor)).programReport!;

function rowOf(rows: ReportRow[], kind: ApplicationKind, region: string | null = REGION): ReportRow {
  const found = rows.filter((r) => r.kind === kind && r.regionCode === region);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Everything an administrator's edit writes: a refused edit leaves all of it as it was. */
async function referenceState() {
  return {
    years: await t.sql('select year, mci::text, minimum_wage::text, note, updated_by, updated_at from fiscal_year order by year'),
    limits: await t.sql(
      'select region_code, kind::text, year, limit_amount::text, planned_count, planned_amount::text, planned_jobs, note, updated_by, updated_at from funding_limit order by 1, 2, 3',
    ),
    quotas: await t.sql('select region_code, year, people, families, note, updated_by, updated_at from resettlement_quota order by 1, 2'),
    revisions: await t.sql(
      `select (select count(*)::int from fiscal_year_revision) as years, (select count(*)::int from funding_limit_revision) as limits,
              (select count(*)::int from resettlement_quota_revision) as quotas`,
    ),
  };
}

async function expectNothingEdited<T>(request: () => Promise<T>): Promise<T> {
  return expectNothingWritten(t, async () => {
    const before = await referenceState();
    const result = await request();
    expect(await referenceState()).toEqual(before);
    return result;
  });
}

let grantPaidLater: string;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
  // the plan of Kostanay for 2026: 3 microcredits for 16 million creating 20 jobs; 8 grants for 4 million
  ok(await setLimit({ regionCode: REGION, kind: 'MICROCREDIT', year: 2026, limitAmount: '100000000.00', plannedCount: 3, plannedAmount: '16000000.00', plannedJobs: 20 }));
  ok(await setLimit({ regionCode: REGION, kind: 'GRANT', year: 2026, limitAmount: '10000000.00', plannedCount: 8, plannedAmount: '4000000.00' }));
  // grants: three approved on 2 March, one paid that day, one paid on 5 March, one not paid
  const g1 = await approvedGrant('500000.00');
  grantPaidLater = await approvedGrant('400000.00');
  await approvedGrant('300000.00');
  ok(await pay(g1, '2026-03-02'));
  // microcredits: two approved, the one creating 6 jobs paid
  const m1 = await approvedMicrocredit('5000000.00', 6);
  await approvedMicrocredit('3000000.00', 4);
  ok(await t.op(SignContractDocument, { input: { applicationId: m1, contractNumber: reference('MC'), signedOn: '2026-03-02' } }, staff.reviewer));
  ok(await pay(m1, '2026-03-02'));
  clock.set('2026-03-05T06:00:00Z');
  ok(await pay(grantPaidLater, '2026-03-05'));
});

afterAll(async () => {
  await t?.close();
});

describe('the programme report, complete', () => {
  it('gives the share of the plan for the count and the jobs as well as the amount', async () => {
    const r = await report('2026-03-05');
    expect(rowOf(r.rows, 'MICROCREDIT')).toMatchObject({
      plannedCount: 3,
      plannedAmount: '16000000.00',
      plannedJobs: 20,
      disbursedCount: 1,
      disbursedAmount: '5000000.00',
      jobs: 6,
      // 5 000 000 / 16 000 000; 1 of 3; 6 of 20
      amountShareOfPlan: '31.25',
      countShareOfPlan: '33.33',
      jobsShareOfPlan: '30.00',
      // the deprecated fields still answer: shareOfPlan is amountShareOfPlan, percentOfPlan one decimal
      shareOfPlan: '31.25',
      percentOfPlan: '31.3',
    });
    expect(rowOf(r.rows, 'GRANT')).toMatchObject({
      plannedCount: 8,
      plannedJobs: null,
      disbursedCount: 2,
      disbursedAmount: '900000.00',
      jobs: null,
      // 900 000 / 4 000 000; 2 of 8; no jobs are planned for grants
      amountShareOfPlan: '22.50',
      countShareOfPlan: '25.00',
      jobsShareOfPlan: null,
    });
  });

  it('tells approved and not yet paid from approved ever, through real approvals and payments, as of each date', async () => {
    const before = rowOf((await report('2026-03-01')).rows, 'GRANT');
    expect(before).toMatchObject({ approvedCount: 0, approvedAmount: '0.00', approvedUnpaidCount: 0, approvedUnpaidAmount: '0.00', disbursedCount: 0 });
    // 2 March: three approved (1 200 000), one paid (500 000), two waiting (700 000)
    expect(rowOf((await report('2026-03-02')).rows, 'GRANT')).toMatchObject({
      approvedCount: 3,
      approvedAmount: '1200000.00',
      approvedUnpaidCount: 2,
      approvedUnpaidAmount: '700000.00',
      disbursedCount: 1,
      disbursedAmount: '500000.00',
    });
    // 5 March: approved ever is the same; the second payment leaves one waiting
    expect(rowOf((await report('2026-03-05')).rows, 'GRANT')).toMatchObject({
      approvedCount: 3,
      approvedAmount: '1200000.00',
      approvedUnpaidCount: 1,
      approvedUnpaidAmount: '300000.00',
      disbursedCount: 2,
      disbursedAmount: '900000.00',
    });
    // the microcredit with an unsigned contract is approved and not paid
    expect(rowOf((await report('2026-03-05')).rows, 'MICROCREDIT')).toMatchObject({
      approvedCount: 2,
      approvedAmount: '8000000.00',
      approvedUnpaidCount: 1,
      approvedUnpaidAmount: '3000000.00',
    });
    // the ledger agrees: the unpaid amount is what the limit has reserved
    const limit = await limitOf('GRANT');
    expect(limit.reserved).toBe('300000.00');
    expect(limit.committed).toBe('900000.00');
  });

  it('a released reservation stays approved ever and leaves approved and not yet paid (a contract expired unsigned)', async () => {
    // 31 days after the approval the deadline sweep cancels the unsigned microcredit and releases its reservation
    clock.set('2026-04-02T06:00:00Z');
    await t.gateway.jobs.runNow('deadlines');
    expect(await limitOf('MICROCREDIT')).toMatchObject({ reserved: '0.00', committed: '5000000.00' });
    expect(rowOf((await report('2026-04-02')).rows, 'MICROCREDIT')).toMatchObject({
      approvedCount: 2,
      approvedAmount: '8000000.00',
      approvedUnpaidCount: 0,
      approvedUnpaidAmount: '0.00',
      disbursedCount: 1,
      disbursedAmount: '5000000.00',
    });
    // as of before the release, it was still waiting
    expect(rowOf((await report('2026-03-05')).rows, 'MICROCREDIT')).toMatchObject({ approvedUnpaidCount: 1, approvedUnpaidAmount: '3000000.00' });
  });

  it("gives the republic's totals as the sum of every region's rows, with shares of their own sums", async () => {
    const r = await report('2026-03-05', null);
    expect(new Set(r.rows.map((x) => x.regionCode)).size).toBeGreaterThan(1);
    expect(r.totals.map((x) => x.kind).sort()).toEqual(['GRANT', 'LIFTING', 'MICROCREDIT']);
    for (const total of r.totals) {
      const of = r.rows.filter((x) => x.kind === total.kind);
      const sumMoney = (pick: (x: ReportRow) => string | null | undefined) =>
        of.every((x) => pick(x) == null) ? null : money(of.reduce((s, x) => s + tiyn(pick(x) ?? '0'), 0n));
      const sumCount = (pick: (x: ReportRow) => number | null | undefined) =>
        of.every((x) => pick(x) == null) ? null : of.reduce((s, x) => s + (pick(x) ?? 0), 0);
      expect(total).toMatchObject({
        regionCode: null,
        regionName: null,
        plannedCount: sumCount((x) => x.plannedCount),
        plannedAmount: sumMoney((x) => x.plannedAmount),
        plannedJobs: sumCount((x) => x.plannedJobs),
        approvedCount: sumCount((x) => x.approvedCount),
        approvedAmount: sumMoney((x) => x.approvedAmount),
        approvedUnpaidCount: sumCount((x) => x.approvedUnpaidCount),
        approvedUnpaidAmount: sumMoney((x) => x.approvedUnpaidAmount),
        disbursedCount: sumCount((x) => x.disbursedCount),
        disbursedAmount: sumMoney((x) => x.disbursedAmount),
        jobs: sumCount((x) => x.jobs),
      });
      const planned = (value: string | number | null | undefined) => (value == null ? null : typeof value === 'number' ? BigInt(value) : tiyn(value));
      expect(total.amountShareOfPlan).toBe(share(tiyn(total.disbursedAmount), planned(total.plannedAmount)));
      expect(total.countShareOfPlan).toBe(share(BigInt(total.disbursedCount), planned(total.plannedCount)));
      expect(total.jobsShareOfPlan).toBe(total.jobs == null ? null : share(BigInt(total.jobs), planned(total.plannedJobs)));
    }
    // only Kostanay has applications in 2026 here
    expect(rowOf(r.totals, 'GRANT', null)).toMatchObject({ approvedCount: 3, approvedUnpaidCount: 1, approvedUnpaidAmount: '300000.00', disbursedCount: 2 });
    expect(rowOf(r.totals, 'MICROCREDIT', null)).toMatchObject({ approvedCount: 2, approvedUnpaidCount: 1, disbursedCount: 1, jobs: 6, plannedJobs: 20, jobsShareOfPlan: '30.00' });
  });

  it('gives the CSV the same columns as GraphQL, by the same names, with the same enum spelling and figures', async () => {
    const r = await report('2026-03-05', null);
    const response = await fetch(new URL('/reports/program.csv?year=2026&asOf=2026-03-05', t.url), { headers: { authorization: `Bearer ${await t.token(auditor)}` } });
    expect(response.status).toBe(200);
    const [header, ...lines] = (await response.text()).trimEnd().split('\n');
    const columns = header!.split(',');
    // every field of the GraphQL row but the deprecated ones and the typename, in the fragment's order
    const fields = Object.keys(r.rows[0]!).filter((name) => !['__typename', 'percentOfPlan', 'shareOfPlan'].includes(name));
    expect(columns).toEqual(fields);
    expect(columns).toEqual([
      'regionCode', 'regionName', 'kind', 'plannedCount', 'plannedAmount', 'plannedJobs', 'approvedCount', 'approvedAmount', 'approvedUnpaidCount',
      'approvedUnpaidAmount', 'disbursedCount', 'disbursedAmount', 'jobs', 'amountShareOfPlan', 'countShareOfPlan', 'jobsShareOfPlan',
    ]);
    const expected = [...r.rows, ...r.totals].map((row) =>
      columns
        .map((name) => {
          const value = (row as Record<string, unknown>)[name];
          if (name === 'regionCode' && value === null) return 'TOTAL';
          if (name === 'regionName' && value === null) return 'Republic of Kazakhstan';
          return value == null ? '' : String(value);
        })
        .join(','),
    );
    expect(lines).toEqual(expected);
    const kinds = new Set(lines.map((line) => line.split(',')[2]));
    expect(kinds).toEqual(new Set(['GRANT', 'MICROCREDIT', 'LIFTING']));
    expect(lines).toContain('KUS,Kostanay,MICROCREDIT,3,16000000.00,20,2,8000000.00,1,3000000.00,1,5000000.00,6,31.25,33.33,30.00');
  });
});

describe('reference data edited as people do', () => {
  it("changing a region's limit keeps its plan, changing the plan keeps the limit, both change when both are sent", async () => {
    const before = await limitOf('LIFTING', 2026, 'KAR');
    const planned = ok(await setLimit({ regionCode: 'KAR', kind: 'LIFTING', year: 2026, plannedCount: 40, plannedAmount: '6800000.00', note: 'plan of the region' })).setFundingLimit;
    expect(planned).toMatchObject({ limitAmount: before.limitAmount, plannedCount: 40, plannedAmount: '6800000.00', plannedJobs: null });
    const raised = ok(await setLimit({ regionCode: 'KAR', kind: 'LIFTING', year: 2026, limitAmount: '9000000.00' }, admin2)).setFundingLimit;
    expect(raised).toMatchObject({ limitAmount: '9000000.00', plannedCount: 40, plannedAmount: '6800000.00' });
    const both = ok(await setLimit({ regionCode: 'KAR', kind: 'LIFTING', year: 2026, limitAmount: '9500000.00', plannedCount: 45 })).setFundingLimit;
    expect(both).toMatchObject({ limitAmount: '9500000.00', plannedCount: 45, plannedAmount: '6800000.00' });
    // null clears a plan figure; the limit stays
    const cleared = ok(await setLimit({ regionCode: 'KAR', kind: 'LIFTING', year: 2026, plannedAmount: null })).setFundingLimit;
    expect(cleared).toMatchObject({ limitAmount: '9500000.00', plannedCount: 45, plannedAmount: null });
    // every change is a revision: the values after it, who and when
    const { revisions } = await limitOf('LIFTING', 2026, 'KAR');
    expect(revisions.map((r) => [r.limitAmount, r.plannedCount, r.plannedAmount, r.note, r.changedBy])).toEqual([
      [before.limitAmount, 40, '6800000.00', 'plan of the region', admin.id],
      ['9000000.00', 40, '6800000.00', null, admin2.id],
      ['9500000.00', 45, '6800000.00', null, admin.id],
      ['9500000.00', 45, null, null, admin.id],
    ]);
    const times = revisions.map((r) => Date.parse(r.changedAt));
    expect(times.every((time) => Number.isFinite(time))).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("correcting a year's MCI keeps its minimum wage (and the reverse); the caps and the cached reference data follow at once", async () => {
    const corrected = ok(await upsertYear({ year: 2024, mci: '3700.00', note: 'MCI corrected' })).upsertFiscalYear;
    expect(corrected).toEqual({ year: 2024, mci: '3700.00', minimumWage: '85000.00', grantCap: '740000.00', note: 'MCI corrected' });
    const wage = ok(await upsertYear({ year: 2024, minimumWage: '86000.00' }, admin2)).upsertFiscalYear;
    expect(wage).toMatchObject({ year: 2024, mci: '3700.00', minimumWage: '86000.00' });
    // the reference data served from memory (public, no token) shows it
    const cached = ok(await t.op(ReferenceDataDocument, {}, null)).fiscalYears.find((y) => y.year === 2024);
    expect(cached).toEqual({ year: 2024, mci: '3700.00', minimumWage: '86000.00', grantCap: '740000.00' });
    // revisions, for administrators and auditors
    for (const reader of [admin, auditor]) {
      const year = ok(await t.op(FiscalYearRevisionsDocument, { year: 2024 }, reader)).fiscalYear!;
      expect(year.revisions.map((r) => [r.mci, r.minimumWage, r.note, r.changedBy])).toEqual([
        ['3700.00', '85000.00', 'MCI corrected', admin.id],
        ['3700.00', '86000.00', null, admin2.id],
      ]);
      expect(year.revisions.every((r) => Number.isFinite(Date.parse(r.changedAt)))).toBe(true);
    }
    // not for others: the history of changes names administrators
    expectRefused(await t.op(FiscalYearRevisionsDocument, { year: 2024 }, reviewer), 'FORBIDDEN');
    expectRefused(await t.op(FiscalYearRevisionsDocument, { year: 2024 }, null), 'UNAUTHENTICATED');
  });

  it('another replica sees an edit through the change feed', async () => {
    const replica = await startTestGateway({ now: clock.now, databaseUrl: t.databaseUrl });
    try {
      const read = async () => ok(await replica.op(ReferenceDataDocument, {}, null)).fiscalYears.find((y) => y.year === 2023);
      expect((await read())!.mci).toBe('3450.00');
      ok(await upsertYear({ year: 2023, mci: '3451.00' }));
      const deadline = Date.now() + 10_000;
      while ((await read())!.mci !== '3451.00' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await read()).toMatchObject({ mci: '3451.00', minimumWage: '70000.00' });
    } finally {
      await replica.close();
    }
  });

  it('a new year needs both parameters; a partial quota edit keeps the other number, with a revision', async () => {
    const missing = await expectNothingEdited(() => upsertYear({ year: 2027, mci: '4500.00' }));
    expect(rulesOf(expectRefused(missing, 'VALIDATION'))).toEqual(['REQUIRED']);
    expect(ok(await upsertYear({ year: 2027, mci: '4500.00', minimumWage: '90000.00' })).upsertFiscalYear).toMatchObject({ grantCap: '900000.00' });

    ok(await setQuota({ regionCode: 'PAV', year: 2026, people: 100, families: 30, note: 'first' }));
    const raised = ok(await setQuota({ regionCode: 'PAV', year: 2026, people: 120 })).setResettlementQuota;
    expect(raised).toMatchObject({ people: 120, families: 30 });
    const [quota] = ok(await t.op(ResettlementQuotaRevisionsDocument, { year: 2026, regionCode: 'PAV' }, auditor)).resettlementQuotas;
    expect(quota!.revisions.map((r) => [r.people, r.families, r.note, r.changedBy])).toEqual([
      [100, 30, 'first', admin.id],
      [120, 30, null, admin.id],
    ]);
  });

  it('the same values again are a no-op: nothing written, no revision', async () => {
    const year = await expectNothingEdited(() => upsertYear({ year: 2024, mci: '3700.00', minimumWage: '86000.00', note: 'again' }));
    expect(ok(year).upsertFiscalYear).toMatchObject({ mci: '3700.00', minimumWage: '86000.00', note: null });
    const limit = await expectNothingEdited(() => setLimit({ regionCode: 'KAR', kind: 'LIFTING', year: 2026, limitAmount: '9500000.00', plannedCount: 45 }));
    expect(ok(limit).setFundingLimit).toMatchObject({ limitAmount: '9500000.00', plannedCount: 45 });
    const quota = await expectNothingEdited(() => setQuota({ regionCode: 'PAV', year: 2026, families: 30 }));
    expect(ok(quota).setResettlementQuota).toMatchObject({ people: 120, families: 30 });
  });

  it.each<[string, () => Promise<Awaited<ReturnType<TestGateway['op']>>>, string[]]>([
    ['a year edit that sends nothing to change', () => upsertYear({ year: 2024, note: 'nothing' }), ['NOTHING_TO_CHANGE']],
    ['a limit edit that sends only its keys', () => setLimit({ regionCode: 'KAR', kind: 'LIFTING', year: 2026, note: 'nothing' }), ['NOTHING_TO_CHANGE']],
    ['a quota edit that sends only its keys', () => setQuota({ regionCode: 'PAV', year: 2026 }), ['NOTHING_TO_CHANGE']],
    ['an MCI cleared', () => upsertYear({ year: 2024, mci: null }), ['REQUIRED']],
    ['an MCI of zero', () => upsertYear({ year: 2024, mci: '0.00' }), ['AMOUNT_ZERO']],
    ['a negative minimum wage', () => upsertYear({ year: 2024, minimumWage: '-1.00' }), ['AMOUNT_NEGATIVE']],
    ['a limit cleared', () => setLimit({ regionCode: 'KAR', kind: 'LIFTING', year: 2026, limitAmount: null }), ['REQUIRED']],
    ['a new limit without its amount', () => setLimit({ regionCode: 'KAR', kind: 'GRANT', year: 2027, plannedCount: 3 }), ['REQUIRED']],
    ['planned jobs for grants', () => setLimit({ regionCode: 'KAR', kind: 'GRANT', year: 2026, plannedJobs: 5 }), ['JOBS_MICROCREDIT_ONLY']],
    ['a limit below what is reserved and committed', () => setLimit({ regionCode: REGION, kind: 'GRANT', year: 2026, limitAmount: '1000000.00' }), ['LIMIT_BELOW_USED']],
    ['an unknown region', () => setLimit({ regionCode: 'XYZ', kind: 'GRANT', year: 2026, plannedCount: 1 }), ['REGION_UNKNOWN']],
    ['a new quota without families', () => setQuota({ regionCode: 'AKM', year: 2027, people: 10 }), ['REQUIRED']],
  ])('%s is VALIDATION with its rule, and writes nothing', async (_, request, rules) => {
    const response = await expectNothingEdited(request);
    expect(rulesOf(expectRefused(response, 'VALIDATION'))).toEqual(rules);
  });

  it('only an administrator edits; a refusal writes nothing', async () => {
    for (const actor of [auditor, reviewer, staff.approver]) {
      expectRefused(await expectNothingEdited(() => upsertYear({ year: 2024, mci: '1.00' }, actor)), 'FORBIDDEN');
      expectRefused(await expectNothingEdited(() => setLimit({ regionCode: 'KAR', kind: 'LIFTING', year: 2026, plannedCount: 1 }, actor)), 'FORBIDDEN');
    }
  });
});
