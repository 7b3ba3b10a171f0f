import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import {
  replay,
  start,
  stateOf,
  stepWithEffects,
  type LoggedEvent,
  type WorkflowEvent,
} from '../../workflows/definition';
import {
  liftingWorkflowV1,
  type LiftingEvent,
  type LiftingFacts,
  type LiftingMove,
  type LiftingSubmitEvent,
} from '../../workflows/lifting/v1';
import type { FiscalFact } from '../../workflows/rules/fiscal';
import { makeIin } from '../../workflows/rules/iin';
import type { ActorRef } from '../../workflows/rules/roles';
import { accountant, applicant, approver, auditor, FY2020, FY2026, KIT_TIMES, kitApproval, kitEvents, machineHarness, reviewer, reviewer2, system } from '../support/machine-harness';

// ---------------------------------------------------------------------------------------------
// builders
// ---------------------------------------------------------------------------------------------

const def = liftingWorkflowV1;

type Ev<T extends LiftingEvent['type']> = Extract<LiftingEvent, { type: T }>;

const FY2027: FiscalFact = { year: 2027, mci: '4500.00', minimumWage: '90000.00' };

const APPLICANT_IIN = makeIin('1990-01-01', 'male', 12);

/**
 * Distinct instants per action. Kazakhstan is UTC+5: 04:00Z is 09:00 local, so these local
 * dates are their UTC dates. The submission is on Monday 2 March 2026.
 */
const T = {
  ...KIT_TIMES,
  startVerification: KIT_TIMES.startReview,
  verify: '2026-03-06T08:00:00.000Z',
  disburse: '2026-03-13T12:00:00.000Z',
  close: '2026-03-16T04:00:00.000Z',
} as const;

/** Ten working days after Monday 2 March is Monday 16 March; the deadline is its end, local midnight. */
const DEADLINE = '2026-03-16T19:00:00.000Z';
const justBefore = (iso: string) => new Date(Date.parse(iso) - 1).toISOString();

function liftingMove(overrides: Partial<LiftingMove> = {}): LiftingMove {
  return {
    referral: { employmentCentre: 'Ekibastuz employment centre', number: 'REF-2026-118', issuedOn: '2026-02-20' },
    settlementFrom: 'Saryagash',
    settlementTo: 'Ekibastuz',
    arrivalDate: '2026-02-25',
    infrastructureProject: 'Reconstruction of the Ekibastuz heating network',
    employer: 'Pavlodarenergo LLP',
    familyMembers: 2,
    ...overrides,
  };
}

interface SubmitOptions {
  iin?: string;
  regionCode?: string;
  move?: Partial<LiftingMove>;
  facts?: Partial<LiftingSubmitEvent['facts']>;
  actor?: ActorRef;
  at?: string;
}

function submitEvent(options: SubmitOptions = {}): LiftingSubmitEvent {
  return {
    type: 'SUBMIT',
    actor: options.actor ?? applicant,
    at: options.at ?? T.submit,
    applicationId: 'application-1',
    applicant: { iin: options.iin ?? APPLICANT_IIN, categories: ['UNEMPLOYED'] },
    regionCode: options.regionCode ?? 'PAV',
    move: liftingMove(options.move),
    facts: { fiscalYear: FY2026, regionExists: true, decisionWorkingDays: 10, ...options.facts },
  };
}

const ev = {
  ...kitEvents,
  startVerification: (actor: ActorRef = reviewer, at: string = T.startVerification): Ev<'START_VERIFICATION'> => ({ type: 'START_VERIFICATION', actor, at }),
  resubmit: (
    options: { move?: Partial<LiftingMove>; note?: string; facts?: Partial<LiftingFacts & { regionExists: boolean }> } = {},
    actor: ActorRef = applicant,
    at: string = T.resubmit,
  ): Ev<'RESUBMIT'> => ({
    type: 'RESUBMIT',
    actor,
    at,
    move: liftingMove(options.move),
    ...(options.note !== undefined ? { note: options.note } : {}),
    facts: { fiscalYear: FY2026, regionExists: true, ...options.facts },
  }),
  verify: (referralConfirmed = true, arrivalConfirmed = true, actor: ActorRef = reviewer, at: string = T.verify, note?: string): Ev<'VERIFY'> => ({
    type: 'VERIFY',
    actor,
    at,
    referralConfirmed,
    arrivalConfirmed,
    ...(note !== undefined ? { note } : {}),
  }),
  approve: (options: { fiscalYear?: FiscalFact | null; note?: string } = {}, actor: ActorRef = approver, at: string = T.approve): Ev<'APPROVE'> => ({
    type: 'APPROVE',
    actor,
    at,
    ...(options.note !== undefined ? { note: options.note } : {}),
    facts: { fiscalYear: options.fiscalYear === undefined ? FY2026 : options.fiscalYear },
  }),
  confirmDisbursement: (actor: ActorRef = accountant, paymentReference = 'LP-000917', paidOn = '2026-03-13', at: string = T.disburse): Ev<'CONFIRM_DISBURSEMENT'> => ({
    type: 'CONFIRM_DISBURSEMENT',
    actor,
    at,
    paymentReference,
    paidOn,
  }),
  close: (actor: ActorRef = reviewer, at: string = T.close, note?: string): Ev<'CLOSE'> => ({
    type: 'CLOSE',
    actor,
    at,
    ...(note !== undefined ? { note } : {}),
  }),
  escalate: (at: string = DEADLINE, actor: ActorRef = system): Ev<'ESCALATE'> => ({ type: 'ESCALATE', actor, at }),
};

/**
 * The quota reservations a step asks the engine for. Other effects (a region's budget) may come
 * with a step; these tests are about the resettlement quota.
 */
function quotaEffects(snapshot: AnyMachineSnapshot, event: WorkflowEvent) {
  const stepped = stepWithEffects(def, snapshot, event);
  if (stepped === null) throw new Error(`${event.type} was refused in "${stateOf(snapshot)}"`);
  return stepped.effects.filter((e) => e.type === 'reserveResettlementQuota');
}

const { ctx, accept, refuse, run, roundTrip, record, replayed, itListsAvailable, itDeclares, expectScreenedOutFor, resubmittedOut } = machineHarness(def, { refuseWithEffects: true });

const rules = (snapshot: AnyMachineSnapshot) => ctx(snapshot).screening.reasons.map((r) => r.rule);

// one path per state ---------------------------------------------------------------------------

const toAwaiting = (): AnyMachineSnapshot => start(def, submitEvent());
const toUnderVerification = (): AnyMachineSnapshot => run(toAwaiting(), ev.startVerification());
const toChangesRequested = (): AnyMachineSnapshot => run(toUnderVerification(), ev.requestChanges());
const toResubmitted = (): AnyMachineSnapshot => run(toChangesRequested(), ev.resubmit());
const toVerified = (): AnyMachineSnapshot => run(toUnderVerification(), ev.verify());
const toApproved = (): AnyMachineSnapshot => run(toVerified(), ev.approve());
const toDisbursed = (): AnyMachineSnapshot => run(toApproved(), ev.confirmDisbursement());
const toClosed = (): AnyMachineSnapshot => run(toDisbursed(), ev.close());

const reach = {
  awaitingVerification: toAwaiting,
  underVerification: toUnderVerification,
  changesRequested: toChangesRequested,
  resubmitted: toResubmitted,
  verified: toVerified,
  approved: toApproved,
  disbursed: toDisbursed,
  closed: toClosed,
  ineligible: () => start(def, submitEvent({ move: { referral: null } })),
  rejected: () => run(toUnderVerification(), ev.reject('The employment centre has no such referral', reviewer)),
  withdrawn: () => run(toAwaiting(), ev.withdraw('Went back home')),
} satisfies Record<string, () => AnyMachineSnapshot>;

type LiftingState = keyof typeof reach;

const UNDECIDED: LiftingState[] = ['awaitingVerification', 'underVerification', 'changesRequested', 'resubmitted', 'verified'];

// ---------------------------------------------------------------------------------------------
// definition
// ---------------------------------------------------------------------------------------------

describe('lifting workflow v1: definition', () => {
  it('is the lifting kind, version 1, with its effects and deadline event', () => {
    expect(def.kind).toBe('lifting');
    expect(def.version).toBe(1);
    expect(def.effects).toContain('reserveResettlementQuota');
    expect(def.deadlineEvent).toBe('ESCALATE');
  });

  // the fiscal year at submission, resubmission and approval, the working days at submission;
  // applicants and employment-centre staff (reviewers) submit; only the system escalates
  itDeclares({
    finalStates: ['closed', 'ineligible', 'rejected', 'withdrawn'],
    factsFor: { SUBMIT: ['fiscalYear', 'regionExists', 'decisionWorkingDays'], RESUBMIT: ['fiscalYear', 'regionExists'], APPROVE: ['fiscalYear'] },
    submitRoles: ['applicant', 'reviewer'],
    eventRoles: { ESCALATE: ['system'] },
  });
});

// ---------------------------------------------------------------------------------------------
// screening
// ---------------------------------------------------------------------------------------------

describe('screening (submission)', () => {
  it('an eligible submission lands in awaitingVerification with the provisional amount and the deadline', () => {
    const snapshot = start(def, submitEvent());
    expect(stateOf(snapshot)).toBe('awaitingVerification');
    expect(ctx(snapshot)).toMatchObject({
      applicantIin: APPLICANT_IIN,
      move: liftingMove(),
      submitted: { by: 'applicant-1', at: T.submit, onBehalf: false },
      screening: { reasons: [], at: T.submit },
      provisional: { fiscalYear: 2026, amount: '170000.00' },
      decisionDeadline: DEADLINE,
      escalation: null,
    });
  });

  it('the provisional amount is two minimum wages of the year of submission (2020: 85,000.00)', () => {
    const c = ctx(start(def, submitEvent({ at: '2020-07-06T04:00:00.000Z', move: { referral: { employmentCentre: 'x', number: '1', issuedOn: '2020-06-01' }, arrivalDate: '2020-06-15' }, facts: { fiscalYear: FY2020 } })));
    expect(c.provisional).toEqual({ fiscalYear: 2020, amount: '85000.00' });
  });

  it('staff submitting on the person\'s behalf is recorded as such', () => {
    const c = ctx(start(def, submitEvent({ actor: reviewer })));
    expect(c.submitted).toEqual({ by: 'reviewer-1', at: T.submit, onBehalf: true });
    expect(ctx(start(def, submitEvent())).submitted.onBehalf).toBe(false);
  });

  it.each<{ name: string; options: SubmitOptions; rule: string; field: string }>([
    { name: 'no minimum wage for the year', options: { facts: { fiscalYear: null } }, rule: 'FISCAL_YEAR_UNKNOWN', field: 'amount' },
    { name: 'an IIN with a wrong check digit', options: { iin: APPLICANT_IIN.slice(0, 11) + String((Number(APPLICANT_IIN[11]) + 1) % 10) }, rule: 'IIN_INVALID', field: 'iin' },
    { name: 'an IIN of the wrong length', options: { iin: '90010130012' }, rule: 'IIN_INVALID', field: 'iin' },
    { name: 'an unknown region', options: { regionCode: 'XXX', facts: { regionExists: false } }, rule: 'REGION_UNKNOWN', field: 'regionCode' },
    { name: 'no referral', options: { move: { referral: null } }, rule: 'REFERRAL_REQUIRED', field: 'referral' },
    { name: 'the same settlement', options: { move: { settlementTo: 'Saryagash' } }, rule: 'SAME_SETTLEMENT', field: 'settlementTo' },
    { name: 'the same settlement in another case', options: { move: { settlementTo: 'SARYAGASH' } }, rule: 'SAME_SETTLEMENT', field: 'settlementTo' },
    { name: 'the same settlement with other spaces', options: { move: { settlementFrom: ' Nur  Sultan ', settlementTo: 'nur sultan' } }, rule: 'SAME_SETTLEMENT', field: 'settlementTo' },
    { name: 'the same settlement with a prefix', options: { move: { settlementTo: 'village of Saryagash' } }, rule: 'SAME_SETTLEMENT', field: 'settlementTo' },
    { name: 'an arrival tomorrow', options: { move: { arrivalDate: '2026-03-03' } }, rule: 'IN_FUTURE', field: 'arrivalDate' },
    { name: 'an arrival before the referral', options: { move: { arrivalDate: '2026-02-19' } }, rule: 'BEFORE_REFERRAL', field: 'arrivalDate' },
    { name: 'a negative number of family members', options: { move: { familyMembers: -1 } }, rule: 'FAMILY_MEMBERS_NEGATIVE', field: 'familyMembers' },
    { name: 'a fractional number of family members', options: { move: { familyMembers: 1.5 } }, rule: 'FAMILY_MEMBERS_NEGATIVE', field: 'familyMembers' },
    { name: 'a blank infrastructure project', options: { move: { infrastructureProject: '   ' } }, rule: 'REQUIRED', field: 'infrastructureProject' },
    { name: 'an empty infrastructure project', options: { move: { infrastructureProject: '' } }, rule: 'REQUIRED', field: 'infrastructureProject' },
    { name: 'a blank employer', options: { move: { employer: ' \t ' } }, rule: 'REQUIRED', field: 'employer' },
  ])('$name → ineligible ($rule on $field)', ({ options, rule, field }) => {
    expectScreenedOutFor(start(def, submitEvent(options)), field, rule);
  });

  it('refuses a referral dated in the future (referral.issuedOn IN_FUTURE)', () => {
    const snapshot = start(def, submitEvent({ move: { referral: { employmentCentre: 'x', number: '1', issuedOn: '2026-03-03' }, arrivalDate: '2026-03-03' } }));
    expect(stateOf(snapshot)).toBe('ineligible');
    expect(ctx(snapshot).screening.reasons.map((r) => [r.field, r.rule])).toEqual([
      ['referral.issuedOn', 'IN_FUTURE'],
      ['arrivalDate', 'IN_FUTURE'],
    ]);
  });

  it('without a minimum wage there is no provisional amount', () => {
    expect(ctx(start(def, submitEvent({ facts: { fiscalYear: null } }))).provisional).toBeNull();
  });

  it('judges "the future" by the local date (UTC+5) of the submission', () => {
    // 19:30Z on 2 March is 00:30 on 3 March in Kazakhstan: an arrival on 3 March is today
    const local = start(def, submitEvent({ at: '2026-03-02T19:30:00.000Z', move: { arrivalDate: '2026-03-03' } }));
    expect(stateOf(local)).toBe('awaitingVerification');
    const early = start(def, submitEvent({ at: '2026-03-02T18:59:59.999Z', move: { arrivalDate: '2026-03-03' } }));
    expect(rules(early)).toEqual(['IN_FUTURE']);
  });

  it('accepts an arrival today, on the day of the referral, and no family members', () => {
    expect(stateOf(start(def, submitEvent({ move: { arrivalDate: '2026-03-02' } })))).toBe('awaitingVerification');
    expect(stateOf(start(def, submitEvent({ move: { arrivalDate: '2026-02-20' } })))).toBe('awaitingVerification');
    expect(stateOf(start(def, submitEvent({ move: { familyMembers: 0 } })))).toBe('awaitingVerification');
  });

  it('reports every reason at once, in a stable order', () => {
    const snapshot = start(
      def,
      submitEvent({
        iin: '123',
        regionCode: 'XXX',
        facts: { fiscalYear: null, regionExists: false },
        move: { referral: null, settlementTo: 'saryagash', arrivalDate: '2026-04-01', familyMembers: -2, infrastructureProject: ' ', employer: '' },
      }),
    );
    expect(stateOf(snapshot)).toBe('ineligible');
    expect(ctx(snapshot).screening.reasons.map((r) => [r.field, r.rule])).toEqual([
      ['amount', 'FISCAL_YEAR_UNKNOWN'],
      ['iin', 'IIN_INVALID'],
      ['regionCode', 'REGION_UNKNOWN'],
      ['referral', 'REFERRAL_REQUIRED'],
      ['settlementTo', 'SAME_SETTLEMENT'],
      ['arrivalDate', 'IN_FUTURE'],
      ['familyMembers', 'FAMILY_MEMBERS_NEGATIVE'],
      ['infrastructureProject', 'REQUIRED'],
      ['employer', 'REQUIRED'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// the service deadline
// ---------------------------------------------------------------------------------------------

describe('decisionDeadline', () => {
  it('is the end (local midnight) of the 10th working day after the submission', () => {
    expect(ctx(toAwaiting()).decisionDeadline).toBe(DEADLINE);
    expect(new Date(DEADLINE).getTime()).toBe(Date.parse('2026-03-17T00:00:00+05:00'));
  });

  it('skips the weekends: a submission on a Friday is due by the end of Friday two weeks on', () => {
    // Friday 6 March → 10 working days → Friday 20 March; its end is 21 March 00:00 local
    const snapshot = start(def, submitEvent({ at: '2026-03-06T04:00:00.000Z' }));
    expect(ctx(snapshot).decisionDeadline).toBe('2026-03-20T19:00:00.000Z');
  });

  it('counts from the local date: late Thursday UTC is already Friday in Kazakhstan', () => {
    expect(ctx(start(def, submitEvent({ at: '2026-03-05T18:59:00.000Z' }))).decisionDeadline).toBe('2026-03-19T19:00:00.000Z');
    expect(ctx(start(def, submitEvent({ at: '2026-03-05T19:30:00.000Z' }))).decisionDeadline).toBe('2026-03-20T19:00:00.000Z');
  });

  it('a submission on a Saturday counts from Monday', () => {
    expect(ctx(start(def, submitEvent({ at: '2026-03-07T04:00:00.000Z' }))).decisionDeadline).toBe('2026-03-20T19:00:00.000Z');
  });

  it('follows the configured number of working days', () => {
    expect(ctx(start(def, submitEvent({ facts: { decisionWorkingDays: 5 } }))).decisionDeadline).toBe('2026-03-09T19:00:00.000Z');
    expect(ctx(start(def, submitEvent({ facts: { decisionWorkingDays: 1 } }))).decisionDeadline).toBe('2026-03-03T19:00:00.000Z');
  });
});

// ---------------------------------------------------------------------------------------------
// verification
// ---------------------------------------------------------------------------------------------

describe('verification', () => {
  it('VERIFY with both confirmations moves to verified and records them', () => {
    const s = accept(toUnderVerification(), ev.verify(true, true, reviewer, T.verify, 'Called the centre'));
    expect(stateOf(s)).toBe('verified');
    expect(ctx(s).verification).toEqual({ by: 'reviewer-1', at: T.verify, referralConfirmed: true, arrivalConfirmed: true, note: 'Called the centre' });
    expect(ctx(accept(toUnderVerification(), ev.verify())).verification?.note).toBeNull();
  });

  it('VERIFY without the referral confirmed is refused (REFERRAL_NOT_CONFIRMED)', () => {
    expect(refuse(toUnderVerification(), ev.verify(false, true))).toMatchObject({ code: 'VALIDATION', rule: 'REFERRAL_NOT_CONFIRMED', field: 'referralConfirmed' });
    expect(refuse(toUnderVerification(), ev.verify(false, false))).toMatchObject({ code: 'VALIDATION', rule: 'REFERRAL_NOT_CONFIRMED' });
  });

  it('VERIFY without the arrival confirmed is refused (ARRIVAL_NOT_CONFIRMED)', () => {
    expect(refuse(toUnderVerification(), ev.verify(true, false))).toMatchObject({ code: 'VALIDATION', rule: 'ARRIVAL_NOT_CONFIRMED', field: 'arrivalConfirmed' });
  });

  it('RESUBMIT replaces the move and screens it again; staff may resubmit on the person\'s behalf', () => {
    const s = accept(toChangesRequested(), ev.resubmit({ move: { arrivalDate: '2026-02-27', familyMembers: 0 }, note: 'Letter attached' }));
    expect(stateOf(s)).toBe('resubmitted');
    expect(ctx(s).move).toEqual(liftingMove({ arrivalDate: '2026-02-27', familyMembers: 0 }));
    expect(ctx(s).screening).toEqual({ reasons: [], at: T.resubmit });
    expect(stateOf(accept(toChangesRequested(), ev.resubmit({}, reviewer2)))).toBe('resubmitted');
  });

  it.each<[string, string, Partial<LiftingMove>, Partial<LiftingFacts & { regionExists: boolean }>]>([
    ['the same settlement', 'SAME_SETTLEMENT', { settlementTo: ' saryagash ' }, {}],
    ['no referral', 'REFERRAL_REQUIRED', { referral: null }, {}],
    ['an arrival in the future', 'IN_FUTURE', { arrivalDate: '2026-03-06' }, {}],
    ['an arrival before the referral', 'BEFORE_REFERRAL', { arrivalDate: '2026-02-01' }, {}],
    ['negative family members', 'FAMILY_MEMBERS_NEGATIVE', { familyMembers: -1 }, {}],
    ['a blank employer', 'REQUIRED', { employer: '' }, {}],
    ['no minimum wage for the year', 'FISCAL_YEAR_UNKNOWN', {}, { fiscalYear: null }],
    ['a region that no longer exists', 'REGION_UNKNOWN', {}, { regionExists: false }],
  ])('a resubmission with %s becomes ineligible (%s)', (_name, rule, move, facts) => {
    const s = accept(toChangesRequested(), ev.resubmit({ move, facts }));
    expect(resubmittedOut(s, T.resubmit)).toEqual([rule]);
  });

  it('a resubmission is screened against its own date (T.resubmit = 5 March)', () => {
    // arrival on 5 March was in the future at submission (2 March), not at resubmission
    expect(stateOf(accept(toChangesRequested(), ev.resubmit({ move: { arrivalDate: '2026-03-05' } })))).toBe('resubmitted');
  });

});

// ---------------------------------------------------------------------------------------------
// approval
// ---------------------------------------------------------------------------------------------

describe('approval', () => {
  it('computes two minimum wages of the APPROVE event\'s fiscal year and records it', () => {
    const s = accept(toVerified(), ev.approve({ note: 'All confirmed' }));
    expect(stateOf(s)).toBe('approved');
    expect(ctx(s).decision).toEqual({
      ...kitApproval(),
      amount: '170000.00',
      fiscalYear: 2026,
      minimumWage: '85000.00',
      note: 'All confirmed',
    });
  });

  it('uses the year of the decision, not of the submission', () => {
    const s = accept(toVerified(), ev.approve({ fiscalYear: FY2027 }));
    expect(ctx(s).provisional).toEqual({ fiscalYear: 2026, amount: '170000.00' });
    expect(ctx(s).decision).toMatchObject({ amount: '180000.00', fiscalYear: 2027, minimumWage: '90000.00' });
    expect(ctx(accept(toVerified(), ev.approve({ fiscalYear: FY2020 }))).decision).toMatchObject({ amount: '85000.00', fiscalYear: 2020, minimumWage: '42500.00' });
  });

  it('follows a corrected minimum wage of the year', () => {
    const corrected: FiscalFact = { ...FY2026, minimumWage: '85000.50' };
    expect(ctx(accept(toVerified(), ev.approve({ fiscalYear: corrected }))).decision?.amount).toBe('170001.00');
  });

  it('refuses an amount on the event (AMOUNT_COMPUTED)', () => {
    const withAmount = { ...ev.approve(), amount: '170000.00' } as WorkflowEvent;
    expect(refuse(toVerified(), withAmount)).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_COMPUTED', field: 'amount' });
    expect(refuse(toVerified(), { ...ev.approve(), amount: '1.00' } as WorkflowEvent)).toMatchObject({ rule: 'AMOUNT_COMPUTED' });
  });

  it('refuses without the minimum wage of the year (FISCAL_YEAR_UNKNOWN)', () => {
    expect(refuse(toVerified(), ev.approve({ fiscalYear: null }))).toMatchObject({ code: 'VALIDATION', rule: 'FISCAL_YEAR_UNKNOWN', field: 'amount' });
    expect(refuse(toVerified(), { type: 'APPROVE', actor: approver, at: T.approve })).toMatchObject({ code: 'VALIDATION', rule: 'FISCAL_YEAR_UNKNOWN' });
  });

  it('returns the effect reserveResettlementQuota for the applicant and the family moving', () => {
    const stepped = stepWithEffects(def, toVerified(), ev.approve());
    expect(stepped).not.toBeNull();
    expect(stateOf(stepped!.snapshot)).toBe('approved');
    expect(stepped!.effects).toContainEqual({ type: 'reserveResettlementQuota', params: { people: 3, families: 1 } });
    expect(quotaEffects(toVerified(), ev.approve())).toEqual([{ type: 'reserveResettlementQuota', params: { people: 3, families: 1 } }]);
  });

  it('the reservation counts the move as resubmitted, and one person alone', () => {
    const alone = run(toChangesRequested(), ev.resubmit({ move: { familyMembers: 0 } }), ev.startVerification(), ev.verify());
    expect(quotaEffects(alone, ev.approve())).toEqual([{ type: 'reserveResettlementQuota', params: { people: 1, families: 1 } }]);
  });

  it('no other step reserves the quota', () => {
    const steps: Array<[AnyMachineSnapshot, WorkflowEvent]> = [
      [toAwaiting(), ev.startVerification()],
      [toUnderVerification(), ev.verify()],
      [toUnderVerification(), ev.requestChanges()],
      [toChangesRequested(), ev.resubmit()],
      [toVerified(), ev.reject('No', approver)],
      [toVerified(), ev.withdraw()],
      [toVerified(), ev.escalate()],
      [toApproved(), ev.confirmDisbursement()],
      [toDisbursed(), ev.close()],
    ];
    for (const [snapshot, event] of steps) expect(quotaEffects(snapshot, event), event.type).toEqual([]);
    // nor does a screening or a step that only records
    expect(quotaEffects(toAwaiting(), ev.withdraw())).toEqual([]);
  });

  it('a refused approval asks for no effect', () => {
    expect(stepWithEffects(def, toVerified(), ev.approve({ fiscalYear: null }))).toBeNull();
    expect(stepWithEffects(def, toUnderVerification(), ev.approve())).toBeNull();
  });

});

// ---------------------------------------------------------------------------------------------
// disbursement
// ---------------------------------------------------------------------------------------------

describe('disbursement', () => {
  it('an accountant\'s payment reference is stored trimmed', () => {
    expect(ctx(accept(toApproved(), ev.confirmDisbursement(accountant, '  LP-000917 '))).disbursement?.paymentReference).toBe('LP-000917');
  });

  it('the paid amount is the decided one, whatever the year', () => {
    const s = run(toVerified(), ev.approve({ fiscalYear: FY2027 }), ev.confirmDisbursement());
    expect(ctx(s).disbursement?.amount).toBe('180000.00');
  });

  it('a payment dated in the future is refused (IN_FUTURE)', () => {
    expect(refuse(toApproved(), ev.confirmDisbursement(accountant, 'LP-1', '2026-03-14'))).toMatchObject({ code: 'VALIDATION', rule: 'IN_FUTURE', field: 'paidOn' });
  });
});

// ---------------------------------------------------------------------------------------------
// escalation
// ---------------------------------------------------------------------------------------------

describe('escalation', () => {
  it.each(UNDECIDED)('the system escalates an overdue application in %s; it stays where it is', (state) => {
    const before = reach[state]();
    const s = accept(before, ev.escalate());
    expect(stateOf(s)).toBe(state);
    expect(s.status).toBe('active');
    expect(ctx(s).escalation).toEqual({ at: DEADLINE });
    expect({ ...ctx(s), escalation: null }).toEqual(ctx(before));
  });

  it('at the deadline exactly, and later, but not a millisecond before (DEADLINE_NOT_REACHED)', () => {
    expect(stateOf(accept(toAwaiting(), ev.escalate(DEADLINE)))).toBe('awaitingVerification');
    expect(ctx(accept(toAwaiting(), ev.escalate('2026-04-01T00:00:00.000Z'))).escalation).toEqual({ at: '2026-04-01T00:00:00.000Z' });
    const refusal = refuse(toAwaiting(), ev.escalate(justBefore(DEADLINE)));
    expect(refusal).toMatchObject({ code: 'VALIDATION', rule: 'DEADLINE_NOT_REACHED', field: 'at' });
    expect(refusal.message).toContain(DEADLINE);
  });

  it('only once (ALREADY_ESCALATED), also in a later state', () => {
    const s = accept(toAwaiting(), ev.escalate());
    expect(refuse(s, ev.escalate('2026-04-01T00:00:00.000Z'))).toMatchObject({ code: 'VALIDATION', rule: 'ALREADY_ESCALATED' });
    const later = accept(s, ev.startVerification(reviewer, '2026-03-17T05:00:00.000Z'));
    expect(refuse(later, ev.escalate('2026-04-01T00:00:00.000Z'))).toMatchObject({ code: 'VALIDATION', rule: 'ALREADY_ESCALATED' });
  });

  it('an escalated application is still decided the ordinary way', () => {
    const s = run(
      toAwaiting(),
      ev.escalate(),
      ev.startVerification(reviewer, '2026-03-17T05:00:00.000Z'),
      ev.verify(true, true, reviewer, '2026-03-17T06:00:00.000Z'),
      ev.approve({}, approver, '2026-03-17T07:00:00.000Z'),
    );
    expect(stateOf(s)).toBe('approved');
    expect(ctx(s).escalation).toEqual({ at: DEADLINE });
    expect(ctx(s).decision?.amount).toBe('170000.00');
  });

  it('a resubmitted application is escalated without being screened out', () => {
    const s = accept(toResubmitted(), ev.escalate());
    expect(stateOf(s)).toBe('resubmitted');
    expect(ctx(s).escalation).not.toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// the projection
// ---------------------------------------------------------------------------------------------

describe('projection', () => {
  it('after submission: the provisional amount, the deadline and the move\'s key', () => {
    expect(def.project(ctx(toAwaiting()))).toEqual({
      requestedAmount: '170000.00',
      approvedAmount: null,
      disbursedAmount: null,
      decisionFiscalYear: null,
      deadlineAt: DEADLINE,
      escalatedAt: null,
      dedupKey: 'saryagash -> ekibastuz @ 2026',
    });
  });

  it.each<LiftingState>(['underVerification', 'changesRequested', 'resubmitted', 'verified'])('keeps the deadline while %s', (state) => {
    expect(def.project(ctx(reach[state]()))).toMatchObject({ deadlineAt: DEADLINE, escalatedAt: null, requestedAmount: '170000.00', approvedAmount: null });
  });

  it('after approval: the decided amount replaces the provisional one, and the deadline is gone', () => {
    expect(def.project(ctx(run(toVerified(), ev.approve({ fiscalYear: FY2027 }))))).toEqual({
      requestedAmount: '180000.00',
      approvedAmount: '180000.00',
      disbursedAmount: null,
      decisionFiscalYear: 2027,
      deadlineAt: null,
      escalatedAt: null,
      dedupKey: 'saryagash -> ekibastuz @ 2026',
    });
  });

  it('after payment and closing: the disbursed amount', () => {
    expect(def.project(ctx(toDisbursed()))).toMatchObject({ requestedAmount: '170000.00', approvedAmount: '170000.00', disbursedAmount: '170000.00', decisionFiscalYear: 2026, deadlineAt: null });
    expect(def.project(ctx(toClosed()))).toMatchObject({ disbursedAmount: '170000.00', deadlineAt: null });
  });

  it('after a rejection, a withdrawal or an ineligible screening: no deadline, no approved amount', () => {
    for (const state of ['rejected', 'withdrawn', 'ineligible'] as const) {
      expect(def.project(ctx(reach[state]())), state).toMatchObject({
        requestedAmount: '170000.00',
        approvedAmount: null,
        disbursedAmount: null,
        decisionFiscalYear: null,
        deadlineAt: null,
      });
    }
  });

  it('a resubmission screened out has no deadline any more', () => {
    const s = accept(toChangesRequested(), ev.resubmit({ move: { referral: null } }));
    expect(def.project(ctx(s)).deadlineAt).toBeNull();
  });

  it('once escalated: no deadline left to watch, and the instant of the escalation', () => {
    const s = accept(toUnderVerification(), ev.escalate('2026-03-17T03:00:00.000Z'));
    expect(def.project(ctx(s))).toMatchObject({ deadlineAt: null, escalatedAt: '2026-03-17T03:00:00.000Z' });
    // and it stays escalated once decided
    const decided = run(s, ev.verify(true, true, reviewer, '2026-03-17T04:00:00.000Z'), ev.approve({}, approver, '2026-03-17T05:00:00.000Z'));
    expect(def.project(ctx(decided))).toMatchObject({ deadlineAt: null, escalatedAt: '2026-03-17T03:00:00.000Z', approvedAmount: '170000.00' });
  });

  it('the dedup key is the same for the same move typed differently, and differs for another year', () => {
    const key = (move: Partial<LiftingMove>) => def.project(ctx(start(def, submitEvent({ move })))).dedupKey;
    const base = key({});
    expect(key({ settlementFrom: '  SARYAGASH', settlementTo: 'ekibastuz  ' })).toBe(base);
    expect(key({ settlementFrom: 'Village of Saryagash', settlementTo: 'g. Ekibastuz' })).toBe(base);
    expect(key({ arrivalDate: '2026-02-21', referral: { employmentCentre: 'Other', number: 'REF-9', issuedOn: '2026-02-21' } })).toBe(base);
    expect(key({ settlementTo: 'Pavlodar' })).not.toBe(base);
    const lastYear = def.project(
      ctx(start(def, submitEvent({ move: { arrivalDate: '2025-12-20', referral: { employmentCentre: 'x', number: '1', issuedOn: '2025-12-01' } } }))),
    ).dedupKey;
    expect(lastYear).toBe('saryagash -> ekibastuz @ 2025');
  });

  it('the dedup key follows a resubmitted move', () => {
    const s = accept(toChangesRequested(), ev.resubmit({ move: { settlementFrom: 'Turkistan' } }));
    expect(def.project(ctx(s)).dedupKey).toBe('turkistan -> ekibastuz @ 2026');
  });
});

// ---------------------------------------------------------------------------------------------
// final states and available events
// ---------------------------------------------------------------------------------------------

describe('availableEvents', () => {
  itListsAvailable(
    reach,
    { applicant, reviewer: reviewer2, approver, accountant, auditor, system },
    {
      awaitingVerification: { applicant: ['WITHDRAW'], reviewer: ['START_VERIFICATION'], system: ['ESCALATE'] },
      underVerification: { applicant: ['WITHDRAW'], reviewer: ['REJECT', 'REQUEST_CHANGES', 'VERIFY'], system: ['ESCALATE'] },
      changesRequested: { applicant: ['RESUBMIT', 'WITHDRAW'], reviewer: ['RESUBMIT'], system: ['ESCALATE'] },
      resubmitted: { applicant: ['WITHDRAW'], reviewer: ['START_VERIFICATION'], system: ['ESCALATE'] },
      verified: { applicant: ['WITHDRAW'], approver: ['APPROVE', 'REJECT'], system: ['ESCALATE'] },
      approved: { accountant: ['CONFIRM_DISBURSEMENT'] },
      // the disbursement ordered a payment: the payment job (system) may report its result
      disbursed: { reviewer: ['CLOSE'], system: ['PAYMENT_FAILED', 'PAYMENT_SETTLED'] },
    },
  );
});

// ---------------------------------------------------------------------------------------------
// replay and persistence
// ---------------------------------------------------------------------------------------------

describe('replay', () => {
  const recordedLog = (): LoggedEvent[] =>
    record(
      submitEvent({ actor: reviewer }),
      ev.startVerification(),
      ev.requestChanges(),
      ev.resubmit({ move: { familyMembers: 1 }, note: 'One child moves too' }),
      ev.startVerification(reviewer2, '2026-03-06T04:00:00.000Z'),
      ev.escalate('2026-03-17T01:00:00.000Z'),
      ev.verify(true, true, reviewer2, '2026-03-17T05:00:00.000Z'),
      ev.approve({ fiscalYear: FY2026, note: 'OK' }, approver, '2026-03-18T05:00:00.000Z'),
      ev.confirmDisbursement(accountant, 'LP-77', '2026-03-19', '2026-03-19T05:00:00.000Z'),
      ev.close(reviewer, '2026-03-20T05:00:00.000Z', 'Paid'),
    );

  it('reproduces the snapshot of a full recorded log', () => {
    const log = recordedLog();
    expect(log.map((e) => e.toState)).toEqual([
      'awaitingVerification',
      'underVerification',
      'changesRequested',
      'resubmitted',
      'underVerification',
      'underVerification',
      'verified',
      'approved',
      'disbursed',
      'closed',
    ]);
    const s = replayed(JSON.parse(JSON.stringify(log)) as LoggedEvent[]);
    expect(stateOf(s)).toBe('closed');
    const c = ctx(s);
    expect(c.submitted.onBehalf).toBe(true);
    expect(c.escalation).toEqual({ at: '2026-03-17T01:00:00.000Z' });
    expect(c.decision).toMatchObject({ amount: '170000.00', fiscalYear: 2026, by: 'approver-1' });
    expect(c.disbursement).toMatchObject({ amount: '170000.00', paymentReference: 'LP-77' });
    expect(c.move.familyMembers).toBe(1);
  });

  it('throws when a logged toState disagrees with the machine', () => {
    const log = recordedLog();
    log[2] = { ...log[2]!, toState: 'verified' };
    expect(() => replay(def, log)).toThrow(/entry 3 \(REQUEST_CHANGES\) leads to "changesRequested", the log says "verified"/);
  });

  it('throws when a logged event is refused: an escalation before the deadline', () => {
    const log = recordedLog();
    log[5] = { ...log[5]!, event: ev.escalate('2026-03-10T00:00:00.000Z') };
    expect(() => replay(def, log)).toThrow(/entry 6 \(ESCALATE\) is refused in "underVerification"/);
  });

  it('throws when a logged approval carries an amount', () => {
    const log = recordedLog();
    log[7] = { ...log[7]!, event: { ...log[7]!.event, amount: '1.00' } as WorkflowEvent };
    expect(() => replay(def, log)).toThrow(/entry 8 \(APPROVE\) is refused in "verified"/);
  });
});

describe('persist and restoreSnapshot', () => {
  it('a restored snapshot keeps the deadline and the escalation', () => {
    expect(refuse(roundTrip(toAwaiting()), ev.escalate(justBefore(DEADLINE)))).toMatchObject({ rule: 'DEADLINE_NOT_REACHED' });
    const escalated = roundTrip(accept(toAwaiting(), ev.escalate()));
    expect(refuse(escalated, ev.escalate('2026-04-01T00:00:00.000Z'))).toMatchObject({ rule: 'ALREADY_ESCALATED' });
  });

  it('a restored verified snapshot still asks for the quota on approval', () => {
    expect(quotaEffects(roundTrip(toVerified()), ev.approve())).toEqual([{ type: 'reserveResettlementQuota', params: { people: 3, families: 1 } }]);
  });
});
