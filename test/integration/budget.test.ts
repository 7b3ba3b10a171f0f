import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  ApplicationDocument,
  ApproveDocument,
  ApproveLoanDocument,
  ConfirmDisbursementDocument,
  FundingLimitsDocument,
  MicrocreditApplicationDocument,
  ProgramReportDocument,
  RecommendDocument,
  SetFundingLimitDocument,
  SignContractDocument,
  StartReviewDocument,
  StartVerificationDocument,
  SubmitCreditAssessmentDocument,
  SubmitGrantApplicationDocument,
  SubmitLiftingApplicationDocument,
  SubmitMicrocreditApplicationDocument,
  VerifyLiftingApplicationDocument,
  type ApplicationKind,
  type FundingLimitInput,
  type ProgramReportQuery,
} from '../../schema/client/graphql';
import { asType, expectAccepted, expectNothingWritten, expectRefused, ok, rulesOf } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import {
  accountant,
  admin,
  approver,
  auditor,
  grantInput,
  liftingInput,
  manualClock,
  microcreditInput,
  newApplicant,
  otherRegionReviewer,
  reviewer,
} from '../support/fixtures';

// ---------------------------------------------------------------------------------------------
// Money and small helpers
// ---------------------------------------------------------------------------------------------

/** Tenge as a decimal string to tiyn, so amounts compare exactly. */
function tiyn(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const value = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -value : value;
}

/** 100 × part / whole to one decimal, rounded half up: computed here independently of the server. */
function percent(part: bigint, whole: bigint): string {
  const tenths = (part * 1000n * 2n + whole) / (2n * whole);
  return `${tenths / 10n}.${tenths % 10n}`;
}

/** Tiyn as the API's decimal string. */
function money(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

type Applicant = Actor & { iin: string };
interface Staff {
  reviewer: Actor;
  approver: Actor;
  accountant: Actor;
}

/** Regional staff of a region (the fixtures' Akmola staff for AKM). */
function staffOf(region: string): Staff {
  if (region === 'AKM') return { reviewer, approver, accountant };
  const lower = region.toLowerCase();
  return {
    reviewer: { id: `reviewer-${lower}`, roles: ['reviewer'], region },
    approver: { id: `approver-${lower}`, roles: ['approver'], region },
    accountant: { id: `accountant-${lower}`, roles: ['accountant'], region },
  };
}

/** Payment references are unique per test run. */
let referenceSerial = 0;
const reference = (prefix: string) => `${prefix}-${process.pid}-${++referenceSerial}`;

// ---------------------------------------------------------------------------------------------
// Driving applications
// ---------------------------------------------------------------------------------------------

/** A grant application submitted, reviewed and recommended for `recommend` (default: the amount asked). */
async function recommendedGrant(
  g: TestGateway,
  staff: Staff,
  options: { region: string; amount: string; recommend?: string; issuedOn?: string },
): Promise<{ id: string; applicant: Applicant }> {
  const applicant = newApplicant('1991-02-03', 'female');
  const input = grantInput(applicant, {
    amount: options.amount,
    regionCode: options.region,
    certificate: { number: 'BB-0042', issuedOn: options.issuedOn ?? '2026-02-10' },
  });
  const id = ok(await g.op(SubmitGrantApplicationDocument, { input }, applicant)).submitGrantApplication.id;
  ok(await g.op(StartReviewDocument, { input: { applicationId: id } }, staff.reviewer));
  const recommended = ok(await g.op(RecommendDocument, { input: { applicationId: id, amount: options.recommend ?? options.amount } }, staff.reviewer));
  expect(recommended.recommend.state).toBe('recommended');
  return { id, applicant };
}

function approveGrant(g: TestGateway, id: string, by: Actor, amount?: string) {
  return g.op(ApproveDocument, { input: { applicationId: id, ...(amount ? { amount } : {}) } }, by);
}

function confirm(g: TestGateway, id: string, by: Actor, paidOn: string) {
  return g.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: reference('PO'), paidOn } }, by);
}

interface Terms {
  amount: string;
  rate: string;
  termMonths: number;
  method: 'ANNUITY';
}

/** A microcredit submitted, reviewed and assessed (proposed terms `proposed`): awaiting the committee. */
async function assessedMicrocredit(
  g: TestGateway,
  staff: Staff,
  options: { region: string; requested: string; proposed: string; jobs?: number },
): Promise<string> {
  const applicant = newApplicant('1984-09-09', 'male');
  const base = microcreditInput(applicant, { amount: options.requested, rate: '6', termMonths: 36, regionCode: options.region });
  const input = { ...base, request: { ...base.request, jobsToCreate: options.jobs ?? base.request.jobsToCreate } };
  const id = ok(await g.op(SubmitMicrocreditApplicationDocument, { input }, applicant)).submitMicrocreditApplication.id;
  ok(await g.op(StartReviewDocument, { input: { applicationId: id } }, staff.reviewer));
  const proposed: Terms = { amount: options.proposed, rate: '6', termMonths: 36, method: 'ANNUITY' };
  ok(await g.op(SubmitCreditAssessmentDocument, { input: { applicationId: id, note: 'Cash flow and premises checked', proposed } }, staff.reviewer));
  return id;
}

async function approvedMicrocredit(g: TestGateway, staff: Staff, options: { region: string; requested: string; proposed: string; final: string; jobs?: number }): Promise<string> {
  const id = await assessedMicrocredit(g, staff, options);
  const terms: Terms = { amount: options.final, rate: '6', termMonths: 36, method: 'ANNUITY' };
  const approved = ok(await g.op(ApproveLoanDocument, { input: { applicationId: id, terms } }, staff.approver)).approve;
  expect(approved.state).toBe('contractPending');
  expect(approved.approvedAmount).toBe(options.final);
  return id;
}

async function disbursedMicrocredit(g: TestGateway, staff: Staff, id: string, on: string): Promise<void> {
  ok(await g.op(SignContractDocument, { input: { applicationId: id, contractNumber: reference('MC'), signedOn: on } }, staff.reviewer));
  const paid = ok(await confirm(g, id, staff.accountant, on)).confirmDisbursement;
  expect(paid.state).toBe('repaying');
}

// ---------------------------------------------------------------------------------------------
// Reading the budget
// ---------------------------------------------------------------------------------------------

async function limitOf(g: TestGateway, region: string, kind: ApplicationKind, year: number, actor: Actor = auditor) {
  const limits = ok(await g.op(FundingLimitsDocument, { year, regionCode: region, kind }, actor)).fundingLimits;
  expect(limits).toHaveLength(1);
  const limit = limits[0]!;
  expect(limit).toMatchObject({ regionCode: region, kind, year });
  // available is always what is left of the limit
  expect(tiyn(limit.available)).toBe(tiyn(limit.limitAmount) - tiyn(limit.reserved) - tiyn(limit.committed));
  return limit;
}

async function movementsOf(g: TestGateway, applicationId: string) {
  return g.sql<{ movement: string; amount: string; year: number; region_code: string; kind: string; event_type: string; at: Date }>(
    `select m.movement, m.amount::text as amount, m.year, m.region_code, m.kind::text as kind, l.event_type, m.at
       from budget_movement m
       left join transition_log l on l.application_id = m.application_id and l.seq = m.seq
      where m.application_id = $1
      order by m.id`,
    [applicationId],
  );
}

/** The budget tables, in full: what a refused request must leave exactly as it was. */
async function budgetState(g: TestGateway) {
  return {
    limits: await g.sql(
      `select region_code, kind::text, year, limit_amount::text, reserved::text, committed::text, planned_count, planned_amount::text,
              planned_jobs, note, updated_by, updated_at
         from funding_limit order by region_code, kind, year`,
    ),
    revisions: await g.sql('select * from funding_limit_revision order by id'),
    movements: await g.sql('select id, application_id, seq, movement, amount::text, year from budget_movement order by id'),
  };
}

/** expectNothingWritten, and the budget tables unchanged as well. */
async function expectNothingWrittenToBudget<T>(g: TestGateway, request: () => Promise<T>): Promise<T> {
  return expectNothingWritten(g, async () => {
    const before = await budgetState(g);
    const result = await request();
    expect(await budgetState(g)).toEqual(before);
    return result;
  });
}

const setLimit = (g: TestGateway, input: FundingLimitInput, actor: Actor | null = admin) => g.op(SetFundingLimitDocument, { input }, actor);

// =============================================================================================
// 2026: reservations, commitments, releases, exhaustion, concurrency and the administration of limits
// =============================================================================================

describe('the budget in 2026', () => {
  const START = '2026-03-02T09:00:00Z';
  const clock = manualClock(START);
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway({ now: clock.now });
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => {
    clock.set(START);
  });

  describe('an approval reserves, a disbursement commits, an expired contract releases', () => {
    it('grant: the approved amount (below the recommendation) is reserved, then committed', async () => {
      const staff = staffOf('AKM');
      const before = await limitOf(t, 'AKM', 'GRANT', 2026);
      const { id } = await recommendedGrant(t, staff, { region: 'AKM', amount: '800000.00', recommend: '700000.00' });
      // a recommendation reserves nothing
      expect(await limitOf(t, 'AKM', 'GRANT', 2026)).toEqual(before);
      expect(await movementsOf(t, id)).toEqual([]);

      const approved = ok(await approveGrant(t, id, staff.approver, '650000.00')).approve;
      expect(approved).toMatchObject({ state: 'disbursementPending', approvedAmount: '650000.00', decisionFiscalYear: 2026 });
      const afterApproval = await limitOf(t, 'AKM', 'GRANT', 2026);
      expect(tiyn(afterApproval.reserved) - tiyn(before.reserved)).toBe(tiyn('650000.00'));
      expect(afterApproval.committed).toBe(before.committed);
      expect(tiyn(before.available) - tiyn(afterApproval.available)).toBe(tiyn('650000.00'));
      expect(afterApproval.limitAmount).toBe('2000000000.00');

      clock.advance(86_400_000);
      const paid = ok(await confirm(t, id, staff.accountant, '2026-03-03')).confirmDisbursement;
      expect(paid).toMatchObject({ state: 'disbursed', disbursedAmount: '650000.00' });
      const afterPayment = await limitOf(t, 'AKM', 'GRANT', 2026);
      expect(afterPayment.reserved).toBe(before.reserved);
      expect(tiyn(afterPayment.committed) - tiyn(before.committed)).toBe(tiyn('650000.00'));
      expect(tiyn(before.available) - tiyn(afterPayment.available)).toBe(tiyn('650000.00'));

      const moves = await movementsOf(t, id);
      expect(moves.map(({ at: _at, ...m }) => m)).toEqual([
        { movement: 'RESERVE', amount: '650000.00', year: 2026, region_code: 'AKM', kind: 'grant', event_type: 'APPROVE' },
        { movement: 'COMMIT', amount: '650000.00', year: 2026, region_code: 'AKM', kind: 'grant', event_type: 'CONFIRM_DISBURSEMENT' },
      ]);
      expect(moves.map((m) => m.at.toISOString())).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-03T09:00:00.000Z']);
      expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
    });

    it("microcredit: the final terms' amount is reserved and committed; an expired contract releases its reservation", async () => {
      const staff = staffOf('AKM');
      const before = await limitOf(t, 'AKM', 'MICROCREDIT', 2026);
      // requested 3 000 000, the officer proposes 2 500 000, the committee's final terms are 2 000 000
      const paidLoan = await approvedMicrocredit(t, staff, { region: 'AKM', requested: '3000000.00', proposed: '2500000.00', final: '2000000.00' });
      const unsigned = await approvedMicrocredit(t, staff, { region: 'AKM', requested: '1500000.00', proposed: '1500000.00', final: '1200000.00' });
      const afterApproval = await limitOf(t, 'AKM', 'MICROCREDIT', 2026);
      expect(tiyn(afterApproval.reserved) - tiyn(before.reserved)).toBe(tiyn('3200000.00'));
      expect(afterApproval.committed).toBe(before.committed);

      await disbursedMicrocredit(t, staff, paidLoan, '2026-03-02');
      const afterPayment = await limitOf(t, 'AKM', 'MICROCREDIT', 2026);
      expect(tiyn(afterPayment.reserved) - tiyn(before.reserved)).toBe(tiyn('1200000.00'));
      expect(tiyn(afterPayment.committed) - tiyn(before.committed)).toBe(tiyn('2000000.00'));

      // 31 days later the sweep cancels the unsigned contract and gives its money back
      clock.advance(31 * 86_400_000);
      await t.gateway.jobs.runNow('deadlines');
      const cancelled = asType(ok(await t.op(MicrocreditApplicationDocument, { id: unsigned }, auditor)).application, 'MicrocreditApplication');
      expect(cancelled.state).toBe('cancelled');
      const afterRelease = await limitOf(t, 'AKM', 'MICROCREDIT', 2026);
      expect(afterRelease.reserved).toBe(before.reserved);
      expect(tiyn(afterRelease.committed) - tiyn(before.committed)).toBe(tiyn('2000000.00'));
      expect(tiyn(before.available) - tiyn(afterRelease.available)).toBe(tiyn('2000000.00'));

      expect((await movementsOf(t, paidLoan)).map(({ at: _at, ...m }) => m)).toEqual([
        { movement: 'RESERVE', amount: '2000000.00', year: 2026, region_code: 'AKM', kind: 'microcredit', event_type: 'APPROVE' },
        { movement: 'COMMIT', amount: '2000000.00', year: 2026, region_code: 'AKM', kind: 'microcredit', event_type: 'CONFIRM_DISBURSEMENT' },
      ]);
      const released = await movementsOf(t, unsigned);
      expect(released.map(({ at: _at, ...m }) => m)).toEqual([
        { movement: 'RESERVE', amount: '1200000.00', year: 2026, region_code: 'AKM', kind: 'microcredit', event_type: 'APPROVE' },
        { movement: 'RELEASE', amount: '1200000.00', year: 2026, region_code: 'AKM', kind: 'microcredit', event_type: 'EXPIRE_CONTRACT' },
      ]);
      expect(released[1]!.at.toISOString()).toBe('2026-04-02T09:00:00.000Z');
      expect((await t.gateway.engine.verifyReplay(unsigned)).matches).toBe(true);
      expect((await t.gateway.engine.verifyReplay(paidLoan)).matches).toBe(true);
    });

    it('lifting: two minimum wages of the year are reserved at approval and committed at payment', async () => {
      const staff = staffOf('PAV');
      const before = await limitOf(t, 'PAV', 'LIFTING', 2026);
      expect(before.limitAmount).toBe('500000000.00');
      const person = newApplicant('1993-06-06', 'male');
      const id = ok(await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, person)).submitLiftingApplication.id;
      ok(await t.op(StartVerificationDocument, { input: { applicationId: id } }, staff.reviewer));
      ok(await t.op(VerifyLiftingApplicationDocument, { input: { applicationId: id, referralConfirmed: true, arrivalConfirmed: true } }, staff.reviewer));
      const approved = ok(await approveGrant(t, id, staff.approver)).approve;
      expect(approved).toMatchObject({ state: 'approved', approvedAmount: '170000.00' });
      const afterApproval = await limitOf(t, 'PAV', 'LIFTING', 2026, staff.approver);
      expect(tiyn(afterApproval.reserved) - tiyn(before.reserved)).toBe(2n * tiyn('85000.00'));

      ok(await confirm(t, id, staff.accountant, '2026-03-02'));
      const afterPayment = await limitOf(t, 'PAV', 'LIFTING', 2026, staff.accountant);
      expect(afterPayment.reserved).toBe(before.reserved);
      expect(tiyn(afterPayment.committed) - tiyn(before.committed)).toBe(tiyn('170000.00'));
      expect((await movementsOf(t, id)).map((m) => [m.movement, m.amount, m.year, m.event_type])).toEqual([
        ['RESERVE', '170000.00', 2026, 'APPROVE'],
        ['COMMIT', '170000.00', 2026, 'CONFIRM_DISBURSEMENT'],
      ]);
    });

    it('an approval just after local midnight on 1 January reserves against the new year', async () => {
      const region = 'MAN';
      const staff = staffOf(region);
      clock.set('2025-12-31T18:00:00Z');
      const { id } = await recommendedGrant(t, staff, { region, amount: '400000.00' });
      const before2025 = await limitOf(t, region, 'GRANT', 2025);
      const before2026 = await limitOf(t, region, 'GRANT', 2026);
      // 20:00 UTC on 31 December is 01:00 on 1 January in Kazakhstan (UTC+5)
      clock.set('2025-12-31T20:00:00Z');
      const approved = ok(await approveGrant(t, id, staff.approver)).approve;
      expect(approved.decisionFiscalYear).toBe(2026);
      expect(await limitOf(t, region, 'GRANT', 2025)).toEqual(before2025);
      expect(tiyn((await limitOf(t, region, 'GRANT', 2026)).reserved) - tiyn(before2026.reserved)).toBe(tiyn('400000.00'));
      // paid in the new year, the commitment goes to the year of the reservation
      clock.set('2026-01-05T09:00:00Z');
      ok(await confirm(t, id, staff.accountant, '2026-01-05'));
      expect((await movementsOf(t, id)).map((m) => [m.movement, m.amount, m.year])).toEqual([
        ['RESERVE', '400000.00', 2026],
        ['COMMIT', '400000.00', 2026],
      ]);
      expect(await limitOf(t, region, 'GRANT', 2026)).toMatchObject({ reserved: before2026.reserved, committed: money(tiyn(before2026.committed) + tiyn('400000.00')) });
    });

    it('fundingLimits is scoped: staff see their region, applicants nothing', async () => {
      const mine = ok(await t.op(FundingLimitsDocument, { year: 2026 }, reviewer)).fundingLimits;
      expect(mine.length).toBe(3);
      expect(new Set(mine.map((l) => l.regionCode))).toEqual(new Set(['AKM']));
      expectRefused(await t.op(FundingLimitsDocument, { year: 2026, regionCode: 'AKM' }, otherRegionReviewer), 'FORBIDDEN');
      const applicant = newApplicant();
      expectRefused(await t.op(FundingLimitsDocument, { year: 2026 }, applicant), 'FORBIDDEN');
      const all = ok(await t.op(FundingLimitsDocument, { year: 2026, kind: 'GRANT' }, auditor)).fundingLimits;
      expect(all.length).toBe(20);
    });
  });

  describe('an approval that does not fit the limit', () => {
    it('is refused with BUDGET_EXHAUSTED and writes nothing; a raised limit lets it pass, and its replay matches', async () => {
      const region = 'KAR';
      const staff = staffOf(region);
      const set = ok(await setLimit(t, { regionCode: region, kind: 'GRANT', year: 2026, limitAmount: '1000000.00' })).setFundingLimit;
      expect(set).toMatchObject({ limitAmount: '1000000.00', reserved: '0.00', committed: '0.00', available: '1000000.00' });

      const first = await recommendedGrant(t, staff, { region, amount: '600000.00' });
      const second = await recommendedGrant(t, staff, { region, amount: '500000.00' });
      expect(ok(await approveGrant(t, first.id, staff.approver)).approve.approvedAmount).toBe('600000.00');
      expect(await limitOf(t, region, 'GRANT', 2026)).toMatchObject({ reserved: '600000.00', available: '400000.00' });

      const refused = await expectNothingWrittenToBudget(t, () => approveGrant(t, second.id, staff.approver));
      const error = expectRefused(refused, 'BUDGET_EXHAUSTED');
      expect(error.extensions).toMatchObject({ regionCode: region, kind: 'grant', year: 2026, remaining: '400000.00', requested: '500000.00' });
      const still = ok(await t.op(ApplicationDocument, { id: second.id }, staff.approver)).application;
      expect(still).toMatchObject({ state: 'recommended', version: 3, approvedAmount: null });
      expect(await limitOf(t, region, 'GRANT', 2026)).toMatchObject({ reserved: '600000.00', available: '400000.00' });
      expect(await movementsOf(t, second.id)).toEqual([]);

      // an amount lower than the recommendation that fits would pass; here the admin raises the limit instead
      ok(await setLimit(t, { regionCode: region, kind: 'GRANT', year: 2026, limitAmount: '1100000.00' }));
      const approved = ok(await approveGrant(t, second.id, staff.approver)).approve;
      expect(approved).toMatchObject({ state: 'disbursementPending', version: 4, approvedAmount: '500000.00' });
      expect(await limitOf(t, region, 'GRANT', 2026)).toMatchObject({ limitAmount: '1100000.00', reserved: '1100000.00', committed: '0.00', available: '0.00' });
      expect((await movementsOf(t, second.id)).map((m) => [m.movement, m.amount, m.year])).toEqual([['RESERVE', '500000.00', 2026]]);

      // replay of an application whose approval was refused for budget, then passed
      const read = asType(ok(await t.op(ApplicationDocument, { id: second.id }, staff.approver)).application, 'GrantApplication');
      expect(read.history.map((h) => h.action)).toEqual(['SUBMIT', 'START_REVIEW', 'RECOMMEND', 'APPROVE']);
      expect(await t.gateway.engine.verifyReplay(second.id)).toMatchObject({ matches: true, entries: 4, storedState: 'disbursementPending', replayedState: 'disbursementPending' });
    });
  });

  describe('a lifting approval that does not fit the limit', () => {
    it('is refused with BUDGET_EXHAUSTED and the resettlement quota it took first is given back', async () => {
      const region = 'SEV';
      const staff = staffOf(region);
      ok(await setLimit(t, { regionCode: region, kind: 'LIFTING', year: 2026, limitAmount: '169999.99' }));
      const person = newApplicant('1996-01-15', 'male');
      const input = liftingInput(person, { regionCode: region, settlementTo: 'Petropavl' });
      const id = ok(await t.op(SubmitLiftingApplicationDocument, { input }, person)).submitLiftingApplication.id;
      ok(await t.op(StartVerificationDocument, { input: { applicationId: id } }, staff.reviewer));
      ok(await t.op(VerifyLiftingApplicationDocument, { input: { applicationId: id, referralConfirmed: true, arrivalConfirmed: true } }, staff.reviewer));
      const quota = () => t.sql('select used_people, used_families, updated_at from resettlement_quota where region_code = $1 and year = 2026', [region]);
      const quotaBefore = await quota();

      const refused = await expectNothingWrittenToBudget(t, () => approveGrant(t, id, staff.approver));
      expect(expectRefused(refused, 'BUDGET_EXHAUSTED').extensions).toMatchObject({ remaining: '169999.99', requested: '170000.00' });
      expect(await quota()).toEqual(quotaBefore);

      ok(await setLimit(t, { regionCode: region, kind: 'LIFTING', year: 2026, limitAmount: '170000.00' }));
      expect(ok(await approveGrant(t, id, staff.approver)).approve).toMatchObject({ state: 'approved', approvedAmount: '170000.00' });
      expect((await quota())[0]).toMatchObject({ used_people: quotaBefore[0].used_people + 1, used_families: quotaBefore[0].used_families + 1 });
      expect(await limitOf(t, region, 'LIFTING', 2026)).toMatchObject({ reserved: '170000.00', available: '0.00' });
      expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
    });
  });

  describe('concurrent approvals', () => {
    it('twenty approvals at once against a limit that fits seven: exactly seven pass', async () => {
      const region = 'KUS';
      const staff = staffOf(region);
      const amount = '500000.00';
      const apps = await Promise.all(Array.from({ length: 20 }, () => recommendedGrant(t, staff, { region, amount })));
      // 7 × 500 000 = 3 500 000 ≤ 3 750 000 < 8 × 500 000
      ok(await setLimit(t, { regionCode: region, kind: 'GRANT', year: 2026, limitAmount: '3750000.00' }));

      const responses = await Promise.all(apps.map(({ id }) => approveGrant(t, id, staff.approver)));
      const passed = responses.filter((r) => r.body.errors === undefined);
      const refused = responses.filter((r) => r.body.errors !== undefined);
      for (const r of refused) expectRefused(r, 'BUDGET_EXHAUSTED');
      for (const r of passed) expectAccepted(r);
      expect(passed).toHaveLength(7);
      expect(refused).toHaveLength(13);

      const limit = await limitOf(t, region, 'GRANT', 2026);
      const approvedSum = passed.reduce((sum, r) => sum + tiyn(r.body.data!.approve.approvedAmount!), 0n);
      expect(approvedSum).toBe(7n * tiyn(amount));
      expect(tiyn(limit.reserved)).toBe(approvedSum);
      expect(tiyn(limit.reserved)).toBeLessThanOrEqual(tiyn(limit.limitAmount));
      expect(limit).toMatchObject({ committed: '0.00', available: '250000.00' });

      const states = await t.sql<{ state: string; n: number; approved: string | null }>(
        `select state, count(*)::int as n, sum(approved_amount)::text as approved
           from application where id = any($1::uuid[]) group by state order by state`,
        [apps.map((a) => a.id)],
      );
      expect(states).toEqual([
        { state: 'disbursementPending', n: 7, approved: '3500000.00' },
        { state: 'recommended', n: 13, approved: null },
      ]);
      const [ledger] = await t.sql(
        `select count(*)::int as n, sum(amount)::text as total from budget_movement where region_code = $1 and kind = 'grant' and year = 2026 and movement = 'RESERVE'`,
        [region],
      );
      expect(ledger).toEqual({ n: 7, total: '3500000.00' });
    });
  });

  describe('setFundingLimit', () => {
    it('an admin sets a limit with plan and jobs; every change is kept, oldest first, with who made it', async () => {
      const region = 'SEV';
      const admin2: Actor = { id: 'admin-2', roles: ['admin'] };
      const first = ok(
        await setLimit(t, { regionCode: region, kind: 'MICROCREDIT', year: 2026, limitAmount: '900000000.00', plannedCount: 200, plannedAmount: '850000000.00', plannedJobs: 350, note: 'Budget law 2026' }),
      ).setFundingLimit;
      expect(first).toMatchObject({
        regionCode: region,
        kind: 'MICROCREDIT',
        year: 2026,
        limitAmount: '900000000.00',
        reserved: '0.00',
        committed: '0.00',
        available: '900000000.00',
        plannedCount: 200,
        plannedAmount: '850000000.00',
        plannedJobs: 350,
        revisions: [{ limitAmount: '900000000.00', changedBy: admin.id }],
      });
      const second = ok(
        await setLimit(t, { regionCode: region, kind: 'MICROCREDIT', year: 2026, limitAmount: '950000000.50', plannedCount: 210, plannedAmount: '900000000.00', plannedJobs: 380 }, admin2),
      ).setFundingLimit;
      expect(second.revisions).toEqual([
        { limitAmount: '900000000.00', changedBy: admin.id },
        { limitAmount: '950000000.50', changedBy: admin2.id },
      ]);
      // the plan is cleared only when sent as null; left out, it is kept (report-and-reference.test.ts)
      ok(await setLimit(t, { regionCode: region, kind: 'MICROCREDIT', year: 2026, limitAmount: '800000000.00', plannedCount: null, plannedAmount: null, plannedJobs: null }));

      const read = await limitOf(t, region, 'MICROCREDIT', 2026, admin);
      expect(read).toMatchObject({ limitAmount: '800000000.00', plannedCount: null, plannedAmount: null, plannedJobs: null, available: '800000000.00' });
      expect(read.revisions.map((h) => [h.limitAmount, h.plannedCount, h.plannedAmount, h.changedBy])).toEqual([
        ['900000000.00', 200, '850000000.00', admin.id],
        ['950000000.50', 210, '900000000.00', admin2.id],
        ['800000000.00', null, null, admin.id],
      ]);
      const times = read.revisions.map((h) => Date.parse(h.changedAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      // the other kinds of the region and the same kind elsewhere are untouched
      expect((await limitOf(t, region, 'GRANT', 2026)).revisions).toEqual([]);
      expect((await limitOf(t, 'AKT', 'MICROCREDIT', 2026)).revisions).toEqual([]);
      const [{ n }] = await t.sql(`select count(*)::int as n from funding_limit_revision where region_code = $1 and kind = 'microcredit' and year = 2026`, [region]);
      expect(n).toBe(3);
    });

    it('is never set below what is reserved and committed (LIMIT_BELOW_USED), and such a refusal writes nothing', async () => {
      const region = 'AKT';
      const staff = staffOf(region);
      ok(await setLimit(t, { regionCode: region, kind: 'GRANT', year: 2026, limitAmount: '5000000.00' }));
      const { id } = await recommendedGrant(t, staff, { region, amount: '600000.00' });
      ok(await approveGrant(t, id, staff.approver));

      const belowReserved = await expectNothingWrittenToBudget(t, () => setLimit(t, { regionCode: region, kind: 'GRANT', year: 2026, limitAmount: '599999.99' }));
      expect(rulesOf(expectRefused(belowReserved, 'VALIDATION'))).toEqual(['LIMIT_BELOW_USED']);
      // exactly what is used is allowed
      const exact = ok(await setLimit(t, { regionCode: region, kind: 'GRANT', year: 2026, limitAmount: '600000.00' })).setFundingLimit;
      expect(exact).toMatchObject({ limitAmount: '600000.00', reserved: '600000.00', available: '0.00' });

      // once paid, the money is committed and still counts
      ok(await confirm(t, id, staff.accountant, '2026-03-02'));
      const belowCommitted = await expectNothingWrittenToBudget(t, () => setLimit(t, { regionCode: region, kind: 'GRANT', year: 2026, limitAmount: '500000.00' }));
      expect(rulesOf(expectRefused(belowCommitted, 'VALIDATION'))).toEqual(['LIMIT_BELOW_USED']);
      expect(await limitOf(t, region, 'GRANT', 2026)).toMatchObject({ limitAmount: '600000.00', reserved: '0.00', committed: '600000.00', available: '0.00' });
      expect((await limitOf(t, region, 'GRANT', 2026)).revisions.map((h) => h.limitAmount)).toEqual(['5000000.00', '600000.00']);
    });

    it.each([
      ['a negative limit', '-5', 'AMOUNT_NEGATIVE'],
      ['an exponent', '1e9', 'AMOUNT_FORMAT'],
      ['three decimals', '12.345', 'AMOUNT_PRECISION'],
    ])('%s (%s) is VALIDATION and writes nothing', async (_, limitAmount, rule) => {
      const response = await expectNothingWrittenToBudget(t, () => setLimit(t, { regionCode: 'ATY', kind: 'GRANT', year: 2026, limitAmount }));
      expect(rulesOf(expectRefused(response, 'VALIDATION'))).toEqual([rule]);
    });

    it('a bad plan amount or a negative plan count is VALIDATION', async () => {
      const badPlan = await expectNothingWrittenToBudget(t, () =>
        setLimit(t, { regionCode: 'ATY', kind: 'GRANT', year: 2026, limitAmount: '1000.00', plannedAmount: '1,000.00' }),
      );
      expectRefused(badPlan, 'VALIDATION');
      const negativeCount = await expectNothingWrittenToBudget(t, () =>
        setLimit(t, { regionCode: 'ATY', kind: 'GRANT', year: 2026, limitAmount: '1000.00', plannedCount: -1 }),
      );
      expectRefused(negativeCount, 'VALIDATION');
    });

    it('an unknown region or an unknown year is VALIDATION and writes nothing', async () => {
      const region = await expectNothingWrittenToBudget(t, () => setLimit(t, { regionCode: 'XYZ', kind: 'GRANT', year: 2026, limitAmount: '1000.00' }));
      expect(rulesOf(expectRefused(region, 'VALIDATION'))).toEqual(['REGION_UNKNOWN']);
      const year = await expectNothingWrittenToBudget(t, () => setLimit(t, { regionCode: 'AKM', kind: 'GRANT', year: 2019, limitAmount: '1000.00' }));
      expect(rulesOf(expectRefused(year, 'VALIDATION'))).toEqual(['FISCAL_YEAR_UNKNOWN']);
      const future = await expectNothingWrittenToBudget(t, () => setLimit(t, { regionCode: 'AKM', kind: 'GRANT', year: 2031, limitAmount: '1000.00' }));
      expect(rulesOf(expectRefused(future, 'VALIDATION'))).toEqual(['FISCAL_YEAR_UNKNOWN']);
    });

    it('only an admin may set a limit', async () => {
      const input: FundingLimitInput = { regionCode: 'AKM', kind: 'GRANT', year: 2026, limitAmount: '1000.00' };
      for (const actor of [approver, reviewer, accountant, auditor, newApplicant()]) {
        const response = await expectNothingWrittenToBudget(t, () => setLimit(t, input, actor));
        expectRefused(response, 'FORBIDDEN');
      }
      expectRefused(await expectNothingWrittenToBudget(t, () => setLimit(t, input, null)), 'UNAUTHENTICATED');
    });
  });
});

// =============================================================================================
// 2020: the plan-versus-fact report of Akmola
// =============================================================================================

type ReportRow = NonNullable<ProgramReportQuery['programReport']>['rows'][number];

describe('the programme report (Akmola, 2020)', () => {
  const clock = manualClock('2020-03-02T09:00:00Z');
  const staff = staffOf('AKM');
  let t: TestGateway;
  /** the grant paid out after the first report date, and its local payment date */
  let lateGrant: string;

  beforeAll(async () => {
    t = await startTestGateway({ now: clock.now });
    // grants (cap 2020: 200 × 2 778 = 555 600): four approved, two paid on 2 March
    const g1 = await recommendedGrant(t, staff, { region: 'AKM', amount: '500000.00', issuedOn: '2020-02-10' });
    const g2 = await recommendedGrant(t, staff, { region: 'AKM', amount: '400000.00', issuedOn: '2020-02-10' });
    const g3 = await recommendedGrant(t, staff, { region: 'AKM', amount: '300000.00', issuedOn: '2020-02-10' });
    const g4 = await recommendedGrant(t, staff, { region: 'AKM', amount: '348250.00', issuedOn: '2020-02-10' });
    for (const g of [g1, g2, g3, g4]) ok(await approveGrant(t, g.id, staff.approver));
    ok(await confirm(t, g1.id, staff.accountant, '2020-03-02'));
    ok(await confirm(t, g4.id, staff.accountant, '2020-03-02'));
    // microcredits: three approved, two paid (3 and 5 jobs)
    const m1 = await approvedMicrocredit(t, staff, { region: 'AKM', requested: '3000000.00', proposed: '3000000.00', final: '3000000.00', jobs: 3 });
    const m2 = await approvedMicrocredit(t, staff, { region: 'AKM', requested: '6000000.00', proposed: '5500000.00', final: '5000000.00', jobs: 5 });
    await approvedMicrocredit(t, staff, { region: 'AKM', requested: '2000000.00', proposed: '2000000.00', final: '2000000.00', jobs: 7 });
    await disbursedMicrocredit(t, staff, m1, '2020-03-02');
    await disbursedMicrocredit(t, staff, m2, '2020-03-02');
    // the second grant is paid at 00:30 local time on 16 July (19:30 UTC on the 15th)
    clock.set('2020-07-15T19:30:00Z');
    ok(await confirm(t, g2.id, staff.accountant, '2020-07-16'));
    lateGrant = g2.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const report = async (asOf: string, actor: Actor = auditor, regionCode: string | null = 'AKM') =>
    ok(await t.op(ProgramReportDocument, { year: 2020, asOf, regionCode }, actor)).programReport!;
  const row = (rows: ReportRow[], kind: ApplicationKind) => {
    const found = rows.filter((r) => r.kind === kind);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('gives plan against fact as of 1 July: the seeded plan, approvals, payments, jobs and the percentage', async () => {
    const r = await report('2020-07-01');
    expect(r).toMatchObject({ year: 2020, asOf: '2020-07-01', asOfDate: '2020-07-01' });
    expect(r.rows.map((x) => x.regionCode).every((c) => c === 'AKM')).toBe(true);
    expect(row(r.rows, 'GRANT')).toEqual({
      regionCode: 'AKM',
      regionName: 'Akmola',
      kind: 'GRANT',
      plannedCount: 640,
      plannedAmount: '339300000.00',
      plannedJobs: null,
      approvedCount: 4,
      approvedAmount: '1548250.00',
      // g2 and g3 approved, not yet paid on 1 July
      approvedUnpaidCount: 2,
      approvedUnpaidAmount: '700000.00',
      disbursedCount: 2,
      disbursedAmount: '848250.00',
      jobs: null,
      // 848 250 / 339 300 000 = 0.25 % exactly: rounded half up to one decimal; the Percent keeps two
      percentOfPlan: '0.3',
      amountShareOfPlan: '0.25',
      // 2 of 640
      countShareOfPlan: '0.31',
      jobsShareOfPlan: null,
      shareOfPlan: '0.25',
    });
    expect(row(r.rows, 'MICROCREDIT')).toEqual({
      regionCode: 'AKM',
      regionName: 'Akmola',
      kind: 'MICROCREDIT',
      plannedCount: 803,
      plannedAmount: '3461300000.00',
      plannedJobs: null,
      approvedCount: 3,
      approvedAmount: '10000000.00',
      approvedUnpaidCount: 1,
      approvedUnpaidAmount: '2000000.00',
      disbursedCount: 2,
      disbursedAmount: '8000000.00',
      jobs: 8,
      // 8 000 000 / 3 461 300 000 = 0.2311 %
      percentOfPlan: '0.2',
      amountShareOfPlan: '0.23',
      // 2 of 803
      countShareOfPlan: '0.25',
      // no jobs planned in the seeds
      jobsShareOfPlan: null,
      shareOfPlan: '0.23',
    });
    expect(row(r.rows, 'LIFTING')).toMatchObject({ plannedCount: null, plannedAmount: null, approvedCount: 0, approvedAmount: '0.00', disbursedCount: 0, disbursedAmount: '0.00', jobs: null, percentOfPlan: null, shareOfPlan: null });
  });

  it('counts a payment from its local date: asOf the day before leaves it out', async () => {
    expect((await t.sql('select at from budget_movement where application_id = $1 and movement = $2', [lateGrant, 'COMMIT']))[0].at.toISOString()).toBe('2020-07-15T19:30:00.000Z');
    const before = row((await report('2020-07-15')).rows, 'GRANT');
    expect(before).toMatchObject({ approvedCount: 4, disbursedCount: 2, disbursedAmount: '848250.00', percentOfPlan: '0.3' });
    const after = row((await report('2020-07-16')).rows, 'GRANT');
    // 1 248 250 / 339 300 000 = 0.3679 %
    expect(after).toMatchObject({ approvedCount: 4, disbursedCount: 3, disbursedAmount: '1248250.00', percentOfPlan: '0.4', shareOfPlan: '0.37' });
    // before anything happened, nothing is counted; the plan is still there
    const empty = row((await report('2020-03-01')).rows, 'MICROCREDIT');
    expect(empty).toMatchObject({ plannedCount: 803, approvedCount: 0, approvedAmount: '0.00', disbursedCount: 0, disbursedAmount: '0.00', jobs: 0, percentOfPlan: '0.0', shareOfPlan: '0.00' });
  });

  it("the totals are the sum of the rows, for one region and for the republic", async () => {
    for (const regionCode of ['AKM', null]) {
      const r = await report('2020-12-31', auditor, regionCode);
      if (regionCode === null) expect(new Set(r.rows.map((x) => x.regionCode)).size).toBe(17);
      expect(r.totals.map((x) => x.kind).sort()).toEqual(['GRANT', 'LIFTING', 'MICROCREDIT']);
      for (const total of r.totals) {
        const of = r.rows.filter((x) => x.kind === total.kind);
        // a sum over rows that all lack a value (no plan anywhere) is no value either
        const sumMoney = (pick: (x: ReportRow) => string | null | undefined) =>
          of.every((x) => pick(x) == null) ? null : money(of.reduce((s, x) => s + tiyn(pick(x) ?? '0'), 0n));
        const sumCount = (pick: (x: ReportRow) => number | null | undefined) =>
          of.every((x) => pick(x) == null) ? null : of.reduce((s, x) => s + (pick(x) ?? 0), 0);
        expect(total).toMatchObject({
          regionCode: null,
          regionName: null,
          plannedCount: sumCount((x) => x.plannedCount),
          plannedAmount: sumMoney((x) => x.plannedAmount),
          approvedCount: sumCount((x) => x.approvedCount),
          approvedAmount: sumMoney((x) => x.approvedAmount),
          disbursedCount: sumCount((x) => x.disbursedCount),
          disbursedAmount: sumMoney((x) => x.disbursedAmount),
        });
        if (total.kind === 'MICROCREDIT') expect(total.jobs).toBe(sumCount((x) => x.jobs));
        // the percentage of the totals is of their own sums, rounded half up to one decimal
        expect(total.percentOfPlan).toBe(total.plannedAmount == null ? null : percent(tiyn(total.disbursedAmount), tiyn(total.plannedAmount)));
      }
      // only Akmola has applications; other regions may carry seeded plans of their own
      expect(row(r.totals, 'GRANT')).toMatchObject({ approvedCount: 4, approvedAmount: '1548250.00', disbursedCount: 3, disbursedAmount: '1248250.00' });
      expect(row(r.totals, 'MICROCREDIT')).toMatchObject({ approvedCount: 3, approvedAmount: '10000000.00', disbursedCount: 2, disbursedAmount: '8000000.00', jobs: 8 });
      if (regionCode === 'AKM') {
        expect(row(r.totals, 'GRANT')).toMatchObject({ plannedCount: 640, plannedAmount: '339300000.00', percentOfPlan: '0.4' });
        expect(row(r.totals, 'MICROCREDIT')).toMatchObject({ plannedCount: 803, plannedAmount: '3461300000.00', percentOfPlan: '0.2' });
      } else {
        expect(tiyn(row(r.totals, 'GRANT').plannedAmount!)).toBeGreaterThanOrEqual(tiyn('339300000.00'));
      }
    }
  });

  it('staff see their own region only; applicants nothing; an unknown year is VALIDATION', async () => {
    const own = await report('2020-07-01', reviewer, null);
    expect(new Set(own.rows.map((x) => x.regionCode))).toEqual(new Set(['AKM']));
    expect(row(own.rows, 'GRANT').disbursedAmount).toBe('848250.00');
    expectRefused(await t.op(ProgramReportDocument, { year: 2020, asOf: '2020-07-01', regionCode: 'AKM' }, otherRegionReviewer), 'FORBIDDEN');
    expectRefused(await t.op(ProgramReportDocument, { year: 2020, asOf: '2020-07-01', regionCode: 'AKM' }, newApplicant()), 'FORBIDDEN');
    expectRefused(await t.op(ProgramReportDocument, { year: 2020, asOf: '2020-07-01', regionCode: 'AKM' }, null), 'UNAUTHENTICATED');
    expectRefused(await t.op(ProgramReportDocument, { year: 2020, asOf: '2031-01-01', regionCode: 'AKM' }, auditor), 'VALIDATION');
    expectRefused(await t.op(ProgramReportDocument, { year: 2031, asOf: '2020-07-01', regionCode: 'AKM' }, auditor), 'VALIDATION');
    expectRefused(await t.op(ProgramReportDocument, { year: 2020, asOf: '2020-02-30', regionCode: 'AKM' }, auditor), 'VALIDATION');
  });

  describe('as CSV', () => {
    const csvUrl = (query: string) => new URL(`/reports/program.csv?${query}`, t.url).toString();
    const get = async (query: string, actor?: Actor | null, authorization?: string) => {
      const headers: Record<string, string> = {};
      if (authorization) headers.authorization = authorization;
      else if (actor) headers.authorization = `Bearer ${await t.token(actor)}`;
      return fetch(csvUrl(query), { headers });
    };
    const csvLine = (x: ReportRow) =>
      [
        x.regionCode ?? 'TOTAL',
        x.regionName ?? 'Republic of Kazakhstan',
        x.kind,
        x.plannedCount ?? '',
        x.plannedAmount ?? '',
        x.plannedJobs ?? '',
        x.approvedCount,
        x.approvedAmount,
        x.approvedUnpaidCount,
        x.approvedUnpaidAmount,
        x.disbursedCount,
        x.disbursedAmount,
        x.jobs ?? '',
        x.amountShareOfPlan ?? '',
        x.countShareOfPlan ?? '',
        x.jobsShareOfPlan ?? '',
      ].join(',');

    it('returns text/csv with a header line and the same figures as the GraphQL report', async () => {
      const response = await get('year=2020&asOf=2020-07-01&regionCode=akm', auditor);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const text = await response.text();
      const lines = text.trimEnd().split('\n');
      expect(lines[0]).toBe(
        'regionCode,regionName,kind,plannedCount,plannedAmount,plannedJobs,approvedCount,approvedAmount,approvedUnpaidCount,approvedUnpaidAmount,disbursedCount,disbursedAmount,jobs,amountShareOfPlan,countShareOfPlan,jobsShareOfPlan',
      );
      const r = await report('2020-07-01');
      expect(lines.slice(1)).toEqual([...r.rows, ...r.totals].map(csvLine));
      expect(lines).toContain('AKM,Akmola,GRANT,640,339300000.00,,4,1548250.00,2,700000.00,2,848250.00,,0.25,0.31,');
      // the parameter's name of before answers the same
      expect(await (await get('year=2020&asOf=2020-07-01&region=AKM', auditor)).text()).toBe(text);
      // the regional staff's own region
      const own = await get('year=2020&asOf=2020-07-01', accountant);
      expect(own.status).toBe(200);
      expect((await own.text()).trimEnd().split('\n').slice(1)).toEqual([...r.rows, ...r.totals].map(csvLine));
    });

    async function expectJsonError(response: Response, status: number, code: string) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/json/);
      const body = (await response.json()) as { error?: { code?: string; message?: string } };
      expect(body.error?.code).toBe(code);
      expect(typeof body.error?.message).toBe('string');
    }

    it('401 without a valid token, 403 for another region or an applicant, 400 for a bad date or year', async () => {
      await expectJsonError(await get('year=2020&asOf=2020-07-01&region=AKM', null), 401, 'UNAUTHENTICATED');
      await expectJsonError(await get('year=2020&asOf=2020-07-01&region=AKM', null, 'Bearer not-a-token'), 401, 'UNAUTHENTICATED');
      await expectJsonError(await get('year=2020&asOf=2020-07-01&region=AKM', otherRegionReviewer), 403, 'FORBIDDEN');
      await expectJsonError(await get('year=2020&asOf=2020-07-01', newApplicant()), 403, 'FORBIDDEN');
      await expectJsonError(await get('year=2020&asOf=2020-13-01&region=AKM', auditor), 400, 'VALIDATION');
      await expectJsonError(await get('year=2020&asOf=01.07.2020&region=AKM', auditor), 400, 'VALIDATION');
      await expectJsonError(await get('year=20&asOf=2020-07-01&region=AKM', auditor), 400, 'VALIDATION');
      await expectJsonError(await get('year=2020&asOf=2031-01-01&region=AKM', auditor), 400, 'VALIDATION');
    });

    it('400 for a date that does not exist (2020-02-30), as the GraphQL report refuses it', async () => {
      await expectJsonError(await get('year=2020&asOf=2020-02-30&region=AKM', auditor), 400, 'VALIDATION');
    });

    it('400 for a region that is no region code (a NUL byte, a quote, a long string), before any SQL', async () => {
      for (const region of ['%00', 'AK%00M', "AKM'--", 'A'.repeat(5000)]) {
        await expectJsonError(await get(`year=2020&asOf=2020-07-01&region=${region}`, auditor), 400, 'VALIDATION');
      }
    });
  });
});
