import type { EventInput } from '../engine/engine';
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

/**
 * Sends one event through the engine: the machine decides, the resolver only translates. Every
 * action mutation of every kind comes through here; who may send what is the machine's.
 */
export async function act(ctx: GraphQLContext, input: ActionInput, event: EventInput): Promise<ApplicationNode> {
  const actor = requireActor(ctx);
  // previewAction runs the mutation itself up to here, and sends the event to a rolled-back preview
  if (dryRuns.has(ctx)) throw new WouldSend(event);
  const row = await ctx.engine.send(input.applicationId, event, actor, input.expectedVersion ?? undefined);
  return applicationView(row, todayOf(ctx));
}
