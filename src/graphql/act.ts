import { ArgumentValidationError } from 'type-graphql';
import type { EventInput } from '../engine/engine';
import { ValidationError } from '../../workflows/errors';
import type { CheckedForm } from './kinds/form';
import { requireActor, todayOf, type GraphQLContext } from './context';
import type { ActionInput } from './types/inputs';
import type { ApplicationNode } from './types/application.type';
import { applicationView } from './views';

/** Thrown by `act` in a dry run instead of sending: the event the mutation would have sent. */
export class WouldSend extends Error {
  constructor(readonly event: EventInput) {
    super('dry run: the event was not sent');
  }
}

const dryRuns = new WeakSet<GraphQLContext>();

/** Marks a context as a dry run's (dry-run.ts): `act` hands its event back instead of sending it. */
export function markDryRun(context: GraphQLContext): void {
  dryRuns.add(context);
}

/** Leaves out absent optional fields, so the logged event holds only what was sent. */
export function present(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined && value !== null));
}

/** The fields of every action's input that say which application, and which version of it. */
const ADDRESSING = new Set(['applicationId', 'expectedVersion']);

/**
 * Sends one event through the engine: the machine decides, the resolver only translates. Every
 * action mutation of every kind comes through here; who may send what is the machine's. A `form`
 * (a resubmission's, validated by the resolver) with errors is refused with the screening's
 * reasons for the event, in one `VALIDATION`, and nothing is written.
 */
export async function act(ctx: GraphQLContext, input: ActionInput, payload: EventInput, form?: CheckedForm): Promise<ApplicationNode> {
  const actor = requireActor(ctx);
  // the business date travels with the event (the engine decides and checks it), dry runs included
  const event: EventInput = input.occurredOn ? { ...payload, occurredOn: input.occurredOn } : payload;
  const refusedForm = form && form.violations.length > 0 ? form : undefined;
  // previewAction runs the mutation itself up to here, and sends the event to a rolled-back preview;
  // it reads class-validator's refusal as it would have read type-graphql's
  if (dryRuns.has(ctx)) throw refusedForm ? new ArgumentValidationError(refusedForm.errors) : new WouldSend(event);
  // an application that cannot be addressed cannot be screened: the form's errors alone
  if (refusedForm?.violations.some((violation) => ADDRESSING.has(violation.field))) throw new ValidationError(refusedForm.violations);
  const row = await ctx.engine.send(input.applicationId, event, actor, input.expectedVersion ?? undefined, form);
  return applicationView(row, todayOf(ctx));
}
