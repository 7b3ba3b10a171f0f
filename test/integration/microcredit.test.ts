import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  ApproveLoanDocument,
  ApproveMicrocreditDocument,
  ConfirmDisbursementDocument,
  DeprecatedFieldsDocument,
  MicrocreditApplicationDocument,
  MicrocreditTermsDocument,
  RecommendDocument,
  RecordRepaymentDocument,
  RequestChangesDocument,
  ResubmitMicrocreditApplicationDocument,
  SignContractDocument,
  StartReviewDocument,
  SubmitCreditAssessmentDocument,
  SubmitCreditAssessmentWithNotesDocument,
  SubmitMicrocreditApplicationDocument,
  WriteOffLoanDocument,
  type ApplicantCategory,
  type MicrocreditApplicationQuery,
  type ScheduleMethod,
} from '../../schema/client/graphql';
import { asType, codeOf, expectAccepted, expectNothingWritten, expectRefused, ok, rulesOf } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import {
  accountant,
  approver,
  approverAccountant,
  manualClock,
  microcreditInput,
  newApplicant,
  reviewer,
  reviewerApprover,
} from '../support/fixtures';

// ---------------------------------------------------------------------------------------------
// Time: the engine's clock is moved by hand. Kazakhstan is UTC+5; 09:00Z is 14:00 local, so the
// local date of every instant used here is its UTC date.
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const clock = manualClock('2026-03-02T09:00:00Z');

/** An instant at 09:00 UTC (14:00 in Kazakhstan) of a date. */
const at = (date: string) => `${date}T09:00:00Z`;

/** The local (UTC+5) calendar date of an instant. */
function localDate(instant: Date): string {
  return new Date(instant.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date plus whole days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Tenge as a decimal string to tiyn, so amounts compare exactly. */
function tiyn(money: string): bigint {
  const [whole, fraction = ''] = money.split('.');
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
}

function money(value: bigint): string {
  return `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
}

/** Payment references are unique across the whole database: each test makes its own. */
let referenceSerial = 0;
const reference = (prefix: string) => `${prefix}-${process.pid}-${++referenceSerial}`;

// ---------------------------------------------------------------------------------------------
// Driving a fresh application to a state
// ---------------------------------------------------------------------------------------------

type Applicant = Actor & { iin: string };

interface LoanOptions {
  amount?: string;
  rate?: string;
  termMonths?: number;
  method?: ScheduleMethod;
  categories?: ApplicantCategory[];
  /** the loan officer who does the credit review */
  officer?: Actor;
  /** the committee member who approves */
  committee?: Actor;
}

interface Loan {
  id: string;
  applicant: Applicant;
  terms: { amount: string; rate: string; termMonths: number; method: ScheduleMethod };
}

function termsOf(options: LoanOptions): Loan['terms'] {
  return { amount: options.amount ?? '600000.00', rate: options.rate ?? '6', termMonths: options.termMonths ?? 6, method: options.method ?? 'ANNUITY' };
}

async function submittedLoan(g: TestGateway, options: LoanOptions = {}): Promise<Loan> {
  const applicant = newApplicant('1988-04-12', 'male');
  const terms = termsOf(options);
  const input = microcreditInput(applicant, { amount: terms.amount, rate: terms.rate, termMonths: terms.termMonths, categories: options.categories });
  const id = ok(await g.op(SubmitMicrocreditApplicationDocument, { input }, applicant)).submitMicrocreditApplication.id;
  return { id, applicant, terms };
}

/** Submitted, reviewed and with the loan officer's assessment: awaiting the committee. */
async function assessedLoan(g: TestGateway, options: LoanOptions = {}): Promise<Loan> {
  const loan = await submittedLoan(g, options);
  const officer = options.officer ?? reviewer;
  ok(await g.op(StartReviewDocument, { input: { applicationId: loan.id } }, officer));
  ok(await g.op(SubmitCreditAssessmentDocument, { input: { applicationId: loan.id, note: 'Premises and cash flow checked', proposed: loan.terms } }, officer));
  return loan;
}

/** Approved by the committee: the contract deadline runs. */
async function approvedLoan(g: TestGateway, options: LoanOptions = {}): Promise<Loan> {
  const loan = await assessedLoan(g, options);
  const approved = ok(await g.op(ApproveLoanDocument, { input: { applicationId: loan.id, terms: loan.terms } }, options.committee ?? approver));
  expect(approved.approve.state).toBe('contractPending');
  return loan;
}

async function signedLoan(g: TestGateway, options: LoanOptions = {}, signedOn = localDate(clock.now())): Promise<Loan> {
  const loan = await approvedLoan(g, options);
  const signed = ok(await g.op(SignContractDocument, { input: { applicationId: loan.id, contractNumber: `MC-${loan.id.slice(0, 8)}`, signedOn } }, reviewer));
  expect(signed.signContract.state).toBe('contractSigned');
  return loan;
}

/** Paid out on `paidOn` (default: today): repaying, with a schedule from that date. */
async function disbursedLoan(g: TestGateway, options: LoanOptions = {}, paidOn = localDate(clock.now())): Promise<Loan> {
  const loan = await signedLoan(g, options, paidOn);
  const paid = ok(await g.op(ConfirmDisbursementDocument, { input: { applicationId: loan.id, paymentReference: reference('PO'), paidOn } }, accountant));
  expect(paid.confirmDisbursement.state).toBe('repaying');
  return loan;
}

type MicrocreditView = Extract<MicrocreditApplicationQuery['application'], { __typename: 'MicrocreditApplication' }>;

async function read(g: TestGateway, id: string, actor: Actor = accountant): Promise<MicrocreditView> {
  return asType(ok(await g.op(MicrocreditApplicationDocument, { id }, actor)).application, 'MicrocreditApplication');
}

function repay(g: TestGateway, id: string, amount: string, paidOn: string, ref = reference('R')) {
  return g.op(RecordRepaymentDocument, { input: { applicationId: id, amount, paidOn, reference: ref } }, accountant);
}

/** The application's row and its transition log, to show a job or a refusal left it alone. */
async function rowOf(g: TestGateway, id: string) {
  const [row] = await g.sql('select state, version, snapshot, updated_at from application where id = $1', [id]);
  const [{ entries }] = await g.sql('select count(*)::int as entries from transition_log where application_id = $1', [id]);
  return { ...row, entries };
}

function violationOf(response: Parameters<typeof expectRefused>[0], code = 'VALIDATION') {
  const error = expectRefused(response, code);
  return { error, rules: rulesOf(error), fields: ((error.extensions?.violations ?? []) as Array<{ field: string }>).map((v) => v.field) };
}

// ---------------------------------------------------------------------------------------------

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

describe('a microcredit from submission to closed', () => {
  it('goes through a request for changes, a resubmission, repayments with a prepayment, and closes', async () => {
    clock.set(at('2026-03-02'));
    const applicant = newApplicant('1985-11-02', 'male');
    const first = microcreditInput(applicant, { amount: '1200000.00', rate: '6', termMonths: 12 });
    const submitted = ok(await t.op(SubmitMicrocreditApplicationDocument, { input: first }, applicant)).submitMicrocreditApplication;
    const id = submitted.id;
    expect(submitted.state).toBe('awaitingReview');
    expect(submitted.screening.product?.product).toBe('STANDARD');
    expect(submitted.screening.reasons).toEqual([]);
    expect(submitted.schedule).toEqual([]);

    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    const sentBack = ok(await t.op(RequestChangesDocument, { input: { applicationId: id, note: 'Ask for 1,000,000 and attach the cow seller’s quote' } }, reviewer));
    expect(sentBack.requestChanges.state).toBe('changesRequested');

    const corrected = microcreditInput(applicant, { amount: '1000000.00', rate: '6', termMonths: 12 }).request;
    const resubmitted = ok(await t.op(ResubmitMicrocreditApplicationDocument, { input: { applicationId: id, request: corrected, note: 'Quote attached' } }, applicant))
      .resubmitMicrocreditApplication;
    expect(resubmitted.state).toBe('resubmitted');
    expect(resubmitted.requestedAmount).toBe('1000000.00');

    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    const terms = { amount: '1000000.00', rate: '6', termMonths: 12, method: 'ANNUITY' as const };
    ok(await t.op(SubmitCreditAssessmentDocument, { input: { applicationId: id, note: 'Herd and premises inspected', proposed: terms } }, reviewer));

    clock.set(at('2026-03-03'));
    const approvedAt = clock.now();
    const approved = asType(ok(await t.op(ApproveLoanDocument, { input: { applicationId: id, terms } }, approver)).approve, 'MicrocreditApplication');
    expect(approved.state).toBe('contractPending');
    expect(approved.approvedAmount).toBe('1000000.00');
    expect(approved.decision).toMatchObject({ outcome: 'APPROVED', stage: 'APPROVAL', by: approver.id, fiscalYear: 2026, terms: { amount: '1000000.00', rate: '6.00', termMonths: 12, method: 'ANNUITY' } });
    expect(Date.parse(approved.decision!.contractDeadline!)).toBe(approvedAt.getTime() + 30 * DAY_MS);

    clock.set(at('2026-03-05'));
    ok(await t.op(SignContractDocument, { input: { applicationId: id, contractNumber: 'MC-2026-0042', signedOn: '2026-03-05' } }, reviewer));
    const disbursed = ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: reference('PO'), paidOn: '2026-03-05' } }, accountant));
    expect(disbursed.confirmDisbursement.state).toBe('repaying');
    expect(disbursed.confirmDisbursement.disbursedAmount).toBe('1000000.00');

    // the schedule: 1,000,000.00 at 6 % over 12 months, an annuity of 86,066.43
    let loan = await read(t, id);
    expect(loan.state).toBe('repaying');
    expect(loan.disbursement).toMatchObject({ amount: '1000000.00', paidOn: '2026-03-05', by: accountant.id });
    expect(loan.schedule).toHaveLength(12);
    expect(loan.schedule[0]).toEqual({ number: 1, dueOn: '2026-04-05', principal: '81066.43', interest: '5000.00', total: '86066.43', paid: '0.00', status: 'UPCOMING' });
    expect(loan.schedule[1]).toEqual({ number: 2, dueOn: '2026-05-05', principal: '81471.76', interest: '4594.67', total: '86066.43', paid: '0.00', status: 'UPCOMING' });
    expect(loan.schedule[11]).toMatchObject({ number: 12, dueOn: '2027-03-05', interest: '428.19', total: '86066.42' });
    expect(loan.schedule.map((i) => i.dueOn)).toEqual([
      '2026-04-05', '2026-05-05', '2026-06-05', '2026-07-05', '2026-08-05', '2026-09-05',
      '2026-10-05', '2026-11-05', '2026-12-05', '2027-01-05', '2027-02-05', '2027-03-05',
    ]);
    expect(loan.schedule.reduce((sum, i) => sum + tiyn(i.principal), 0n)).toBe(tiyn('1000000.00'));
    for (const i of loan.schedule) expect(tiyn(i.total)).toBe(tiyn(i.principal) + tiyn(i.interest));
    expect(loan.outstandingPrincipal).toBe('1000000.00');
    expect(loan.arrears).toBe('0.00');
    // closing the loan today costs the principal and the current month's interest
    expect(loan.payoffAmount).toBe('1005000.00');
    expect(loan.repayments).toEqual([]);

    // on its due date the first instalment is DUE, not overdue
    clock.set(at('2026-04-05'));
    loan = await read(t, id);
    expect(loan.schedule[0]!.status).toBe('DUE');
    expect(loan.arrears).toBe('0.00');
    const firstRef = reference('R');
    expectAccepted(await repay(t, id, '86066.43', '2026-04-05', firstRef));
    loan = await read(t, id);
    expect(loan.schedule[0]).toMatchObject({ paid: '86066.43', status: 'PAID' });
    expect(loan.schedule[1]!.status).toBe('UPCOMING');
    expect(loan.outstandingPrincipal).toBe('918933.57');
    expect(loan.repayments).toEqual([
      { amount: '86066.43', paidOn: '2026-04-05', reference: firstRef, interestPaid: '5000.00', principalPaid: '81066.43', prepaidPrincipal: '0.00' },
    ]);

    // an overpayment between due dates: the current instalment, then the rest prepays principal
    clock.set(at('2026-04-20'));
    const before = loan.schedule;
    const overpaid = ok(await repay(t, id, '200000.00', '2026-04-20')).recordRepayment;
    expect(overpaid.state).toBe('repaying');
    expect(overpaid.repayments[1]).toMatchObject({ amount: '200000.00', interestPaid: '4594.67', principalPaid: '81471.76', prepaidPrincipal: '113933.57' });
    expect(overpaid.outstandingPrincipal).toBe('723528.24');
    expect(overpaid.schedule).toHaveLength(12);
    expect(overpaid.schedule[1]).toMatchObject({ number: 2, dueOn: '2026-05-05', paid: '200000.00', status: 'PAID' });
    // the later instalments are rebuilt from what is still owed: same dates, smaller payments
    const rest = overpaid.schedule.slice(2);
    expect(rest.map((i) => i.dueOn)).toEqual(before.slice(2).map((i) => i.dueOn));
    for (const [index, instalment] of rest.entries()) {
      expect(tiyn(instalment.total)).toBeLessThan(tiyn(before[index + 2]!.total));
      expect(instalment.status).toBe('UPCOMING');
    }
    expect(rest[0]).toMatchObject({ number: 3, interest: '3617.64', total: '74357.41' });
    expect(new Set(rest.slice(0, -1).map((i) => i.total))).toEqual(new Set(['74357.41']));
    expect(rest.reduce((sum, i) => sum + tiyn(i.principal), 0n)).toBe(tiyn('723528.24'));
    expect(overpaid.schedule.reduce((sum, i) => sum + tiyn(i.principal), 0n)).toBe(tiyn('1000000.00'));

    // the rest on time, instalment by instalment
    for (const instalment of rest) {
      clock.set(at(instalment.dueOn));
      const paid = await repay(t, id, instalment.total, instalment.dueOn, reference(`R${instalment.number}`));
      expectAccepted(paid);
      expect(ok(paid).recordRepayment.state).toBe(instalment.number === 12 ? 'closed' : 'repaying');
    }

    loan = await read(t, id);
    expect(loan.state).toBe('closed');
    expect(loan.finished).toBe(true);
    expect(loan.outstandingPrincipal).toBe('0.00');
    expect(loan.arrears).toBe('0.00');
    expect(loan.payoffAmount).toBe('0.00');
    expect(loan.schedule.every((i) => i.status === 'PAID' && i.paid === i.total)).toBe(true);
    expect(loan.repayments).toHaveLength(12);
    const repaid = loan.repayments.reduce((sum, r) => sum + tiyn(r.amount), 0n);
    expect(money(repaid)).toBe(money(loan.schedule.reduce((sum, i) => sum + tiyn(i.total), 0n)));
    expect(loan.repayments.reduce((sum, r) => sum + tiyn(r.principalPaid) + tiyn(r.prepaidPrincipal), 0n)).toBe(tiyn('1000000.00'));
    expect(loan.availableActions).toEqual([]);

    expect(loan.history.map((h) => [h.action, h.fromState ?? null, h.toState, h.actor.id])).toEqual([
      ['SUBMIT', null, 'awaitingReview', applicant.id],
      ['START_REVIEW', 'awaitingReview', 'creditReview', reviewer.id],
      ['REQUEST_CHANGES', 'creditReview', 'changesRequested', reviewer.id],
      ['RESUBMIT', 'changesRequested', 'resubmitted', applicant.id],
      ['START_REVIEW', 'resubmitted', 'creditReview', reviewer.id],
      ['SUBMIT_ASSESSMENT', 'creditReview', 'awaitingDecision', reviewer.id],
      ['APPROVE', 'awaitingDecision', 'contractPending', approver.id],
      ['SIGN_CONTRACT', 'contractPending', 'contractSigned', reviewer.id],
      ['CONFIRM_DISBURSEMENT', 'contractSigned', 'repaying', accountant.id],
      ...Array.from({ length: 11 }, () => ['RECORD_REPAYMENT', 'repaying', 'repaying', accountant.id]),
      ['RECORD_REPAYMENT', 'repaying', 'closed', accountant.id],
    ]);
    expect(loan.history.map((h) => h.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(loan.history[9]!.details).toMatchObject({ amount: '86066.43', paidOn: '2026-04-05', reference: firstRef });

    const replay = await t.gateway.engine.verifyReplay(id);
    expect(replay).toMatchObject({ matches: true, entries: 21, storedState: 'closed', replayedState: 'closed' });

    const [row] = await t.sql(
      `select requested_amount, approved_amount, disbursed_amount, pg_typeof(approved_amount)::text as approved_type,
              pg_typeof(disbursed_amount)::text as disbursed_type, finished_at is not null as finished
         from application where id = $1`,
      [id],
    );
    expect(row).toEqual({
      requested_amount: '1000000.00',
      approved_amount: '1000000.00',
      disbursed_amount: '1000000.00',
      approved_type: 'numeric',
      disbursed_type: 'numeric',
      finished: true,
    });
  });
});

describe('overdue and back', () => {
  it('the scan marks a loan with an unpaid past instalment overdue, once; paying the arrears brings it back', async () => {
    // each loan is decided, signed and paid out on its own day (a contract is not signed before its approval)
    clock.set(at('2026-03-05'));
    const late = await disbursedLoan(t, {}, '2026-03-05');
    const paidOnTime = await disbursedLoan(t, {}, '2026-03-05');
    clock.set(at('2026-03-06'));
    const dueToday = await disbursedLoan(t, {}, '2026-03-06');
    const instalment = (await read(t, late.id)).schedule[0]!;
    expect(instalment.dueOn).toBe('2026-04-05');

    clock.set(at('2026-04-05'));
    expectAccepted(await repay(t, paidOnTime.id, instalment.total, '2026-04-05'));

    clock.set(at('2026-04-06'));
    const untouched = { dueToday: await rowOf(t, dueToday.id), paidOnTime: await rowOf(t, paidOnTime.id) };
    await t.gateway.jobs.runNow('loan-overdue-scan');

    let loan = await read(t, late.id);
    expect(loan.state, 'the overdue scan did not mark a loan whose instalment of 2026-04-05 is unpaid').toBe('overdue');
    expect(loan.arrears).toBe(instalment.total);
    expect(tiyn(loan.arrears)).toBeGreaterThan(0n);
    expect(loan.schedule[0]).toMatchObject({ dueOn: '2026-04-05', paid: '0.00', status: 'OVERDUE' });
    expect(loan.schedule[1]!.status).toBe('UPCOMING');
    expect(loan.overdue).toMatchObject({ since: '2026-04-05', daysOverdue: 1 });
    const marked = loan.history.at(-1)!;
    expect(marked).toMatchObject({ action: 'MARK_OVERDUE', fromState: 'repaying', toState: 'overdue', actor: { id: 'system' } });

    // due today, or paid: not overdue
    expect(await rowOf(t, dueToday.id)).toEqual(untouched.dueToday);
    expect(await rowOf(t, paidOnTime.id)).toEqual(untouched.paidOnTime);
    expect((await read(t, dueToday.id)).schedule[0]!.status).toBe('DUE');
    expect((await read(t, paidOnTime.id)).state).toBe('repaying');

    // a second scan changes nothing
    const once = await rowOf(t, late.id);
    await t.gateway.jobs.runNow('loan-overdue-scan');
    expect(await rowOf(t, late.id)).toEqual(once);
    expect(await rowOf(t, dueToday.id)).toEqual(untouched.dueToday);
    expect(await rowOf(t, paidOnTime.id)).toEqual(untouched.paidOnTime);

    // paying the arrears: back to repaying
    const back = ok(await repay(t, late.id, loan.arrears, '2026-04-06')).recordRepayment;
    expect(back.state).toBe('repaying');
    expect(back.arrears).toBe('0.00');
    expect(back.overdue).toBeNull();
    expect(back.schedule[0]).toMatchObject({ paid: instalment.total, status: 'PAID' });
    loan = await read(t, late.id);
    expect(loan.history.at(-1)).toMatchObject({ action: 'RECORD_REPAYMENT', fromState: 'overdue', toState: 'repaying', actor: { id: accountant.id } });
    expect((await t.gateway.engine.verifyReplay(late.id)).matches).toBe(true);
  });
});

describe('written off', () => {
  it('an approver may write off an overdue loan only after 180 days', async () => {
    clock.set(at('2026-03-05'));
    const loan = await disbursedLoan(t, { amount: '600000.00', termMonths: 6 }, '2026-03-05');
    clock.set(at('2026-04-06'));
    await t.gateway.jobs.runNow('loan-overdue-scan');
    expect((await read(t, loan.id)).state, 'the overdue scan did not mark the loan').toBe('overdue');

    // 179 days after the missed due date of 2026-04-05
    clock.set(at(addDays('2026-04-05', 179)));
    const early = await expectNothingWritten(t, () =>
      t.op(WriteOffLoanDocument, { input: { applicationId: loan.id, reason: 'The farm has closed' } }, approver),
    );
    const refusal = violationOf(early);
    expect(refusal.rules).toEqual(['TOO_EARLY_TO_WRITE_OFF']);

    clock.set(at(addDays('2026-04-05', 180)));
    const written = ok(await t.op(WriteOffLoanDocument, { input: { applicationId: loan.id, reason: 'The farm has closed' } }, approver)).writeOffLoan;
    expect(written.state).toBe('writtenOff');
    expect(written.finished).toBe(true);
    expect(written.writeOff).toEqual({ by: approver.id, reason: 'The farm has closed', outstanding: '600000.00' });
    const history = (await read(t, loan.id)).history;
    expect(history.at(-1)).toMatchObject({ action: 'WRITE_OFF', fromState: 'overdue', toState: 'writtenOff', actor: { id: approver.id } });
    expect((await t.gateway.engine.verifyReplay(loan.id)).matches).toBe(true);
  });
});

describe('the contract deadline', () => {
  it('a sweep after a restart cancels a contract not signed within 30 days, and only that one', async () => {
    const deadlineClock = manualClock(at('2026-05-04'));
    let first: TestGateway | undefined = await startTestGateway({ now: deadlineClock.now });
    let second: TestGateway | undefined;
    try {
      const approvedAt = deadlineClock.now();
      const unsigned = await approvedLoan(first);
      const inTime = await approvedLoan(first);
      const decision = (await read(first, unsigned.id)).decision!;
      const deadline = approvedAt.getTime() + 30 * DAY_MS;
      expect(Date.parse(decision.contractDeadline!)).toBe(deadline);
      const [{ deadline_at }] = await first.sql('select deadline_at from application where id = $1', [unsigned.id]);
      expect((deadline_at as Date).getTime()).toBe(deadline);

      deadlineClock.set(at('2026-05-14'));
      ok(await first.op(SignContractDocument, { input: { applicationId: inTime.id, contractNumber: 'MC-IN-TIME', signedOn: '2026-05-14' } }, reviewer));

      // a day before the deadline, the sweep cancels nothing
      deadlineClock.set(new Date(deadline - DAY_MS).toISOString());
      const pending = await rowOf(first, unsigned.id);
      await first.gateway.jobs.runNow('deadlines');
      expect(await rowOf(first, unsigned.id)).toEqual(pending);
      expect((await read(first, unsigned.id)).state).toBe('contractPending');

      const databaseUrl = first.databaseUrl;
      await first.close();
      first = undefined;

      deadlineClock.set(new Date(approvedAt.getTime() + 31 * DAY_MS).toISOString());
      second = await startTestGateway({ now: deadlineClock.now, databaseUrl });
      await second.gateway.jobs.runNow('deadlines');

      const cancelled = await read(second, unsigned.id);
      expect(cancelled.state, 'the contract-deadline sweep did not cancel an unsigned contract 31 days after approval').toBe('cancelled');
      expect(cancelled.finished).toBe(true);
      expect(cancelled.cancellation).toEqual({ by: 'system', reason: expect.any(String) });
      expect(cancelled.cancellation!.reason.length).toBeGreaterThan(0);
      expect(cancelled.history.at(-1)).toMatchObject({ action: 'EXPIRE_CONTRACT', fromState: 'contractPending', toState: 'cancelled', actor: { id: 'system' } });
      expect((await second.gateway.engine.verifyReplay(unsigned.id)).matches).toBe(true);

      const signed = await read(second, inTime.id);
      expect(signed.state).toBe('contractSigned');
      expect(signed.cancellation).toBeNull();
      expect(signed.history.map((h) => h.action)).not.toContain('EXPIRE_CONTRACT');
    } finally {
      await first?.close();
      await second?.close();
    }
  });
});

describe('four eyes', () => {
  it('the loan officer who did the assessment cannot approve it, even holding the approver role', async () => {
    clock.set(at('2026-03-10'));
    const loan = await assessedLoan(t, { officer: reviewerApprover });
    expect((await read(t, loan.id, reviewerApprover)).availableActions).not.toContain('APPROVE');
    const response = await expectNothingWritten(t, () =>
      t.op(ApproveLoanDocument, { input: { applicationId: loan.id, terms: loan.terms } }, reviewerApprover),
    );
    const error = expectRefused(response, 'FORBIDDEN');
    expect(error.extensions?.rule).toBe('FOUR_EYES');

    // another approver may
    expect(ok(await t.op(ApproveLoanDocument, { input: { applicationId: loan.id, terms: loan.terms } }, approver)).approve.state).toBe('contractPending');
    ok(await t.op(SignContractDocument, { input: { applicationId: loan.id, contractNumber: 'MC-4E-1', signedOn: '2026-03-10' } }, reviewer));
  });

  it('the approver cannot confirm the disbursement, even holding the accountant role', async () => {
    clock.set(at('2026-03-10'));
    const loan = await signedLoan(t, { committee: approverAccountant });
    const response = await expectNothingWritten(t, () =>
      t.op(ConfirmDisbursementDocument, { input: { applicationId: loan.id, paymentReference: reference('PO'), paidOn: '2026-03-10' } }, approverAccountant),
    );
    const error = expectRefused(response, 'FORBIDDEN');
    expect(error.extensions?.rule).toBe('FOUR_EYES');

    const paid = ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: loan.id, paymentReference: reference('PO'), paidOn: '2026-03-10' } }, accountant));
    expect(paid.confirmDisbursement.state).toBe('repaying');
  });
});

describe('bad input is refused with its code and nothing written', () => {
  const submit = (applicant: Applicant, overrides: Parameters<typeof microcreditInput>[1]) =>
    expectNothingWritten(t, () => t.op(SubmitMicrocreditApplicationDocument, { input: microcreditInput(applicant, overrides) }, applicant));

  it('a negative rate', async () => {
    clock.set(at('2026-03-12'));
    const submitted = violationOf(await submit(newApplicant(), { rate: '-1', termMonths: 12 }));
    expect(submitted.rules).toEqual(['RATE_NEGATIVE']);

    const loan = await assessedLoan(t);
    const approval = await expectNothingWritten(t, () =>
      t.op(ApproveLoanDocument, { input: { applicationId: loan.id, terms: { ...loan.terms, rate: '-1' } } }, approver),
    );
    expect(violationOf(approval).rules).toEqual(['RATE_NEGATIVE']);
  });

  it('4.5 % for a preferential applicant', async () => {
    clock.set(at('2026-03-12'));
    const submitted = violationOf(await submit(newApplicant(), { categories: ['LARGE_FAMILY'], amount: '10000000.00', rate: '4.5', termMonths: 60 }));
    expect(submitted.rules).toEqual(['RATE_OVER_CAP']);

    const loan = await assessedLoan(t, { categories: ['LARGE_FAMILY'], amount: '10000000.00', rate: '4', termMonths: 60 });
    const approval = await expectNothingWritten(t, () =>
      t.op(ApproveLoanDocument, { input: { applicationId: loan.id, terms: { ...loan.terms, rate: '4.5' } } }, approver),
    );
    expect(violationOf(approval).rules).toEqual(['RATE_OVER_CAP']);
  });

  it('a term of 0 and of 1000 months', async () => {
    clock.set(at('2026-03-12'));
    for (const termMonths of [0, 1000]) {
      const refused = violationOf(await submit(newApplicant(), { termMonths }));
      expect(refused.fields.some((f) => f.endsWith('termMonths')), JSON.stringify(refused.error)).toBe(true);
    }
    const loan = await assessedLoan(t);
    for (const termMonths of [0, 1000]) {
      const approval = await expectNothingWritten(t, () =>
        t.op(ApproveLoanDocument, { input: { applicationId: loan.id, terms: { ...loan.terms, termMonths } } }, approver),
      );
      const refused = violationOf(approval);
      expect(refused.fields.some((f) => f.endsWith('termMonths')), JSON.stringify(refused.error)).toBe(true);
    }
  });

  it('an amount over the applicant’s cap, or a term outside the product', async () => {
    clock.set(at('2026-03-12'));
    expect(violationOf(await submit(newApplicant(), { amount: '8000000.01', termMonths: 12 })).rules).toEqual(['AMOUNT_OVER_CAP']);
    expect(violationOf(await submit(newApplicant(), { categories: ['LARGE_FAMILY'], amount: '20000000.01', rate: '4', termMonths: 60 })).rules).toEqual([
      'AMOUNT_OVER_CAP',
    ]);
    expect(violationOf(await submit(newApplicant(), { categories: ['LOW_INCOME_FAMILY'], amount: '10000000.00', rate: '4', termMonths: 36 })).rules).toEqual([
      'TERM_OUT_OF_RANGE',
    ]);
    // a standard applicant may not borrow the preferential amount
    expect(violationOf(await submit(newApplicant(), { amount: '10000000.00', rate: '4', termMonths: 60 })).rules).toEqual(['AMOUNT_OVER_CAP']);

    // the caps themselves are allowed
    const standardApplicant = newApplicant();
    const standard = ok(await t.op(SubmitMicrocreditApplicationDocument, { input: microcreditInput(standardApplicant, { amount: '8000000.00', termMonths: 84 }) }, standardApplicant));
    expect(standard.submitMicrocreditApplication.state).toBe('awaitingReview');
    const family = newApplicant();
    const preferential = ok(
      await t.op(SubmitMicrocreditApplicationDocument, { input: microcreditInput(family, { categories: ['LARGE_FAMILY'], amount: '20000000.00', rate: '4', termMonths: 60 }) }, family),
    );
    expect(preferential.submitMicrocreditApplication.state).toBe('awaitingReview');
    expect(preferential.submitMicrocreditApplication.screening.product?.product).toBe('PREFERENTIAL');
  });

  it('a repayment of 0.00', async () => {
    clock.set(at('2026-03-12'));
    const loan = await disbursedLoan(t);
    const refused = violationOf(await expectNothingWritten(t, () => repay(t, loan.id, '0.00', '2026-03-12')));
    expect(refused.rules).toEqual(['AMOUNT_ZERO']);
  });

  it('a repayment before the disbursement, and one dated before the disbursement date', async () => {
    clock.set(at('2026-03-12'));
    const signed = await signedLoan(t);
    const early = await expectNothingWritten(t, () => repay(t, signed.id, '1000.00', '2026-03-12'));
    expectRefused(early, 'INVALID_TRANSITION');
    expect((await read(t, signed.id)).state).toBe('contractSigned');

    clock.set(at('2026-03-11'));
    const loan = await disbursedLoan(t, {}, '2026-03-11');
    clock.set(at('2026-03-12'));
    const backdated = violationOf(await expectNothingWritten(t, () => repay(t, loan.id, '1000.00', '2026-03-10')));
    expect(backdated.rules).toEqual(['BEFORE_DISBURSEMENT']);
  });

  it('a payment reference used twice on the same loan, or on another loan', async () => {
    clock.set(at('2026-03-12'));
    const loan = await disbursedLoan(t, {}, '2026-03-12');
    const other = await disbursedLoan(t, {}, '2026-03-12');
    const ref = reference('DUP');
    expectAccepted(await repay(t, loan.id, '1000.00', '2026-03-12', ref));

    const again = violationOf(await expectNothingWritten(t, () => repay(t, loan.id, '1000.00', '2026-03-12', ref)));
    expect(again.rules).toEqual(['DUPLICATE_REFERENCE']);
    const elsewhere = violationOf(await expectNothingWritten(t, () => repay(t, other.id, '1000.00', '2026-03-12', ref)));
    expect(elsewhere.rules).toEqual(['DUPLICATE_REFERENCE']);
    expect((await read(t, other.id)).repayments).toEqual([]);
  });

  it('two loans sending the same reference at the same moment: exactly one is accepted', async () => {
    clock.set(at('2026-03-12'));
    const loans = [await disbursedLoan(t, {}, '2026-03-12'), await disbursedLoan(t, {}, '2026-03-12')];
    const before = await Promise.all(loans.map((l) => rowOf(t, l.id)));
    const ref = reference('RACE');
    const responses = await Promise.all(loans.map((l) => repay(t, l.id, '1000.00', '2026-03-12', ref)));

    const accepted = responses.filter((r) => codeOf(r) === undefined);
    const refused = responses.filter((r) => codeOf(r) !== undefined);
    expect(accepted, JSON.stringify(responses.map((r) => r.body.errors))).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expectAccepted(accepted[0]!);
    expect(violationOf(refused[0]!).rules).toEqual(['DUPLICATE_REFERENCE']);

    const loser = responses.indexOf(refused[0]!);
    expect(await rowOf(t, loans[loser]!.id)).toEqual(before[loser]);
    const [{ count }] = await t.sql(`select count(*)::int as count from transition_log where event_type = 'RECORD_REPAYMENT' and event->>'reference' = $1`, [ref]);
    expect(count).toBe(1);
  });
});

describe('the programme’s terms', () => {
  it('lists both products of 2020 without a token', async () => {
    const response = await t.op(MicrocreditTermsDocument, { year: 2020 }, null);
    const terms = ok(response).microcreditTerms;
    expect(terms).toHaveLength(2);
    const byProduct = Object.fromEntries(terms.map((p) => [p.product, p]));
    expect(byProduct.STANDARD).toEqual({
      year: 2020,
      product: 'STANDARD',
      eligibleCategories: [],
      maxAmount: '8000000.00',
      maxRate: '6.00',
      minTermMonths: 6,
      maxTermMonths: 84,
      contractDays: 30,
      writeOffAfterDays: 180,
    });
    expect(byProduct.PREFERENTIAL).toEqual({
      year: 2020,
      product: 'PREFERENTIAL',
      eligibleCategories: expect.arrayContaining(['LARGE_FAMILY', 'LOW_INCOME_FAMILY']),
      maxAmount: '20000000.00',
      maxRate: '4.00',
      minTermMonths: 60,
      maxTermMonths: 84,
      contractDays: 30,
      writeOffAfterDays: 180,
    });
    expect(byProduct.PREFERENTIAL!.eligibleCategories).toHaveLength(2);
  });
});

describe('the API’s names: one approval for every kind, the old names still answering', () => {
  it('approveMicrocredit (deprecated) approves as approve does, with the same terms', async () => {
    clock.set(at('2026-03-10'));
    const loan = await assessedLoan(t);
    const approved = ok(await t.op(ApproveMicrocreditDocument, { input: { applicationId: loan.id, terms: loan.terms } }, approver));
    expect(approved.approveMicrocredit).toMatchObject({ state: 'contractPending', decision: { outcome: 'APPROVED', terms: { amount: loan.terms.amount } } });
  });

  it('approve without terms is refused for a loan (VALIDATION REQUIRED), and recommend refuses terms', async () => {
    clock.set(at('2026-03-10'));
    const loan = await assessedLoan(t);
    const missing = await expectNothingWritten(t, () => t.op(ApproveLoanDocument, { input: { applicationId: loan.id } }, approver));
    expect(rulesOf(expectRefused(missing, 'VALIDATION'))).toContain('REQUIRED');
    const misplaced = await expectNothingWritten(t, () => t.op(RecommendDocument, { input: { applicationId: loan.id, terms: loan.terms } }, reviewer));
    expect(rulesOf(expectRefused(misplaced, 'VALIDATION'))).toContain('NOT_ALLOWED');
  });

  it('the assessment is sent and read as note; notes (deprecated) still works both ways', async () => {
    clock.set(at('2026-03-10'));
    const loan = await submittedLoan(t);
    ok(await t.op(StartReviewDocument, { input: { applicationId: loan.id } }, reviewer));
    const sent = ok(await t.op(SubmitCreditAssessmentWithNotesDocument, { applicationId: loan.id, notes: ' Herd inspected ', proposed: loan.terms }, reviewer));
    expect(sent.submitCreditAssessment.state).toBe('awaitingDecision');
    expect((await read(t, loan.id)).assessment).toMatchObject({ note: 'Herd inspected' });
    const old = ok(await t.op(DeprecatedFieldsDocument, { id: loan.id }, accountant)).application;
    expect(asType(old, 'MicrocreditApplication').assessment).toEqual({ notes: 'Herd inspected' });

    const other = await submittedLoan(t);
    ok(await t.op(StartReviewDocument, { input: { applicationId: other.id } }, reviewer));
    const blank = await expectNothingWritten(t, () =>
      t.op(SubmitCreditAssessmentDocument, { input: { applicationId: other.id, proposed: other.terms } }, reviewer),
    );
    expect(rulesOf(expectRefused(blank, 'VALIDATION'))).toContain('REQUIRED');
  });
});
