import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { Role } from '../rules/roles';
import type { GuardRule, WorkflowDefinition, WorkflowEvent } from '../definition';

/** The parameters every guarded transition carries: who may send its event. */
export interface RoleParams {
  roles: readonly Role[];
}

/**
 * A transition's guard: the named rule, and the roles that may send the event. The roles live
 * on the transition, so the machine is the one place that says who may do what;
 * {@link defineWorkflow} reads them back for the API.
 *
 * @example
 * RECOMMEND: { guard: by('withRecommendation', 'reviewer'), target: 'recommended', actions: 'recordRecommendation' }
 */
export function by<const G extends string, const R extends readonly Role[]>(guard: G, ...roles: R): { type: G; params: { roles: R } } {
  return { type: guard, params: { roles } };
}

/**
 * Builds XState guard implementations from rules: every guard checks the sender's role (its
 * transition's `roles`) first, then the rule's own checks. The machine thus refuses on its own,
 * without the engine.
 */
export function guardsFrom<TContext, TEvent extends WorkflowEvent, K extends string>(
  rules: Record<K, GuardRule<TContext, TEvent>>,
): Record<K, (args: { context: TContext; event: TEvent }, params: RoleParams) => boolean> {
  const guards = {} as Record<K, (args: { context: TContext; event: TEvent }, params: RoleParams) => boolean>;
  for (const name of Object.keys(rules) as K[]) {
    const rule = rules[name];
    guards[name] = ({ context, event }, params) =>
      event.actor.roles.some((role) => params.roles.includes(role)) &&
      (rule.actor?.(context, event) ?? null) === null &&
      (rule.event?.(context, event) ?? null) === null;
  }
  return guards;
}

const EFFECT = Symbol('workflow effect');

/** An action the machine asks for and the engine performs (see `Effect` in definition.ts). */
export type EffectAction<TParams> = ((_args: unknown, _params: TParams) => void) & { readonly [EFFECT]: true };

/**
 * Declares an effect: an action with no implementation in the machine, returned by a transition
 * for the engine to run in the same database transaction. {@link defineWorkflow} lists them.
 *
 * @example
 * setup({ actions: { reserveBudget: effect<{ amount: string }>() } })
 */
export function effect<TParams = undefined>(): EffectAction<TParams> {
  return Object.assign((_args: unknown, _params: TParams) => {}, { [EFFECT]: true as const });
}

function nodesOf(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states as Record<string, AnyStateNode>).flatMap(nodesOf)];
}

function rolesOfGuard(guard: unknown): readonly Role[] | undefined {
  if (guard && typeof guard === 'object' && 'params' in guard) {
    const params = (guard as { params?: Partial<RoleParams> }).params;
    return Array.isArray(params?.roles) ? params.roles : undefined;
  }
  return undefined;
}

/** Who may send each event, read from the guards of the machine's transitions. */
export function eventRolesOf(machine: AnyStateMachine): Record<string, readonly Role[]> {
  const roles: Record<string, readonly Role[]> = {};
  for (const node of nodesOf(machine.root)) {
    for (const [eventType, transitions] of node.transitions) {
      for (const transition of transitions) {
        const own = rolesOfGuard(transition.guard);
        if (own === undefined) throw new Error(`${machine.id}: ${eventType} in "${node.key}" does not say who may send it (guard: by(rule, ...roles))`);
        const known = roles[eventType];
        if (known !== undefined && known.join() !== own.join()) {
          throw new Error(`${machine.id}: ${eventType} is sent by ${known.join(', ')} in one state and by ${own.join(', ')} in "${node.key}"`);
        }
        roles[eventType] = own;
      }
    }
  }
  return roles;
}

/** The states in which nothing more can happen. */
export function finalStatesOf(machine: AnyStateMachine): string[] {
  return nodesOf(machine.root).filter((node) => node.type === 'final').map((node) => node.key);
}

/** The names of the machine's actions declared with {@link effect}. */
export function effectsOf(machine: AnyStateMachine): string[] {
  return Object.entries(machine.implementations.actions)
    .filter(([, action]) => typeof action === 'function' && EFFECT in action)
    .map(([name]) => name);
}

/** What a workflow says of itself; the rest of its definition is read from its machine. */
export type WorkflowSpec<TContext, TEvent extends WorkflowEvent> = Omit<WorkflowDefinition<TContext, TEvent>, 'eventRoles' | 'finalStates' | 'effects'>;

/**
 * A workflow definition whose event roles, final states and effects are derived from its
 * machine, so nothing restates what the machine config already says.
 *
 * @example
 * export const grantWorkflowV1 = defineWorkflow({ kind: 'grant', version: 1, machine: grantMachineV1, rules, ... });
 */
export function defineWorkflow<TContext, TEvent extends WorkflowEvent>(spec: WorkflowSpec<TContext, TEvent>): WorkflowDefinition<TContext, TEvent> {
  return {
    ...spec,
    eventRoles: eventRolesOf(spec.machine),
    finalStates: finalStatesOf(spec.machine),
    effects: effectsOf(spec.machine),
  };
}
