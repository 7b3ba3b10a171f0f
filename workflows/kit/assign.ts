import { assertEvent, assign, type ActionFunction } from 'xstate';
import type { WorkflowEvent } from '../definition';

/**
 * An `assign` written once in the kit for every machine whose context holds the kit's fields
 * (`TFields`) and whose events include the kit's (`TKitEvent`). The kit sees only its part of the
 * context and its own events; the view is widened here, in one place, rather than cast in every
 * action. Each action narrows its event with `assertEvent`, which also checks it at run time.
 */
export function assignKit<TContext extends TFields, TEvent extends WorkflowEvent, TFields extends object, TKitEvent extends WorkflowEvent, TParams = undefined>(
  assigner: (args: { context: TFields; event: TKitEvent }, params: TParams) => Partial<TFields>,
): ActionFunction<TContext, TEvent, TEvent, TParams, never, never, never, never, never> {
  return assign<TContext, TEvent, TParams, TEvent, never>(assigner as unknown as (args: { context: TContext; event: TEvent }, params: TParams) => Partial<TContext>);
}

/**
 * One of the kit's own events, out of a machine's wider event union: XState's `assertEvent`
 * checks the type at run time; the payload is the kit's event shape from then on.
 */
export function kitEvent<TKitEvent extends WorkflowEvent, const T extends TKitEvent['type']>(event: WorkflowEvent, type: T): Extract<TKitEvent, { type: T }> {
  assertEvent(event, type);
  return event as Extract<TKitEvent, { type: T }>;
}
