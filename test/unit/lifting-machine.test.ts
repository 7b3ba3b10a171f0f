import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import {
  availableEvents,
  persist,
  replay,
  restoreSnapshot,
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
import { accountant, applicant, approver, auditor, FY2020, FY2026, machineHarness, reviewer, reviewer2, system } from '../support/machine-harness';

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
  submit: '2026-03-02T04:00:00.000Z',
  startVerification: '2026-03-03T05:00:00.000Z',
  requestChanges: '2026-03-04T06:00:00.000Z',
  resubmit: '2026-03-05T07:00:00.000Z',
  verify: '2026-03-06T08:00:00.000Z',
  approve: '2026-03-10T09:00:00.000Z',
  reject: '2026-03-11T10:00:00.000Z',
  withdraw: '2026-03-12T11:00:00.000Z',
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
  startVerification: (actor: ActorRef = reviewer, at: string = T.startVerification): Ev<'START_VERIFICATION'> => ({ type: 'START_VERIFICATION', actor, at }),
  requestChanges: (note = 'Attach the referral letter', actor: ActorRef = reviewer, at: string = T.requestChanges): Ev<'REQUEST_CHANGES'> => ({
    type: 'REQUEST_CHANGES',
    actor,
    at,
    note,
  }),
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
  reject: (reason: string, actor: ActorRef, at: string = T.reject): Ev<'REJECT'> => ({ type: 'REJECT', actor, at, reason }),
  withdraw: (reason?: string, actor: ActorRef = applicant, at: string = T.withdraw): Ev<'WITHDRAW'> => ({
    type: 'WITHDRAW',
    actor,
    at,
    ...(reason !== undefined ? { reason } : {}),
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

const { ctx, accept, refuse, run } = machineHarness(def, { refuseWithEffects: true });

const rules = (snapshot: AnyMachineSnapshot) => ctx(snapshot).screening.reasons.map((r) => r.rule);

// one path per state ---------------------------------------------------------------------------

type LiftingState =
  | 'awaitingVerification'
  | 'underVerification'
  | 'changesRequested'
  | 'resubmitted'
  | 'verified'
  | 'approved'
  | 'disbursed'
  | 'closed'
  | 'ineligible'
  | 'rejected'
  | 'withdrawn';

const toAwaiting = (): AnyMachineSnapshot => start(def, submitEvent());
const toUnderVerification = (): AnyMachineSnapshot => run(toAwaiting(), ev.startVerification());
const toChangesRequested = (): AnyMachineSnapshot => run(toUnderVerification(), ev.requestChanges());
const toResubmitted = (): AnyMachineSnapshot => run(toChangesRequested(), ev.resubmit());
const toVerified = (): AnyMachineSnapshot => run(toUnderVerification(), ev.verify());
const toApproved = (): AnyMachineSnapshot => run(toVerified(), ev.approve());
const toDisbursed = (): AnyMachineSnapshot => run(toApproved(), ev.confirmDisbursement());
const toClosed = (): AnyMachineSnapshot => run(toDisbursed(), ev.close());

const reach: Record<LiftingState, () => AnyMachineSnapshot> = {
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
};

const ALL_STATES = Object.keys(reach) as LiftingState[];
const UNDECIDED: LiftingState[] = ['awaitingVerification', 'underVerification', 'changesRequested', 'resubmitted', 'verified'];
const DECIDED: LiftingState[] = ['approved', 'disbursed', 'closed', 'rejected', 'withdrawn', 'ineligible'];

// ---------------------------------------------------------------------------------------------
// definition
// ---------------------------------------------------------------------------------------------

describe('lifting workflow v1: definition', () => {
  it('is the lifting kind, version 1, with its final states, effects and deadline event', () => {
    expect(def.kind).toBe('lifting');
    expect(def.version).toBe(1);
    expect([...def.finalStates].sort()).toEqual(['closed', 'ineligible', 'rejected', 'withdrawn']);
    expect(def.effects).toContain('reserveResettlementQuota');
    expect(def.deadlineEvent).toBe('ESCALATE');
  });

  it('lets applicants and employment-centre staff (reviewers) submit', () => {
    expect([...def.submitRoles].sort()).toEqual(['applicant', 'reviewer']);
  });

  it('needs the fiscal year at submission, resubmission and approval, and the working days at submission', () => {
    expect(def.factsFor).toEqual({
      SUBMIT: ['fiscalYear', 'regionExists', 'decisionWorkingDays'],
      RESUBMIT: ['fiscalYear', 'regionExists'],
      APPROVE: ['fiscalYear'],
    });
  });

  it('lets only the system escalate', () => {
    expect(def.eventRoles.ESCALATE).toEqual(['system']);
  });

});

// ---------------------------------------------------------------------------------------------
// screening
// ---------------------------------------------------------------------------------------------

describe('screening (submission)', () => {
  it('an eligible submission lands in awaitingVerification with the provisional amount and the deadline', () => {
    const snapshot = start(def, submitEvent());
    expect(stateOf(snapshot)).toBe('awaitingVerification');
    expect(snapshot.status).toBe('active');
    const c = ctx(snapshot);
    expect(c).toMatchObject({
      applicationId: 'application-1',
      applicantIin: APPLICANT_IIN,
      regionCode: 'PAV',
      categories: ['UNEMPLOYED'],
      move: liftingMove(),
      submitted: { by: 'applicant-1', at: T.submit, onBehalf: false },
      screening: { reasons: [], at: T.submit },
      provisional: { fiscalYear: 2026, amount: '170000.00' },
      decisionDeadline: DEADLINE,
      escalation: null,
      verificationStarted: null,
      changeRequests: [],
      verification: null,
      decision: null,
      disbursement: null,
      closing: null,
      withdrawal: null,
    });
    expect(def.submissionRefusal(c)).toEqual([]);
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
    const snapshot = start(def, submitEvent(options));
    expect(stateOf(snapshot)).toBe('ineligible');
    expect(snapshot.status).toBe('done');
    const reasons = ctx(snapshot).screening.reasons;
    expect(reasons).toEqual([{ field, rule, message: expect.any(String) }]);
    expect(reasons[0]!.message.length).toBeGreaterThan(0);
    expect(def.submissionRefusal(ctx(snapshot))).toEqual(reasons);
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
  it('a reviewer starts it', () => {
    const s = accept(toAwaiting(), ev.startVerification());
    expect(stateOf(s)).toBe('underVerification');
    expect(ctx(s).verificationStarted).toEqual({ by: 'reviewer-1', at: T.startVerification });
  });

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

  it('VERIFY before verification started is not an action of the state', () => {
    expect(refuse(toAwaiting(), ev.verify())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });

  it('REQUEST_CHANGES needs a note (REQUIRED)', () => {
    expect(refuse(toUnderVerification(), ev.requestChanges('  '))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'note' });
    expect(refuse(toUnderVerification(), ev.requestChanges(''))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED' });
  });

  it('REQUEST_CHANGES records the note and waits for the resubmission', () => {
    const s = accept(toUnderVerification(), ev.requestChanges('Attach the referral letter'));
    expect(stateOf(s)).toBe('changesRequested');
    expect(ctx(s).changeRequests).toEqual([
      { by: 'reviewer-1', at: T.requestChanges, note: 'Attach the referral letter', resubmittedAt: null, resubmissionNote: null },
    ]);
  });

  it('RESUBMIT replaces the move, screens it again and closes the change request', () => {
    const s = accept(toChangesRequested(), ev.resubmit({ move: { arrivalDate: '2026-02-27', familyMembers: 0 }, note: 'Letter attached' }));
    expect(stateOf(s)).toBe('resubmitted');
    const c = ctx(s);
    expect(c.move).toEqual(liftingMove({ arrivalDate: '2026-02-27', familyMembers: 0 }));
    expect(c.screening).toEqual({ reasons: [], at: T.resubmit });
    expect(c.changeRequests).toEqual([
      { by: 'reviewer-1', at: T.requestChanges, note: 'Attach the referral letter', resubmittedAt: T.resubmit, resubmissionNote: 'Letter attached' },
    ]);
  });

  it('staff may resubmit on the person\'s behalf; an approver may not', () => {
    expect(stateOf(accept(toChangesRequested(), ev.resubmit({}, reviewer2)))).toBe('resubmitted');
    expect(refuse(toChangesRequested(), ev.resubmit({}, approver))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
  });

  it('a resubmitted application goes back into verification, and round trips can repeat', () => {
    let s = accept(toResubmitted(), ev.startVerification(reviewer2, '2026-03-05T08:00:00.000Z'));
    expect(stateOf(s)).toBe('underVerification');
    expect(ctx(s).verificationStarted).toEqual({ by: 'reviewer-2', at: '2026-03-05T08:00:00.000Z' });
    s = run(
      s,
      ev.requestChanges('And the employer letter', reviewer2, '2026-03-05T09:00:00.000Z'),
      ev.resubmit({ note: 'Employer letter attached' }, applicant, '2026-03-05T10:00:00.000Z'),
      ev.startVerification(reviewer2, '2026-03-05T11:00:00.000Z'),
      ev.verify(true, true, reviewer2),
    );
    expect(stateOf(s)).toBe('verified');
    expect(ctx(s).changeRequests.map((r) => [r.note, r.resubmittedAt, r.resubmissionNote])).toEqual([
      ['Attach the referral letter', T.resubmit, null],
      ['And the employer letter', '2026-03-05T10:00:00.000Z', 'Employer letter attached'],
    ]);
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
    expect(stateOf(s)).toBe('ineligible');
    expect(s.status).toBe('done');
    expect(rules(s)).toEqual([rule]);
    expect(ctx(s).changeRequests[0]!.resubmittedAt).toBe(T.resubmit);
  });

  it('a resubmission is screened against its own date (T.resubmit = 5 March)', () => {
    // arrival on 5 March was in the future at submission (2 March), not at resubmission
    expect(stateOf(accept(toChangesRequested(), ev.resubmit({ move: { arrivalDate: '2026-03-05' } })))).toBe('resubmitted');
  });

  it.each<[string, LiftingState, WorkflowEvent]>([
    ['START_VERIFICATION by the applicant', 'awaitingVerification', ev.startVerification(applicant)],
    ['START_VERIFICATION by an approver', 'resubmitted', ev.startVerification(approver)],
    ['VERIFY by an approver', 'underVerification', ev.verify(true, true, approver)],
    ['REQUEST_CHANGES by an approver', 'underVerification', ev.requestChanges('x', approver)],
    ['RESUBMIT by an accountant', 'changesRequested', ev.resubmit({}, accountant)],
    ['VERIFY by an auditor', 'underVerification', ev.verify(true, true, auditor)],
  ])('%s is FORBIDDEN (ROLE)', (_name, state, event) => {
    expect(refuse(reach[state](), event)).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
  });
});

// ---------------------------------------------------------------------------------------------
// rejection
// ---------------------------------------------------------------------------------------------

describe('rejection', () => {
  it('a reviewer rejects during verification (stage REVIEW), with the reason trimmed', () => {
    const s = accept(toUnderVerification(), ev.reject('  The employment centre has no such referral  ', reviewer));
    expect(stateOf(s)).toBe('rejected');
    expect(s.status).toBe('done');
    expect(ctx(s).decision).toEqual({
      by: 'reviewer-1',
      at: T.reject,
      outcome: 'REJECTED',
      stage: 'REVIEW',
      reason: 'The employment centre has no such referral',
      amount: null,
      fiscalYear: null,
      minimumWage: null,
      note: null,
    });
  });

  it('an approver rejects a verified application (stage APPROVAL)', () => {
    const s = accept(toVerified(), ev.reject('Not an infrastructure project of the Roadmap', approver));
    expect(stateOf(s)).toBe('rejected');
    expect(ctx(s).decision).toMatchObject({ by: 'approver-1', outcome: 'REJECTED', stage: 'APPROVAL', reason: 'Not an infrastructure project of the Roadmap', amount: null });
  });

  it('a rejection needs a reason (REQUIRED), at either stage', () => {
    expect(refuse(toUnderVerification(), ev.reject('   ', reviewer))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'reason' });
    expect(refuse(toVerified(), ev.reject('', approver))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'reason' });
  });

  it('during verification only a reviewer rejects; once verified only an approver', () => {
    expect(refuse(toUnderVerification(), ev.reject('x', approver))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    expect(refuse(toVerified(), ev.reject('x', reviewer2))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    expect(refuse(toUnderVerification(), ev.reject('x', applicant))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
  });

  it('the approver who verified the move may not reject it either (FOUR_EYES)', () => {
    const dual: ActorRef = { id: 'both-1', roles: ['reviewer', 'approver'] };
    const s = run(toAwaiting(), ev.startVerification(dual), ev.verify(true, true, dual));
    expect(refuse(s, ev.reject('x', dual))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    expect(stateOf(accept(s, ev.reject('x', approver)))).toBe('rejected');
  });

  it('there is nothing to reject before verification starts', () => {
    expect(refuse(toAwaiting(), ev.reject('x', reviewer))).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
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
      by: 'approver-1',
      at: T.approve,
      outcome: 'APPROVED',
      stage: 'APPROVAL',
      reason: null,
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

  it('approval before verification is not an action of the state', () => {
    expect(refuse(toUnderVerification(), ev.approve())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
    expect(refuse(toAwaiting(), ev.approve())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });

  it('only an approver approves (FORBIDDEN, ROLE)', () => {
    expect(refuse(toVerified(), ev.approve({}, reviewer2))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    expect(refuse(toVerified(), ev.approve({}, accountant))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    expect(refuse(toVerified(), ev.approve({}, system))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
  });
});

// ---------------------------------------------------------------------------------------------
// four eyes
// ---------------------------------------------------------------------------------------------

describe('four eyes', () => {
  it('the approver must not be the reviewer who verified (same id, approver role)', () => {
    const sameId: ActorRef = { id: 'reviewer-1', roles: ['approver'] };
    expect(refuse(toVerified(), ev.approve({}, sameId))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
  });

  it('holding both roles does not let one person verify and approve', () => {
    const dual: ActorRef = { id: 'both-1', roles: ['reviewer', 'approver'] };
    const s = run(toAwaiting(), ev.startVerification(dual), ev.verify(true, true, dual));
    expect(refuse(s, ev.approve({}, dual))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    expect(availableEvents(def, s, dual)).toEqual([]);
    // another person with both roles may
    const other: ActorRef = { id: 'both-2', roles: ['reviewer', 'approver'] };
    expect(availableEvents(def, s, other)).toEqual(['APPROVE', 'REJECT']);
    expect(stateOf(accept(s, ev.approve({}, other)))).toBe('approved');
  });

  it('the one who only started verification may approve when someone else verified', () => {
    const dual: ActorRef = { id: 'both-1', roles: ['reviewer', 'approver'] };
    const s = run(toAwaiting(), ev.startVerification(dual), ev.verify(true, true, reviewer2));
    expect(stateOf(accept(s, ev.approve({}, dual)))).toBe('approved');
  });

});

// ---------------------------------------------------------------------------------------------
// disbursement and closing
// ---------------------------------------------------------------------------------------------

describe('disbursement and closing', () => {
  it('an accountant confirms the payment of the decided amount', () => {
    const s = accept(toApproved(), ev.confirmDisbursement(accountant, '  LP-000917 ', '2026-03-13'));
    expect(stateOf(s)).toBe('disbursed');
    expect(ctx(s).disbursement).toEqual({ by: 'accountant-1', at: T.disburse, amount: '170000.00', paymentReference: 'LP-000917', paidOn: '2026-03-13' });
  });

  it('the paid amount is the decided one, whatever the year', () => {
    const s = run(toVerified(), ev.approve({ fiscalYear: FY2027 }), ev.confirmDisbursement());
    expect(ctx(s).disbursement?.amount).toBe('180000.00');
  });

  it('a payment reference and a date not in the future are required', () => {
    expect(refuse(toApproved(), ev.confirmDisbursement(accountant, '  '))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'paymentReference' });
    expect(refuse(toApproved(), ev.confirmDisbursement(accountant, 'LP-1', ''))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'paidOn' });
    expect(refuse(toApproved(), ev.confirmDisbursement(accountant, 'LP-1', '2026-03-14'))).toMatchObject({ code: 'VALIDATION', rule: 'IN_FUTURE', field: 'paidOn' });
  });

  it('only an accountant confirms the payment', () => {
    expect(refuse(toApproved(), ev.confirmDisbursement(reviewer))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
  });

  it('a reviewer closes a disbursed application', () => {
    const s = accept(toDisbursed(), ev.close(reviewer, T.close, 'Paid'));
    expect(stateOf(s)).toBe('closed');
    expect(s.status).toBe('done');
    expect(ctx(s).closing).toEqual({ by: 'reviewer-1', at: T.close, note: 'Paid' });
    expect(ctx(accept(toDisbursed(), ev.close())).closing).toEqual({ by: 'reviewer-1', at: T.close, note: null });
  });

  it('closing before the payment, or by anyone but a reviewer, is refused', () => {
    expect(refuse(toApproved(), ev.close())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
    expect(refuse(toDisbursed(), ev.close(accountant))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
  });
});

// ---------------------------------------------------------------------------------------------
// withdrawal
// ---------------------------------------------------------------------------------------------

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

  it('only the system escalates (FORBIDDEN, ROLE)', () => {
    for (const actor of [applicant, reviewer, approver, accountant, auditor, { id: 'admin-1', roles: ['admin'] } as ActorRef]) {
      expect(refuse(toAwaiting(), ev.escalate(DEADLINE, actor)), actor.id).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    }
  });

  it('only once (ALREADY_ESCALATED), also in a later state', () => {
    const s = accept(toAwaiting(), ev.escalate());
    expect(refuse(s, ev.escalate('2026-04-01T00:00:00.000Z'))).toMatchObject({ code: 'VALIDATION', rule: 'ALREADY_ESCALATED' });
    const later = accept(s, ev.startVerification(reviewer, '2026-03-17T05:00:00.000Z'));
    expect(refuse(later, ev.escalate('2026-04-01T00:00:00.000Z'))).toMatchObject({ code: 'VALIDATION', rule: 'ALREADY_ESCALATED' });
  });

  it.each(DECIDED)('is refused after the decision: %s (INVALID_TRANSITION, STATE)', (state) => {
    expect(refuse(reach[state](), ev.escalate('2026-04-30T00:00:00.000Z'))).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
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
  type Who = 'applicant' | 'reviewer' | 'approver' | 'accountant' | 'auditor' | 'system';
  const actors: Record<Who, ActorRef> = { applicant, reviewer: reviewer2, approver, accountant, auditor, system };
  const none: Record<Who, string[]> = { applicant: [], reviewer: [], approver: [], accountant: [], auditor: [], system: [] };
  const expected: Record<LiftingState, Record<Who, string[]>> = {
    awaitingVerification: { ...none, applicant: ['WITHDRAW'], reviewer: ['START_VERIFICATION'], system: ['ESCALATE'] },
    underVerification: { ...none, applicant: ['WITHDRAW'], reviewer: ['REJECT', 'REQUEST_CHANGES', 'VERIFY'], system: ['ESCALATE'] },
    changesRequested: { ...none, applicant: ['RESUBMIT', 'WITHDRAW'], reviewer: ['RESUBMIT'], system: ['ESCALATE'] },
    resubmitted: { ...none, applicant: ['WITHDRAW'], reviewer: ['START_VERIFICATION'], system: ['ESCALATE'] },
    verified: { ...none, applicant: ['WITHDRAW'], approver: ['APPROVE', 'REJECT'], system: ['ESCALATE'] },
    approved: { ...none, accountant: ['CONFIRM_DISBURSEMENT'] },
    // the disbursement ordered a payment: the payment job (system) may report its result
    disbursed: { ...none, reviewer: ['CLOSE'], system: ['PAYMENT_FAILED', 'PAYMENT_SETTLED'] },
    closed: none,
    ineligible: none,
    rejected: none,
    withdrawn: none,
  };
  const table = ALL_STATES.flatMap((state) => (Object.keys(actors) as Who[]).map((who) => ({ state, who, events: expected[state][who] })));

  it.each(table)('$state, $who → $events', ({ state, who, events }) => {
    expect(availableEvents(def, reach[state](), actors[who])).toEqual(events);
  });
});

// ---------------------------------------------------------------------------------------------
// replay and persistence
// ---------------------------------------------------------------------------------------------

describe('replay', () => {
  function recordedLog(): LoggedEvent[] {
    const events: WorkflowEvent[] = [
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
    const live = log.slice(1).reduce((s, entry) => accept(s, entry.event), start(def, log[0]!.event));
    const replayed = replay(def, JSON.parse(JSON.stringify(log)) as LoggedEvent[]);
    expect(stateOf(replayed)).toBe('closed');
    expect(replayed.context).toEqual(live.context);
    const c = ctx(replayed);
    expect(c.submitted.onBehalf).toBe(true);
    expect(c.escalation).toEqual({ at: '2026-03-17T01:00:00.000Z' });
    expect(c.decision).toMatchObject({ amount: '170000.00', fiscalYear: 2026, by: 'approver-1' });
    expect(c.disbursement).toMatchObject({ amount: '170000.00', paymentReference: 'LP-77' });
    expect(c.move.familyMembers).toBe(1);
  });

  it('replays a submission that was screened out', () => {
    const replayed = replay(def, [{ event: submitEvent({ move: { settlementTo: 'saryagash' } }), toState: 'ineligible' }]);
    expect(rules(replayed)).toEqual(['SAME_SETTLEMENT']);
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
  function roundTrip(snapshot: AnyMachineSnapshot): AnyMachineSnapshot {
    const stored: unknown = JSON.parse(JSON.stringify(persist(def, snapshot)));
    return restoreSnapshot(def, stored as ReturnType<typeof persist>);
  }

  it.each(ALL_STATES)('%s survives a JSON round trip', (state) => {
    const original = reach[state]();
    const restored = roundTrip(original);
    expect(stateOf(restored)).toBe(state);
    expect(restored.context).toEqual(original.context);
    expect(restored.status).toBe(original.status);
  });

  it('a restored snapshot keeps the deadline, the escalation and four eyes', () => {
    expect(refuse(roundTrip(toAwaiting()), ev.escalate(justBefore(DEADLINE)))).toMatchObject({ rule: 'DEADLINE_NOT_REACHED' });
    const escalated = roundTrip(accept(toAwaiting(), ev.escalate()));
    expect(refuse(escalated, ev.escalate('2026-04-01T00:00:00.000Z'))).toMatchObject({ rule: 'ALREADY_ESCALATED' });
    expect(refuse(roundTrip(toVerified()), ev.approve({}, { id: 'reviewer-1', roles: ['approver'] }))).toMatchObject({ rule: 'FOUR_EYES' });
  });

  it('a restored verified snapshot still asks for the quota on approval', () => {
    expect(quotaEffects(roundTrip(toVerified()), ev.approve())).toEqual([{ type: 'reserveResettlementQuota', params: { people: 3, families: 1 } }]);
  });
});
