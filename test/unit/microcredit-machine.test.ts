import { describe, it, expect } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import {
  availableEvents,
  replay,
  start,
  stateOf,
  type LoggedEvent,
  type WorkflowEvent,
} from '../../workflows/definition';
import {
  microcreditWorkflowV1,
  type LoanTermsInput,
  type MicrocreditEvent,
  type MicrocreditRequest,
  type MicrocreditSubmitEvent,
} from '../../workflows/microcredit/v1';
import type { ApplicantCategory } from '../../workflows/rules/categories';
import { makeIin } from '../../workflows/rules/iin';
import type { MicrocreditTermsFact } from '../../workflows/microcredit/terms';
import { formatMoney, moneyFromNumeric, type Tiyn } from '../../workflows/rules/money';
import type { ActorRef } from '../../workflows/rules/roles';
import { arrears, buildSchedule, payoffAmount, type Instalment } from '../../workflows/microcredit/schedule';
import {
  accountant,
  applicant,
  approver,
  auditor,
  KIT_TIMES,
  kitApproval,
  kitEvents,
  machineHarness,
  PREFERENTIAL_2026,
  reviewer,
  reviewer2,
  STANDARD_2026,
  system,
  TERMS_2026,
} from '../support/machine-harness';

// ---------------------------------------------------------------------------------------------
// builders
// ---------------------------------------------------------------------------------------------

const def = microcreditWorkflowV1;

type Ev<T extends MicrocreditEvent['type']> = Extract<MicrocreditEvent, { type: T }>;

const APPLICANT_IIN = makeIin('1988-05-17', 'male', 42);

/** An instant at 10:00 local time (UTC+5) on a date, for actions dated by day. */
const on = (date: string): string => `${date}T05:00:00.000Z`;

/** Distinct instants per action, so the context can be checked for "when". */
const T = {
  ...KIT_TIMES,
  assess: '2026-03-06T08:00:00.000Z',
  sign: on('2026-03-16'),
  disburse: on('2026-03-20'),
} as const;

/** approve + 30 contract days */
const DEADLINE = '2026-04-09T09:00:00.000Z';
const SIGNED_ON = '2026-03-16';
const PAID_ON = '2026-03-20';
/** the first two due dates of the default loan, one and two months after PAID_ON */
const DUE_1 = '2026-04-20';
const DUE_2 = '2026-05-20';
/** DUE_1 + 180 days */
const WRITE_OFF_DAY = '2026-10-17';

function request(overrides: Partial<MicrocreditRequest> = {}): MicrocreditRequest {
  return {
    amount: '3000000.00',
    termMonths: 12,
    rateBp: 600,
    locality: 'RURAL',
    purpose: 'START_UP',
    businessDescription: 'A dairy farm of twenty cows',
    jobsToCreate: 3,
    financialInstitution: 'Agrarian Credit Corporation',
    guaranteeShareBp: 5000,
    ...overrides,
  };
}

/** A large family's preferential request: 15 million at 4 % over 6 years. */
const PREFERENTIAL_REQUEST: Partial<MicrocreditRequest> = { amount: '15000000.00', rateBp: 400, termMonths: 72 };

/** The reviewer's proposal and the committee's final terms: deliberately different from the request and each other. */
const PROPOSED: LoanTermsInput = { amount: '2500000.00', rateBp: 550, termMonths: 9, method: 'DIFFERENTIATED' };
const FINAL: LoanTermsInput = { amount: '2400000.00', rateBp: 500, termMonths: 6, method: 'ANNUITY' };
/** Instalment 1 of FINAL disbursed on PAID_ON: one month's interest at 5 % on 2 400 000.00 is 10 000.00. */
const INSTALMENT_1 = { principal: '395853.55', interest: '10000.00', total: '405853.55' };

/** Terms the reviewer may not propose nor the committee decide: one rule checks both (termsRefusal). */
const REFUSED_TERMS: Array<{ name: string; terms: Partial<LoanTermsInput>; rule: string; field: string }> = [
  { name: 'over the requested amount', terms: { amount: '3000000.01' }, rule: 'AMOUNT_OVER_REQUESTED', field: 'terms.amount' },
  { name: 'a zero amount', terms: { amount: '0.00' }, rule: 'AMOUNT_ZERO', field: 'amount' },
  { name: 'a zero amount without decimals', terms: { amount: '0' }, rule: 'AMOUNT_ZERO', field: 'amount' },
  { name: 'a rate over the standard cap', terms: { rateBp: 601 }, rule: 'RATE_OVER_CAP', field: 'terms.rate' },
  { name: 'a negative rate', terms: { rateBp: -50 }, rule: 'RATE_NEGATIVE', field: 'terms.rate' },
  { name: 'a term under the standard minimum', terms: { termMonths: 5 }, rule: 'TERM_OUT_OF_RANGE', field: 'terms.termMonths' },
  { name: 'a term over the standard maximum', terms: { termMonths: 85 }, rule: 'TERM_OUT_OF_RANGE', field: 'terms.termMonths' },
  { name: 'a term of 1000 months', terms: { termMonths: 1000 }, rule: 'TERM_OUT_OF_RANGE', field: 'terms.termMonths' },
];

interface SubmitOptions {
  iin?: string;
  categories?: ApplicantCategory[];
  regionCode?: string;
  request?: Partial<MicrocreditRequest>;
  microcreditTerms?: MicrocreditTermsFact[] | null;
  regionExists?: boolean;
  at?: string;
}

function submitEvent(options: SubmitOptions = {}): MicrocreditSubmitEvent {
  return {
    type: 'SUBMIT',
    actor: applicant,
    at: options.at ?? T.submit,
    applicationId: 'application-1',
    applicant: { iin: options.iin ?? APPLICANT_IIN, categories: options.categories ?? ['UNEMPLOYED'] },
    regionCode: options.regionCode ?? 'AKM',
    request: request(options.request),
    facts: {
      microcreditTerms: options.microcreditTerms === undefined ? TERMS_2026 : options.microcreditTerms,
      regionExists: options.regionExists ?? true,
    },
  };
}

const preferentialSubmit = (): MicrocreditSubmitEvent => submitEvent({ categories: ['LARGE_FAMILY'], request: PREFERENTIAL_REQUEST });

interface ResubmitOptions {
  request?: Partial<MicrocreditRequest>;
  categories?: ApplicantCategory[];
  note?: string;
  microcreditTerms?: MicrocreditTermsFact[] | null;
  regionExists?: boolean;
}

const ev = {
  ...kitEvents,
  startReview: (actor: ActorRef = reviewer, at: string = T.startReview): Ev<'START_REVIEW'> => ({ type: 'START_REVIEW', actor, at }),
  resubmit: (options: ResubmitOptions = {}, actor: ActorRef = applicant, at: string = T.resubmit): Ev<'RESUBMIT'> => ({
    type: 'RESUBMIT',
    actor,
    at,
    request: request(options.request),
    ...(options.categories ? { categories: options.categories } : {}),
    ...(options.note !== undefined ? { note: options.note } : {}),
    facts: {
      microcreditTerms: options.microcreditTerms === undefined ? TERMS_2026 : options.microcreditTerms,
      regionExists: options.regionExists ?? true,
    },
  }),
  submitAssessment: (
    options: { notes?: string; proposed?: Partial<LoanTermsInput> } = {},
    actor: ActorRef = reviewer,
    at: string = T.assess,
  ): Ev<'SUBMIT_ASSESSMENT'> => ({
    type: 'SUBMIT_ASSESSMENT',
    actor,
    at,
    notes: options.notes ?? 'Herd and premises inspected; cash flow covers the instalments',
    proposed: { ...PROPOSED, ...options.proposed },
  }),
  approve: (
    options: { terms?: Partial<LoanTermsInput>; microcreditTerms?: MicrocreditTermsFact[] | null; note?: string } = {},
    actor: ActorRef = approver,
    at: string = T.approve,
  ): Ev<'APPROVE'> => ({
    type: 'APPROVE',
    actor,
    at,
    terms: { ...FINAL, ...options.terms },
    ...(options.note !== undefined ? { note: options.note } : {}),
    facts: { microcreditTerms: options.microcreditTerms === undefined ? TERMS_2026 : options.microcreditTerms },
  }),
  signContract: (
    options: { contractNumber?: string; signedOn?: string } = {},
    actor: ActorRef = reviewer,
    at: string = T.sign,
  ): Ev<'SIGN_CONTRACT'> => ({
    type: 'SIGN_CONTRACT',
    actor,
    at,
    contractNumber: options.contractNumber ?? 'MC-2026-0042',
    signedOn: options.signedOn ?? SIGNED_ON,
  }),
  expireContract: (at: string = DEADLINE, actor: ActorRef = system): Ev<'EXPIRE_CONTRACT'> => ({ type: 'EXPIRE_CONTRACT', actor, at }),
  confirmDisbursement: (
    options: { paymentReference?: string; paidOn?: string } = {},
    actor: ActorRef = accountant,
    at: string = T.disburse,
  ): Ev<'CONFIRM_DISBURSEMENT'> => ({
    type: 'CONFIRM_DISBURSEMENT',
    actor,
    at,
    paymentReference: options.paymentReference ?? 'PO-000917',
    paidOn: options.paidOn ?? PAID_ON,
  }),
  /** A repayment dated `paidOn`, recorded at 10:00 local on that day unless `at` says otherwise. */
  recordRepayment: (amount: string, paidOn: string, reference: string, actor: ActorRef = accountant, at: string = on(paidOn)): Ev<'RECORD_REPAYMENT'> => ({
    type: 'RECORD_REPAYMENT',
    actor,
    at,
    amount,
    paidOn,
    reference,
  }),
  markOverdue: (at: string, actor: ActorRef = system): Ev<'MARK_OVERDUE'> => ({ type: 'MARK_OVERDUE', actor, at }),
  writeOff: (reason: string, at: string, actor: ActorRef = approver): Ev<'WRITE_OFF'> => ({ type: 'WRITE_OFF', actor, at, reason }),
};

const { ctx, accept, refuse, run, roundTrip, record, replayed, itListsAvailable, itDeclares, expectScreenedOutFor, screenedIn, resubmittedOut } = machineHarness(def);

const money = moneyFromNumeric;

function sumOf(schedule: readonly Instalment[], field: 'principal' | 'interest' | 'paidPrincipal' | 'paidInterest'): Tiyn {
  return schedule.reduce((acc, instalment) => acc + money(instalment[field]), 0n);
}

/** What closes the loan on a date, as the machine's schedule stands. */
const payoffOn = (snapshot: AnyMachineSnapshot, date: string): string => formatMoney(payoffAmount(ctx(snapshot).schedule, date));
/** What is past due on a date, as the machine's schedule stands. */
const arrearsOn = (snapshot: AnyMachineSnapshot, date: string): string => formatMoney(arrears(ctx(snapshot).schedule, date));

// one path per state ---------------------------------------------------------------------------

const toAwaitingReview = (): AnyMachineSnapshot => start(def, submitEvent());
const toCreditReview = (): AnyMachineSnapshot => run(toAwaitingReview(), ev.startReview());
const toChangesRequested = (): AnyMachineSnapshot => run(toCreditReview(), ev.requestChanges());
const toResubmitted = (): AnyMachineSnapshot => run(toChangesRequested(), ev.resubmit());
const toAwaitingDecision = (): AnyMachineSnapshot => run(toCreditReview(), ev.submitAssessment());
const toContractPending = (): AnyMachineSnapshot => run(toAwaitingDecision(), ev.approve());
const toContractSigned = (): AnyMachineSnapshot => run(toContractPending(), ev.signContract());
const toRepaying = (): AnyMachineSnapshot => run(toContractSigned(), ev.confirmDisbursement());
/** the first instalment (due DUE_1) unpaid, marked the next day */
const toOverdue = (): AnyMachineSnapshot => run(toRepaying(), ev.markOverdue(on('2026-04-21')));
const toClosed = (): AnyMachineSnapshot => {
  const s = toRepaying();
  return run(s, ev.recordRepayment(payoffOn(s, '2026-03-25'), '2026-03-25', 'RP-PAYOFF'));
};
const toWrittenOff = (): AnyMachineSnapshot => run(toOverdue(), ev.writeOff('The borrower left the country', on(WRITE_OFF_DAY)));

const reach = {
  awaitingReview: toAwaitingReview,
  creditReview: toCreditReview,
  changesRequested: toChangesRequested,
  resubmitted: toResubmitted,
  awaitingDecision: toAwaitingDecision,
  contractPending: toContractPending,
  contractSigned: toContractSigned,
  repaying: toRepaying,
  overdue: toOverdue,
  closed: toClosed,
  writtenOff: toWrittenOff,
  ineligible: () => start(def, submitEvent({ request: { amount: '8000000.01' } })),
  rejected: () => run(toCreditReview(), ev.reject('The farm has no water supply', reviewer)),
  withdrawn: () => run(toAwaitingReview(), ev.withdraw('Found a cheaper bank loan')),
  cancelled: () => run(toContractPending(), ev.expireContract()),
} satisfies Record<string, () => AnyMachineSnapshot>;

type McState = keyof typeof reach;


// ---------------------------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------------------------

describe('microcredit workflow v1: definition', () => {
  // the year's terms for submission, resubmission and approval, the region for the screenings;
  // applicants submit, the deadline and overdue events are the system's
  itDeclares({
    finalStates: ['cancelled', 'closed', 'ineligible', 'rejected', 'withdrawn', 'writtenOff'],
    factsFor: { SUBMIT: ['microcreditTerms', 'regionExists'], RESUBMIT: ['microcreditTerms', 'regionExists'], APPROVE: ['microcreditTerms'] },
    submitRoles: ['applicant'],
    eventRoles: { EXPIRE_CONTRACT: ['system'], MARK_OVERDUE: ['system'], WRITE_OFF: ['approver'] },
  });
});

describe('screening (submission)', () => {
  it('an eligible standard submission lands in awaitingReview, recording the request, the product and no loan yet', () => {
    const snapshot = start(def, submitEvent());
    expect(stateOf(snapshot)).toBe('awaitingReview');
    expect(ctx(snapshot)).toMatchObject({
      applicantIin: APPLICANT_IIN,
      submitted: { by: 'applicant-1', at: T.submit },
      contract: null,
      cancellation: null,
      schedule: [],
      repayments: [],
      overdue: null,
      overdueEpisodes: 0,
      writeOff: null,
      lastEventOn: '2026-03-02',
    });
    expect(ctx(snapshot).request).toEqual(request());
    expect(ctx(snapshot).screening).toEqual({ fiscalYear: 2026, product: STANDARD_2026, reasons: [], at: T.submit });
  });

  it('an eligible preferential submission lands in awaitingReview with the preferential product', () => {
    const snapshot = start(def, preferentialSubmit());
    expect(stateOf(snapshot)).toBe('awaitingReview');
    expect(ctx(snapshot).screening).toEqual({ fiscalYear: 2026, product: PREFERENTIAL_2026, reasons: [], at: T.submit });
  });

  it('the fiscal year of the screening is the local year of the submission', () => {
    // 19:30 UTC on 31 December is 00:30 on 1 January in Kazakhstan (UTC+5)
    const snapshot = start(def, submitEvent({ at: '2026-12-31T19:30:00.000Z' }));
    expect(ctx(snapshot).screening.fiscalYear).toBe(2027);
    expect(ctx(snapshot).lastEventOn).toBe('2027-01-01');
  });

  it.each<{ name: string; options: SubmitOptions }>([
    { name: 'standard at every cap: 8 000 000.00, 6 %, 84 months', options: { request: { amount: '8000000.00', rateBp: 600, termMonths: 84 } } },
    { name: 'standard at the shortest term of 6 months', options: { request: { termMonths: 6 } } },
    { name: 'standard interest-free', options: { request: { rateBp: 0 } } },
    { name: 'preferential at every cap: 20 000 000.00, 4 %, 60 months', options: { categories: ['LARGE_FAMILY'], request: { amount: '20000000.00', rateBp: 400, termMonths: 60 } } },
    { name: 'preferential for a low-income family, 84 months', options: { categories: ['LOW_INCOME_FAMILY'], request: { ...PREFERENTIAL_REQUEST, termMonths: 84 } } },
    { name: 'no jobs to create', options: { request: { jobsToCreate: 0 } } },
    { name: 'no guarantee', options: { request: { guaranteeShareBp: null } } },
    { name: 'a guarantee of 100 %', options: { request: { guaranteeShareBp: 10_000 } } },
    { name: 'a guarantee of 0.01 %', options: { request: { guaranteeShareBp: 1 } } },
  ])('$name → awaitingReview', ({ options }) => {
    expect(screenedIn(start(def, submitEvent(options)))).toBe('awaitingReview');
  });

  it.each<{ name: string; options: SubmitOptions; rule: string; field: string }>([
    { name: 'a preferential applicant asking 4.5 %', options: { categories: ['LARGE_FAMILY'], request: { ...PREFERENTIAL_REQUEST, rateBp: 450 } }, rule: 'RATE_OVER_CAP', field: 'rate' },
    { name: 'a standard applicant asking 6.01 %', options: { request: { rateBp: 601 } }, rule: 'RATE_OVER_CAP', field: 'rate' },
    { name: 'a negative rate', options: { request: { rateBp: -1 } }, rule: 'RATE_NEGATIVE', field: 'rate' },
    { name: '0.01 over the standard cap', options: { request: { amount: '8000000.01' } }, rule: 'AMOUNT_OVER_CAP', field: 'amount' },
    { name: '0.01 over the preferential cap', options: { categories: ['LOW_INCOME_FAMILY'], request: { ...PREFERENTIAL_REQUEST, amount: '20000000.01' } }, rule: 'AMOUNT_OVER_CAP', field: 'amount' },
    { name: 'a preferential amount for a standard applicant', options: { request: { amount: '15000000.00' } }, rule: 'AMOUNT_OVER_CAP', field: 'amount' },
    { name: 'a zero amount', options: { request: { amount: '0.00' } }, rule: 'AMOUNT_ZERO', field: 'amount' },
    { name: 'a term of 0 months', options: { request: { termMonths: 0 } }, rule: 'TERM_OUT_OF_RANGE', field: 'termMonths' },
    { name: 'a term of 1000 months', options: { request: { termMonths: 1000 } }, rule: 'TERM_OUT_OF_RANGE', field: 'termMonths' },
    { name: 'a standard term of 5 months', options: { request: { termMonths: 5 } }, rule: 'TERM_OUT_OF_RANGE', field: 'termMonths' },
    { name: 'a standard term of 85 months', options: { request: { termMonths: 85 } }, rule: 'TERM_OUT_OF_RANGE', field: 'termMonths' },
    { name: 'a preferential term of 59 months', options: { categories: ['LARGE_FAMILY'], request: { ...PREFERENTIAL_REQUEST, termMonths: 59 } }, rule: 'TERM_OUT_OF_RANGE', field: 'termMonths' },
    { name: 'no terms for the year', options: { microcreditTerms: null }, rule: 'TERMS_UNKNOWN', field: 'amount' },
    { name: 'an empty list of terms', options: { microcreditTerms: [] }, rule: 'TERMS_UNKNOWN', field: 'amount' },
    { name: 'only a preferential product for a standard applicant', options: { microcreditTerms: [PREFERENTIAL_2026] }, rule: 'TERMS_UNKNOWN', field: 'amount' },
    { name: 'an invalid IIN (wrong check digit)', options: { iin: '900101300127' }, rule: 'IIN_INVALID', field: 'iin' },
    { name: 'an IIN of the wrong length', options: { iin: '90010130012' }, rule: 'IIN_INVALID', field: 'iin' },
    { name: 'an unknown region', options: { regionCode: 'XXX', regionExists: false }, rule: 'REGION_UNKNOWN', field: 'regionCode' },
    { name: 'a negative number of jobs', options: { request: { jobsToCreate: -1 } }, rule: 'JOBS_NEGATIVE', field: 'jobsToCreate' },
    { name: 'a fractional number of jobs', options: { request: { jobsToCreate: 1.5 } }, rule: 'JOBS_NEGATIVE', field: 'jobsToCreate' },
    { name: 'a guarantee share of 0', options: { request: { guaranteeShareBp: 0 } }, rule: 'GUARANTEE_SHARE_RANGE', field: 'guaranteeShare' },
    { name: 'a negative guarantee share', options: { request: { guaranteeShareBp: -100 } }, rule: 'GUARANTEE_SHARE_RANGE', field: 'guaranteeShare' },
    { name: 'a guarantee share over 100 %', options: { request: { guaranteeShareBp: 10_001 } }, rule: 'GUARANTEE_SHARE_RANGE', field: 'guaranteeShare' },
  ])('$name → ineligible ($rule)', ({ options, rule, field }) => {
    expectScreenedOutFor(start(def, submitEvent(options)), field, rule);
  });

  it('the rate message of a preferential applicant names the preferential cap', () => {
    const snapshot = start(def, submitEvent({ categories: ['LARGE_FAMILY'], request: { ...PREFERENTIAL_REQUEST, rateBp: 450 } }));
    expect(ctx(snapshot).screening.product).toEqual(PREFERENTIAL_2026);
    expect(def.submissionRefusal(ctx(snapshot))[0]!.message).toBe('4.50 % a year is over the preferential maximum of 4.00 %');
  });

  it('submissionRefusal returns every reason at once, the loan terms included', () => {
    const snapshot = start(
      def,
      submitEvent({
        iin: '123',
        regionExists: false,
        request: { amount: '9000000.00', rateBp: 700, termMonths: 1000, jobsToCreate: -2, guaranteeShareBp: 0 },
      }),
    );
    expect(stateOf(snapshot)).toBe('ineligible');
    expect(def.submissionRefusal(ctx(snapshot)).map((r) => [r.field, r.rule])).toEqual([
      ['iin', 'IIN_INVALID'],
      ['regionCode', 'REGION_UNKNOWN'],
      ['amount', 'AMOUNT_OVER_CAP'],
      ['rate', 'RATE_OVER_CAP'],
      ['termMonths', 'TERM_OUT_OF_RANGE'],
      ['jobsToCreate', 'JOBS_NEGATIVE'],
      ['guaranteeShare', 'GUARANTEE_SHARE_RANGE'],
    ]);
  });

  it('submissionRefusal without terms: TERMS_UNKNOWN with the other reasons, no loan-term reasons', () => {
    const snapshot = start(def, submitEvent({ iin: '123', regionExists: false, microcreditTerms: null, request: { termMonths: 1000, jobsToCreate: -1, guaranteeShareBp: 10_001 } }));
    expect(ctx(snapshot).screening.product).toBeNull();
    expect(def.submissionRefusal(ctx(snapshot)).map((r) => r.rule)).toEqual([
      'IIN_INVALID',
      'REGION_UNKNOWN',
      'TERMS_UNKNOWN',
      'JOBS_NEGATIVE',
      'GUARANTEE_SHARE_RANGE',
    ]);
  });
});

describe('creditReview: SUBMIT_ASSESSMENT', () => {
  it('records the trimmed notes and the proposed terms, and moves to awaitingDecision', () => {
    const s = accept(toCreditReview(), ev.submitAssessment({ notes: '  Herd inspected  ' }));
    expect(stateOf(s)).toBe('awaitingDecision');
    expect(ctx(s).assessment).toEqual({ by: 'reviewer-1', at: T.assess, notes: 'Herd inspected', proposed: PROPOSED });
  });

  it.each(['', '  '])('blank notes %j are refused (VALIDATION, REQUIRED)', (notes) => {
    expect(refuse(toCreditReview(), ev.submitAssessment({ notes }))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'notes' });
  });

  it('proposed terms exactly at the requested amount and the product caps are accepted', () => {
    const proposed: LoanTermsInput = { amount: '3000000.00', rateBp: 600, termMonths: 84, method: 'ANNUITY' };
    expect(ctx(accept(toCreditReview(), ev.submitAssessment({ proposed }))).assessment?.proposed).toEqual(proposed);
    expect(stateOf(accept(toCreditReview(), ev.submitAssessment({ proposed: { termMonths: 6 } })))).toBe('awaitingDecision');
  });

  it.each(REFUSED_TERMS)('proposed terms with $name are refused ($rule)', ({ terms, rule, field }) => {
    expect(refuse(toCreditReview(), ev.submitAssessment({ proposed: terms }))).toMatchObject({ code: 'VALIDATION', rule, field });
  });

  it('the amount over the request names the requested amount', () => {
    expect(refuse(toCreditReview(), ev.submitAssessment({ proposed: { amount: '3000000.01' } })).message).toContain('3 000 000.00 ₸');
  });

  it('a preferential applicant\'s proposal is held to the preferential product', () => {
    const review = run(start(def, preferentialSubmit()), ev.startReview());
    expect(refuse(review, ev.submitAssessment({ proposed: { amount: '15000000.00', rateBp: 450, termMonths: 72 } }))).toMatchObject({
      rule: 'RATE_OVER_CAP',
      field: 'terms.rate',
    });
    expect(refuse(review, ev.submitAssessment({ proposed: { amount: '15000000.00', rateBp: 400, termMonths: 36 } }))).toMatchObject({
      rule: 'TERM_OUT_OF_RANGE',
    });
    const s = accept(review, ev.submitAssessment({ proposed: { amount: '15000000.00', rateBp: 400, termMonths: 60 } }));
    expect(stateOf(s)).toBe('awaitingDecision');
  });
});

describe('changesRequested ⇄ resubmitted', () => {
  it('a resubmission replaces the request: it is screened again, assessed and projected from it', () => {
    const changed = { amount: '2700000.00', termMonths: 24, businessDescription: 'A dairy farm of thirty cows' };
    const s = run(toChangesRequested(), ev.resubmit({ request: changed }), ev.startReview(reviewer2), ev.submitAssessment({ proposed: { amount: '2700000.00' } }, reviewer2));
    expect(ctx(s).request).toEqual(request(changed));
    expect(ctx(s).screening).toEqual({ fiscalYear: 2026, product: STANDARD_2026, reasons: [], at: T.resubmit });
    expect(ctx(s).assessment).toMatchObject({ by: 'reviewer-2', proposed: { amount: '2700000.00' } });
    expect(def.project(ctx(s)).requestedAmount).toBe('2700000.00');
  });

  it('keeps the declared categories when the resubmission gives none, and replaces them (and the product) when it does', () => {
    const kept = accept(toChangesRequested(), ev.resubmit());
    expect(ctx(kept).categories).toEqual(['UNEMPLOYED']);
    const replaced = accept(toChangesRequested(), ev.resubmit({ categories: ['LARGE_FAMILY'], request: PREFERENTIAL_REQUEST }));
    expect(stateOf(replaced)).toBe('resubmitted');
    expect(ctx(replaced).categories).toEqual(['LARGE_FAMILY']);
    expect(ctx(replaced).screening.product).toEqual(PREFERENTIAL_2026);
  });

  it.each<{ name: string; options: ResubmitOptions; rules: string[] }>([
    { name: 'the amount goes over the standard cap', options: { request: { amount: '8000000.01' } }, rules: ['AMOUNT_OVER_CAP'] },
    { name: 'the term drops to 0 months', options: { request: { termMonths: 0 } }, rules: ['TERM_OUT_OF_RANGE'] },
    { name: 'the rate goes over the cap', options: { request: { rateBp: 650 } }, rules: ['RATE_OVER_CAP'] },
    { name: 'the region no longer exists', options: { regionExists: false }, rules: ['REGION_UNKNOWN'] },
    { name: 'the year has no terms', options: { microcreditTerms: null }, rules: ['TERMS_UNKNOWN'] },
    { name: 'the jobs become negative', options: { request: { jobsToCreate: -3 } }, rules: ['JOBS_NEGATIVE'] },
    { name: 'the guarantee share goes over 100 %', options: { request: { guaranteeShareBp: 12_000 } }, rules: ['GUARANTEE_SHARE_RANGE'] },
    {
      name: 'a preferential request loses its family category',
      options: { categories: ['UNEMPLOYED'], request: PREFERENTIAL_REQUEST },
      rules: ['AMOUNT_OVER_CAP'],
    },
  ])('a resubmission in which $name is screened again and becomes ineligible', ({ options, rules }) => {
    const s = accept(toChangesRequested(), ev.resubmit(options));
    expect(resubmittedOut(s, T.resubmit)).toEqual(rules);
  });

});

describe('awaitingDecision (committee)', () => {
  it('an approver who did not assess APPROVEs: the decision records the final terms, the year, the deadline and the write-off threshold', () => {
    const s = accept(toAwaitingDecision(), ev.approve({ note: 'Committee meeting no. 7' }));
    expect(stateOf(s)).toBe('contractPending');
    expect(ctx(s).decision).toEqual({
      ...kitApproval(),
      terms: FINAL,
      fiscalYear: 2026,
      note: 'Committee meeting no. 7',
      contractDeadline: DEADLINE,
      writeOffAfterDays: 180,
    });
    expect(ctx(s).assessment?.by).toBe('reviewer-1');
  });

  it('an approval without a note records null', () => {
    expect(ctx(accept(toAwaitingDecision(), ev.approve())).decision?.note).toBeNull();
  });

  it('the contract deadline is the approval instant plus the product\'s contract days', () => {
    const at = '2026-03-31T22:15:30.250Z';
    expect(ctx(accept(toAwaitingDecision(), ev.approve({}, approver, at))).decision?.contractDeadline).toBe('2026-04-30T22:15:30.250Z');
  });

  it('the year, contract days and write-off threshold come from the product on the APPROVE event', () => {
    const decree2027: MicrocreditTermsFact = { ...STANDARD_2026, year: 2027, contractDays: 45, writeOffAfterDays: 90 };
    // 19:30 UTC on 31 December 2026 is 00:30 on 1 January 2027 in Kazakhstan: the engine gathers the 2027 terms
    const at = '2026-12-31T19:30:00.000Z';
    const s = accept(toAwaitingDecision(), ev.approve({ microcreditTerms: [decree2027] }, approver, at));
    expect(ctx(s).decision).toMatchObject({ fiscalYear: 2027, contractDeadline: '2027-02-14T19:30:00.000Z', writeOffAfterDays: 90 });
    expect(def.project(ctx(s)).decisionFiscalYear).toBe(2027);
  });

  it('final terms exactly at the requested amount and the product caps are approved', () => {
    const terms: LoanTermsInput = { amount: '3000000.00', rateBp: 600, termMonths: 84, method: 'DIFFERENTIATED' };
    expect(ctx(accept(toAwaitingDecision(), ev.approve({ terms }))).decision?.terms).toEqual(terms);
  });

  it.each(REFUSED_TERMS)('final terms with $name are refused ($rule)', ({ terms, rule, field }) => {
    expect(refuse(toAwaitingDecision(), ev.approve({ terms }))).toMatchObject({ code: 'VALIDATION', rule, field });
  });

  it('an amount over the product cap of the decision is refused, even within the request (AMOUNT_OVER_CAP)', () => {
    // the cap was lowered by decree between the screening and the decision
    const lowered: MicrocreditTermsFact = { ...STANDARD_2026, maxAmount: '2000000.00' };
    const refusal = refuse(toAwaitingDecision(), ev.approve({ microcreditTerms: [lowered] }));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_OVER_CAP', field: 'terms.amount' });
    expect(refusal.message).toContain('2 000 000.00 ₸');
    expect(stateOf(accept(toAwaitingDecision(), ev.approve({ terms: { amount: '2000000.00' }, microcreditTerms: [lowered] })))).toBe('contractPending');
  });

  describe('a preferential applicant', () => {
    const preferentialDecision = (): AnyMachineSnapshot =>
      run(start(def, preferentialSubmit()), ev.startReview(), ev.submitAssessment({ proposed: { amount: '15000000.00', rateBp: 400, termMonths: 72 } }));
    const preferentialTerms: LoanTermsInput = { amount: '15000000.00', rateBp: 400, termMonths: 72, method: 'ANNUITY' };

    it('is approved on preferential terms', () => {
      const s = accept(preferentialDecision(), ev.approve({ terms: preferentialTerms }));
      expect(ctx(s).decision).toMatchObject({ outcome: 'APPROVED', terms: preferentialTerms, fiscalYear: 2026 });
    });

    it.each<{ name: string; terms: Partial<LoanTermsInput>; rule: string }>([
      { name: '4.5 %, over the preferential cap', terms: { rateBp: 450 }, rule: 'RATE_OVER_CAP' },
      { name: '48 months, under the preferential minimum', terms: { termMonths: 48 }, rule: 'TERM_OUT_OF_RANGE' },
    ])('final terms of $name are refused ($rule)', ({ terms, rule }) => {
      expect(refuse(preferentialDecision(), ev.approve({ terms: { ...preferentialTerms, ...terms } }))).toMatchObject({ code: 'VALIDATION', rule });
    });

    it('is held to the standard cap when the decision year has no preferential product', () => {
      expect(refuse(preferentialDecision(), ev.approve({ terms: preferentialTerms, microcreditTerms: [STANDARD_2026] }))).toMatchObject({
        rule: 'AMOUNT_OVER_CAP',
        field: 'terms.amount',
      });
    });
  });

  it.each<{ name: string; microcreditTerms: MicrocreditTermsFact[] | null }>([
    { name: 'null terms', microcreditTerms: null },
    { name: 'an empty list', microcreditTerms: [] },
    { name: 'no product for the applicant', microcreditTerms: [PREFERENTIAL_2026] },
  ])('APPROVE with $name for the decision year is refused (VALIDATION, TERMS_UNKNOWN)', ({ microcreditTerms }) => {
    expect(refuse(toAwaitingDecision(), ev.approve({ microcreditTerms }))).toMatchObject({ code: 'VALIDATION', rule: 'TERMS_UNKNOWN', field: 'terms' });
  });

  it('APPROVE with no facts at all is refused (VALIDATION, TERMS_UNKNOWN)', () => {
    const event = { type: 'APPROVE', actor: approver, at: T.approve, terms: FINAL } as WorkflowEvent;
    expect(refuse(toAwaitingDecision(), event)).toMatchObject({ code: 'VALIDATION', rule: 'TERMS_UNKNOWN' });
  });

  it('APPROVE without terms is refused (VALIDATION, REQUIRED)', () => {
    const event = { type: 'APPROVE', actor: approver, at: T.approve, facts: { microcreditTerms: TERMS_2026 } } as WorkflowEvent;
    expect(refuse(toAwaitingDecision(), event)).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'terms' });
  });

});

describe('contractPending', () => {
  it('a reviewer records the signed contract (number trimmed) → contractSigned', () => {
    const s = accept(toContractPending(), ev.signContract({ contractNumber: '  MC-2026-0042 ' }));
    expect(stateOf(s)).toBe('contractSigned');
    expect(ctx(s).contract).toEqual({ by: 'reviewer-1', at: T.sign, contractNumber: 'MC-2026-0042', signedOn: SIGNED_ON });
  });

  it.each<[string, { contractNumber?: string; signedOn?: string }]>([
    ['contractNumber', { contractNumber: '  ' }],
    ['signedOn', { signedOn: '' }],
  ])('a blank %s is refused (VALIDATION, REQUIRED)', (field, options) => {
    expect(refuse(toContractPending(), ev.signContract(options))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field });
  });

  it('a contract dated tomorrow is refused (VALIDATION, IN_FUTURE)', () => {
    expect(refuse(toContractPending(), ev.signContract({ signedOn: '2026-03-17' }))).toMatchObject({ code: 'VALIDATION', rule: 'IN_FUTURE', field: 'signedOn' });
  });

  it('"today" is the local date: at 00:30 local (19:30 UTC the day before) the local date is not in the future', () => {
    const s = accept(toContractPending(), ev.signContract({ signedOn: '2026-03-17' }, reviewer, '2026-03-16T19:30:00.000Z'));
    expect(ctx(s).contract?.signedOn).toBe('2026-03-17');
  });

  it('signing at the very deadline is refused: the instant belongs to the expiry (DEADLINE_PASSED)', () => {
    expect(refuse(toContractPending(), ev.signContract({ signedOn: '2026-04-09' }, reviewer, DEADLINE))).toMatchObject({ code: 'VALIDATION', rule: 'DEADLINE_PASSED' });
  });

  it('signing a millisecond before the deadline is accepted', () => {
    const before = new Date(Date.parse(DEADLINE) - 1).toISOString();
    expect(stateOf(accept(toContractPending(), ev.signContract({ signedOn: '2026-04-09' }, reviewer, before)))).toBe('contractSigned');
  });

  it('signing after the deadline is refused (VALIDATION, DEADLINE_PASSED)', () => {
    const refusal = refuse(toContractPending(), ev.signContract({ signedOn: '2026-04-09' }, reviewer, '2026-04-09T09:00:00.001Z'));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'DEADLINE_PASSED', field: 'signedOn' });
    expect(refusal.message).toContain(DEADLINE);
  });

  describe('EXPIRE_CONTRACT', () => {
    it('the system cancels the loan at the deadline → cancelled', () => {
      const s = accept(toContractPending(), ev.expireContract(DEADLINE));
      expect(stateOf(s)).toBe('cancelled');
      expect(s.status).toBe('done');
      expect(ctx(s).cancellation).toEqual({ by: 'system', at: DEADLINE, reason: 'the contract was not signed before the deadline' });
    });

    it('the system cancels the loan after the deadline', () => {
      expect(stateOf(accept(toContractPending(), ev.expireContract('2026-05-01T00:00:00.000Z')))).toBe('cancelled');
    });

    it('before the deadline it is refused (VALIDATION, DEADLINE_NOT_REACHED)', () => {
      const refusal = refuse(toContractPending(), ev.expireContract('2026-04-09T08:59:59.999Z'));
      expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'DEADLINE_NOT_REACHED', field: 'at' });
      expect(refusal.message).toContain(DEADLINE);
    });

  });
});

describe('contractSigned: CONFIRM_DISBURSEMENT', () => {
  it('an accountant who is not the approver confirms → repaying, with the disbursement of the final amount', () => {
    const s = accept(toContractSigned(), ev.confirmDisbursement({ paymentReference: ' PO-000917 ' }));
    expect(stateOf(s)).toBe('repaying');
    expect(ctx(s).disbursement).toEqual({ by: 'accountant-1', at: T.disburse, amount: FINAL.amount, paymentReference: 'PO-000917', paidOn: PAID_ON });
    expect(ctx(s).lastEventOn).toBe(PAID_ON);
  });

  it('builds the schedule from the FINAL terms (not the request or the proposal) and the payment date', () => {
    const context = ctx(accept(toContractSigned(), ev.confirmDisbursement()));
    const schedule = context.schedule;
    expect(schedule).toHaveLength(FINAL.termMonths);
    expect(sumOf(schedule, 'principal')).toBe(money(FINAL.amount));
    expect(schedule[0]).toEqual({ number: 1, dueOn: DUE_1, ...INSTALMENT_1, paidPrincipal: '0.00', paidInterest: '0.00' });
    expect(schedule.map((i) => i.dueOn)).toEqual(['2026-04-20', '2026-05-20', '2026-06-20', '2026-07-20', '2026-08-20', '2026-09-20']);
    expect(sumOf(schedule, 'paidPrincipal') + sumOf(schedule, 'paidInterest')).toBe(0n);
    expect(schedule).toEqual(buildSchedule({ principal: money(FINAL.amount), annualRateBp: FINAL.rateBp, termMonths: FINAL.termMonths, method: FINAL.method, disbursedOn: PAID_ON }));
    expect(context.request.termMonths).not.toBe(FINAL.termMonths);
  });

  it.each<{ name: string; terms: LoanTermsInput; paidOn: string; firstDue: string; lastDue: string }>([
    { name: 'annuity, 12 months', terms: { amount: '1200000.00', rateBp: 600, termMonths: 12, method: 'ANNUITY' }, paidOn: '2026-03-20', firstDue: '2026-04-20', lastDue: '2027-03-20' },
    { name: 'differentiated, 84 months', terms: { amount: '3000000.00', rateBp: 0, termMonths: 84, method: 'DIFFERENTIATED' }, paidOn: '2026-03-20', firstDue: '2026-04-20', lastDue: '2033-03-20' },
    { name: 'differentiated, 7 months, paid on the 31st', terms: { amount: '999999.99', rateBp: 300, termMonths: 7, method: 'DIFFERENTIATED' }, paidOn: '2026-03-31', firstDue: '2026-04-30', lastDue: '2026-10-31' },
  ])('schedule of $name: count = term, principal = amount, first due one month after paidOn', ({ terms, paidOn, firstDue, lastDue }) => {
    const s = run(toAwaitingDecision(), ev.approve({ terms }), ev.signContract(), ev.confirmDisbursement({ paidOn }, accountant, on('2026-04-01')));
    const schedule = ctx(s).schedule;
    expect(schedule).toHaveLength(terms.termMonths);
    expect(sumOf(schedule, 'principal')).toBe(money(terms.amount));
    expect(schedule[0]!.dueOn).toBe(firstDue);
    expect(schedule.at(-1)!.dueOn).toBe(lastDue);
    expect(schedule.map((i) => i.number)).toEqual(Array.from({ length: terms.termMonths }, (_, k) => k + 1));
    expect(ctx(s).disbursement?.amount).toBe(terms.amount);
  });

  it('a payment dated before the contract is refused (VALIDATION, BEFORE_CONTRACT); on the signing day it is accepted', () => {
    const refusal = refuse(toContractSigned(), ev.confirmDisbursement({ paidOn: '2026-03-15' }));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'BEFORE_CONTRACT', field: 'paidOn' });
    expect(refusal.message).toContain(SIGNED_ON);
    expect(stateOf(accept(toContractSigned(), ev.confirmDisbursement({ paidOn: SIGNED_ON })))).toBe('repaying');
  });

  it('a payment dated in the future is refused (VALIDATION, IN_FUTURE)', () => {
    expect(refuse(toContractSigned(), ev.confirmDisbursement({ paidOn: '2026-03-21' }))).toMatchObject({ code: 'VALIDATION', rule: 'IN_FUTURE', field: 'paidOn' });
  });

  it('"today" is the local date: a payment dated 21 March is accepted at 00:30 local (19:30 UTC on the 20th)', () => {
    const s = accept(toContractSigned(), ev.confirmDisbursement({ paidOn: '2026-03-21' }, accountant, '2026-03-20T19:30:00.000Z'));
    expect(ctx(s).disbursement?.paidOn).toBe('2026-03-21');
    expect(ctx(s).schedule[0]!.dueOn).toBe('2026-04-21');
  });

});

describe('repaying: RECORD_REPAYMENT', () => {
  it('the exact first instalment on its due date pays it in full and stays repaying', () => {
    const s = accept(toRepaying(), ev.recordRepayment(INSTALMENT_1.total, DUE_1, 'RP-1'));
    expect(stateOf(s)).toBe('repaying');
    const context = ctx(s);
    expect(context.schedule[0]).toMatchObject({ paidPrincipal: INSTALMENT_1.principal, paidInterest: INSTALMENT_1.interest });
    expect(context.schedule[1]).toMatchObject({ paidPrincipal: '0.00', paidInterest: '0.00' });
    expect(context.repayments).toEqual([
      {
        by: 'accountant-1',
        at: on(DUE_1),
        amount: INSTALMENT_1.total,
        paidOn: DUE_1,
        reference: 'RP-1',
        interestPaid: INSTALMENT_1.interest,
        principalPaid: INSTALMENT_1.principal,
        prepaidPrincipal: '0.00',
      },
    ]);
    expect(context.lastEventOn).toBe(DUE_1);
    expect(def.project(context).nextDueOn).toBe(DUE_2);
  });

  it('a partial repayment goes to interest first and leaves the instalment open', () => {
    const s = accept(toRepaying(), ev.recordRepayment('4000.00', '2026-04-10', 'RP-1'));
    expect(stateOf(s)).toBe('repaying');
    expect(ctx(s).schedule[0]).toMatchObject({ paidInterest: '4000.00', paidPrincipal: '0.00' });
    expect(ctx(s).repayments[0]).toMatchObject({ amount: '4000.00', interestPaid: '4000.00', principalPaid: '0.00', prepaidPrincipal: '0.00' });
    expect(def.project(ctx(s)).nextDueOn).toBe(DUE_1);
  });

  it('a repayment beyond the current instalment prepays principal and lowers what is owed', () => {
    const s = accept(toRepaying(), ev.recordRepayment('1000000.00', '2026-04-10', 'RP-1'));
    expect(stateOf(s)).toBe('repaying');
    const record = ctx(s).repayments[0]!;
    expect(record).toMatchObject({ interestPaid: INSTALMENT_1.interest, principalPaid: INSTALMENT_1.principal });
    expect(money(record.prepaidPrincipal)).toBe(money('1000000.00') - money(INSTALMENT_1.total));
    expect(sumOf(ctx(s).schedule, 'principal')).toBe(money(FINAL.amount));
    expect(sumOf(ctx(s).schedule, 'paidPrincipal')).toBe(money('1000000.00') - money(INSTALMENT_1.interest));
  });

  it('paying every instalment on its due date closes the loan', () => {
    let s = toRepaying();
    for (const instalment of ctx(toRepaying()).schedule) {
      expect(stateOf(s)).toBe('repaying');
      s = accept(s, ev.recordRepayment(instalment.total, instalment.dueOn, `RP-${instalment.number}`));
    }
    expect(stateOf(s)).toBe('closed');
    expect(s.status).toBe('done');
    expect(ctx(s).repayments).toHaveLength(FINAL.termMonths);
    expect(sumOf(ctx(s).schedule, 'paidPrincipal')).toBe(money(FINAL.amount));
  });

  it('paying the payoff amount at once closes the loan (final)', () => {
    const before = toRepaying();
    const payoff = payoffOn(before, '2026-03-25');
    // before the first due date: the principal plus one month's interest
    expect(payoff).toBe('2410000.00');
    const s = accept(before, ev.recordRepayment(payoff, '2026-03-25', 'RP-PAYOFF'));
    expect(stateOf(s)).toBe('closed');
    expect(s.status).toBe('done');
    expect(ctx(s).repayments[0]).toMatchObject({ interestPaid: '10000.00', prepaidPrincipal: formatMoney(money(FINAL.amount) - money(INSTALMENT_1.principal)) });
    expect(sumOf(ctx(s).schedule, 'paidPrincipal')).toBe(money(FINAL.amount));
    expect(ctx(s).overdue).toBeNull();
    expect(def.project(ctx(s)).nextDueOn).toBeNull();
  });

  it('more than the payoff amount is refused (VALIDATION, MORE_THAN_OWED)', () => {
    const before = toRepaying();
    const tooMuch = formatMoney(payoffAmount(ctx(before).schedule, '2026-03-25') + 1n);
    expect(refuse(before, ev.recordRepayment(tooMuch, '2026-03-25', 'RP-1'))).toMatchObject({ code: 'VALIDATION', rule: 'MORE_THAN_OWED', field: 'amount' });
  });

  it('more than everything owed is refused (VALIDATION, MORE_THAN_OWED)', () => {
    expect(refuse(toRepaying(), ev.recordRepayment('5000000.00', '2026-04-10', 'RP-1'))).toMatchObject({ rule: 'MORE_THAN_OWED' });
  });

  it.each(['0.00', '0'])('a repayment of %s is refused (VALIDATION, AMOUNT_ZERO)', (amount) => {
    expect(refuse(toRepaying(), ev.recordRepayment(amount, '2026-04-10', 'RP-1'))).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_ZERO', field: 'amount' });
  });

  it('a negative repayment is refused (VALIDATION, AMOUNT_ZERO)', () => {
    expect(refuse(toRepaying(), ev.recordRepayment('-100.00', '2026-04-10', 'RP-1'))).toMatchObject({ rule: 'AMOUNT_ZERO' });
  });

  it('a second repayment with the same reference is refused (VALIDATION, DUPLICATE_REFERENCE), even padded with blanks', () => {
    const s = accept(toRepaying(), ev.recordRepayment('4000.00', '2026-04-10', 'RP-1'));
    const refusal = refuse(s, ev.recordRepayment('5000.00', '2026-04-11', 'RP-1'));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'DUPLICATE_REFERENCE', field: 'reference' });
    expect(refusal.message).toContain('RP-1');
    expect(refuse(s, ev.recordRepayment('5000.00', '2026-04-11', '  RP-1 '))).toMatchObject({ rule: 'DUPLICATE_REFERENCE' });
    expect(stateOf(accept(s, ev.recordRepayment('5000.00', '2026-04-11', 'RP-2')))).toBe('repaying');
  });

  it('the reference is stored trimmed', () => {
    expect(ctx(accept(toRepaying(), ev.recordRepayment('4000.00', '2026-04-10', '  RP-7  '))).repayments[0]!.reference).toBe('RP-7');
  });

  it('a blank reference is refused (VALIDATION, REQUIRED)', () => {
    expect(refuse(toRepaying(), ev.recordRepayment('4000.00', '2026-04-10', '   '))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'reference' });
  });

  it('a repayment dated before the disbursement is refused (VALIDATION, BEFORE_DISBURSEMENT)', () => {
    const refusal = refuse(toRepaying(), ev.recordRepayment('4000.00', '2026-03-19', 'RP-1', accountant, on('2026-04-10')));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'BEFORE_DISBURSEMENT', field: 'paidOn' });
    expect(refusal.message).toContain(PAID_ON);
  });

  it('a repayment on the disbursement day is accepted', () => {
    expect(stateOf(accept(toRepaying(), ev.recordRepayment('4000.00', PAID_ON, 'RP-1', accountant, on('2026-04-10'))))).toBe('repaying');
  });

  it('a repayment dated in the future is refused (VALIDATION, IN_FUTURE)', () => {
    expect(refuse(toRepaying(), ev.recordRepayment('4000.00', '2026-04-11', 'RP-1', accountant, on('2026-04-10')))).toMatchObject({
      code: 'VALIDATION',
      rule: 'IN_FUTURE',
      field: 'paidOn',
    });
  });

  it('"today" is the local date: a repayment dated 11 April is accepted at 00:30 local (19:30 UTC on the 10th), refused a minute before midnight', () => {
    expect(refuse(toRepaying(), ev.recordRepayment('4000.00', '2026-04-11', 'RP-1', accountant, '2026-04-10T18:59:00.000Z'))).toMatchObject({ rule: 'IN_FUTURE' });
    const s = accept(toRepaying(), ev.recordRepayment('4000.00', '2026-04-11', 'RP-1', accountant, '2026-04-10T19:30:00.000Z'));
    expect(ctx(s).repayments[0]).toMatchObject({ paidOn: '2026-04-11', at: '2026-04-10T19:30:00.000Z' });
    expect(ctx(s).lastEventOn).toBe('2026-04-11');
  });

});

describe('overdue', () => {
  describe('MARK_OVERDUE (from repaying)', () => {
    it('is refused while nothing is past due (VALIDATION, NOTHING_OVERDUE), on the due date included', () => {
      for (const at of [on('2026-04-01'), on(DUE_1), '2026-04-20T18:59:59.999Z']) {
        expect(refuse(toRepaying(), ev.markOverdue(at)), at).toMatchObject({ code: 'VALIDATION', rule: 'NOTHING_OVERDUE', field: 'schedule' });
      }
    });

    it('is accepted the day after an unpaid due date → overdue since that due date, first episode', () => {
      const at = on('2026-04-21');
      const s = accept(toRepaying(), ev.markOverdue(at));
      expect(stateOf(s)).toBe('overdue');
      expect(ctx(s).overdue).toEqual({ since: DUE_1, markedAt: at });
      expect(ctx(s).overdueEpisodes).toBe(1);
      expect(ctx(s).lastEventOn).toBe('2026-04-21');
    });

    it('the day after is the local date: 00:00 local on 21 April (19:00 UTC on the 20th) is overdue', () => {
      expect(stateOf(accept(toRepaying(), ev.markOverdue('2026-04-20T19:00:00.000Z')))).toBe('overdue');
    });

    it('marked late, the episode starts at the oldest unpaid due date', () => {
      const s = accept(toRepaying(), ev.markOverdue(on('2026-06-01')));
      expect(ctx(s).overdue?.since).toBe(DUE_1);
    });

    it('an instalment paid on time is not overdue: the next day is refused', () => {
      const s = accept(toRepaying(), ev.recordRepayment(INSTALMENT_1.total, DUE_1, 'RP-1'));
      expect(refuse(s, ev.markOverdue(on('2026-04-21')))).toMatchObject({ rule: 'NOTHING_OVERDUE' });
      expect(ctx(accept(s, ev.markOverdue(on('2026-05-21')))).overdue?.since).toBe(DUE_2);
    });

  });

  describe('repayments while overdue', () => {
    it('a partial repayment keeps the loan overdue, in the same episode', () => {
      const s = accept(toOverdue(), ev.recordRepayment('5000.00', '2026-04-22', 'RP-1'));
      expect(stateOf(s)).toBe('overdue');
      expect(ctx(s).overdue).toEqual({ since: DUE_1, markedAt: on('2026-04-21') });
      expect(ctx(s).overdueEpisodes).toBe(1);
      expect(ctx(s).schedule[0]).toMatchObject({ paidInterest: '5000.00', paidPrincipal: '0.00' });
    });

    it('paying the arrears brings the loan back to repaying', () => {
      const before = toOverdue();
      const due = arrearsOn(before, '2026-04-23');
      expect(due).toBe(INSTALMENT_1.total);
      const s = accept(before, ev.recordRepayment(due, '2026-04-23', 'RP-1'));
      expect(stateOf(s)).toBe('repaying');
      expect(ctx(s).overdue).toBeNull();
      expect(ctx(s).overdueEpisodes).toBe(1);
      expect(def.project(ctx(s)).nextDueOn).toBe(DUE_2);
    });

    it('paying the arrears in two parts: overdue after the first, repaying after the second', () => {
      let s = accept(toOverdue(), ev.recordRepayment('5000.00', '2026-04-22', 'RP-1'));
      expect(stateOf(s)).toBe('overdue');
      s = accept(s, ev.recordRepayment(arrearsOn(s, '2026-04-23'), '2026-04-23', 'RP-2'));
      expect(stateOf(s)).toBe('repaying');
      expect(ctx(s).repayments.map((r) => r.reference)).toEqual(['RP-1', 'RP-2']);
    });

    it('paying only the older of two overdue instalments keeps it overdue', () => {
      const s0 = run(toRepaying(), ev.markOverdue(on('2026-05-25')));
      const s = accept(s0, ev.recordRepayment(INSTALMENT_1.total, '2026-05-26', 'RP-1'));
      expect(stateOf(s)).toBe('overdue');
      expect(money(arrearsOn(s, '2026-05-26'))).toBeGreaterThan(0n);
    });

    it('paying everything while overdue closes the loan', () => {
      const before = toOverdue();
      const s = accept(before, ev.recordRepayment(payoffOn(before, '2026-04-22'), '2026-04-22', 'RP-ALL'));
      expect(stateOf(s)).toBe('closed');
      expect(s.status).toBe('done');
      expect(ctx(s).overdue).toBeNull();
      expect(ctx(s).overdueEpisodes).toBe(1);
    });

    it('a second episode counts 2 and starts at the newly missed due date', () => {
      let s = toOverdue();
      s = accept(s, ev.recordRepayment(arrearsOn(s, '2026-04-23'), '2026-04-23', 'RP-1'));
      expect(stateOf(s)).toBe('repaying');
      s = accept(s, ev.markOverdue(on('2026-05-21')));
      expect(stateOf(s)).toBe('overdue');
      expect(ctx(s).overdue).toEqual({ since: DUE_2, markedAt: on('2026-05-21') });
      expect(ctx(s).overdueEpisodes).toBe(2);
    });

    it('repayment rules still apply while overdue', () => {
      const s = accept(toOverdue(), ev.recordRepayment('5000.00', '2026-04-22', 'RP-1'));
      expect(refuse(s, ev.recordRepayment('5000.00', '2026-04-22', 'RP-1'))).toMatchObject({ rule: 'DUPLICATE_REFERENCE' });
      expect(refuse(s, ev.recordRepayment('0.00', '2026-04-22', 'RP-2'))).toMatchObject({ rule: 'AMOUNT_ZERO' });
      expect(refuse(s, ev.recordRepayment('5000.00', '2026-04-23', 'RP-2', accountant, on('2026-04-22')))).toMatchObject({ rule: 'IN_FUTURE' });
      expect(refuse(s, ev.recordRepayment('5000.00', '2026-03-01', 'RP-2'))).toMatchObject({ rule: 'BEFORE_DISBURSEMENT' });
      const tooMuch = formatMoney(payoffAmount(ctx(s).schedule, '2026-04-22') + 1n);
      expect(refuse(s, ev.recordRepayment(tooMuch, '2026-04-22', 'RP-2'))).toMatchObject({ rule: 'MORE_THAN_OWED' });
      expect(refuse(s, ev.recordRepayment('5000.00', '2026-04-22', 'RP-2', approver))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    });
  });

  describe('WRITE_OFF', () => {
    it('an approver writes the loan off at 180 days overdue → writtenOff, recording the principal still owed', () => {
      const at = on(WRITE_OFF_DAY);
      const s = accept(toOverdue(), ev.writeOff('  The borrower left the country  ', at));
      expect(stateOf(s)).toBe('writtenOff');
      expect(s.status).toBe('done');
      expect(ctx(s).writeOff).toEqual({ by: 'approver-1', at, reason: 'The borrower left the country', outstanding: FINAL.amount });
    });

    it('the outstanding principal excludes the principal already repaid', () => {
      // 15 000.00: 10 000.00 interest of instalment 1, then 5 000.00 principal
      const s0 = accept(toOverdue(), ev.recordRepayment('15000.00', '2026-04-22', 'RP-1'));
      expect(stateOf(s0)).toBe('overdue');
      expect(ctx(s0).repayments[0]).toMatchObject({ interestPaid: '10000.00', principalPaid: '5000.00' });
      const s = accept(s0, ev.writeOff('Uncollectable', on(WRITE_OFF_DAY)));
      expect(ctx(s).writeOff?.outstanding).toBe('2395000.00');
    });

    it('is refused at 179 days overdue (VALIDATION, TOO_EARLY_TO_WRITE_OFF)', () => {
      const refusal = refuse(toOverdue(), ev.writeOff('Uncollectable', on('2026-10-16')));
      expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'TOO_EARLY_TO_WRITE_OFF', field: 'at' });
      expect(refusal.message).toContain('180 days');
      expect(refusal.message).toContain('179 days');
    });

    it('counts days by the local date: 180 days are reached at 00:00 local (19:00 UTC the day before)', () => {
      expect(refuse(toOverdue(), ev.writeOff('Uncollectable', '2026-10-16T18:59:59.999Z'))).toMatchObject({ rule: 'TOO_EARLY_TO_WRITE_OFF' });
      expect(stateOf(accept(toOverdue(), ev.writeOff('Uncollectable', '2026-10-16T19:00:00.000Z')))).toBe('writtenOff');
    });

    it('is refused one day overdue', () => {
      expect(refuse(toOverdue(), ev.writeOff('Uncollectable', on('2026-04-21')))).toMatchObject({ rule: 'TOO_EARLY_TO_WRITE_OFF' });
    });

    it('counts from the oldest instalment still unpaid, not from the start of the episode', () => {
      // instalment 1 is paid after the loan was marked; instalment 2 (due 20 May) is still unpaid
      let s = run(toRepaying(), ev.markOverdue(on('2026-05-25')));
      s = accept(s, ev.recordRepayment(INSTALMENT_1.total, '2026-05-26', 'RP-1'));
      expect(stateOf(s)).toBe('overdue');
      expect(refuse(s, ev.writeOff('Uncollectable', on(WRITE_OFF_DAY)))).toMatchObject({ rule: 'TOO_EARLY_TO_WRITE_OFF' });
      // 20 May + 180 days
      expect(stateOf(accept(s, ev.writeOff('Uncollectable', on('2026-11-16'))))).toBe('writtenOff');
    });

    it('uses the threshold of the decision\'s product', () => {
      const quick: MicrocreditTermsFact = { ...STANDARD_2026, writeOffAfterDays: 90 };
      const s = run(
        toAwaitingDecision(),
        ev.approve({ microcreditTerms: [quick] }),
        ev.signContract(),
        ev.confirmDisbursement(),
        ev.markOverdue(on('2026-04-21')),
      );
      // 20 April + 89 / 90 days
      expect(refuse(s, ev.writeOff('Uncollectable', on('2026-07-18')))).toMatchObject({ rule: 'TOO_EARLY_TO_WRITE_OFF' });
      expect(stateOf(accept(s, ev.writeOff('Uncollectable', on('2026-07-19'))))).toBe('writtenOff');
    });

    it.each(['', '   '])('a blank reason %j is refused (VALIDATION, REQUIRED)', (reason) => {
      expect(refuse(toOverdue(), ev.writeOff(reason, on(WRITE_OFF_DAY)))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'reason' });
    });

  });
});

describe('availableEvents', () => {
  itListsAvailable(
    reach,
    { applicant, reviewer: reviewer2, approver, accountant, auditor, system },
    {
      awaitingReview: { applicant: ['WITHDRAW'], reviewer: ['START_REVIEW'] },
      creditReview: { applicant: ['WITHDRAW'], reviewer: ['REJECT', 'REQUEST_CHANGES', 'SUBMIT_ASSESSMENT'] },
      changesRequested: { applicant: ['RESUBMIT', 'WITHDRAW'] },
      resubmitted: { applicant: ['WITHDRAW'], reviewer: ['START_REVIEW'] },
      awaitingDecision: { applicant: ['WITHDRAW'], approver: ['APPROVE', 'REJECT'] },
      contractPending: { reviewer: ['SIGN_CONTRACT'], system: ['EXPIRE_CONTRACT'] },
      contractSigned: { accountant: ['CONFIRM_DISBURSEMENT'] },
      // the disbursement ordered a payment: the payment job (system) may report its result
      repaying: { accountant: ['RECORD_REPAYMENT'], system: ['MARK_OVERDUE', 'PAYMENT_FAILED', 'PAYMENT_SETTLED'] },
      overdue: { approver: ['WRITE_OFF'], accountant: ['RECORD_REPAYMENT'], system: ['PAYMENT_FAILED', 'PAYMENT_SETTLED'] },
    },
  );

  it('lists every action of a person holding several roles, sorted', () => {
    const everyone: ActorRef = { id: 'super-1', roles: ['applicant', 'reviewer', 'approver', 'accountant', 'auditor', 'system'] };
    expect(availableEvents(def, toCreditReview(), everyone)).toEqual(['REJECT', 'REQUEST_CHANGES', 'SUBMIT_ASSESSMENT', 'WITHDRAW']);
    expect(availableEvents(def, toAwaitingDecision(), everyone)).toEqual(['APPROVE', 'REJECT', 'WITHDRAW']);
    expect(availableEvents(def, toContractPending(), everyone)).toEqual(['EXPIRE_CONTRACT', 'SIGN_CONTRACT']);
    expect(availableEvents(def, toRepaying(), everyone)).toEqual(['MARK_OVERDUE', 'PAYMENT_FAILED', 'PAYMENT_SETTLED', 'RECORD_REPAYMENT']);
    expect(availableEvents(def, toOverdue(), everyone)).toEqual(['PAYMENT_FAILED', 'PAYMENT_SETTLED', 'RECORD_REPAYMENT', 'WRITE_OFF']);
  });

  it('ignores payload and time rules: EXPIRE_CONTRACT, MARK_OVERDUE and WRITE_OFF are listed whatever the date', () => {
    // the listing sends bare events dated 1970: only role, state and four eyes count
    expect(availableEvents(def, toContractPending(), system)).toEqual(['EXPIRE_CONTRACT']);
    expect(availableEvents(def, toRepaying(), system)).toEqual(['MARK_OVERDUE', 'PAYMENT_FAILED', 'PAYMENT_SETTLED']);
    expect(availableEvents(def, toOverdue(), approver)).toEqual(['WRITE_OFF']);
  });
});

describe('projection (def.project)', () => {
  it('after submission: only the requested amount', () => {
    expect(def.project(ctx(toAwaitingReview()))).toEqual({
      requestedAmount: '3000000.00',
      approvedAmount: null,
      disbursedAmount: null,
      decisionFiscalYear: null,
      deadlineAt: null,
      nextDueOn: null,
    });
  });

  it('follows the latest request after a resubmission', () => {
    expect(def.project(ctx(accept(toChangesRequested(), ev.resubmit({ request: { amount: '2750000.50' } })))).requestedAmount).toBe('2750000.50');
  });

  it('while the contract is pending: the approved amount, the decision year and the deadline', () => {
    expect(def.project(ctx(toContractPending()))).toEqual({
      requestedAmount: '3000000.00',
      approvedAmount: FINAL.amount,
      disbursedAmount: null,
      decisionFiscalYear: 2026,
      deadlineAt: DEADLINE,
      nextDueOn: null,
    });
  });

  it.each<McState>(['awaitingDecision', 'contractSigned', 'repaying', 'cancelled', 'closed'])('no deadline in %s', (state) => {
    expect(def.project(ctx(reach[state]())).deadlineAt).toBeNull();
  });

  it('after disbursement: the disbursed amount and the first due date', () => {
    expect(def.project(ctx(toRepaying()))).toEqual({
      requestedAmount: '3000000.00',
      approvedAmount: FINAL.amount,
      disbursedAmount: FINAL.amount,
      decisionFiscalYear: 2026,
      deadlineAt: null,
      nextDueOn: DUE_1,
    });
  });

  it('nextDueOn is the oldest instalment not fully paid', () => {
    let s = toRepaying();
    s = accept(s, ev.recordRepayment(formatMoney(money(INSTALMENT_1.total) - 1n), DUE_1, 'RP-1'));
    expect(def.project(ctx(s)).nextDueOn).toBe(DUE_1);
    s = accept(s, ev.recordRepayment('0.01', DUE_1, 'RP-2'));
    expect(def.project(ctx(s)).nextDueOn).toBe(DUE_2);
  });

  it('an overdue loan still points at its oldest unpaid instalment', () => {
    expect(def.project(ctx(toOverdue())).nextDueOn).toBe(DUE_1);
  });

  it('a cancelled loan keeps the approval but not the deadline', () => {
    expect(def.project(ctx(reach.cancelled()))).toMatchObject({ approvedAmount: FINAL.amount, decisionFiscalYear: 2026, deadlineAt: null, disbursedAmount: null });
  });

  it.each<[string, () => AnyMachineSnapshot]>([
    ['at review', () => reach.rejected()],
    ['by the committee', () => accept(toAwaitingDecision(), ev.reject('Over the regional limit', approver))],
  ])('a loan rejected %s has no approved amount and no decision year', (_name, reachRejected) => {
    expect(def.project(ctx(reachRejected()))).toEqual({
      requestedAmount: '3000000.00',
      approvedAmount: null,
      disbursedAmount: null,
      decisionFiscalYear: null,
      deadlineAt: null,
      nextDueOn: null,
    });
  });

  it('a closed loan has nothing more due; a written-off one still shows its oldest unpaid instalment', () => {
    expect(def.project(ctx(toClosed())).nextDueOn).toBeNull();
    expect(def.project(ctx(toWrittenOff())).nextDueOn).toBe(DUE_1);
  });
});

describe('replay', () => {
  /** Events whose amounts depend on the schedule are computed from the live snapshot as the log is recorded. */
  function closedLog(): LoggedEvent[] {
    const head: [MicrocreditSubmitEvent, ...WorkflowEvent[]] = [
      submitEvent(),
      ev.startReview(),
      ev.requestChanges(),
      ev.resubmit({ request: { amount: '2800000.00' }, note: 'Lease attached' }),
      ev.startReview(reviewer2),
      ev.submitAssessment({ proposed: { amount: '2600000.00' } }, reviewer2),
      ev.approve(),
      ev.signContract(),
      ev.confirmDisbursement(),
      ev.recordRepayment(INSTALMENT_1.total, DUE_1, 'RP-1'),
      ev.recordRepayment('4000.00', '2026-05-10', 'RP-2'),
      ev.markOverdue(on('2026-05-21')),
    ];
    const log = record(...head);
    let s = replay(def, log);
    const arrearsEvent = ev.recordRepayment(arrearsOn(s, '2026-05-22'), '2026-05-22', 'RP-3');
    s = accept(s, arrearsEvent);
    const payoffEvent = ev.recordRepayment(payoffOn(s, '2026-05-25'), '2026-05-25', 'RP-4');
    return record(...head, arrearsEvent, payoffEvent);
  }

  function writtenOffLog(): LoggedEvent[] {
    return record(
      submitEvent(),
      ev.startReview(),
      ev.submitAssessment(),
      ev.approve(),
      ev.signContract(),
      ev.confirmDisbursement(),
      ev.markOverdue(on('2026-04-21')),
      ev.recordRepayment('15000.00', '2026-04-22', 'RP-1'),
      ev.writeOff('The borrower left the country', on(WRITE_OFF_DAY)),
    );
  }

  it('reproduces the snapshot of a full log to closed', () => {
    const log = closedLog();
    expect(log.map((e) => e.toState)).toEqual([
      'awaitingReview',
      'creditReview',
      'changesRequested',
      'resubmitted',
      'creditReview',
      'awaitingDecision',
      'contractPending',
      'contractSigned',
      'repaying',
      'repaying',
      'repaying',
      'overdue',
      'repaying',
      'closed',
    ]);
    const s = replayed(log);
    expect(stateOf(s)).toBe('closed');
    expect(s.status).toBe('done');
    expect(ctx(s).repayments.map((r) => r.reference)).toEqual(['RP-1', 'RP-2', 'RP-3', 'RP-4']);
    expect(ctx(s).overdueEpisodes).toBe(1);
    expect(sumOf(ctx(s).schedule, 'paidPrincipal')).toBe(money(FINAL.amount));
  });

  it('reproduces the snapshot of a full log to writtenOff', () => {
    const log = writtenOffLog();
    expect(log.map((e) => e.toState)).toEqual([
      'awaitingReview',
      'creditReview',
      'awaitingDecision',
      'contractPending',
      'contractSigned',
      'repaying',
      'overdue',
      'overdue',
      'writtenOff',
    ]);
    const s = replayed(log);
    expect(stateOf(s)).toBe('writtenOff');
    expect(ctx(s).writeOff).toMatchObject({ by: 'approver-1', outstanding: '2395000.00' });
  });

  it('throws when a logged toState disagrees with the machine', () => {
    const log = writtenOffLog();
    log[6] = { ...log[6]!, toState: 'repaying' };
    expect(() => replay(def, log)).toThrow(/entry 7 \(MARK_OVERDUE\) leads to "overdue", the log says "repaying"/);
  });

  it('throws when a logged event is refused', () => {
    const log = writtenOffLog();
    // the write-off is now made a day too early
    log[8] = { ...log[8]!, event: ev.writeOff('Uncollectable', on('2026-10-16')) };
    expect(() => replay(def, log)).toThrow(/entry 9 \(WRITE_OFF\) is refused in "overdue"/);
  });
});

describe('persist and restoreSnapshot', () => {
  it('a loan restored after every step runs to the same closed snapshot', () => {
    let live = toRepaying();
    let stored = roundTrip(live);
    const events: WorkflowEvent[] = [ev.markOverdue(on('2026-04-21')), ev.recordRepayment('5000.00', '2026-04-22', 'RP-1')];
    for (const event of events) {
      live = accept(live, event);
      stored = roundTrip(accept(stored, event));
    }
    const payoff = ev.recordRepayment(payoffOn(live, '2026-04-23'), '2026-04-23', 'RP-2');
    live = accept(live, payoff);
    stored = accept(stored, payoff);
    expect(stateOf(stored)).toBe('closed');
    expect(stored.context).toEqual(live.context);
  });

  it('a restored snapshot keeps the deadline and the duplicate-reference rule', () => {
    expect(refuse(roundTrip(toContractPending()), ev.expireContract('2026-04-01T00:00:00.000Z'))).toMatchObject({ rule: 'DEADLINE_NOT_REACHED' });
    const paid = roundTrip(accept(toRepaying(), ev.recordRepayment('4000.00', '2026-04-10', 'RP-1')));
    expect(refuse(paid, ev.recordRepayment('4000.00', '2026-04-10', 'RP-1'))).toMatchObject({ rule: 'DUPLICATE_REFERENCE' });
  });
});
