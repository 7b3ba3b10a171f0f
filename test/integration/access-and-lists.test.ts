import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  ApplicationDocument,
  ApplicationsDocument,
  ApproveDocument,
  MeDocument,
  RecommendDocument,
  ReferenceDataDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  SetFundingLimitDocument,
  UpsertFiscalYearDocument,
  WithdrawDocument,
  type ApplicationFilterInput,
} from '../../schema/client/graphql';
import { asType, codeOf, ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import {
  OTHER_REGION,
  REGION,
  accountant,
  admin,
  approver,
  approver2,
  auditor,
  grantInput,
  manualClock,
  newApplicant,
  otherRegionReviewer,
  reviewer,
  reviewerApprover,
} from '../support/fixtures';

const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

type Applicant = ReturnType<typeof newApplicant>;

async function submit(applicant: Applicant, regionCode: string = REGION, amount = '500000.00'): Promise<string> {
  const data = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { regionCode, amount }) }, applicant));
  return data.submitGrantApplication.id;
}

async function list(actor: Actor, filter?: ApplicationFilterInput, first = 100, after?: string) {
  return ok(await t.op(ApplicationsDocument, { filter, first, after }, actor)).applications;
}

/** Every id the actor's list gives, following the cursors to the end. */
async function listAll(actor: Actor, filter?: ApplicationFilterInput): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await list(actor, filter, 100, after);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor!;
  }
}

const idsOf = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((e) => e.node.id);

describe('who sees what', () => {
  let mine: Applicant;
  let theirs: Applicant;
  let akmIds: string[];
  let pavId: string;

  beforeAll(async () => {
    clock.set('2026-03-02T10:00:00Z');
    mine = newApplicant();
    theirs = newApplicant('1985-01-20', 'male');
    akmIds = [await submit(mine)];
    clock.advance(60_000);
    akmIds.push(await submit(mine));
    clock.advance(60_000);
    akmIds.push(await submit(theirs));
    clock.advance(60_000);
    pavId = await submit(theirs, OTHER_REGION);
  });

  it('applicants see only their own applications', async () => {
    expect(idsOf(await list(mine))).toEqual([akmIds[1], akmIds[0]]);
    expect(idsOf(await list(theirs))).toEqual([pavId, akmIds[2]]);
    // a filter cannot widen the scope
    expect(idsOf(await list(mine, { applicantIin: theirs.iin }))).toEqual([]);

    const own = await t.op(ApplicationDocument, { id: akmIds[0]! }, mine);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.application!.applicant.iin).toBe(mine.iin);

    // another's application answers as an id that does not exist: a stranger learns nothing of it
    const other = await t.op(ApplicationDocument, { id: akmIds[2]! }, mine);
    expect(codeOf(other)).toBe('NOT_FOUND');
    const missingId = randomUUID();
    const missing = await t.op(ApplicationDocument, { id: missingId }, mine);
    expect(other.body.errors![0]!.message.replace(akmIds[2]!, '<id>')).toBe(missing.body.errors![0]!.message.replace(missingId, '<id>'));
    // a single application is nullable: the refusal nulls it alone
    expect(other.body.data).toEqual({ application: null });
    // nor may they act on it
    const withdraw = await t.op(WithdrawDocument, { input: { applicationId: akmIds[2]! } }, mine);
    expect(codeOf(withdraw)).toBe('NOT_FOUND');
    expect(withdraw.body.errors![0]!.message).toBe(`there is no application ${akmIds[2]!}`);
  });

  it('regional staff see only their region', async () => {
    const pav = await listAll(otherRegionReviewer);
    expect(pav).toContain(pavId);
    for (const id of akmIds) expect(pav).not.toContain(id);
    const pavNodes = (await list(otherRegionReviewer)).edges.map((e) => e.node.regionCode);
    expect(new Set(pavNodes)).toEqual(new Set([OTHER_REGION]));

    const akm = await listAll(reviewer);
    for (const id of akmIds) expect(akm).toContain(id);
    expect(akm).not.toContain(pavId);
    // asking for another region's applications gives nothing
    expect(idsOf(await list(reviewer, { regionCode: OTHER_REGION }))).toEqual([]);

    // another region's application answers as one that does not exist, to a read and to an action
    const read = await t.op(ApplicationDocument, { id: akmIds[0]! }, otherRegionReviewer);
    expect(codeOf(read)).toBe('NOT_FOUND');
    const act = await t.op(StartReviewDocument, { input: { applicationId: akmIds[0]! } }, otherRegionReviewer);
    expect(codeOf(act)).toBe('NOT_FOUND');
    const [row] = await t.sql('select state, version from application where id = $1', [akmIds[0]]);
    expect(row).toEqual({ state: 'awaitingReview', version: 1 });

    const own = await t.op(ApplicationDocument, { id: pavId }, otherRegionReviewer);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.application!.availableActions).toEqual(['START_REVIEW']);
  });

  it('auditors see everything, are offered no actions and cannot act', async () => {
    const all = await listAll(auditor);
    for (const id of [...akmIds, pavId]) expect(all).toContain(id);
    const [{ n }] = await t.sql('select count(*)::int as n from application');
    expect(all).toHaveLength(n);

    const page = await list(auditor, { applicantIin: theirs.iin });
    expect(idsOf(page)).toEqual([pavId, akmIds[2]]);
    for (const edge of page.edges) expect(edge.node.availableActions).toEqual([]);

    const read = ok(await t.op(ApplicationDocument, { id: pavId }, auditor)).application!;
    expect(read.availableActions).toEqual([]);
    expect(read.history.map((h) => h.action)).toEqual(['SUBMIT']);

    const act = await t.op(StartReviewDocument, { input: { applicationId: pavId } }, auditor);
    expect(codeOf(act)).toBe('FORBIDDEN');
    // an auditor who is also a reviewer still only acts in their region
    const auditingReviewer: Actor = { id: 'auditor-reviewer', roles: ['auditor', 'reviewer'], region: REGION };
    expect(codeOf(await t.op(StartReviewDocument, { input: { applicationId: pavId } }, auditingReviewer))).toBe('FORBIDDEN');
    const [row] = await t.sql('select state, version from application where id = $1', [pavId]);
    expect(row).toEqual({ state: 'awaitingReview', version: 1 });
  });

  it('administrators see no applications', async () => {
    const page = await list(admin);
    expect(page).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
    expect(codeOf(await t.op(ApplicationDocument, { id: akmIds[0]! }, admin))).toBe('NOT_FOUND');
    expect(codeOf(await t.op(StartReviewDocument, { input: { applicationId: akmIds[0]! } }, admin))).toBe('NOT_FOUND');
  });

  it('anonymous callers get UNAUTHENTICATED for lists and applications', async () => {
    expect(codeOf(await t.op(ApplicationsDocument, {}, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.op(ApplicationDocument, { id: akmIds[0]! }, null))).toBe('UNAUTHENTICATED');
  });
});

describe('list filters', () => {
  const from = '2026-04-01T00:00:00.000Z';
  const to = '2026-04-06T00:00:00.000Z';
  const x = newApplicant('1992-02-02', 'male');
  const y = newApplicant('1993-03-03', 'female');
  const z = newApplicant('1994-04-04', 'male');
  const ids: Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5', string> = { a1: '', a2: '', a3: '', a4: '', a5: '' };
  const inWindow = { submittedFrom: from, submittedTo: to };

  beforeAll(async () => {
    clock.set('2026-04-01T10:00:00Z');
    ids.a1 = await submit(x); // stays awaitingReview
    clock.set('2026-04-02T10:00:00Z');
    ids.a2 = await submit(x);
    ok(await t.op(StartReviewDocument, { input: { applicationId: ids.a2 } }, reviewer)); // underReview
    clock.set('2026-04-03T10:00:00Z');
    ids.a3 = await submit(y, OTHER_REGION);
    clock.set('2026-04-04T10:00:00Z');
    ids.a4 = await submit(y);
    ok(await t.op(WithdrawDocument, { input: { applicationId: ids.a4 } }, y)); // withdrawn
    clock.set('2026-04-05T10:00:00Z');
    ids.a5 = await submit(z);
    // outside the window on both sides
    clock.set('2026-03-31T23:59:59Z');
    await submit(z);
    clock.set('2026-04-06T00:00:00Z');
    await submit(z);
  });

  it('a time window, newest first', async () => {
    expect(idsOf(await list(auditor, inWindow))).toEqual([ids.a5, ids.a4, ids.a3, ids.a2, ids.a1]);
    // submittedFrom is inclusive, submittedTo exclusive
    expect(idsOf(await list(auditor, { submittedFrom: '2026-04-02T10:00:00Z', submittedTo: '2026-04-04T10:00:00Z' }))).toEqual([ids.a3, ids.a2]);
    expect(idsOf(await list(auditor, { applicantIin: z.iin, submittedFrom: '2026-04-06T00:00:00Z' }))).toHaveLength(1);
    expect(idsOf(await list(auditor, { applicantIin: z.iin, submittedTo: '2026-04-01T00:00:00Z' }))).toHaveLength(1);
  });

  it('by kind', async () => {
    expect(idsOf(await list(auditor, { ...inWindow, kind: 'GRANT' }))).toEqual([ids.a5, ids.a4, ids.a3, ids.a2, ids.a1]);
    expect(idsOf(await list(auditor, { ...inWindow, kind: 'MICROCREDIT' }))).toEqual([]);
    const page = await list(auditor, { kind: 'GRANT' });
    for (const edge of page.edges) expect(edge.node.kind).toBe('GRANT');
  });

  it('by states', async () => {
    expect(idsOf(await list(auditor, { ...inWindow, states: ['underReview', 'withdrawn'] }))).toEqual([ids.a4, ids.a2]);
    expect(idsOf(await list(auditor, { ...inWindow, states: ['awaitingReview'] }))).toEqual([ids.a5, ids.a3, ids.a1]);
    expect(idsOf(await list(auditor, { ...inWindow, states: ['closed'] }))).toEqual([]);
    // an empty list of states does not filter
    expect(idsOf(await list(auditor, { ...inWindow, states: [] }))).toHaveLength(5);
  });

  it('by region', async () => {
    expect(idsOf(await list(auditor, { ...inWindow, regionCode: OTHER_REGION }))).toEqual([ids.a3]);
    expect(idsOf(await list(auditor, { ...inWindow, regionCode: REGION }))).toEqual([ids.a5, ids.a4, ids.a2, ids.a1]);
    expect(idsOf(await list(reviewer, { ...inWindow, regionCode: REGION }))).toEqual([ids.a5, ids.a4, ids.a2, ids.a1]);
  });

  it('by applicant IIN', async () => {
    expect(idsOf(await list(auditor, { applicantIin: y.iin }))).toEqual([ids.a4, ids.a3]);
    expect(idsOf(await list(reviewer, { applicantIin: y.iin }))).toEqual([ids.a4]);
    expect(idsOf(await list(auditor, { applicantIin: x.iin }))).toEqual([ids.a2, ids.a1]);
    expect(idsOf(await list(y, { applicantIin: y.iin }))).toEqual([ids.a4, ids.a3]);
  });

  it('combined', async () => {
    expect(idsOf(await list(auditor, { applicantIin: y.iin, regionCode: REGION, states: ['withdrawn'], kind: 'GRANT' }))).toEqual([ids.a4]);
    expect(idsOf(await list(auditor, { applicantIin: y.iin, regionCode: REGION, states: ['awaitingReview'] }))).toEqual([]);
    expect(idsOf(await list(auditor, { ...inWindow, states: ['awaitingReview'], regionCode: REGION }))).toEqual([ids.a5, ids.a1]);
    expect(
      idsOf(await list(reviewer, { kind: 'GRANT', states: ['awaitingReview', 'underReview'], submittedFrom: '2026-04-02T00:00:00Z', submittedTo: to })),
    ).toEqual([ids.a5, ids.a2]);
    expect(idsOf(await list(x, { ...inWindow, states: ['underReview'] }))).toEqual([ids.a2]);
  });
});

describe('keyset pagination', () => {
  it('pages 25 applications as 10, 10, 5, newest first, and a cursor survives new submissions', async () => {
    const applicant = newApplicant('1991-07-07', 'female');
    clock.set('2026-05-01T08:00:00Z');
    const submitted: Array<{ id: string; at: string }> = [];
    for (let i = 0; i < 25; i += 1) {
      // pairs share a timestamp, so the id breaks ties
      if (i % 2 === 0) clock.advance(60_000);
      submitted.push({ id: await submit(applicant), at: clock.now().toISOString() });
    }
    const expected = [...submitted]
      .sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1))
      .map((s) => s.id);

    const page1 = await list(applicant, undefined, 10);
    const page2 = await list(applicant, undefined, 10, page1.pageInfo.endCursor!);
    const page3 = await list(applicant, undefined, 10, page2.pageInfo.endCursor!);
    expect([page1, page2, page3].map((p) => p.edges.length)).toEqual([10, 10, 5]);
    expect([page1, page2, page3].map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(page1.pageInfo.endCursor).toBe(page1.edges.at(-1)!.cursor);
    expect(page3.pageInfo.endCursor).toBe(page3.edges.at(-1)!.cursor);
    const all = [...idsOf(page1), ...idsOf(page2), ...idsOf(page3)];
    expect(new Set(all).size).toBe(25);
    expect(all).toEqual(expected);
    const times = [page1, page2, page3].flatMap((p) => p.edges.map((e) => e.node.submittedAt));
    expect(times).toEqual([...times].sort().reverse());

    // a page after the last is empty
    const after3 = await list(applicant, undefined, 10, page3.pageInfo.endCursor!);
    expect(after3).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null } });

    // newer applications go on top: page 2 by its cursor is unchanged
    clock.advance(3_600_000);
    const newer = [await submit(applicant), await submit(applicant), await submit(applicant)];
    const page2Again = await list(applicant, undefined, 10, page1.pageInfo.endCursor!);
    expect(idsOf(page2Again)).toEqual(idsOf(page2));
    expect(page2Again.pageInfo).toEqual(page2.pageInfo);
    const first = await list(applicant, undefined, 10);
    expect(idsOf(first).slice(0, 3).sort()).toEqual([...newer].sort());
    expect(idsOf(first).slice(3)).toEqual(expected.slice(0, 7));
    expect(await listAll(applicant)).toHaveLength(28);
  });

  it('refuses a cursor it did not give out, and a page size out of range', async () => {
    const applicant = newApplicant('1991-08-08', 'male');
    expect(codeOf(await t.op(ApplicationsDocument, { first: 10, after: 'not-a-cursor' }, applicant))).toBe('VALIDATION');
    expect(codeOf(await t.op(ApplicationsDocument, { first: 0 }, applicant))).toBe('VALIDATION');
    expect(codeOf(await t.op(ApplicationsDocument, { first: 101 }, applicant))).toBe('VALIDATION');
  });
});

describe('history and available actions per role', () => {
  it('follow the application through its states', async () => {
    clock.set('2026-06-01T09:00:00Z');
    const applicant = newApplicant('1989-09-09', 'female');
    const id = await submit(applicant);
    const actions = async (actor: Actor) => ok(await t.op(ApplicationDocument, { id }, actor)).application!.availableActions;

    expect(await actions(reviewer)).toEqual(['START_REVIEW']);
    expect(await actions(applicant)).toEqual(['WITHDRAW']);
    expect(await actions(approver)).toEqual([]);
    expect(await actions(accountant)).toEqual([]);
    expect(await actions(auditor)).toEqual([]);

    clock.advance(60_000);
    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewerApprover));
    expect(await actions(reviewer)).toEqual(['RECOMMEND', 'REJECT', 'REQUEST_CHANGES']);
    expect(await actions(applicant)).toEqual(['WITHDRAW']);
    expect(await actions(approver)).toEqual([]);

    clock.advance(60_000);
    ok(await t.op(RecommendDocument, { input: { applicationId: id, amount: '450000.00' } }, reviewerApprover));
    expect(await actions(approver)).toEqual(['APPROVE', 'REJECT']);
    // four eyes: who recommended may not decide
    expect(await actions(reviewerApprover)).toEqual([]);
    expect(await actions(reviewer)).toEqual([]);
    expect(await actions(applicant)).toEqual(['WITHDRAW']);

    const read = ok(await t.op(ApplicationDocument, { id }, applicant)).application!;
    expect(read.history.map((h) => [h.seq, h.action, h.fromState, h.toState, h.actor.id, h.at])).toEqual([
      [1, 'SUBMIT', null, 'awaitingReview', applicant.id, '2026-06-01T09:00:00.000Z'],
      [2, 'START_REVIEW', 'awaitingReview', 'underReview', reviewerApprover.id, '2026-06-01T09:01:00.000Z'],
      [3, 'RECOMMEND', 'underReview', 'recommended', reviewerApprover.id, '2026-06-01T09:02:00.000Z'],
    ]);
    expect(read.history[2]!.details).toEqual({ amount: '450000.00' });
    expect(read.history[2]!.actor.roles).toEqual(['reviewer', 'approver']);

    const last = await t.gql<{ application: { history: Array<{ seq: number; action: string }> } }>(
      'query ($id: ID!) { application(id: $id) { history(last: 2) { seq action } } }',
      { id },
      auditor,
    );
    expect(last.body.errors).toBeUndefined();
    expect(last.body.data!.application.history).toEqual([
      { seq: 2, action: 'START_REVIEW' },
      { seq: 3, action: 'RECOMMEND' },
    ]);
  });
});

describe('reference data and the caller', () => {
  it('regions and fiscal years are readable without a token', async () => {
    const response = await t.op(ReferenceDataDocument, {}, null);
    expect(response.body.errors).toBeUndefined();
    const { regions, fiscalYears } = response.body.data!;
    expect(regions).toHaveLength(20);
    expect(new Set(regions.map((r) => r.code)).size).toBe(20);
    const byCode = new Map(regions.map((r) => [r.code, r]));
    expect(byCode.get('AST')).toMatchObject({ name: 'Astana', type: 'CITY', formerNames: [{ name: 'Nur-Sultan', until: 2022 }] });
    for (const code of ['ABY', 'ZHT', 'ULT']) expect(byCode.get(code)).toMatchObject({ establishedYear: 2022, type: 'REGION' });
    expect(regions.filter((r) => r.establishedYear === 2022).map((r) => r.code).sort()).toEqual(['ABY', 'ULT', 'ZHT']);
    expect(regions.filter((r) => r.type === 'CITY').map((r) => r.code).sort()).toEqual(['ALA', 'AST', 'SHY']);

    expect(fiscalYears.find((f) => f.year === 2020)).toEqual({ year: 2020, mci: '2778.00', minimumWage: '42500.00', grantCap: '555600.00' });
    expect(fiscalYears.find((f) => f.year === 2026)).toMatchObject({ mci: '4325.00', grantCap: '865000.00' });
    const years = fiscalYears.map((f) => f.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('`me` needs a token', async () => {
    expect(codeOf(await t.op(MeDocument, {}, null))).toBe('UNAUTHENTICATED');
    expect(ok(await t.op(MeDocument, {}, reviewer)).me).toEqual({ id: reviewer.id, roles: ['reviewer'], region: REGION, iin: null });
    const applicant = newApplicant();
    expect(ok(await t.op(MeDocument, {}, applicant)).me).toEqual({ id: applicant.id, roles: ['applicant'], region: null, iin: applicant.iin });
  });
});

describe('upsertFiscalYear', () => {
  it('is refused to a reviewer and changes nothing', async () => {
    const response = await t.op(UpsertFiscalYearDocument, { input: { year: 2026, mci: '1.00', minimumWage: '1.00' } }, reviewer);
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(codeOf(await t.op(UpsertFiscalYearDocument, { input: { year: 2027, mci: '1.00', minimumWage: '1.00' } }, null))).toBe('UNAUTHENTICATED');
    const [row] = await t.sql("select mci::text, minimum_wage::text from fiscal_year where year = 2026");
    expect(row).toEqual({ mci: '4325.00', minimum_wage: '85000.00' });
    const [{ n }] = await t.sql('select count(*)::int as n from fiscal_year where year = 2027');
    expect(n).toBe(0);
  });

  it('lets an administrator add 2027 and correct 2026; the caps follow', async () => {
    // recommended under the old parameters, approved after the correction
    clock.set('2026-07-01T09:00:00Z');
    const applicant = newApplicant('1987-10-10', 'male');
    // 870 000 is over the 2026 cap of 865 000 before the correction
    const refused = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '870000.00' }) }, applicant);
    expect(codeOf(refused)).toBe('VALIDATION');
    expect(refused.body.errors![0]!.extensions!.violations).toEqual([expect.objectContaining({ rule: 'AMOUNT_OVER_CAP' })]);
    const before = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '800000.00' }) }, applicant)).submitGrantApplication;
    expect(before.screening.cap).toBe('865000.00');
    ok(await t.op(StartReviewDocument, { input: { applicationId: before.id } }, reviewer));
    ok(await t.op(RecommendDocument, { input: { applicationId: before.id } }, reviewer));

    const added = await t.op(UpsertFiscalYearDocument, { input: { year: 2027, mci: '4500.00', minimumWage: '90000.00', note: 'budget law 2027' } }, admin);
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.upsertFiscalYear).toEqual({ year: 2027, mci: '4500.00', minimumWage: '90000.00', grantCap: '900000.00', note: 'budget law 2027' });

    const corrected = await t.op(UpsertFiscalYearDocument, { input: { year: 2026, mci: '4400.00', minimumWage: '85000.00', note: 'corrected' } }, admin);
    expect(corrected.body.errors).toBeUndefined();
    expect(corrected.body.data!.upsertFiscalYear).toEqual({ year: 2026, mci: '4400.00', minimumWage: '85000.00', grantCap: '880000.00', note: 'corrected' });

    const reference = ok(await t.op(ReferenceDataDocument, {}, null)).fiscalYears;
    expect(reference[0]).toEqual({ year: 2027, mci: '4500.00', minimumWage: '90000.00', grantCap: '900000.00' });
    expect(reference.find((f) => f.year === 2026)).toEqual({ year: 2026, mci: '4400.00', minimumWage: '85000.00', grantCap: '880000.00' });
    expect(reference.filter((f) => f.year === 2026)).toHaveLength(1);
    const [row] = await t.sql('select mci::text, minimum_wage::text, note, updated_by from fiscal_year where year = 2026');
    expect(row).toEqual({ mci: '4400.00', minimum_wage: '85000.00', note: 'corrected', updated_by: admin.id });

    // the approval decides on the corrected MCI
    clock.advance(3_600_000);
    ok(await t.op(ApproveDocument, { input: { applicationId: before.id } }, approver2));
    const decided = asType(ok(await t.op(ApplicationDocument, { id: before.id }, reviewer)).application, 'GrantApplication');
    expect(decided.decision).toMatchObject({ outcome: 'APPROVED', fiscalYear: 2026, cap: '880000.00', amount: '800000.00' });
    expect(decided.history.at(-1)!.facts).toEqual({ fiscalYear: { year: 2026, mci: '4400.00', minimumWage: '85000.00' } });
    // the screening of a new submission too: 870 000 now fits under 880 000
    const now = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '870000.00' }) }, applicant)).submitGrantApplication;
    expect(now.screening).toEqual({ fiscalYear: 2026, cap: '880000.00', reasons: [] });

    // and a decision in 2027 (local time, UTC+5) uses the 2027 parameters, against a 2027 limit
    ok(await t.op(SetFundingLimitDocument, { input: { regionCode: REGION, kind: 'GRANT', year: 2027, limitAmount: '100000000.00' } }, admin));
    const late = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '860000.00' }) }, applicant)).submitGrantApplication;
    ok(await t.op(StartReviewDocument, { input: { applicationId: late.id } }, reviewer));
    ok(await t.op(RecommendDocument, { input: { applicationId: late.id } }, reviewer));
    clock.set('2026-12-31T20:00:00Z');
    const approved = ok(await t.op(ApproveDocument, { input: { applicationId: late.id } }, approver)).approve;
    expect(approved).toMatchObject({ state: 'disbursementPending', decisionFiscalYear: 2027 });
    const lateRead = asType(ok(await t.op(ApplicationDocument, { id: late.id }, reviewer)).application, 'GrantApplication');
    expect(lateRead.decision).toMatchObject({ fiscalYear: 2027, cap: '900000.00' });
  });
});
