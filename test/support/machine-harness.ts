import { expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import {
  availableEvents,
  explainRefusal,
  persist,
  replay,
  restoreSnapshot,
  start,
  stateOf,
  step,
  stepWithEffects,
  type LoggedEvent,
  type Refusal,
  type WorkflowDefinition,
  type WorkflowEvent,
} from '../../workflows/definition';
import type { FiscalFact } from '../../workflows/rules/fiscal';
import type { MicrocreditTermsFact } from '../../workflows/microcredit/terms';
import type { ActorRef, Role } from '../../workflows/rules/roles';

// ---------------------------------------------------------------------------------------------
// actors: who sends events to a machine in the unit tests (no region: machines do not read it)
// ---------------------------------------------------------------------------------------------

/** The applicant who submits, resubmits and withdraws. */
export const applicant: ActorRef = { id: 'applicant-1', roles: ['applicant'] };
/** The reviewer who takes the application up. */
export const reviewer: ActorRef = { id: 'reviewer-1', roles: ['reviewer'] };
/** A second reviewer, for the rules about who reviewed what. */
export const reviewer2: ActorRef = { id: 'reviewer-2', roles: ['reviewer'] };
/** The approver who decides. */
export const approver: ActorRef = { id: 'approver-1', roles: ['approver'] };
/** The accountant who confirms payments. */
export const accountant: ActorRef = { id: 'accountant-1', roles: ['accountant'] };
/** An auditor: reads everything, may send nothing. */
export const auditor: ActorRef = { id: 'auditor-1', roles: ['auditor'] };
/** An administrator: manages reference data, takes no part in a workflow. */
export const admin: ActorRef = { id: 'admin-1', roles: ['admin'] };
/** The gateway's own jobs (deadlines, overdue scans). */
export const system: ActorRef = { id: 'system', roles: ['system'] };

// ---------------------------------------------------------------------------------------------
// the kit's steps as the kinds' tests send them
// ---------------------------------------------------------------------------------------------

/** Distinct instants of the kit's steps, so a context can be checked for "when"; kinds add their own. */
export const KIT_TIMES = {
  /** Monday 2 March 2026, 09:00 in Kazakhstan (UTC+5) */
  submit: '2026-03-02T04:00:00.000Z',
  startReview: '2026-03-03T05:00:00.000Z',
  requestChanges: '2026-03-04T06:00:00.000Z',
  resubmit: '2026-03-05T07:00:00.000Z',
  approve: '2026-03-10T09:00:00.000Z',
  reject: '2026-03-11T10:00:00.000Z',
  withdraw: '2026-03-12T11:00:00.000Z',
} as const;

/** The kit's part of a decision to approve, as `approval()` of workflows/kit/decision.ts records it. */
export const kitApproval = (at: string = KIT_TIMES.approve, by: string = approver.id) => ({ by, at, outcome: 'APPROVED', stage: 'APPROVAL', reason: null });

/** Builders of the kit's events every kind takes alike (see workflows/kit). */
export const kitEvents = {
  requestChanges: (note = 'Attach the missing document', actor: ActorRef = reviewer, at: string = KIT_TIMES.requestChanges) => ({ type: 'REQUEST_CHANGES' as const, actor, at, note }),
  reject: (reason: string, actor: ActorRef, at: string = KIT_TIMES.reject) => ({ type: 'REJECT' as const, actor, at, reason }),
  withdraw: (reason?: string, actor: ActorRef = applicant, at: string = KIT_TIMES.withdraw) => ({
    type: 'WITHDRAW' as const,
    actor,
    at,
    ...(reason !== undefined ? { reason } : {}),
  }),
};

// ---------------------------------------------------------------------------------------------
// facts the machines are given on events
// ---------------------------------------------------------------------------------------------

/** The fiscal facts of 2026: MCI 4 325, minimum wage 85 000. */
export const FY2026: FiscalFact = { year: 2026, mci: '4325.00', minimumWage: '85000.00' };
/** The fiscal facts of 2020: MCI 2 778, minimum wage 42 500. */
export const FY2020: FiscalFact = { year: 2020, mci: '2778.00', minimumWage: '42500.00' };

/** The seeded standard microcredit product of 2026 (src/seed/reference.ts MICROCREDIT_TERMS). */
export const STANDARD_2026: MicrocreditTermsFact = {
  year: 2026,
  product: 'STANDARD',
  eligibleCategories: [],
  maxAmount: '8000000.00',
  maxRateBp: 600,
  minTermMonths: 6,
  maxTermMonths: 84,
  contractDays: 30,
  writeOffAfterDays: 180,
};

/** The seeded preferential microcredit product of 2026, for large and low-income families. */
export const PREFERENTIAL_2026: MicrocreditTermsFact = {
  year: 2026,
  product: 'PREFERENTIAL',
  eligibleCategories: ['LARGE_FAMILY', 'LOW_INCOME_FAMILY'],
  maxAmount: '20000000.00',
  maxRateBp: 400,
  minTermMonths: 60,
  maxTermMonths: 84,
  contractDays: 30,
  writeOffAfterDays: 180,
};

/** Both microcredit products of 2026, as the engine puts them on an event. */
export const TERMS_2026: MicrocreditTermsFact[] = [STANDARD_2026, PREFERENTIAL_2026];

// ---------------------------------------------------------------------------------------------
// harness
// ---------------------------------------------------------------------------------------------

/** How strict a harness is beyond the checks every machine gets. */
export interface MachineHarnessOptions {
  /** `refuse` also asserts that `stepWithEffects` refuses, between `step` and `explainRefusal` */
  refuseWithEffects?: boolean;
}

/** Assertions about one workflow definition, driven without the engine or a database. */
export interface MachineHarness<TContext> {
  /** The machine's context, typed as the workflow's. */
  ctx(snapshot: AnyMachineSnapshot): TContext;
  /** Applies an event the machine must accept: explainRefusal agrees and step moves on. */
  accept(snapshot: AnyMachineSnapshot, event: WorkflowEvent): AnyMachineSnapshot;
  /** Sends an event the machine must refuse: step returns null; returns the explanation. */
  refuse(snapshot: AnyMachineSnapshot, event: WorkflowEvent): Refusal;
  /** Accepts each event in turn (see `accept`) and returns the last snapshot. */
  run(snapshot: AnyMachineSnapshot, ...events: WorkflowEvent[]): AnyMachineSnapshot;
  /** The snapshot as the engine reads it back: persisted, through JSON, restored. */
  roundTrip(snapshot: AnyMachineSnapshot): AnyMachineSnapshot;
  /** The transition log of a submission and the events that follow it, each accepted in turn. */
  record(submit: WorkflowEvent, ...events: WorkflowEvent[]): LoggedEvent[];
  /** Replays a log, checks it reproduces the live snapshot of the same events, and returns it. */
  replayed(log: readonly LoggedEvent[]): AnyMachineSnapshot;
  /**
   * Declares one test per state of `reach` and person of `actors`: `availableEvents` lists exactly
   * the events `expected` gives them, and nothing where it gives none (the final states).
   */
  itListsAvailable<S extends string, W extends string>(
    reach: Record<S, () => AnyMachineSnapshot>,
    actors: Record<W, ActorRef>,
    expected: Partial<Record<S, Partial<Record<W, string[]>>>>,
  ): void;
  /** Declares one test of what the definition states: its final states, the facts per event, who submits, who sends what. */
  itDeclares(declared: { finalStates: string[]; factsFor: WorkflowDefinition['factsFor']; submitRoles: Role[]; eventRoles?: Partial<Record<string, Role[]>> }): void;
  /** Asserts a screening closed the application and returns its reasons' rules (submissionRefusal agrees). */
  screenedOut(snapshot: AnyMachineSnapshot): string[];
  /** Asserts a screening closed the application with one reason, on `field` for `rule`, with a message. */
  expectScreenedOutFor(snapshot: AnyMachineSnapshot, field: string, rule: string): void;
  /** Asserts a screening let the application in (no reasons, none from submissionRefusal) and returns its state. */
  screenedIn(snapshot: AnyMachineSnapshot): string;
  /** Asserts a resubmission at `at` was screened out, screened at `at`, and answered the change request; returns the rules. */
  resubmittedOut(snapshot: AnyMachineSnapshot, at: string): string[];
}

/** Binds `ctx`, `accept`, `refuse` and `run` to a workflow definition; destructure the result. */
export function machineHarness<TContext, TEvent extends WorkflowEvent>(
  def: WorkflowDefinition<TContext, TEvent>,
  options: MachineHarnessOptions = {},
): MachineHarness<TContext> {
  function ctx(snapshot: AnyMachineSnapshot): TContext {
    return snapshot.context as TContext;
  }

  function accept(snapshot: AnyMachineSnapshot, event: WorkflowEvent): AnyMachineSnapshot {
    expect(explainRefusal(def, snapshot, event), `${event.type} in ${stateOf(snapshot)}`).toBeNull();
    const next = step(def, snapshot, event);
    if (next === null) throw new Error(`${event.type} was refused in "${stateOf(snapshot)}"`);
    return next;
  }

  function refuse(snapshot: AnyMachineSnapshot, event: WorkflowEvent): Refusal {
    expect(step(def, snapshot, event), `${event.type} in ${stateOf(snapshot)} must be refused`).toBeNull();
    if (options.refuseWithEffects) expect(stepWithEffects(def, snapshot, event)).toBeNull();
    const refusal = explainRefusal(def, snapshot, event);
    if (refusal === null) throw new Error(`explainRefusal gave no reason for refusing ${event.type} in "${stateOf(snapshot)}"`);
    return refusal;
  }

  function run(snapshot: AnyMachineSnapshot, ...events: WorkflowEvent[]): AnyMachineSnapshot {
    return events.reduce(accept, snapshot);
  }

  function roundTrip(snapshot: AnyMachineSnapshot): AnyMachineSnapshot {
    const stored: unknown = JSON.parse(JSON.stringify(persist(def, snapshot)));
    return restoreSnapshot(def, stored as ReturnType<typeof persist>);
  }

  function record(submit: WorkflowEvent, ...events: WorkflowEvent[]): LoggedEvent[] {
    let snapshot = start(def, submit);
    const log: LoggedEvent[] = [{ event: submit, toState: stateOf(snapshot) }];
    for (const event of events) {
      snapshot = accept(snapshot, event);
      log.push({ event, toState: stateOf(snapshot) });
    }
    return log;
  }

  function replayed(log: readonly LoggedEvent[]): AnyMachineSnapshot {
    const live = log.slice(1).reduce((s, entry) => accept(s, entry.event), start(def, log[0]!.event));
    const result = replay(def, log);
    expect(result.value).toEqual(live.value);
    expect(result.context).toEqual(live.context);
    expect(result.status).toBe(live.status);
    return result;
  }

  function itListsAvailable<S extends string, W extends string>(
    reach: Record<S, () => AnyMachineSnapshot>,
    actors: Record<W, ActorRef>,
    expected: Partial<Record<S, Partial<Record<W, string[]>>>>,
  ): void {
    const table = (Object.keys(reach) as S[]).flatMap((state) => (Object.keys(actors) as W[]).map((who) => ({ state, who, events: expected[state]?.[who] ?? [] })));
    it.each(table)('$state, $who → $events', ({ state, who, events }) => {
      expect(availableEvents(def, reach[state](), actors[who])).toEqual(events);
    });
  }

  function itDeclares(declared: { finalStates: string[]; factsFor: WorkflowDefinition['factsFor']; submitRoles: Role[]; eventRoles?: Partial<Record<string, Role[]>> }): void {
    it('declares its final states, the facts each event needs, who submits and who sends what', () => {
      expect([...def.finalStates].sort()).toEqual([...declared.finalStates].sort());
      expect(def.factsFor).toEqual(declared.factsFor);
      expect([...def.submitRoles].sort()).toEqual([...declared.submitRoles].sort());
      for (const [type, roles] of Object.entries(declared.eventRoles ?? {})) expect(def.eventRoles[type], type).toEqual(roles);
    });
  }

  function screenedOut(snapshot: AnyMachineSnapshot): string[] {
    expect(stateOf(snapshot)).toBe('ineligible');
    expect(snapshot.status).toBe('done');
    const reasons = (snapshot.context as { screening: { reasons: Array<{ rule: string }> } }).screening.reasons;
    expect(def.submissionRefusal(snapshot.context as TContext)).toEqual(reasons);
    return reasons.map((r) => r.rule);
  }

  function expectScreenedOutFor(snapshot: AnyMachineSnapshot, field: string, rule: string): void {
    expect(screenedOut(snapshot)).toEqual([rule]);
    expect((snapshot.context as { screening: { reasons: unknown[] } }).screening.reasons).toEqual([{ field, rule, message: expect.stringMatching(/./) }]);
  }

  function screenedIn(snapshot: AnyMachineSnapshot): string {
    expect(snapshot.status).toBe('active');
    expect((snapshot.context as { screening: { reasons: unknown[] } }).screening.reasons).toEqual([]);
    expect(def.submissionRefusal(snapshot.context as TContext)).toEqual([]);
    return stateOf(snapshot);
  }

  function resubmittedOut(snapshot: AnyMachineSnapshot, at: string): string[] {
    const rules = screenedOut(snapshot);
    const context = snapshot.context as { screening: { at: string }; changeRequests: Array<{ resubmittedAt: string | null }> };
    expect(context.screening.at).toBe(at);
    expect(context.changeRequests.at(-1)?.resubmittedAt).toBe(at);
    return rules;
  }

  return { ctx, accept, refuse, run, roundTrip, record, replayed, itListsAvailable, itDeclares, screenedOut, expectScreenedOutFor, screenedIn, resubmittedOut };
}

