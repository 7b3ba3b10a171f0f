import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ChangeFeed } from '../db/change-feed';
import { localDateOf } from '../../workflows/rules/fiscal';
import type { Actor } from '../../workflows/rules/roles';
import type { WorkflowEngine } from '../engine/engine';
import { UnauthenticatedError } from '../../workflows/errors';
import type { Loaders } from './loaders';
import type { ReferenceCache } from './reference-cache';

/** Everything a resolver may use; made fresh for every request and every subscription. */
export interface GraphQLContext {
  requestId: string;
  /** this request's logger: every line carries the request id */
  log: Logger;
  /** null for a request without a token */
  actor: Actor | null;
  /** this request's own unit of work (MikroORM refuses the global one on purpose) */
  em: EntityManager;
  engine: WorkflowEngine;
  loaders: Loaders;
  /** committed transitions of every replica, for subscriptions */
  changes: ChangeFeed;
  /** regions, fiscal years and microcredit terms, from memory */
  reference: ReferenceCache;
}

export function requireActor(context: GraphQLContext): Actor {
  if (!context.actor) throw new UnauthenticatedError('sign in: this needs a bearer token');
  return context.actor;
}

/** Today's local date by the engine's clock: the "as of" of schedules and arrears. */
export function todayOf(context: GraphQLContext): string {
  return localDateOf(context.engine.now());
}
