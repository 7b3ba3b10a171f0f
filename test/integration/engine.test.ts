import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  ApplicationDocument,
  ApproveDocument,
  ConfirmDisbursementDocument,
  RecommendDocument,
  RejectDocument,
  RequestChangesDocument,
  ResubmitGrantApplicationDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  WithdrawDocument,
} from '../../schema/client/graphql';
import { codeOf, ok } from '../support/assertions';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/gateway';
import { accountant, approver, approver2, grantInput, manualClock, newApplicant, reviewer, reviewer2 } from '../support/fixtures';

const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

type Applicant = ReturnType<typeof newApplicant>;

async function submit(applicant: Applicant = newApplicant(), amount = '500000.00'): Promise<{ id: string; applicant: Applicant }> {
  const data = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount }) }, applicant));
  return { id: data.submitGrantApplication.id, applicant };
}

async function startReview(id: string, by: Actor = reviewer) {
  return ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, by)).startReview;
}

/** A fresh application in `recommended` (version 3), recommended by `reviewer`. */
async function recommended(amount = '500000.00'): Promise<{ id: string; applicant: Applicant }> {
  const app = await submit(newApplicant(), amount);
  await startReview(app.id);
  const rec = ok(await t.op(RecommendDocument, { input: { applicationId: app.id, note: 'Looks viable' } }, reviewer)).recommend;
  expect(rec).toMatchObject({ state: 'recommended', version: 3 });
  return app;
}

async function logOf(id: string) {
  return t.sql<{ seq: number; event_type: string; from_state: string | null; to_state: string; actor_id: string }>(
    'select seq, event_type, from_state, to_state, actor_id from transition_log where application_id = $1 order by seq',
    [id],
  );
}

async function rowOf(id: string) {
  const [row] = await t.sql<{ state: string; version: number; snapshot: unknown; updated_at: Date }>(
    'select state, version, snapshot, updated_at from application where id = $1',
    [id],
  );
  return row!;
}

describe('the transition log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE and keeps its rows as they were', async () => {
    const { id } = await submit();
    await startReview(id);
    const allRows = () => t.sql('select * from transition_log order by id');
    const before = await allRows();
    expect(before.length).toBeGreaterThanOrEqual(2);

    await expect(t.sql("update transition_log set to_state = 'closed' where application_id = $1", [id])).rejects.toThrow(/append-only/);
    await expect(t.sql("update transition_log set event = '{}'::jsonb")).rejects.toThrow(/append-only/);
    await expect(t.sql('delete from transition_log where application_id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(t.sql('delete from transition_log')).rejects.toThrow(/append-only/);
    await expect(t.sql('truncate transition_log')).rejects.toThrow(/append-only/);
    // a cascade from the application table truncates the log too, and is refused the same way
    await expect(t.sql('truncate application cascade')).rejects.toThrow(/append-only/);

    expect(await allRows()).toEqual(before);
    expect(await rowOf(id)).toMatchObject({ state: 'underReview', version: 2 });
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });

  it('still accepts new rows: the engine keeps appending', async () => {
    const { id } = await submit();
    await startReview(id);
    await t.op(RejectDocument, { input: { applicationId: id, reason: 'No market for it' } }, reviewer);
    expect((await logOf(id)).map((r) => r.seq)).toEqual([1, 2, 3]);
  });
});

describe('concurrent actions on one application', () => {
  // each race is run on a few applications: one lucky ordering must not hide a missing lock
  const RACES = 3;

  it('two approvers at once: exactly one approves, the other gets INVALID_TRANSITION', async () => {
    for (let race = 0; race < RACES; race += 1) await approvalRace();
  });

  async function approvalRace() {
    const { id } = await recommended();
    const [a, b] = await Promise.all([
      t.op(ApproveDocument, { input: { applicationId: id } }, approver),
      t.op(ApproveDocument, { input: { applicationId: id } }, approver2),
    ]);
    const responses = [a, b];
    const winners = responses.filter((r) => r.body.errors === undefined);
    const losers = responses.filter((r) => r.body.errors !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(codeOf(losers[0]!)).toBe('INVALID_TRANSITION');
    expect(winners[0]!.body.data!.approve).toMatchObject({ state: 'disbursementPending', version: 4 });

    const log = await logOf(id);
    expect(log.filter((r) => r.event_type === 'APPROVE')).toHaveLength(1);
    expect(log.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(await rowOf(id)).toMatchObject({ state: 'disbursementPending', version: 4 });
    // the approver recorded is the one whose request won
    const winnerId = a.body.errors === undefined ? approver.id : approver2.id;
    expect(log[3]!.actor_id).toBe(winnerId);
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  }

  it('two approvers at once, both with expectedVersion: exactly one approves, the other gets VERSION_CONFLICT', async () => {
    for (let race = 0; race < RACES; race += 1) await versionedApprovalRace();
  });

  async function versionedApprovalRace() {
    const { id } = await recommended();
    const responses = await Promise.all([
      t.op(ApproveDocument, { input: { applicationId: id, expectedVersion: 3 } }, approver),
      t.op(ApproveDocument, { input: { applicationId: id, expectedVersion: 3 } }, approver2),
    ]);
    const winners = responses.filter((r) => r.body.errors === undefined);
    const losers = responses.filter((r) => r.body.errors !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(codeOf(losers[0]!)).toBe('VERSION_CONFLICT');
    expect(losers[0]!.body.errors![0]!.extensions).toMatchObject({ expectedVersion: 3, actualVersion: 4 });

    const log = await logOf(id);
    expect(log.filter((r) => r.event_type === 'APPROVE')).toHaveLength(1);
    expect(log).toHaveLength(4);
    expect(await rowOf(id)).toMatchObject({ state: 'disbursementPending', version: 4 });
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  }

  it('a burst of 10 startReview on 10 different applications all succeed', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) ids.push((await submit()).id);
    const responses = await Promise.all(
      ids.map((id, i) => t.op(StartReviewDocument, { input: { applicationId: id, expectedVersion: 1 } }, i % 2 === 0 ? reviewer : reviewer2)),
    );
    for (const response of responses) {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.startReview).toMatchObject({ state: 'underReview', version: 2 });
    }
    expect(responses.map((r) => r.body.data!.startReview.id)).toEqual(ids);
    const counts = await t.sql<{ application_id: string; n: number; max: number }>(
      'select application_id, count(*)::int as n, max(seq) as max from transition_log where application_id = any($1::uuid[]) group by application_id',
      [ids],
    );
    expect(counts).toHaveLength(10);
    for (const row of counts) expect(row).toMatchObject({ n: 2, max: 2 });
    const states = await t.sql<{ state: string; version: number }>('select state, version from application where id = any($1::uuid[])', [ids]);
    expect(states).toEqual(Array.from({ length: 10 }, () => ({ state: 'underReview', version: 2 })));
  });

  it('8 mixed actions at once (withdraw by the applicant vs startReview by reviewers), all with expectedVersion: exactly one wins', async () => {
    const { id, applicant } = await submit();
    const requests = Array.from({ length: 8 }, (_, i) =>
      i % 2 === 0
        ? t.op(WithdrawDocument, { input: { applicationId: id, expectedVersion: 1, reason: `changed my mind ${i}` } }, applicant)
        : t.op(StartReviewDocument, { input: { applicationId: id, expectedVersion: 1 } }, i % 4 === 1 ? reviewer : reviewer2),
    );
    const responses: GraphQLResponse[] = await Promise.all(requests);
    const winners = responses.filter((r) => r.body.errors === undefined);
    const losers = responses.filter((r) => r.body.errors !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(Array.from({ length: 7 }, () => 'VERSION_CONFLICT'));

    const won = winners[0]!.body.data as { withdraw?: { state: string }; startReview?: { state: string } };
    const expectedState = won.withdraw ? 'withdrawn' : 'underReview';
    expect((won.withdraw ?? won.startReview)!.state).toBe(expectedState);
    const log = await logOf(id);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ seq: 2, from_state: 'awaitingReview', to_state: expectedState, event_type: won.withdraw ? 'WITHDRAW' : 'START_REVIEW' });
    expect(await rowOf(id)).toMatchObject({ state: expectedState, version: 2 });
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });

  it('8 mixed actions at once without expectedVersion: the log stays a valid chain and ends withdrawn exactly once', async () => {
    // a withdrawal is also allowed under review, so without expectedVersion a START_REVIEW may
    // win first and one WITHDRAW after it; nothing else may get through
    const { id, applicant } = await submit();
    const responses: GraphQLResponse[] = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2 === 0
          ? t.op(WithdrawDocument, { input: { applicationId: id } }, applicant)
          : t.op(StartReviewDocument, { input: { applicationId: id } }, i % 4 === 1 ? reviewer : reviewer2),
      ),
    );
    const winners = responses.filter((r) => r.body.errors === undefined);
    const losers = responses.filter((r) => r.body.errors !== undefined);
    expect(losers.map(codeOf).every((code) => code === 'INVALID_TRANSITION')).toBe(true);
    expect(winners.length === 1 || winners.length === 2).toBe(true);

    const log = await logOf(id);
    expect(log).toHaveLength(1 + winners.length);
    expect(log.filter((r) => r.event_type === 'WITHDRAW')).toHaveLength(1);
    expect(log.filter((r) => r.event_type === 'START_REVIEW').length).toBe(winners.length - 1);
    expect(log.at(-1)).toMatchObject({ event_type: 'WITHDRAW', to_state: 'withdrawn' });
    expect(await rowOf(id)).toMatchObject({ state: 'withdrawn', version: 1 + winners.length });
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });
});

describe('expectedVersion', () => {
  it('accepts the matching version', async () => {
    const { id } = await submit();
    const review = await t.op(StartReviewDocument, { input: { applicationId: id, expectedVersion: 1 } }, reviewer);
    expect(review.body.errors).toBeUndefined();
    expect(review.body.data!.startReview).toMatchObject({ state: 'underReview', version: 2 });
    const rec = await t.op(RecommendDocument, { input: { applicationId: id, expectedVersion: 2, amount: '450000.00' } }, reviewer);
    expect(rec.body.errors).toBeUndefined();
    expect(rec.body.data!.recommend).toMatchObject({ state: 'recommended', version: 3 });
  });

  it('refuses a stale version with VERSION_CONFLICT and writes nothing', async () => {
    const { id, applicant } = await submit();
    await startReview(id);
    const before = await rowOf(id);
    const logBefore = await logOf(id);
    clock.advance(60_000);

    const stale = await t.op(RecommendDocument, { input: { applicationId: id, expectedVersion: 1 } }, reviewer);
    expect(stale.body.data ?? null).toBeNull();
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect(stale.body.errors![0]!.extensions).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    // a version from the future is as stale as one from the past
    const ahead = await t.op(WithdrawDocument, { input: { applicationId: id, expectedVersion: 3 } }, applicant);
    expect(codeOf(ahead)).toBe('VERSION_CONFLICT');

    expect(await rowOf(id)).toEqual(before);
    expect(await logOf(id)).toEqual(logBefore);
    const read = ok(await t.op(ApplicationDocument, { id }, reviewer)).application!;
    expect(read).toMatchObject({ state: 'underReview', version: 2, recommendation: null, withdrawal: null });
  });
});

describe('replaying the log reproduces the stored snapshot', () => {
  async function rejectedAtReview() {
    const { id } = await submit();
    await startReview(id);
    ok(await t.op(RejectDocument, { input: { applicationId: id, reason: 'Not a business idea' } }, reviewer));
    return { id, state: 'rejected', version: 3 };
  }
  async function rejectedByApprover() {
    const { id } = await recommended();
    ok(await t.op(RejectDocument, { input: { applicationId: id, reason: 'Budget exhausted' } }, approver));
    return { id, state: 'rejected', version: 4 };
  }
  async function withdrawn() {
    const { id, applicant } = await submit();
    ok(await t.op(WithdrawDocument, { input: { applicationId: id, reason: 'Found a job' } }, applicant));
    return { id, state: 'withdrawn', version: 2 };
  }
  async function ineligibleAfterResubmission() {
    const { id, applicant } = await submit();
    await startReview(id);
    ok(await t.op(RequestChangesDocument, { input: { applicationId: id, note: 'The amount seems low' } }, reviewer));
    const resubmitted = ok(
      await t.op(
        ResubmitGrantApplicationDocument,
        { input: { applicationId: id, proposal: { ...grantInput(applicant).proposal, amount: '900000.00' } } },
        applicant,
      ),
    ).resubmitGrantApplication;
    expect(resubmitted.state).toBe('ineligible');
    return { id, state: 'ineligible', version: 4 };
  }
  async function disbursed() {
    const { id } = await recommended('600000.00');
    ok(await t.op(ApproveDocument, { input: { applicationId: id, amount: '550000.00' } }, approver));
    const paid = ok(
      await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-77', paidOn: '2026-03-02' } }, accountant),
    ).confirmDisbursement;
    expect(paid).toMatchObject({ state: 'disbursed', disbursedAmount: '550000.00' });
    return { id, state: 'disbursed', version: 5 };
  }

  it.each([
    ['rejected at review', rejectedAtReview],
    ['rejected by the approver', rejectedByApprover],
    ['withdrawn', withdrawn],
    ['ineligible after resubmission', ineligibleAfterResubmission],
    ['disbursed', disbursed],
  ] as const)('%s', async (_name, drive) => {
    const { id, state, version } = await drive();
    expect(await rowOf(id)).toMatchObject({ state, version });
    const report = await t.gateway.engine.verifyReplay(id);
    expect(report).toEqual({ applicationId: id, entries: version, matches: true, storedState: state, replayedState: state });
  });

  it('reports a mismatch once the stored snapshot was tampered with', async () => {
    const { id } = await recommended();
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
    await t.sql("update application set snapshot = jsonb_set(snapshot, '{context,proposal,amount}', '\"1.00\"') where id=$1", [id]);
    const [tampered] = await t.sql("select snapshot->'context'->'proposal'->>'amount' as amount from application where id = $1", [id]);
    expect(tampered!.amount).toBe('1.00');
    const report = await t.gateway.engine.verifyReplay(id);
    expect(report).toMatchObject({ applicationId: id, entries: 3, matches: false, storedState: 'recommended', replayedState: 'recommended' });
  });
});

describe('the persisted row', () => {
  it('agrees with the GraphQL view', async () => {
    const { id } = await recommended('612345.67');
    ok(await t.op(ApproveDocument, { input: { applicationId: id, amount: '600000.50' } }, approver));
    const gql = ok(
      await t.gql<{ application: Record<string, any> }>(
        `query ($id: ID!) { application(id: $id) { id kind state version machineVersion finished finishedAt regionCode requestedAmount approvedAmount disbursedAmount decisionFiscalYear submittedAt updatedAt } }`,
        { id },
        reviewer,
      ),
    ).application;
    const [row] = await t.sql(
      `select id, kind::text as kind, state, version, machine_id, machine_version, snapshot->>'value' as snapshot_state,
              requested_amount, approved_amount, disbursed_amount, decision_fiscal_year, region_code,
              submitted_at, updated_at, finished_at
         from application where id = $1`,
      [id],
    );
    expect(row).toMatchObject({ machine_id: 'grant', machine_version: 2, snapshot_state: 'disbursementPending' });
    expect(gql).toEqual({
      id: row.id,
      kind: row.kind.toUpperCase(),
      state: row.state,
      version: row.version,
      machineVersion: row.machine_version,
      finished: row.finished_at !== null,
      finishedAt: row.finished_at,
      regionCode: row.region_code,
      requestedAmount: row.requested_amount,
      approvedAmount: row.approved_amount,
      disbursedAmount: row.disbursed_amount,
      decisionFiscalYear: row.decision_fiscal_year,
      submittedAt: (row.submitted_at as Date).toISOString(),
      updatedAt: (row.updated_at as Date).toISOString(),
    });
    expect(gql).toMatchObject({ state: 'disbursementPending', version: 4, requestedAmount: '612345.67', approvedAmount: '600000.50', disbursedAmount: null, decisionFiscalYear: 2026 });
    expect(row.state).toBe(row.snapshot_state);
    const [log] = await t.sql('select count(*)::int as n, max(seq) as max from transition_log where application_id = $1', [id]);
    expect(log).toEqual({ n: row.version, max: row.version });
  });

  it('stores amounts as numeric(18,2) and round-trips them exactly', async () => {
    const { id } = await submit(newApplicant(), '555600.01');
    const [typed] = await t.sql(
      `select pg_typeof(requested_amount)::text as type, requested_amount::text as text, requested_amount = 555600.01 as exact
         from application where id = $1`,
      [id],
    );
    expect(typed).toEqual({ type: 'numeric', text: '555600.01', exact: true });
    const columns = await t.sql(
      `select column_name, data_type, numeric_precision, numeric_scale from information_schema.columns
        where table_name = 'application' and column_name like '%amount' order by column_name`,
    );
    expect(columns).toEqual(
      ['approved_amount', 'disbursed_amount', 'requested_amount'].map((column_name) => ({
        column_name,
        data_type: 'numeric',
        numeric_precision: 18,
        numeric_scale: 2,
      })),
    );
    const read = ok(await t.op(ApplicationDocument, { id }, reviewer)).application!;
    expect(read.requestedAmount).toBe('555600.01');
    const [snap] = await t.sql("select snapshot->'context'->'proposal'->>'amount' as amount from application where id = $1", [id]);
    expect(snap!.amount).toBe('555600.01');
  });
});
