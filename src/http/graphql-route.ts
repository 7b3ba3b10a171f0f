import { HeaderMap, type ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Router, type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../config';
import type { GraphQLContext } from '../graphql/context';
import { MAX_BATCH_OPERATIONS, nestingRefusalFor } from '../graphql/limits';
import type { RequestContexts } from '../graphql/request-context';
import { assignRequestId, jsonBody, requestIdOf } from './app';
import { corsPolicy } from './cors';

/**
 * What is refused before Apollo sees the body: a batch of more than MAX_BATCH_OPERATIONS, and a
 * document nested too deep, checked on the text before Apollo's parser recurses into it.
 */
const refuseOversizedDocuments: RequestHandler = (req, res, next) => {
  if (Array.isArray(req.body) && req.body.length > MAX_BATCH_OPERATIONS) {
    res.status(400).json({
      errors: [
        {
          message: `a batch carries at most ${MAX_BATCH_OPERATIONS} operations; this one has ${req.body.length}`,
          extensions: { code: 'BATCH_TOO_LARGE', maxBatch: MAX_BATCH_OPERATIONS },
        },
      ],
    });
    return;
  }
  const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body, req.query];
  for (const operation of operations) {
    const query = (operation as { query?: unknown } | undefined)?.query;
    const tooDeep = typeof query === 'string' ? nestingRefusalFor(query) : null;
    if (tooDeep) {
      res.status(400).json({ errors: [{ message: tooDeep.message, extensions: { code: tooDeep.extensions.code, limit: tooDeep.extensions.limit } }] });
      return;
    }
  }
  next();
};

/**
 * A refused token (answered before any plugin runs) carries the request id in its extensions, as
 * every other error does, and a 401 its `WWW-Authenticate` challenge (RFC 6750).
 */
function refusedToken(error: unknown, requestId: string): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const http = error.extensions.http as { status?: number } | undefined;
  const challenge = http?.status === 401 ? { http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]) } } : {};
  return new GraphQLError(error.message, { originalError: error.originalError ?? undefined, extensions: { ...error.extensions, ...challenge, requestId } });
}

/** POST and GET /graphql: the request id, CORS, the body limit, the refusals above, then Apollo with a fresh context per request. */
export function graphqlRoute(apollo: ApolloServer<GraphQLContext>, requests: RequestContexts, corsOrigins: Config['corsOrigins']): Router {
  const router = Router();
  router.use(
    '/graphql',
    assignRequestId,
    corsPolicy(corsOrigins, ['GET', 'POST']),
    jsonBody(),
    refuseOversizedDocuments,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(req, res);
        const actor = await requests.actorOf(req.header('authorization')).catch((error: unknown) => {
          throw refusedToken(error, requestId);
        });
        return requests.contextFor(requestId, actor);
      },
    }),
  );
  return router;
}
