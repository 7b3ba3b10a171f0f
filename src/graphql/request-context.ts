import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { bearerTokenOf, type TokenService } from '../auth/tokens';
import type { ChangeFeed } from '../db/change-feed';
import type { Actor } from '../../workflows/rules/roles';
import type { WorkflowEngine } from '../engine/engine';
import { AppError, UnauthenticatedError } from '../../workflows/errors';
import type { GraphQLContext } from './context';
import { createLoaders } from './loaders';
import type { ReferenceCache } from './reference-cache';

/** How a request (HTTP) or an operation (websocket) gets its caller and its context. */
export interface RequestContexts {
  /** who the caller is, from an `Authorization: Bearer` value (HTTP header or websocket connection parameter) */
  actorOf(authorization: unknown): Promise<Actor | null>;
  /** a fresh context: its own unit of work, its own loaders, a logger carrying the request id */
  contextFor(requestId: string, actor: Actor | null): GraphQLContext;
}

export interface RequestContextDependencies {
  orm: MikroORM;
  engine: WorkflowEngine;
  changes: ChangeFeed;
  reference: ReferenceCache;
  tokens: TokenService;
  log: Logger;
}

/** The context factory both transports share; a bad token is refused with 401 before anything runs. */
export function requestContexts(dependencies: RequestContextDependencies): RequestContexts {
  const { orm, engine, changes, reference, tokens, log } = dependencies;
  return {
    async actorOf(authorization) {
      if (authorization === undefined || authorization === null) return null;
      const token = bearerTokenOf(authorization);
      try {
        if (!token) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
        return await tokens.verify(token);
      } catch (error) {
        const cause = error instanceof AppError ? error : new UnauthenticatedError('the token is not valid');
        throw new GraphQLError(cause.message, { originalError: cause, extensions: { code: cause.code, http: { status: 401 } } });
      }
    },
    contextFor(requestId, actor) {
      const em = orm.em.fork();
      return { requestId, log: log.child({ requestId }), actor, em, engine, loaders: createLoaders(em), changes, reference };
    },
  };
}
