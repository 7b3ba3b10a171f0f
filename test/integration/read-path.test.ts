import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_QUERY, REVIEW_STATES } from '../../bench/phases/read';
import {
  ApproveLoanDocument,
  ConfirmDisbursementDocument,
  RecordRepaymentDocument,
  SignContractDocument,
  StartReviewDocument,
  SubmitCreditAssessmentDocument,
  SubmitGrantApplicationDocument,
  SubmitMicrocreditApplicationDocument,
  UpsertFiscalYearDocument,
} from '../../schema/client/graphql';
import { ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { accountant, admin, approver, auditor, grantInput, manualClock, microcreditInput, newApplicant, REGION, reviewer } from '../support/fixtures';

const clock = manualClock('2026-03-02T09:00:00Z');
const statements: string[] = [];
let t: TestGateway;
let loanId: string;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now, onQuery: (sql) => statements.push(sql) });
  for (let n = 0; n < 3; n += 1) {
    clock.advance(60_000);
    const applicant = newApplicant('1991-01-01', 'female');
    ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant));
    const borrower = newApplicant('1984-04-04', 'male');
    ok(await t.op(SubmitMicrocreditApplicationDocument, { input: microcreditInput(borrower) }, borrower));
  }
  // a loan being repaid: a schedule, repayments and eight log rows
  const borrower = newApplicant('1980-08-08', 'male');
  const terms = { amount: '600000.00', rate: '6', termMonths: 12, method: 'ANNUITY' as const };
  loanId = ok(await t.op(SubmitMicrocreditApplicationDocument, { input: microcreditInput(borrower, terms) }, borrower)).submitMicrocreditApplication.id;
  ok(await t.op(StartReviewDocument, { input: { applicationId: loanId } }, reviewer));
  ok(await t.op(SubmitCreditAssessmentDocument, { input: { applicationId: loanId, note: 'checked', proposed: terms } }, reviewer));
  ok(await t.op(ApproveLoanDocument, { input: { applicationId: loanId, terms } }, approver));
  ok(await t.op(SignContractDocument, { input: { applicationId: loanId, contractNumber: 'MC-READ-1', signedOn: '2026-03-02' } }, reviewer));
  ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: loanId, paymentReference: `PO-READ-${process.pid}`, paidOn: '2026-03-02' } }, accountant));
  // each repayment keyed in the day after it was paid: within the back-entry window (README "Business dates")
  for (const [n, paidOn, keyedIn] of [[1, '2026-04-02', '2026-04-03'], [2, '2026-05-02', '2026-05-03']] as const) {
    clock.set(`${keyedIn}T09:00:00Z`);
    ok(await t.op(RecordRepaymentDocument, { input: { applicationId: loanId, amount: '51640.00', paidOn, reference: `R-READ-${process.pid}-${n}` } }, accountant));
  }
  clock.set('2026-07-15T09:00:00Z');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** The statements one request ran, and its answer. */
async function read(query: string, variables: Record<string, unknown> = {}, actor = auditor) {
  statements.length = 0;
  const response = await t.gql(query, variables, actor);
  expect(response.body.errors).toBeUndefined();
  return { data: response.body.data, sql: [...statements] };
}

/** `event` as a column, not `event_type`. */
const readsEventJson = (sql: string) => /\bevent\b/.test(sql);

describe("a reviewer's page", () => {
  it('is one statement: the page with its applicants and the last five log rows of each as JSON; no snapshot, no event JSON, no regions', async () => {
    const { data, sql } = await read(PAGE_QUERY, { region: REGION, states: [...REVIEW_STATES, 'repaying'], first: 50 }, reviewer);
    expect(data.applications.edges).toHaveLength(7);
    expect(sql).toHaveLength(1);
    const [page] = sql as [string];
    expect(page).toMatch(/from application a join applicant ap/);
    expect(page).not.toMatch(/snapshot/);
    expect(page).toMatch(/json_agg\(h order by h\.seq\).* from \(select .* from transition_log t where t\.application_id = a\.id order by t\.seq desc limit 5\)/);
    expect(readsEventJson(page)).toBe(false);
    expect(page).not.toMatch(/from "?region"?/);
    const loan = data.applications.edges.find((e: any) => e.node.id === loanId).node;
    expect(loan.history.map((h: any) => h.seq)).toEqual([4, 5, 6, 7, 8]);
    expect(loan.history[4]).toMatchObject({ action: 'RECORD_REPAYMENT', fromState: 'repaying', toState: 'repaying', actor: { id: accountant.id } });
    expect(loan.region).toEqual({ code: REGION, name: 'Akmola' });
  });
});

describe('the response', () => {
  it('is compact JSON, not pretty-printed', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token(reviewer)}` },
      body: JSON.stringify({ query: PAGE_QUERY, variables: { region: REGION, states: null, first: 5 } }),
    });
    const text = await response.text();
    expect(text.trimEnd()).toBe(JSON.stringify(JSON.parse(text)));
  });
});

describe('the snapshot', () => {
  const LOAN = (fields: string) => `query($id: ID!) { application(id: $id) { id ... on MicrocreditApplication { ${fields} } } }`;

  it('is read as the jsonb paths a kind-specific field needs: the request for its term, not the schedule', async () => {
    const { data, sql } = await read(LOAN('termMonths financialInstitution'), { id: loanId });
    expect(data.application).toEqual({ id: loanId, termMonths: 12, financialInstitution: 'Agrarian Credit Corporation' });
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/'context'->'request'/);
    expect(sql[0]).not.toMatch(/'schedule'|a\.snapshot,|a\.snapshot from/);
  });

  it("gives a loan's figures from the schedule paths the same as from the whole snapshot", async () => {
    const figures = 'outstandingPrincipal arrears payoffAmount schedule { number dueOn principal interest total paid status } repayments { amount principalPaid }';
    const narrow = await read(LOAN(figures), { id: loanId });
    expect(narrow.sql[0]).toMatch(/'context'->'schedule'/);
    expect(narrow.sql[0]).not.toMatch(/a\.snapshot(,| from)/);
    const payoff = await read(LOAN('payoffAmount arrears'), { id: loanId });
    expect(payoff.sql[0]).toMatch(/a\.snapshot->'context'->'schedule'/);
    expect(payoff.data.application).toEqual({ id: loanId, payoffAmount: narrow.data.application.payoffAmount, arrears: narrow.data.application.arrears });
    // availableActions needs the machine's whole snapshot
    const whole = await read(LOAN(`${figures} availableActions`), { id: loanId }, accountant);
    expect(whole.sql[0]).toMatch(/a\.snapshot(,| from)/);
    const { availableActions, ...rest } = whole.data.application;
    expect(rest).toEqual(narrow.data.application);
    expect(availableActions).toContain('RECORD_REPAYMENT');
    expect(narrow.data.application.schedule).toHaveLength(12);
    expect(narrow.data.application.schedule.slice(0, 3).map((i: any) => i.status)).toEqual(['PAID', 'PAID', 'OVERDUE']);
  });

  it('is not read for a grant-only fragment on a page of loans, and a kind reads its own keys only', async () => {
    const { data, sql } = await read(`{ applications(first: 50, filter: { kind: MICROCREDIT }) { edges { node { id ... on GrantApplication { businessIdea } } } } }`);
    expect(data.applications.edges.length).toBeGreaterThan(0);
    expect(sql[0]).toMatch(/'context'->'proposal'/);
    expect(sql[0]).not.toMatch(/'request'|'schedule'/);
  });
});

describe('history', () => {
  it('reads the event JSON only for details, and only its facts for facts alone; the same entries as the whole log', async () => {
    const Q = (fields: string, last = '') => `query($id: ID!) { application(id: $id) { history${last} { ${fields} } } }`;
    const seqs = await read(Q('seq action actor { id roles }', '(last: 3)'), { id: loanId });
    expect(seqs.sql).toHaveLength(1);
    expect(readsEventJson(seqs.sql[0]!)).toBe(false);
    const facts = await read(Q('seq facts', '(last: 3)'), { id: loanId });
    expect(facts.sql[0]).toMatch(/event->'facts'/);
    const details = await read(Q('seq action actor { id roles } details facts', '(last: 3)'), { id: loanId });
    expect(details.sql[0]).toMatch(/\bt\.event[ ,]/);
    const all = await read(Q('seq action actor { id roles } details facts'), { id: loanId });
    expect(all.data.application.history).toHaveLength(8);
    expect(details.data.application.history).toEqual(all.data.application.history.slice(-3));
    expect(facts.data.application.history).toEqual(all.data.application.history.slice(-3).map((h: any) => ({ seq: h.seq, facts: h.facts })));
    expect(seqs.data.application.history).toEqual(all.data.application.history.slice(-3).map((h: any) => ({ seq: h.seq, action: h.action, actor: h.actor })));
  });

  it('reads a second selection under another alias through the loader, with the same entries', async () => {
    const both = await read(`query($id: ID!) { application(id: $id) { recent: history(last: 2) { seq action } all: history { seq action } } }`, { id: loanId });
    expect(both.sql).toHaveLength(2);
    expect(both.sql[1]).toMatch(/from transition_log t where t\.application_id in/);
    expect(both.data.application.all).toHaveLength(8);
    expect(both.data.application.recent).toEqual(both.data.application.all.slice(-2));
  });
});

describe('reference data', () => {
  it('is served from memory, and a change through one gateway reaches another on the same database', async () => {
    const b = await startTestGateway({ databaseUrl: t.databaseUrl, now: clock.now });
    try {
      const YEAR = `query { fiscalYear(year: 2031) { year mci grantCap } regions { code } }`;
      const before = await b.gql(YEAR);
      expect(before.body.data.fiscalYear).toBeNull();
      expect(before.body.data.regions).toHaveLength(20);
      // served from memory: no statement on this gateway either, once it has read them again after
      // the second gateway's start (its seed of the reference tables notified every replica)
      await read(YEAR);
      const here = await read(YEAR);
      expect(here.sql).toEqual([]);

      ok(await t.op(UpsertFiscalYearDocument, { input: { year: 2031, mci: '5000.00', minimumWage: '100000.00' } }, admin));
      // the replica that wrote reads its write at once
      expect((await t.gql(YEAR)).body.data.fiscalYear).toEqual({ year: 2031, mci: '5000.00', grantCap: '1000000.00' });
      // the other hears the commit through the change feed
      const deadline = Date.now() + 5_000;
      let seen = null;
      while (Date.now() < deadline && !seen) {
        seen = (await b.gql(YEAR)).body.data.fiscalYear;
        if (!seen) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(seen).toEqual({ year: 2031, mci: '5000.00', grantCap: '1000000.00' });

      // a write by other means than the API (a fix run by hand) reaches both as well
      await t.sql(`update fiscal_year set mci = 5100 where year = 2031`);
      for (const g of [t, b]) {
        const until = Date.now() + 5_000;
        let mci = '';
        while (Date.now() < until && mci !== '5100.00') {
          mci = (await g.gql(YEAR)).body.data.fiscalYear.mci;
          if (mci !== '5100.00') await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(mci).toBe('5100.00');
      }
    } finally {
      await b.close();
    }
  });
});
