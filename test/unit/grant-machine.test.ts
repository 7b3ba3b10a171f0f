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
import { accountant, applicant, approver, auditor, FY2020, FY2026, KIT_TIMES, kitApproval, kitEvents, machineHarness, reviewer, reviewer2 } from '../support/machine-harness';

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
  ...KIT_TIMES,
  recommend: '2026-03-06T08:00:00.000Z',
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
  ...kitEvents,
  startReview: (actor: ActorRef = reviewer, at: string = T.startReview): Ev<'START_REVIEW'> => ({ type: 'START_REVIEW', actor, at }),
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

const { ctx, accept, refuse, run, roundTrip, record, replayed, itListsAvailable, itDeclares, expectScreenedOutFor, screenedIn, resubmittedOut } = machineHarness(def);

// one path per state ---------------------------------------------------------------------------

const toAwaitingReview = (): AnyMachineSnapshot => start(def, submitEvent());
const toUnderReview = (): AnyMachineSnapshot => run(toAwaitingReview(), ev.startReview());
const toChangesRequested = (): AnyMachineSnapshot => run(toUnderReview(), ev.requestChanges());
const toResubmitted = (): AnyMachineSnapshot => run(toChangesRequested(), ev.resubmit());
const toRecommended = (): AnyMachineSnapshot => run(toUnderReview(), ev.recommend());
const toDisbursementPending = (): AnyMachineSnapshot => run(toRecommended(), ev.approve());
const toDisbursed = (): AnyMachineSnapshot => run(toDisbursementPending(), ev.confirmDisbursement());
const toFundsUseReported = (): AnyMachineSnapshot => run(toDisbursed(), ev.reportFundsUse());
const toClosed = (): AnyMachineSnapshot => run(toFundsUseReported(), ev.close());

const reach = {
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
} satisfies Record<string, () => AnyMachineSnapshot>;

// ---------------------------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------------------------

describe('grant workflow v1: definition', () => {
  // fiscal facts for submission, resubmission and approval only
  itDeclares({
    finalStates: ['closed', 'ineligible', 'rejected', 'withdrawn'],
    factsFor: { SUBMIT: ['fiscalYear', 'regionExists'], RESUBMIT: ['fiscalYear', 'regionExists'], APPROVE: ['fiscalYear'] },
    submitRoles: ['applicant'],
  });
});

describe('screening (submission)', () => {
  it('an eligible submission lands in awaitingReview, recording the proposal and the fiscal year used', () => {
    const snapshot = start(def, submitEvent());
    expect(stateOf(snapshot)).toBe('awaitingReview');
    const context = ctx(snapshot);
    expect(context.applicantIin).toBe(APPLICANT_IIN);
    expect(context.proposal).toEqual(proposal());
    expect(context.submitted).toEqual({ by: 'applicant-1', at: T.submit });
    expect(context.screening).toEqual({ fiscalYear: 2026, cap: CAP_2026, reasons: [], at: T.submit });
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
    expectScreenedOutFor(start(def, submitEvent(options)), field, rule);
  });

  it.each<{ name: string; options: SubmitOptions }>([
    { name: 'exactly 200 MCI of 2026', options: { proposal: { amount: CAP_2026 } } },
    { name: 'exactly 200 MCI of 2020', options: { proposal: { amount: CAP_2020 }, facts: { fiscalYear: FY2020 } } },
    { name: 'TSA recipient in a large family without certificate', options: { categories: ['TSA_RECIPIENT', 'LARGE_FAMILY'], proposal: { certificate: null } } },
    { name: 'TSA recipient in a low-income family without certificate', options: { categories: ['LOW_INCOME_FAMILY', 'TSA_RECIPIENT'], proposal: { certificate: null } } },
    { name: 'TSA recipient alone, with a certificate', options: { categories: ['TSA_RECIPIENT'] } },
  ])('$name → awaitingReview', ({ options }) => {
    expect(screenedIn(start(def, submitEvent(options)))).toBe('awaitingReview');
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
      ...kitApproval(),
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

describe('underReview', () => {
  it('RECOMMEND of exactly the requested amount is accepted', () => {
    const s = accept(toUnderReview(), ev.recommend('500000.00'));
    expect(ctx(s).recommendation).toMatchObject({ by: 'reviewer-1', at: T.recommend, amount: '500000.00' });
  });

  it('RECOMMEND over the requested amount is refused (VALIDATION, AMOUNT_OVER_REQUESTED)', () => {
    const refusal = refuse(toUnderReview(), ev.recommend('500000.01'));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_OVER_REQUESTED', field: 'amount' });
    expect(refusal.message).toContain('500 000.00 ₸');
  });
});

describe('changesRequested ⇄ resubmitted', () => {
  it('a resubmission replaces the proposal: it is screened again in its year, recommended and projected from it', () => {
    const changed = { amount: '470000.00', businessIdea: 'Uniform workshop in rented premises' };
    const s = run(toChangesRequested(), ev.resubmit({ proposal: changed }), ev.startReview(reviewer2), ev.recommend(undefined, reviewer2));
    expect(ctx(s).proposal).toEqual(proposal(changed));
    expect(ctx(s).recommendation).toMatchObject({ by: 'reviewer-2', amount: '470000.00' });
    expect(ctx(s).screening).toEqual({ fiscalYear: 2026, cap: CAP_2026, reasons: [], at: T.resubmit });
    expect(def.project(ctx(s)).requestedAmount).toBe('470000.00');
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
    expect(resubmittedOut(s, T.resubmit)).toEqual(rules);
    // a snapshot read back from the database closes the same way
    expect(stateOf(accept(roundTrip(toChangesRequested()), ev.resubmit(options)))).toBe('ineligible');
  });

  it('the resubmission records the cap of its own fiscal year', () => {
    const s = accept(toChangesRequested(), ev.resubmit({ facts: { fiscalYear: FY2020 } }));
    expect(ctx(s).screening).toMatchObject({ fiscalYear: 2020, cap: CAP_2020, reasons: [] });
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

});

describe('availableEvents', () => {
  itListsAvailable(
    reach,
    { applicant, reviewer, approver, accountant, auditor },
    {
      awaitingReview: { applicant: ['WITHDRAW'], reviewer: ['START_REVIEW'] },
      underReview: { applicant: ['WITHDRAW'], reviewer: ['RECOMMEND', 'REJECT', 'REQUEST_CHANGES'] },
      changesRequested: { applicant: ['RESUBMIT', 'WITHDRAW'] },
      resubmitted: { applicant: ['WITHDRAW'], reviewer: ['START_REVIEW'] },
      recommended: { applicant: ['WITHDRAW'], approver: ['APPROVE', 'REJECT'] },
      disbursementPending: { accountant: ['CONFIRM_DISBURSEMENT'] },
      disbursed: { applicant: ['REPORT_FUNDS_USE'] },
      fundsUseReported: { reviewer: ['CLOSE'] },
    },
  );

  it('lists every action of a person holding several roles, sorted', () => {
    const everyone: ActorRef = { id: 'super-1', roles: ['applicant', 'reviewer', 'approver', 'accountant', 'auditor'] };
    expect(availableEvents(def, toUnderReview(), everyone)).toEqual(['RECOMMEND', 'REJECT', 'REQUEST_CHANGES', 'WITHDRAW']);
    expect(availableEvents(def, toRecommended(), everyone)).toEqual(['APPROVE', 'REJECT', 'WITHDRAW']);
  });

  it('ignores payload rules: a reviewer may still RECOMMEND, REJECT and REQUEST_CHANGES without knowing the payload', () => {
    // the listing sends bare events (no note, reason or amount): only role, state and four eyes count
    expect(availableEvents(def, toUnderReview(), reviewer2)).toEqual(['RECOMMEND', 'REJECT', 'REQUEST_CHANGES']);
  });
});

describe('replay', () => {
  const recordedLog = (): LoggedEvent[] =>
    record(
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
    );

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
    const s = replayed(log);
    expect(stateOf(s)).toBe('closed');
    expect(ctx(s).disbursement?.amount).toBe('430000.00');
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
