import { describe, it, expect } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import {
  availableEvents,
  persist,
  replay,
  restoreSnapshot,
  start,
  stateOf,
  type LoggedEvent,
  type WorkflowEvent,
} from '../../workflows/definition';
import {
  grantWorkflowV1,
  type GrantEvent,
  type GrantProposal,
  type GrantSubmitEvent,
  type ScreeningFacts,
} from '../../workflows/grant/v1';
import type { ApplicantCategory } from '../../workflows/rules/categories';
import type { FiscalFact } from '../../workflows/rules/fiscal';
import { makeIin } from '../../workflows/rules/iin';
import type { ActorRef } from '../../workflows/rules/roles';
import { accountant, applicant, approver, auditor, FY2020, FY2026, machineHarness, reviewer, reviewer2 } from '../support/machine-harness';

// ---------------------------------------------------------------------------------------------
// builders
// ---------------------------------------------------------------------------------------------

const def = grantWorkflowV1;

type Ev<T extends GrantEvent['type']> = Extract<GrantEvent, { type: T }>;

/** 200 MCI of 2026: 200 × 4 325 */
const CAP_2026 = '865000.00';
/** 200 MCI of 2020: 200 × 2 778 (DOMAIN.md) */
const CAP_2020 = '555600.00';

const APPLICANT_IIN = makeIin('1990-01-01', 'male', 12);

/** Distinct instants per action, so the context can be checked for "when". */
const T = {
  submit: '2026-03-02T04:00:00.000Z',
  startReview: '2026-03-03T05:00:00.000Z',
  requestChanges: '2026-03-04T06:00:00.000Z',
  resubmit: '2026-03-05T07:00:00.000Z',
  recommend: '2026-03-06T08:00:00.000Z',
  approve: '2026-03-10T09:00:00.000Z',
  reject: '2026-03-11T10:00:00.000Z',
  withdraw: '2026-03-12T11:00:00.000Z',
  disburse: '2026-03-13T12:00:00.000Z',
  report: '2026-09-01T03:00:00.000Z',
  close: '2026-09-15T04:00:00.000Z',
} as const;

const CERTIFICATE = { number: 'BB-2025-001234', issuedOn: '2025-11-20' };

function proposal(overrides: Partial<GrantProposal> = {}): GrantProposal {
  return {
    amount: '500000.00',
    businessIdea: 'A sewing workshop making school uniforms',
    purpose: 'EQUIPMENT',
    certificate: CERTIFICATE,
    ...overrides,
  };
}

function facts(overrides: Partial<ScreeningFacts> = {}): ScreeningFacts {
  return { fiscalYear: FY2026, regionExists: true, ...overrides };
}

interface SubmitOptions {
  iin?: string;
  categories?: ApplicantCategory[];
  regionCode?: string;
  proposal?: Partial<GrantProposal>;
  facts?: Partial<ScreeningFacts>;
}

function submitEvent(options: SubmitOptions = {}): GrantSubmitEvent {
  return {
    type: 'SUBMIT',
    actor: applicant,
    at: T.submit,
    applicationId: 'application-1',
    applicant: { iin: options.iin ?? APPLICANT_IIN, categories: options.categories ?? ['UNEMPLOYED'] },
    regionCode: options.regionCode ?? 'AKM',
    proposal: proposal(options.proposal),
    facts: facts(options.facts),
  };
}

const ev = {
  startReview: (actor: ActorRef = reviewer, at: string = T.startReview): Ev<'START_REVIEW'> => ({ type: 'START_REVIEW', actor, at }),
  requestChanges: (note = 'Attach the equipment quote', actor: ActorRef = reviewer, at: string = T.requestChanges): Ev<'REQUEST_CHANGES'> => ({
    type: 'REQUEST_CHANGES',
    actor,
    at,
    note,
  }),
  resubmit: (
    options: { proposal?: Partial<GrantProposal>; categories?: ApplicantCategory[]; note?: string; facts?: Partial<ScreeningFacts> } = {},
    actor: ActorRef = applicant,
    at: string = T.resubmit,
  ): Ev<'RESUBMIT'> => ({
    type: 'RESUBMIT',
    actor,
    at,
    proposal: proposal(options.proposal),
    ...(options.categories ? { categories: options.categories } : {}),
    ...(options.note !== undefined ? { note: options.note } : {}),
    facts: facts(options.facts),
  }),
  recommend: (amount?: string, actor: ActorRef = reviewer, at: string = T.recommend): Ev<'RECOMMEND'> => ({
    type: 'RECOMMEND',
    actor,
    at,
    ...(amount !== undefined ? { amount } : {}),
  }),
  approve: (
    options: { amount?: string; fiscalYear?: FiscalFact | null; note?: string } = {},
    actor: ActorRef = approver,
    at: string = T.approve,
  ): Ev<'APPROVE'> => ({
    type: 'APPROVE',
    actor,
    at,
    ...(options.amount !== undefined ? { amount: options.amount } : {}),
    ...(options.note !== undefined ? { note: options.note } : {}),
    facts: { fiscalYear: options.fiscalYear === undefined ? FY2026 : options.fiscalYear },
  }),
  reject: (reason: string, actor: ActorRef, at: string = T.reject): Ev<'REJECT'> => ({ type: 'REJECT', actor, at, reason }),
  withdraw: (reason?: string, actor: ActorRef = applicant, at: string = T.withdraw): Ev<'WITHDRAW'> => ({
    type: 'WITHDRAW',
    actor,
    at,
    ...(reason !== undefined ? { reason } : {}),
  }),
  confirmDisbursement: (actor: ActorRef = accountant, paymentReference = 'PP-000917', paidOn = '2026-03-13', at: string = T.disburse): Ev<'CONFIRM_DISBURSEMENT'> => ({
    type: 'CONFIRM_DISBURSEMENT',
    actor,
    at,
    paymentReference,
    paidOn,
  }),
  reportFundsUse: (amountUsed = '480000.00', report = 'Bought two industrial sewing machines', actor: ActorRef = applicant, at: string = T.report): Ev<'REPORT_FUNDS_USE'> => ({
    type: 'REPORT_FUNDS_USE',
    actor,
    at,
    report,
    amountUsed,
  }),
  close: (actor: ActorRef = reviewer, at: string = T.close): Ev<'CLOSE'> => ({ type: 'CLOSE', actor, at, note: 'Funds use verified' }),
};

const { ctx, accept, refuse, run } = machineHarness(def);

// one path per state ---------------------------------------------------------------------------

type GrantState =
  | 'awaitingReview'
  | 'underReview'
  | 'changesRequested'
  | 'resubmitted'
  | 'recommended'
  | 'disbursementPending'
  | 'disbursed'
  | 'fundsUseReported'
  | 'closed'
  | 'ineligible'
  | 'rejected'
  | 'withdrawn';

const toAwaitingReview = (): AnyMachineSnapshot => start(def, submitEvent());
const toUnderReview = (): AnyMachineSnapshot => run(toAwaitingReview(), ev.startReview());
const toChangesRequested = (): AnyMachineSnapshot => run(toUnderReview(), ev.requestChanges());
const toResubmitted = (): AnyMachineSnapshot => run(toChangesRequested(), ev.resubmit());
const toRecommended = (): AnyMachineSnapshot => run(toUnderReview(), ev.recommend());
const toDisbursementPending = (): AnyMachineSnapshot => run(toRecommended(), ev.approve());
const toDisbursed = (): AnyMachineSnapshot => run(toDisbursementPending(), ev.confirmDisbursement());
const toFundsUseReported = (): AnyMachineSnapshot => run(toDisbursed(), ev.reportFundsUse());
const toClosed = (): AnyMachineSnapshot => run(toFundsUseReported(), ev.close());

const reach: Record<GrantState, () => AnyMachineSnapshot> = {
  awaitingReview: toAwaitingReview,
  underReview: toUnderReview,
  changesRequested: toChangesRequested,
  resubmitted: toResubmitted,
  recommended: toRecommended,
  disbursementPending: toDisbursementPending,
  disbursed: toDisbursed,
  fundsUseReported: toFundsUseReported,
  closed: toClosed,
  ineligible: () => start(def, submitEvent({ proposal: { certificate: null } })),
  rejected: () => run(toUnderReview(), ev.reject('No market for the product', reviewer)),
  withdrawn: () => run(toAwaitingReview(), ev.withdraw('Found a job')),
};

const ALL_STATES = Object.keys(reach) as GrantState[];

// ---------------------------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------------------------

describe('grant workflow v1: definition', () => {
  it('declares the final states of the machine', () => {
    expect([...def.finalStates].sort()).toEqual(['closed', 'ineligible', 'rejected', 'withdrawn']);
  });

  it('needs fiscal facts for submission, resubmission and approval only', () => {
    expect(def.factsFor).toEqual({
      SUBMIT: ['fiscalYear', 'regionExists'],
      RESUBMIT: ['fiscalYear', 'regionExists'],
      APPROVE: ['fiscalYear'],
    });
  });

});

describe('screening (submission)', () => {
  it('an eligible submission lands in awaitingReview, recording who, when and the fiscal year used', () => {
    const snapshot = start(def, submitEvent());
    expect(stateOf(snapshot)).toBe('awaitingReview');
    expect(snapshot.status).toBe('active');
    const context = ctx(snapshot);
    expect(context.applicationId).toBe('application-1');
    expect(context.applicantIin).toBe(APPLICANT_IIN);
    expect(context.regionCode).toBe('AKM');
    expect(context.categories).toEqual(['UNEMPLOYED']);
    expect(context.proposal).toEqual(proposal());
    expect(context.submitted).toEqual({ by: 'applicant-1', at: T.submit });
    expect(context.screening).toEqual({ fiscalYear: 2026, cap: CAP_2026, reasons: [], at: T.submit });
    expect(context.reviewStarted).toBeNull();
    expect(context.changeRequests).toEqual([]);
    expect(context.recommendation).toBeNull();
    expect(context.decision).toBeNull();
    expect(context.disbursement).toBeNull();
    expect(context.withdrawal).toBeNull();
    expect(def.submissionRefusal(context)).toEqual([]);
  });

  it('copies the declared categories rather than keeping the caller\'s array', () => {
    const categories: ApplicantCategory[] = ['YOUTH'];
    const snapshot = start(def, submitEvent({ categories }));
    categories.push('KANDAS');
    expect(ctx(snapshot).categories).toEqual(['YOUTH']);
  });

  it.each<{ name: string; options: SubmitOptions; rule: string; field: string }>([
    { name: 'an invalid IIN (wrong check digit)', options: { iin: '900101300127' }, rule: 'IIN_INVALID', field: 'iin' },
    { name: 'an IIN of the wrong length', options: { iin: '90010130012' }, rule: 'IIN_INVALID', field: 'iin' },
    { name: 'an unknown region', options: { regionCode: 'XXX', facts: { regionExists: false } }, rule: 'REGION_UNKNOWN', field: 'regionCode' },
    { name: 'an amount 0.01 over 200 MCI of 2026', options: { proposal: { amount: '865000.01' } }, rule: 'AMOUNT_OVER_CAP', field: 'amount' },
    { name: 'an amount 0.01 over 200 MCI of 2020', options: { proposal: { amount: '555600.01' }, facts: { fiscalYear: FY2020 } }, rule: 'AMOUNT_OVER_CAP', field: 'amount' },
    { name: 'a zero amount', options: { proposal: { amount: '0.00' } }, rule: 'AMOUNT_ZERO', field: 'amount' },
    { name: 'no fiscal parameters for the year', options: { facts: { fiscalYear: null } }, rule: 'FISCAL_YEAR_UNKNOWN', field: 'amount' },
    { name: 'no certificate and no TSA exception', options: { proposal: { certificate: null } }, rule: 'CERTIFICATE_REQUIRED', field: 'certificate' },
    {
      name: 'no certificate, TSA recipient but neither large nor low-income family',
      options: { categories: ['TSA_RECIPIENT'], proposal: { certificate: null } },
      rule: 'CERTIFICATE_REQUIRED',
      field: 'certificate',
    },
    {
      name: 'no certificate, large and low-income family without TSA',
      options: { categories: ['LARGE_FAMILY', 'LOW_INCOME_FAMILY'], proposal: { certificate: null } },
      rule: 'CERTIFICATE_REQUIRED',
      field: 'certificate',
    },
  ])('$name → ineligible ($rule)', ({ options, rule, field }) => {
    const snapshot = start(def, submitEvent(options));
    expect(stateOf(snapshot)).toBe('ineligible');
    expect(snapshot.status).toBe('done');
    const reasons = ctx(snapshot).screening.reasons;
    expect(reasons.map((r) => r.rule)).toEqual([rule]);
    expect(reasons[0]).toMatchObject({ field, rule });
    expect(reasons[0]!.message.length).toBeGreaterThan(0);
    expect(def.submissionRefusal(ctx(snapshot))).toEqual(reasons);
  });

  it.each<{ name: string; options: SubmitOptions }>([
    { name: 'exactly 200 MCI of 2026', options: { proposal: { amount: CAP_2026 } } },
    { name: 'exactly 200 MCI of 2020', options: { proposal: { amount: CAP_2020 }, facts: { fiscalYear: FY2020 } } },
    { name: 'TSA recipient in a large family without certificate', options: { categories: ['TSA_RECIPIENT', 'LARGE_FAMILY'], proposal: { certificate: null } } },
    { name: 'TSA recipient in a low-income family without certificate', options: { categories: ['LOW_INCOME_FAMILY', 'TSA_RECIPIENT'], proposal: { certificate: null } } },
    { name: 'TSA recipient alone, with a certificate', options: { categories: ['TSA_RECIPIENT'] } },
  ])('$name → awaitingReview', ({ options }) => {
    const snapshot = start(def, submitEvent(options));
    expect(stateOf(snapshot)).toBe('awaitingReview');
    expect(ctx(snapshot).screening.reasons).toEqual([]);
    expect(def.submissionRefusal(ctx(snapshot))).toEqual([]);
  });

  it('records the cap of the screening year, and none when the year is unknown', () => {
    expect(ctx(start(def, submitEvent({ facts: { fiscalYear: FY2020 } }))).screening).toMatchObject({ fiscalYear: 2020, cap: CAP_2020 });
    expect(ctx(start(def, submitEvent({ facts: { fiscalYear: null } }))).screening).toMatchObject({ fiscalYear: null, cap: null });
  });

  it('submissionRefusal returns every reason at once', () => {
    const snapshot = start(
      def,
      submitEvent({ iin: '123', facts: { regionExists: false }, proposal: { amount: '900000.00', certificate: null } }),
    );
    expect(stateOf(snapshot)).toBe('ineligible');
    expect(def.submissionRefusal(ctx(snapshot)).map((r) => r.rule)).toEqual([
      'IIN_INVALID',
      'REGION_UNKNOWN',
      'AMOUNT_OVER_CAP',
      'CERTIFICATE_REQUIRED',
    ]);
  });
});

describe('happy path to closed', () => {
  it('walks every transition and records who and when at each step', () => {
    let s = start(def, submitEvent());
    expect(stateOf(s)).toBe('awaitingReview');

    s = accept(s, ev.startReview());
    expect(stateOf(s)).toBe('underReview');
    expect(ctx(s).reviewStarted).toEqual({ by: 'reviewer-1', at: T.startReview });

    s = accept(s, ev.recommend('450000.00'));
    expect(stateOf(s)).toBe('recommended');
    expect(ctx(s).recommendation).toEqual({ by: 'reviewer-1', at: T.recommend, amount: '450000.00', note: null });

    s = accept(s, ev.approve({ note: 'Commission meeting no. 14' }));
    expect(stateOf(s)).toBe('disbursementPending');
    expect(ctx(s).decision).toEqual({
      by: 'approver-1',
      at: T.approve,
      outcome: 'APPROVED',
      stage: 'APPROVAL',
      reason: null,
      amount: '450000.00',
      fiscalYear: 2026,
      cap: CAP_2026,
      note: 'Commission meeting no. 14',
    });

    s = accept(s, ev.confirmDisbursement());
    expect(stateOf(s)).toBe('disbursed');
    expect(ctx(s).disbursement).toEqual({
      by: 'accountant-1',
      at: T.disburse,
      amount: '450000.00',
      paymentReference: 'PP-000917',
      paidOn: '2026-03-13',
    });

    s = accept(s, ev.reportFundsUse('450000.00'));
    expect(stateOf(s)).toBe('fundsUseReported');
    expect(ctx(s).fundsUse).toEqual({ by: 'applicant-1', at: T.report, report: 'Bought two industrial sewing machines', amountUsed: '450000.00' });

    s = accept(s, ev.close());
    expect(stateOf(s)).toBe('closed');
    expect(s.status).toBe('done');
    expect(ctx(s).closing).toEqual({ by: 'reviewer-1', at: T.close, note: 'Funds use verified' });
    expect(def.project(ctx(s))).toEqual({
      requestedAmount: '500000.00',
      approvedAmount: '450000.00',
      disbursedAmount: '450000.00',
      decisionFiscalYear: 2026,
    });
  });

  it('recommendation without an amount takes the requested amount, approval without one the recommended', () => {
    const s = run(toUnderReview(), ev.recommend(), ev.approve(), ev.confirmDisbursement());
    expect(ctx(s).recommendation?.amount).toBe('500000.00');
    expect(ctx(s).decision?.amount).toBe('500000.00');
    expect(ctx(s).disbursement?.amount).toBe('500000.00');
  });

  it('the disbursed amount is the approved amount, not the recommended or requested one', () => {
    const s = run(toUnderReview(), ev.recommend('400000.00'), ev.approve({ amount: '350000.00' }), ev.confirmDisbursement());
    expect(ctx(s).recommendation?.amount).toBe('400000.00');
    expect(ctx(s).decision?.amount).toBe('350000.00');
    expect(ctx(s).disbursement?.amount).toBe('350000.00');
    expect(def.project(ctx(s))).toMatchObject({ approvedAmount: '350000.00', disbursedAmount: '350000.00' });
  });
});

describe('awaitingReview', () => {
  it('a reviewer starts the review', () => {
    expect(stateOf(accept(toAwaitingReview(), ev.startReview()))).toBe('underReview');
  });

  it.each<[string, WorkflowEvent]>([
    ['RECOMMEND', ev.recommend()],
    ['APPROVE', ev.approve()],
    ['REQUEST_CHANGES', ev.requestChanges()],
    ['RESUBMIT', ev.resubmit()],
    ['CONFIRM_DISBURSEMENT', ev.confirmDisbursement()],
    ['REPORT_FUNDS_USE', ev.reportFundsUse()],
    ['CLOSE', ev.close()],
  ])('%s is not an action of this state (INVALID_TRANSITION, STATE)', (_type, event) => {
    expect(refuse(toAwaitingReview(), event)).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });
});

describe('underReview', () => {
  it('REQUEST_CHANGES records the note and moves to changesRequested', () => {
    const s = accept(toUnderReview(), ev.requestChanges('Attach the equipment quote'));
    expect(stateOf(s)).toBe('changesRequested');
    expect(ctx(s).changeRequests).toEqual([
      { by: 'reviewer-1', at: T.requestChanges, note: 'Attach the equipment quote', resubmittedAt: null, resubmissionNote: null },
    ]);
  });

  it.each(['', '   '])('REQUEST_CHANGES with a blank note %j is refused (VALIDATION, REQUIRED)', (note) => {
    expect(refuse(toUnderReview(), ev.requestChanges(note))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'note' });
  });

  it('RECOMMEND of exactly the requested amount is accepted', () => {
    const s = accept(toUnderReview(), ev.recommend('500000.00'));
    expect(ctx(s).recommendation).toMatchObject({ by: 'reviewer-1', at: T.recommend, amount: '500000.00' });
  });

  it('RECOMMEND over the requested amount is refused (VALIDATION, AMOUNT_OVER_REQUESTED)', () => {
    const refusal = refuse(toUnderReview(), ev.recommend('500000.01'));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_OVER_REQUESTED', field: 'amount' });
    expect(refusal.message).toContain('500 000.00 ₸');
  });

  it('a reviewer REJECTs with a reason: rejected at the REVIEW stage', () => {
    const s = accept(toUnderReview(), ev.reject('  No market for the product  ', reviewer));
    expect(stateOf(s)).toBe('rejected');
    expect(s.status).toBe('done');
    expect(ctx(s).decision).toEqual({
      by: 'reviewer-1',
      at: T.reject,
      outcome: 'REJECTED',
      stage: 'REVIEW',
      reason: 'No market for the product',
      amount: null,
      fiscalYear: null,
      cap: null,
      note: null,
    });
    expect(def.project(ctx(s))).toMatchObject({ approvedAmount: null, disbursedAmount: null, decisionFiscalYear: null });
  });

  it.each(['', '  '])('a reviewer\'s REJECT with a blank reason %j is refused (VALIDATION, REQUIRED)', (reason) => {
    expect(refuse(toUnderReview(), ev.reject(reason, reviewer))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'reason' });
  });

  it('a REJECT without any reason is refused (VALIDATION)', () => {
    const event = { type: 'REJECT', actor: reviewer, at: T.reject } as WorkflowEvent;
    expect(refuse(toUnderReview(), event)).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'reason' });
  });

  it('an approver may not reject at review (FORBIDDEN, ROLE)', () => {
    expect(refuse(toUnderReview(), ev.reject('Not viable', approver))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
  });

  it('START_REVIEW again is not an action of this state', () => {
    expect(refuse(toUnderReview(), ev.startReview())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });

  it('APPROVE before a recommendation is not an action of this state', () => {
    expect(refuse(toUnderReview(), ev.approve())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });
});

describe('changesRequested ⇄ resubmitted', () => {
  it('goes round twice, keeping every change request with its resubmission', () => {
    let s = toUnderReview();
    s = accept(s, ev.requestChanges('Attach the equipment quote', reviewer, '2026-03-04T06:00:00.000Z'));
    expect(stateOf(s)).toBe('changesRequested');
    s = accept(s, ev.resubmit({ proposal: { amount: '480000.00' }, note: 'Quote attached' }, applicant, '2026-03-05T07:00:00.000Z'));
    expect(stateOf(s)).toBe('resubmitted');
    expect(ctx(s).proposal.amount).toBe('480000.00');
    s = accept(s, ev.startReview(reviewer2, '2026-03-06T04:00:00.000Z'));
    expect(stateOf(s)).toBe('underReview');
    expect(ctx(s).reviewStarted).toEqual({ by: 'reviewer-2', at: '2026-03-06T04:00:00.000Z' });
    s = accept(s, ev.requestChanges('Describe the premises', reviewer2, '2026-03-07T06:00:00.000Z'));
    expect(stateOf(s)).toBe('changesRequested');
    s = accept(s, ev.resubmit({ proposal: { amount: '470000.00', businessIdea: 'Uniform workshop in rented premises' } }, applicant, '2026-03-08T07:00:00.000Z'));
    expect(stateOf(s)).toBe('resubmitted');
    s = accept(s, ev.startReview(reviewer2, '2026-03-09T04:00:00.000Z'));
    s = accept(s, ev.recommend(undefined, reviewer2));
    expect(stateOf(s)).toBe('recommended');

    const context = ctx(s);
    expect(context.changeRequests).toEqual([
      { by: 'reviewer-1', at: '2026-03-04T06:00:00.000Z', note: 'Attach the equipment quote', resubmittedAt: '2026-03-05T07:00:00.000Z', resubmissionNote: 'Quote attached' },
      { by: 'reviewer-2', at: '2026-03-07T06:00:00.000Z', note: 'Describe the premises', resubmittedAt: '2026-03-08T07:00:00.000Z', resubmissionNote: null },
    ]);
    expect(context.proposal).toEqual(proposal({ amount: '470000.00', businessIdea: 'Uniform workshop in rented premises' }));
    expect(context.recommendation).toMatchObject({ by: 'reviewer-2', amount: '470000.00' });
    expect(context.screening).toEqual({ fiscalYear: 2026, cap: CAP_2026, reasons: [], at: '2026-03-08T07:00:00.000Z' });
    expect(def.project(context).requestedAmount).toBe('470000.00');
  });

  it('keeps the declared categories when the resubmission gives none, and replaces them when it does', () => {
    const kept = accept(toChangesRequested(), ev.resubmit());
    expect(ctx(kept).categories).toEqual(['UNEMPLOYED']);
    const replaced = accept(toChangesRequested(), ev.resubmit({ categories: ['TSA_RECIPIENT', 'LARGE_FAMILY'], proposal: { certificate: null } }));
    expect(stateOf(replaced)).toBe('resubmitted');
    expect(ctx(replaced).categories).toEqual(['TSA_RECIPIENT', 'LARGE_FAMILY']);
  });

  it.each<{ name: string; options: Parameters<typeof ev.resubmit>[0]; rules: string[] }>([
    { name: 'the certificate is dropped', options: { proposal: { certificate: null } }, rules: ['CERTIFICATE_REQUIRED'] },
    { name: 'the amount goes over the cap', options: { proposal: { amount: '865000.01' } }, rules: ['AMOUNT_OVER_CAP'] },
    { name: 'the region no longer exists', options: { facts: { regionExists: false } }, rules: ['REGION_UNKNOWN'] },
    { name: 'the fiscal year is unknown', options: { facts: { fiscalYear: null } }, rules: ['FISCAL_YEAR_UNKNOWN'] },
    { name: 'the cap of the resubmission\'s year (2020) is lower', options: { proposal: { amount: '600000.00' }, facts: { fiscalYear: FY2020 } }, rules: ['AMOUNT_OVER_CAP'] },
    {
      name: 'the categories lose the TSA exception',
      options: { categories: ['TSA_RECIPIENT'], proposal: { certificate: null } },
      rules: ['CERTIFICATE_REQUIRED'],
    },
  ])('a resubmission in which $name is screened again and becomes ineligible', ({ options, rules }) => {
    const s = accept(toChangesRequested(), ev.resubmit(options));
    expect(stateOf(s)).toBe('ineligible');
    expect(s.status).toBe('done');
    expect(ctx(s).screening.reasons.map((r) => r.rule)).toEqual(rules);
    expect(ctx(s).screening.at).toBe(T.resubmit);
    expect(def.submissionRefusal(ctx(s)).map((r) => r.rule)).toEqual(rules);
    expect(ctx(s).changeRequests[0]?.resubmittedAt).toBe(T.resubmit);
  });

  it('the resubmission records the cap of its own fiscal year', () => {
    const s = accept(toChangesRequested(), ev.resubmit({ facts: { fiscalYear: FY2020 } }));
    expect(ctx(s).screening).toMatchObject({ fiscalYear: 2020, cap: CAP_2020, reasons: [] });
  });

  it.each<[string, WorkflowEvent]>([
    ['START_REVIEW', ev.startReview()],
    ['RECOMMEND', ev.recommend()],
    ['REQUEST_CHANGES', ev.requestChanges()],
    ['REJECT', ev.reject('Not viable', reviewer)],
  ])('%s is not an action while changes are requested', (_type, event) => {
    expect(refuse(toChangesRequested(), event)).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });

  it.each<[string, WorkflowEvent]>([
    ['RESUBMIT', ev.resubmit()],
    ['RECOMMEND', ev.recommend()],
    ['REJECT', ev.reject('Not viable', reviewer)],
  ])('%s is not an action of resubmitted (a review must start first)', (_type, event) => {
    expect(refuse(toResubmitted(), event)).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });
});

describe('recommended', () => {
  it('APPROVE of exactly the recommended amount is accepted', () => {
    const s = accept(run(toUnderReview(), ev.recommend('400000.00')), ev.approve({ amount: '400000.00' }));
    expect(stateOf(s)).toBe('disbursementPending');
    expect(ctx(s).decision?.amount).toBe('400000.00');
  });

  it('APPROVE over the recommended amount is refused (VALIDATION, AMOUNT_OVER_RECOMMENDED)', () => {
    const refusal = refuse(run(toUnderReview(), ev.recommend('400000.00')), ev.approve({ amount: '400000.01' }));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_OVER_RECOMMENDED', field: 'amount' });
    expect(refusal.message).toContain('400 000.00 ₸');
  });

  it.each(['0.00', '0'])('RECOMMEND or APPROVE of %s is refused (VALIDATION, AMOUNT_ZERO)', (zero) => {
    expect(refuse(toUnderReview(), ev.recommend(zero))).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_ZERO', field: 'amount' });
    expect(refuse(toRecommended(), ev.approve({ amount: zero }))).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_ZERO', field: 'amount' });
  });

  it('APPROVE without the fiscal year of the decision is refused (VALIDATION, FISCAL_YEAR_UNKNOWN)', () => {
    expect(refuse(toRecommended(), ev.approve({ fiscalYear: null }))).toMatchObject({
      code: 'VALIDATION',
      rule: 'FISCAL_YEAR_UNKNOWN',
      field: 'amount',
    });
  });

  it('APPROVE with no facts at all is refused (VALIDATION, FISCAL_YEAR_UNKNOWN)', () => {
    const event = { type: 'APPROVE', actor: approver, at: T.approve } as WorkflowEvent;
    expect(refuse(toRecommended(), event)).toMatchObject({ code: 'VALIDATION', rule: 'FISCAL_YEAR_UNKNOWN' });
  });

  describe('the cap follows the fiscal year on the APPROVE event', () => {
    /** requested and recommended at the 2026 cap, which is above the 2020 one */
    const recommendedAtCap2026 = (): AnyMachineSnapshot =>
      run(start(def, submitEvent({ proposal: { amount: CAP_2026 } })), ev.startReview(), ev.recommend());

    it('exactly 200 MCI of 2026 is approved in 2026', () => {
      const s = accept(recommendedAtCap2026(), ev.approve());
      expect(ctx(s).decision).toMatchObject({ amount: CAP_2026, fiscalYear: 2026, cap: CAP_2026 });
    });

    it('the recommended amount over 200 MCI of 2020 is refused with 2020 parameters (cap 555600.00)', () => {
      const refusal = refuse(recommendedAtCap2026(), ev.approve({ fiscalYear: FY2020 }));
      expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_OVER_CAP', field: 'amount' });
      expect(refusal.message).toContain('2020');
      expect(refusal.message).toContain('555 600.00 ₸');
      expect(refusal.message).toContain('865 000.00 ₸');
    });

    it('an approved amount 0.01 over 200 MCI of 2020 is refused (VALIDATION, AMOUNT_OVER_CAP)', () => {
      expect(refuse(recommendedAtCap2026(), ev.approve({ amount: '555600.01', fiscalYear: FY2020 }))).toMatchObject({
        code: 'VALIDATION',
        rule: 'AMOUNT_OVER_CAP',
      });
    });

    it('exactly 200 MCI of 2020 is approved, recording the 2020 year and cap', () => {
      const s = accept(recommendedAtCap2026(), ev.approve({ amount: CAP_2020, fiscalYear: FY2020 }));
      expect(ctx(s).decision).toMatchObject({ by: 'approver-1', at: T.approve, amount: CAP_2020, fiscalYear: 2020, cap: CAP_2020 });
      expect(def.project(ctx(s))).toMatchObject({ approvedAmount: CAP_2020, decisionFiscalYear: 2020 });
    });
  });

  it('an approver REJECTs with a reason: rejected at the APPROVAL stage', () => {
    const s = accept(toRecommended(), ev.reject('Over the regional limit', approver));
    expect(stateOf(s)).toBe('rejected');
    expect(ctx(s).decision).toMatchObject({ by: 'approver-1', at: T.reject, outcome: 'REJECTED', stage: 'APPROVAL', reason: 'Over the regional limit', amount: null });
  });

  it.each(['', '   '])('the approver\'s REJECT with a blank reason %j is refused (VALIDATION, REQUIRED)', (reason) => {
    expect(refuse(toRecommended(), ev.reject(reason, approver))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'reason' });
  });

  it('a reviewer may not reject a recommended application (FORBIDDEN, ROLE)', () => {
    expect(refuse(toRecommended(), ev.reject('Changed my mind', reviewer))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
  });

  describe('four eyes: the approver is not the recommender', () => {
    const dual: ActorRef = { id: 'dual-1', roles: ['reviewer', 'approver'] };
    const recommendedByDual = (): AnyMachineSnapshot => run(toAwaitingReview(), ev.startReview(dual), ev.recommend(undefined, dual));
    const recommenderAsApprover: ActorRef = { id: 'reviewer-1', roles: ['approver'] };

    it('a person holding both roles may not APPROVE what they recommended (FORBIDDEN, FOUR_EYES)', () => {
      expect(refuse(recommendedByDual(), ev.approve({}, dual))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    });

    it('a person holding both roles may not REJECT what they recommended (FORBIDDEN, FOUR_EYES)', () => {
      expect(refuse(recommendedByDual(), ev.reject('Not viable', dual))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    });

    it('the recommender, now an approver, may not APPROVE (FORBIDDEN, FOUR_EYES)', () => {
      expect(refuse(toRecommended(), ev.approve({}, recommenderAsApprover))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    });

    it('the recommender, now an approver, may not REJECT (FORBIDDEN, FOUR_EYES)', () => {
      expect(refuse(toRecommended(), ev.reject('Not viable', recommenderAsApprover))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    });

    it('four eyes is reported before payload errors', () => {
      expect(refuse(recommendedByDual(), ev.approve({ fiscalYear: null }, dual))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
      expect(refuse(recommendedByDual(), ev.reject('', dual))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    });

    it('another person holding both roles may approve', () => {
      const other: ActorRef = { id: 'dual-2', roles: ['reviewer', 'approver'] };
      const s = accept(recommendedByDual(), ev.approve({}, other));
      expect(ctx(s).decision).toMatchObject({ by: 'dual-2', outcome: 'APPROVED' });
      expect(ctx(s).recommendation).toMatchObject({ by: 'dual-1' });
    });
  });
});

describe('disbursementPending', () => {
  it('an accountant confirms the disbursement of the approved amount', () => {
    const s = accept(toDisbursementPending(), ev.confirmDisbursement());
    expect(stateOf(s)).toBe('disbursed');
    expect(ctx(s).disbursement).toEqual({ by: 'accountant-1', at: T.disburse, amount: ctx(s).decision?.amount, paymentReference: 'PP-000917', paidOn: '2026-03-13' });
  });

  it.each<[string, WorkflowEvent]>([
    ['paymentReference', ev.confirmDisbursement(accountant, '  ')],
    ['paidOn', ev.confirmDisbursement(accountant, 'PP-000917', '  ')],
  ])('a blank %s is refused (VALIDATION, REQUIRED)', (field, event) => {
    expect(refuse(toDisbursementPending(), event)).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field });
  });
});

describe('disbursed', () => {
  it('the applicant reports the use of exactly the disbursed amount', () => {
    const s = accept(toDisbursed(), ev.reportFundsUse('500000.00'));
    expect(stateOf(s)).toBe('fundsUseReported');
    expect(ctx(s).fundsUse).toMatchObject({ by: 'applicant-1', at: T.report, amountUsed: '500000.00' });
  });

  it('amountUsed over the disbursed amount is refused (VALIDATION, AMOUNT_OVER_DISBURSED)', () => {
    const refusal = refuse(toDisbursed(), ev.reportFundsUse('500000.01'));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_OVER_DISBURSED', field: 'amountUsed' });
    expect(refusal.message).toContain('500 000.00 ₸');
  });

  it('amountUsed is checked against the approved (disbursed) amount, not the requested one', () => {
    const s = run(toUnderReview(), ev.recommend('300000.00'), ev.approve(), ev.confirmDisbursement());
    expect(refuse(s, ev.reportFundsUse('300000.01'))).toMatchObject({ rule: 'AMOUNT_OVER_DISBURSED' });
    expect(stateOf(accept(s, ev.reportFundsUse('300000.00')))).toBe('fundsUseReported');
  });

  it('a blank report is refused (VALIDATION, REQUIRED)', () => {
    expect(refuse(toDisbursed(), ev.reportFundsUse('100.00', '  '))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'report' });
  });

  it('CLOSE before the funds report is not an action of this state', () => {
    expect(refuse(toDisbursed(), ev.close())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });
});

describe('fundsUseReported', () => {
  it('a reviewer closes the application', () => {
    const s = accept(toFundsUseReported(), ev.close());
    expect(stateOf(s)).toBe('closed');
    expect(ctx(s).closing).toEqual({ by: 'reviewer-1', at: T.close, note: 'Funds use verified' });
  });

  it('a second funds report is not an action of this state', () => {
    expect(refuse(toFundsUseReported(), ev.reportFundsUse())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });
});

describe('availableEvents', () => {
  type Who = 'applicant' | 'reviewer' | 'approver' | 'accountant' | 'auditor';
  const actors: Record<Who, ActorRef> = { applicant, reviewer, approver, accountant, auditor };
  const none = { applicant: [], reviewer: [], approver: [], accountant: [], auditor: [] };
  const expected: Record<GrantState, Record<Who, string[]>> = {
    awaitingReview: { ...none, applicant: ['WITHDRAW'], reviewer: ['START_REVIEW'] },
    underReview: { ...none, applicant: ['WITHDRAW'], reviewer: ['RECOMMEND', 'REJECT', 'REQUEST_CHANGES'] },
    changesRequested: { ...none, applicant: ['RESUBMIT', 'WITHDRAW'] },
    resubmitted: { ...none, applicant: ['WITHDRAW'], reviewer: ['START_REVIEW'] },
    recommended: { ...none, applicant: ['WITHDRAW'], approver: ['APPROVE', 'REJECT'] },
    disbursementPending: { ...none, accountant: ['CONFIRM_DISBURSEMENT'] },
    disbursed: { ...none, applicant: ['REPORT_FUNDS_USE'] },
    fundsUseReported: { ...none, reviewer: ['CLOSE'] },
    closed: none,
    ineligible: none,
    rejected: none,
    withdrawn: none,
  };
  const table = ALL_STATES.flatMap((state) =>
    (Object.keys(actors) as Who[]).map((who) => ({ state, who, events: expected[state][who] })),
  );

  it.each(table)('$state, $who → $events', ({ state, who, events }) => {
    const list = availableEvents(def, reach[state](), actors[who]);
    expect(list).toEqual(events);
    expect(list).toEqual([...list].sort());
  });

  it('lists every action of a person holding several roles, sorted', () => {
    const everyone: ActorRef = { id: 'super-1', roles: ['applicant', 'reviewer', 'approver', 'accountant', 'auditor'] };
    expect(availableEvents(def, toUnderReview(), everyone)).toEqual(['RECOMMEND', 'REJECT', 'REQUEST_CHANGES', 'WITHDRAW']);
    expect(availableEvents(def, toRecommended(), everyone)).toEqual(['APPROVE', 'REJECT', 'WITHDRAW']);
  });

  it('hides APPROVE and REJECT from the recommender who also holds the approver role', () => {
    const dual: ActorRef = { id: 'dual-1', roles: ['reviewer', 'approver'] };
    const s = run(toAwaitingReview(), ev.startReview(dual), ev.recommend(undefined, dual));
    expect(availableEvents(def, s, dual)).toEqual([]);
    expect(availableEvents(def, s, { id: 'dual-2', roles: ['reviewer', 'approver'] })).toEqual(['APPROVE', 'REJECT']);
  });

  it('hides CONFIRM_DISBURSEMENT from the approver acting as accountant', () => {
    expect(availableEvents(def, toDisbursementPending(), { id: 'approver-1', roles: ['accountant'] })).toEqual([]);
  });

  it('ignores payload rules: a reviewer may still RECOMMEND, REJECT and REQUEST_CHANGES without knowing the payload', () => {
    // the listing sends bare events (no note, reason or amount): only role, state and four eyes count
    expect(availableEvents(def, toUnderReview(), reviewer2)).toEqual(['RECOMMEND', 'REJECT', 'REQUEST_CHANGES']);
  });
});

describe('replay', () => {
  function recordedLog(): LoggedEvent[] {
    const events: WorkflowEvent[] = [
      submitEvent(),
      ev.startReview(),
      ev.requestChanges(),
      ev.resubmit({ proposal: { amount: '450000.00' } }),
      ev.startReview(reviewer2),
      ev.recommend('440000.00', reviewer2),
      ev.approve({ amount: '430000.00' }),
      ev.confirmDisbursement(),
      ev.reportFundsUse('430000.00'),
      ev.close(),
    ];
    const log: LoggedEvent[] = [];
    let s = start(def, events[0]!);
    log.push({ event: events[0]!, toState: stateOf(s) });
    for (const event of events.slice(1)) {
      s = accept(s, event);
      log.push({ event, toState: stateOf(s) });
    }
    return log;
  }

  it('reproduces the snapshot of a recorded log', () => {
    const log = recordedLog();
    expect(log.map((e) => e.toState)).toEqual([
      'awaitingReview',
      'underReview',
      'changesRequested',
      'resubmitted',
      'underReview',
      'recommended',
      'disbursementPending',
      'disbursed',
      'fundsUseReported',
      'closed',
    ]);
    const live = log.slice(1).reduce((s, entry) => accept(s, entry.event), start(def, log[0]!.event));
    const replayed = replay(def, log);
    expect(stateOf(replayed)).toBe('closed');
    expect(replayed.value).toEqual(live.value);
    expect(replayed.context).toEqual(live.context);
    expect(ctx(replayed).disbursement?.amount).toBe('430000.00');
  });

  it('replays a submission that was screened out', () => {
    const replayed = replay(def, [{ event: submitEvent({ proposal: { certificate: null } }), toState: 'ineligible' }]);
    expect(ctx(replayed).screening.reasons.map((r) => r.rule)).toEqual(['CERTIFICATE_REQUIRED']);
  });

  it('throws when a logged toState disagrees with the machine', () => {
    const log = recordedLog();
    log[2] = { ...log[2]!, toState: 'recommended' };
    expect(() => replay(def, log)).toThrow(/entry 3 \(REQUEST_CHANGES\) leads to "changesRequested", the log says "recommended"/);
  });

  it('throws when the first entry\'s toState disagrees with the screening', () => {
    expect(() => replay(def, [{ event: submitEvent(), toState: 'ineligible' }])).toThrow(/entry 1 \(SUBMIT\)/);
  });

  it('throws when a logged event is refused', () => {
    const log = recordedLog();
    // the approval is now made by the recommender: four eyes refuses it
    log[6] = { ...log[6]!, event: ev.approve({ amount: '430000.00' }, { id: 'reviewer-2', roles: ['approver'] }) };
    expect(() => replay(def, log)).toThrow(/entry 7 \(APPROVE\) is refused in "recommended"/);
  });

});

describe('persist and restoreSnapshot', () => {
  function roundTrip(snapshot: AnyMachineSnapshot): AnyMachineSnapshot {
    const stored: unknown = JSON.parse(JSON.stringify(persist(def, snapshot)));
    return restoreSnapshot(def, stored as ReturnType<typeof persist>);
  }

  it.each(ALL_STATES)('%s survives a JSON round trip with its state, context and status', (state) => {
    const original = reach[state]();
    const restored = roundTrip(original);
    expect(stateOf(restored)).toBe(state);
    expect(restored.context).toEqual(original.context);
    expect(restored.status).toBe(original.status);
    for (const actor of [applicant, reviewer, approver, accountant, auditor]) {
      expect(availableEvents(def, restored, actor)).toEqual(availableEvents(def, original, actor));
    }
  });

  const nextEvent: Partial<Record<GrantState, WorkflowEvent>> = {
    awaitingReview: ev.startReview(),
    underReview: ev.recommend('420000.00'),
    changesRequested: ev.resubmit({ proposal: { certificate: null } }),
    resubmitted: ev.startReview(reviewer2),
    recommended: ev.approve({ amount: '410000.00' }),
    disbursementPending: ev.confirmDisbursement(),
    disbursed: ev.reportFundsUse('100.00'),
    fundsUseReported: ev.close(),
  };

  it.each(Object.entries(nextEvent) as Array<[GrantState, WorkflowEvent]>)(
    'a restored %s snapshot steps on exactly like the original',
    (state, event) => {
      const original = reach[state]();
      const restored = roundTrip(original);
      const fromOriginal = accept(original, event);
      const fromRestored = accept(restored, event);
      expect(stateOf(fromRestored)).toBe(stateOf(fromOriginal));
      expect(fromRestored.context).toEqual(fromOriginal.context);
      expect(fromRestored.status).toBe(fromOriginal.status);
    },
  );

  it('a restored snapshot keeps the four-eyes refusal', () => {
    const restored = roundTrip(toRecommended());
    expect(refuse(restored, ev.approve({}, { id: 'reviewer-1', roles: ['approver'] }))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
  });

  it('a restored final snapshot still accepts nothing', () => {
    const restored = roundTrip(toClosed());
    expect(restored.status).toBe('done');
    expect(refuse(restored, ev.close())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });

  it('a restored changesRequested snapshot whose resubmission is ineligible closes like the original', () => {
    const restored = roundTrip(toChangesRequested());
    const s = accept(restored, ev.resubmit({ proposal: { certificate: null } }));
    expect(stateOf(s)).toBe('ineligible');
  });

  it('round-trips a snapshot several times without drift', () => {
    const original = toDisbursed();
    const thrice = roundTrip(roundTrip(roundTrip(original)));
    expect(stateOf(thrice)).toBe('disbursed');
    expect(thrice.context).toEqual(original.context);
    expect(persist(def, thrice)).toEqual(JSON.parse(JSON.stringify(persist(def, original))));
  });
});
