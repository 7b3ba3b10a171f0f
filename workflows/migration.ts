import type { AnyMachineSnapshot, AnyStateNode } from 'xstate';
import {
  explainRefusal,
  start,
  stateOf,
  step,
  type LoggedEvent,
  type WorkflowDefinition,
  type WorkflowEvent,
} from './definition';
import type { Violation } from './errors';
import type { Role } from './rules/roles';

// ---------------------------------------------------------------------------------------------
// Moving an application from one machine version to another (Camunda's process-instance
// migration is the model): an administrator declares which state of the old version each
// application goes to in the new one; the new version's `adopt` makes the context its own, or
// says why it does not fit. The move is an event of the log (MIGRATE), so a replay switches
// machines where the log says and still reproduces the stored snapshot.
// ---------------------------------------------------------------------------------------------

/** The event type of a migration in the transition log; no machine accepts it as an action. */
export const MIGRATE = 'MIGRATE';

/** One line of a migration's state mapping: where an application in `from` goes. */
export interface StateMapping {
  from: string;
  to: string;
}

/** The logged event of one application's migration: who, why, from which version and state to which. */
export interface MigrateEvent extends WorkflowEvent {
  type: typeof MIGRATE;
  /** the run it belongs to: every application moved by one request carries the same id */
  migrationId: string;
  fromVersion: number;
  toVersion: number;
  fromState: string;
  toState: string;
  reason: string;
  /** its business date: the day of the migration in the programme's time zone (YYYY-MM-DD) */
  on: string;
  /** what the target version's adoption needed to know (its `factsFor.MIGRATE`) */
  facts?: Record<string, unknown>;
}

export function isMigrateEvent(event: WorkflowEvent): event is MigrateEvent {
  return event.type === MIGRATE;
}

function topStates(def: WorkflowDefinition): AnyStateNode[] {
  return Object.values(def.machine.root.states as Record<string, AnyStateNode>);
}

/** States an application can rest in (not final, not left at once by an unguarded eventless transition). */
export function restingStates(def: WorkflowDefinition): string[] {
  return topStates(def)
    .filter((node) => node.type !== 'final' && !(node.always ?? []).some((t) => !t.guard))
    .map((node) => node.key);
}

/**
 * What is wrong with a migration plan, before any application is looked at: the versions, the
 * mapping's states (each `from` a resting state of the source version, once; each `to` a
 * resting state of the target) and whether the target takes over the source at all. Fields are
 * the input's (`toVersion`, `stateMapping.1.to`).
 */
export function planViolations(from: WorkflowDefinition, to: WorkflowDefinition, mapping: readonly StateMapping[]): Violation[] {
  const violations: Violation[] = [];
  if (!to.adopt) {
    violations.push({ field: 'toVersion', rule: 'NO_MIGRATION_PATH', message: `${to.kind} version ${to.version} does not take over applications of another version` });
  }
  const fromStates = new Set(topStates(from).map((n) => n.key));
  const toStates = new Set(topStates(to).map((n) => n.key));
  const fromResting = new Set(restingStates(from));
  const toResting = new Set(restingStates(to));
  const seen = new Set<string>();
  mapping.forEach((line, i) => {
    if (!fromStates.has(line.from)) {
      violations.push({ field: `stateMapping.${i}.from`, rule: 'STATE_UNKNOWN', message: `${from.kind} version ${from.version} has no state "${line.from}"` });
    } else if (!fromResting.has(line.from)) {
      violations.push({ field: `stateMapping.${i}.from`, rule: 'STATE_NOT_IN_FLIGHT', message: `no application is in flight in "${line.from}": it is final or left at once` });
    } else if (seen.has(line.from)) {
      violations.push({ field: `stateMapping.${i}.from`, rule: 'DUPLICATE_STATE', message: `"${line.from}" is mapped twice` });
    }
    seen.add(line.from);
    if (!toStates.has(line.to)) {
      violations.push({ field: `stateMapping.${i}.to`, rule: 'STATE_UNKNOWN', message: `${to.kind} version ${to.version} has no state "${line.to}"` });
    } else if (!toResting.has(line.to)) {
      violations.push({ field: `stateMapping.${i}.to`, rule: 'STATE_NOT_IN_FLIGHT', message: `an application cannot be moved into "${line.to}": it is final or left at once` });
    }
  });
  return violations;
}

/** A probe of every action by every role that may send it: a guard that cannot read the context throws here. */
function probe(def: WorkflowDefinition, snapshot: AnyMachineSnapshot, at: string): string | null {
  for (const [type, roles] of Object.entries(def.eventRoles)) {
    for (const role of roles as readonly Role[]) {
      try {
        explainRefusal(def, snapshot, { type, actor: { id: 'migration-probe', roles: [role] }, at }, { actorOnly: true });
      } catch (error) {
        return `${type} cannot be judged on it (${error instanceof Error ? error.message : String(error)})`;
      }
    }
  }
  return null;
}

/**
 * One application's snapshot moved to the target version, or why it cannot move: its state is
 * not the event's `fromState`, the target does not adopt its context, or the adopted context
 * does not fit the target machine (it cannot be restored in the mapped state, or the target's
 * rules cannot be evaluated on it). Pure: the engine and the replay both call it.
 */
export function migrateSnapshot(
  from: WorkflowDefinition,
  to: WorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  event: MigrateEvent,
): { snapshot: AnyMachineSnapshot } | { reasons: Violation[] } {
  const state = stateOf(snapshot);
  if (state !== event.fromState) {
    return { reasons: [{ field: 'state', rule: 'STATE_CHANGED', message: `the application is "${state}", not "${event.fromState}"` }] };
  }
  if (!to.adopt) return { reasons: [{ field: 'toVersion', rule: 'NO_MIGRATION_PATH', message: `${to.kind} version ${to.version} takes over no other version` }] };
  const adopted = to.adopt({ version: from.version, state, context: snapshot.context }, event);
  if ('reasons' in adopted) return adopted;
  let moved: AnyMachineSnapshot;
  try {
    moved = to.machine.resolveState({ value: event.toState, context: adopted.context as Record<string, unknown> }) as AnyMachineSnapshot;
  } catch (error) {
    return { reasons: [{ field: 'context', rule: 'CONTEXT_DOES_NOT_FIT', message: `version ${to.version} cannot restore it in "${event.toState}": ${error instanceof Error ? error.message : String(error)}` }] };
  }
  if (stateOf(moved) !== event.toState) {
    return { reasons: [{ field: 'context', rule: 'CONTEXT_DOES_NOT_FIT', message: `version ${to.version} restores it in "${stateOf(moved)}", not "${event.toState}"` }] };
  }
  const unreadable = probe(to, moved, event.at);
  if (unreadable) return { reasons: [{ field: 'context', rule: 'CONTEXT_DOES_NOT_FIT', message: `its context does not fit version ${to.version}: ${unreadable}` }] };
  return { snapshot: moved };
}

/** One row of the transition log as a version-aware replay needs it: with the machine version it was written under. */
export interface VersionedLogEntry extends LoggedEvent {
  machineVersion: number;
}

/**
 * Replays a transition log across machine versions: from the version of its first row, stepping
 * each event through the machine of its segment, and at each MIGRATE row moving the snapshot to
 * the row's version exactly as the migration did. Throws where the log and the machines disagree
 * (an event refused, another state than logged, a row under another version than the segment's).
 *
 * @example
 * const { def, snapshot } = replayAcrossVersions(log, (version) => workflowFor('grant', version));
 */
export function replayAcrossVersions(
  log: readonly VersionedLogEntry[],
  versionOf: (version: number) => WorkflowDefinition,
): { def: WorkflowDefinition; snapshot: AnyMachineSnapshot } {
  if (log.length === 0) throw new Error('an empty log cannot be replayed');
  let def = versionOf(log[0]!.machineVersion);
  let snapshot = start(def, log[0]!.event);
  log.forEach((entry, index) => {
    const where = `replay: entry ${index + 1} (${entry.event.type})`;
    if (index > 0 && isMigrateEvent(entry.event)) {
      const event = entry.event;
      if (event.fromVersion !== def.version) throw new Error(`${where} migrates from version ${event.fromVersion}, the log is on version ${def.version}`);
      const target = versionOf(event.toVersion);
      const moved = migrateSnapshot(def, target, snapshot, event);
      if ('reasons' in moved) throw new Error(`${where} cannot be replayed: ${moved.reasons.map((r) => r.message).join('; ')}`);
      def = target;
      snapshot = moved.snapshot;
    } else if (index > 0) {
      const next = step(def, snapshot, entry.event);
      if (next === null) throw new Error(`${where} is refused in "${stateOf(snapshot)}"`);
      snapshot = next;
    }
    if (entry.machineVersion !== def.version) throw new Error(`${where} is logged under version ${entry.machineVersion}, the replay is on version ${def.version}`);
    if (stateOf(snapshot) !== entry.toState) throw new Error(`${where} leads to "${stateOf(snapshot)}", the log says "${entry.toState}"`);
  });
  return { def, snapshot };
}
