import {
  createActor,
  getNextTransitions,
  initialTransition,
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type Snapshot,
} from 'xstate';
import type { ActorRef, Role } from './rules/roles';
import type { Violation } from './errors';
import { localDateOf } from './rules/calendar';

/**
 * The name a kind of support is registered under (registry.ts) and stored as (the `application_kind`
 * type): the programme's are `grant`, `microcredit` and `lifting`. The engine, the API and the
 * reports take the kinds from the registry, so a new kind is not named here.
 */
export type ApplicationKind = string;

/** Every workflow event carries who sent it and when; the engine adds both. */
export interface WorkflowEvent {
  type: string;
  actor: ActorRef;
  /** ISO instant of the action, from the engine's clock: machines never read the time */
  at: string;
  /**
   * The business date (YYYY-MM-DD, programme time): the day it happened in the world — the
   * commission's date of a decision, the date of a payment — which the engine decides and checks
   * (README "Business dates"). Absent on events logged before business dates existed: for those
   * it is the local date of `at` (see {@link businessDateOf}), so their logs replay unchanged.
   */
  on?: string;
}

/**
 * The day an event happened in the world: its `on`, or for events logged before business dates
 * existed, the local date of the instant it was recorded (what the machines read then). Machines
 * read this for what has a business meaning (the fiscal year, what was overdue on that day);
 * timers (deadlines, expiries) stay on `at`, the moment the gateway learnt of it.
 */
export function businessDateOf(event: Pick<WorkflowEvent, 'at' | 'on'>): string {
  return event.on ?? localDateOf(event.at);
}

/** Why a machine refuses an event, phrased for the caller. */
export interface Refusal {
  code: 'FORBIDDEN' | 'VALIDATION' | 'INVALID_TRANSITION';
  rule: string;
  message: string;
  field?: string;
}

/**
 * A guard split in two: `actor` rules depend only on who asks (roles, four eyes) and are what
 * `availableActions` shows; `event` rules also look at the event's payload and facts.
 * A rule returns null when it passes.
 */
export interface GuardRule<TContext, TEvent> {
  actor?: (context: TContext, event: TEvent) => Refusal | null;
  event?: (context: TContext, event: TEvent) => Refusal | null;
}

/** Declares a workflow's rules with their names kept in the type (XState checks guard names). */
export function defineRules<TContext, TEvent extends WorkflowEvent>() {
  return <K extends string>(rules: Record<K, GuardRule<TContext, TEvent>>): Record<K, GuardRule<TContext, TEvent>> => rules;
}

/** The facts the engine knows how to gather and put on an event before the machine sees it. */
export type FactName = 'fiscalYear' | 'regionExists' | 'microcreditTerms' | 'decisionWorkingDays' | 'siteVisitShareBp';

/** Columns of the application row that are kept in step with the machine's context. */
export interface ApplicationProjection {
  requestedAmount: string;
  approvedAmount: string | null;
  disbursedAmount: string | null;
  decisionFiscalYear: number | null;
  /** a durable deadline the jobs watch (an unsigned contract, an undecided application), ISO instant */
  deadlineAt?: string | null;
  /** set once an application missed its service deadline and was escalated */
  escalatedAt?: string | null;
  /** what makes two applications the same claim of one applicant; unique while not refused */
  dedupKey?: string | null;
  /** the due date of the oldest unpaid instalment, for the overdue scan */
  nextDueOn?: string | null;
}

/**
 * One machine version of one application kind, with what the engine and the API need to know
 * about it. Versions are never edited once released: a changed machine is a new entry in the
 * registry, so stored snapshots always replay on the machine they started on.
 */
export interface WorkflowDefinition<TContext = any, TEvent extends WorkflowEvent = any> {
  kind: ApplicationKind;
  version: number;
  machine: AnyStateMachine;
  /** roles that may send each event, read from the machine's guards; an event missing here is not one of this workflow's */
  eventRoles: Record<string, readonly Role[]>;
  /** the named guards of the machine, as rules that can also explain a refusal */
  rules: Record<string, GuardRule<TContext, TEvent>>;
  /** facts each event needs, gathered by the engine inside the transaction */
  factsFor: Record<string, readonly FactName[]>;
  /** roles that may submit a new application of this kind */
  submitRoles: readonly Role[];
  /**
   * Reasons to refuse a submission outright rather than store it, given the snapshot it would
   * start with: an applicant corrects a form; an application is not opened only to be closed.
   */
  submissionRefusal(context: TContext): Violation[];
  /** states in which nothing more can happen: the machine's final states */
  finalStates: readonly string[];
  /** the event the deadline job sends once the projected `deadlineAt` has passed */
  deadlineEvent?: string;
  /** names of the machine's actions declared as effects, for the engine to run (see {@link Effect}) */
  effects?: readonly string[];
  project(context: TContext): ApplicationProjection;
  /** how this version takes over an application of an earlier version of its kind (workflows/migration.ts); none: it takes over none */
  adopt?: Adoption<TContext>;
}

/**
 * How a machine version takes over an application of another version in an administrator's
 * migration: the context made this version's, or why it does not fit (workflows/migration.ts).
 */
export type Adoption<TContext> = (
  previous: { version: number; state: string; context: unknown },
  event: WorkflowEvent & { toState: string; facts?: Record<string, unknown> },
) => { context: TContext } | { reasons: Violation[] };

/** One row of the transition log as the replay needs it. */
export interface LoggedEvent {
  event: WorkflowEvent;
  toState: string;
}

/** The role rule every transition starts with: the event's sender holds one of its roles. */
export function roleRefusal(def: Pick<WorkflowDefinition, 'eventRoles'>, event: WorkflowEvent): Refusal | null {
  const roles = def.eventRoles[event.type];
  if (roles === undefined) {
    return { code: 'INVALID_TRANSITION', rule: 'UNKNOWN_EVENT', message: `"${event.type}" is not an action of this workflow` };
  }
  if (event.actor.roles.some((r) => roles.includes(r))) return null;
  return {
    code: 'FORBIDDEN',
    rule: 'ROLE',
    message: `only ${roles.join(' or ')} may ${event.type.toLowerCase().replace(/_/g, ' ')}`,
  };
}

function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard) return String((guard as { type: unknown }).type);
  return undefined;
}

function stateName(snapshot: AnyMachineSnapshot): string {
  return typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
}

/**
 * Why the machine would refuse this event in this snapshot, or null when it accepts it.
 * `actorOnly` skips payload and fact rules: used to list the actions a caller may take.
 */
export function explainRefusal(
  def: WorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  event: WorkflowEvent,
  options: { actorOnly?: boolean } = {},
): Refusal | null {
  const byRole = roleRefusal(def, event);
  if (byRole) return byRole;
  // a finished machine takes no event, not even the ones its top level listens to
  if (snapshot.status === 'done') {
    return { code: 'INVALID_TRANSITION', rule: 'STATE', message: `"${event.type}" cannot be sent: the application is "${stateName(snapshot)}", which is final` };
  }
  const candidates = getNextTransitions(snapshot).filter((t) => t.eventType === event.type);
  if (candidates.length === 0) {
    return {
      code: 'INVALID_TRANSITION',
      rule: 'STATE',
      message: `"${event.type}" cannot be sent while the application is "${stateName(snapshot)}"`,
    };
  }
  let first: Refusal | null = null;
  for (const candidate of candidates) {
    const name = guardName(candidate.guard);
    const rule = name === undefined ? undefined : def.rules[name];
    const refusal =
      rule?.actor?.(snapshot.context, event) ?? (options.actorOnly ? null : (rule?.event?.(snapshot.context, event) ?? null));
    if (refusal === null) return null;
    first ??= refusal;
  }
  return first;
}

/** Events of this workflow the actor may send now (role, state and four-eyes rules), sorted. */
export function availableEvents(def: WorkflowDefinition, snapshot: AnyMachineSnapshot, actor: ActorRef): string[] {
  return Object.keys(def.eventRoles).sort().filter(
    (type) => explainRefusal(def, snapshot, { type, actor, at: new Date(0).toISOString() }, { actorOnly: true }) === null,
  );
}

/** The state of a snapshot as stored in the `state` column. */
export function stateOf(snapshot: AnyMachineSnapshot): string {
  return stateName(snapshot);
}

/** Rebuilds a machine snapshot from its stored (persisted) form. */
export function restoreSnapshot(def: WorkflowDefinition, persisted: Snapshot<unknown>): AnyMachineSnapshot {
  const { value, context } = persisted as unknown as { value: string; context: unknown };
  return def.machine.resolveState({ value, context });
}

export function persist(def: WorkflowDefinition, snapshot: AnyMachineSnapshot): Snapshot<unknown> {
  return def.machine.getPersistedSnapshot(snapshot) as Snapshot<unknown>;
}

/** Starts an application: the first event (the submission) is the machine's input. */
export function start(def: WorkflowDefinition, event: WorkflowEvent): AnyMachineSnapshot {
  const [snapshot] = initialTransition(def.machine, event);
  return snapshot as AnyMachineSnapshot;
}

/** Applies one event; returns null when the machine does not take it. */
export function step(def: WorkflowDefinition, snapshot: AnyMachineSnapshot, event: WorkflowEvent): AnyMachineSnapshot | null {
  return stepWithEffects(def, snapshot, event)?.snapshot ?? null;
}

/**
 * An effect the machine asks for but does not perform: reserving a quota, committing a budget,
 * enqueuing a payment. The machine declares it (`effect()` of the workflow kit in `setup`); the
 * engine runs it in the same transaction as the transition, so a failed effect undoes the step.
 */
export interface Effect {
  type: string;
  params: Record<string, unknown>;
}

/** Effect names: the actions a workflow declares as `effects`, returned rather than executed. */
const inertScopes = new WeakMap<AnyStateMachine, AnyActorScope>();

/**
 * An actor scope for pure transitions of one machine that runs nothing, made once per machine.
 * xstate's `transition()` makes a new one per call, and making it builds an actor, which starts
 * the machine without input: the context factory throws and xstate keeps the error, stack
 * trace and all — a tenth of an action's CPU in the engine (`npm run bench -- --profile`).
 * These machines invoke and spawn nothing, so nothing is ever registered in the scope's system.
 */
function inertScopeOf(machine: AnyStateMachine): AnyActorScope {
  let scope = inertScopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: () => {},
      defer: () => {},
      emit: () => {},
      stopChild: () => {},
      actionExecutor: () => {},
    } as unknown as AnyActorScope;
    inertScopes.set(machine, scope);
  }
  return scope;
}

export function stepWithEffects(
  def: WorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  event: WorkflowEvent,
): { snapshot: AnyMachineSnapshot; effects: Effect[] } | null {
  if (!snapshot.can(event)) return null;
  const actions: Array<{ type: string; params?: unknown }> = [];
  const scope = inertScopeOf(def.machine);
  // the scope's executor collects this transition's actions; a transition is synchronous, so one scope per machine serves every call
  scope.actionExecutor = (action) => void actions.push(action as { type: string; params?: unknown });
  const next = def.machine.transition(snapshot, event, scope);
  const effects = actions
    .filter((action) => (def.effects ?? []).includes(action.type))
    .map((action) => ({ type: action.type, params: (action.params ?? {}) as Record<string, unknown> }));
  return { snapshot: next as AnyMachineSnapshot, effects };
}

/**
 * Replays a transition log from the first event. Throws when an event is refused or lands in
 * another state than the log says, which would mean the log and the machine disagree.
 */
export function replay(def: WorkflowDefinition, log: readonly LoggedEvent[]): AnyMachineSnapshot {
  if (log.length === 0) throw new Error('an empty log cannot be replayed');
  let snapshot = start(def, log[0]!.event);
  log.forEach((entry, index) => {
    if (index > 0) {
      const next = step(def, snapshot, entry.event);
      if (next === null) throw new Error(`replay: entry ${index + 1} (${entry.event.type}) is refused in "${stateOf(snapshot)}"`);
      snapshot = next;
    }
    if (stateOf(snapshot) !== entry.toState) {
      throw new Error(`replay: entry ${index + 1} (${entry.event.type}) leads to "${stateOf(snapshot)}", the log says "${entry.toState}"`);
    }
  });
  return snapshot;
}
