import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { decodeJwt } from 'jose';
import { WebSocketServer, type WebSocket } from 'ws';
import { bearerTokenOf } from '../auth/tokens';
import type { Actor } from '../../workflows/rules/roles';
import type { GraphQLContext } from './context';
import { formatError } from './errors';
import { variableRefusal, variableViolations } from './variable-violations';
import { nestingRefusalFor, PARSE_OPTIONS, tokenRefusalFor } from './limits';
import { withoutSuggestions } from './suggestions';

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  /** the same path as the HTTP endpoint: one URL for queries, mutations and subscriptions */
  path: string;
  schema: GraphQLSchema;
  /** the HTTP endpoint's limits (src/graphql/limits.ts), which run before graphql-js's own rules */
  validationRules: ValidationRule[];
  /** the checks once variables are known (allow-list, cost), as for HTTP; throws the refusal */
  admit: (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined) => void;
  /** told of every operation the websocket accepts, for the metrics */
  onOperation: (operationName: string | null | undefined, type: string) => void;
  production: boolean;
  /** the caller, from the `authorization` connection parameter, exactly as from the HTTP header */
  actorOf: (authorization: unknown) => Promise<Actor | null>;
  contextFor: (requestId: string, actor: Actor | null) => GraphQLContext;
  log: Logger;
}

/** A websocket message is a small JSON document; the HTTP body limit applies here too. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

type ConnectionParams = { authorization?: unknown; Authorization?: unknown };
type ConnectionExtra = { actor: Actor | null };

/** The longest timer Node keeps (about 24.8 days); tokens live far shorter. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** graphql-ws's close code for a refused token; 4403 (Forbidden) would be a valid token's lack of rights. */
const UNAUTHORIZED = 4401;

/** A close frame's reason is at most 123 bytes: the refusal's own message, e.g. "the token has expired". */
function closeReason(error: unknown): string {
  const message = error instanceof Error && error.message ? error.message : 'the token is not valid';
  return Buffer.byteLength(message) <= 123 ? message : 'the token is not valid';
}

/**
 * A websocket outlives the request that opened it: when its token expires the connection is
 * closed with 4401, and the client reconnects with a fresh token, as it would sign in again.
 */
function closeWhenTokenExpires(socket: WebSocket, authorization: unknown): void {
  const token = bearerTokenOf(authorization);
  if (!token) return;
  const { exp } = decodeJwt(token);
  if (typeof exp !== 'number') return;
  const timer = setTimeout(() => socket.close(UNAUTHORIZED, 'the token has expired'), Math.min(MAX_TIMER_MS, Math.max(0, exp * 1000 - Date.now())));
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/**
 * GraphQL over websockets (the graphql-ws protocol) on the HTTP server's own port and path.
 * A subscription passes the same checks as an HTTP operation — the token, the limits, the
 * resolvers' authorisation — and its errors are formatted by the same `formatError`.
 */
export function attachSubscriptions(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { schema, log } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path, maxPayload: MAX_MESSAGE_BYTES });
  const rules = [...specifiedRules, ...options.validationRules, ...(options.production ? [NoSchemaIntrospectionCustomRule] : [])];
  const format = (errors: readonly GraphQLError[], requestId: string | undefined): GraphQLFormattedError[] =>
    errors.map((error) => {
      const answer = formatError(error.toJSON(), error, (e) => log.error({ err: e, requestId }, 'unexpected error'));
      const formatted = options.production ? withoutSuggestions(answer) : answer;
      return { ...formatted, extensions: { ...formatted.extensions, ...(requestId ? { requestId } : {}) } };
    });
  const requestIds = new WeakMap<ExecutionArgs, string>();

  const server = useServer<ConnectionParams, ConnectionExtra>(
    {
      schema,
      // a connection without a token may open, and is refused at each subscription as a request
      // without a token is; a connection with an invalid or expired token is closed at once with
      // 4401, which graphql-ws clients do not retry as they do 4403: the client gets a new token
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          ctx.extra.actor = await options.actorOf(authorization);
        } catch (error) {
          ctx.extra.socket.close(UNAUTHORIZED, closeReason(error));
          // graphql-ws then closes with 4403, which the socket, already closing, ignores
          return false;
        }
        closeWhenTokenExpires(ctx.extra.socket, authorization);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const tooDeep = nestingRefusalFor(payload.query);
        if (tooDeep) return [tooDeep];
        let document: DocumentNode;
        try {
          document = parse(payload.query, PARSE_OPTIONS);
        } catch (error) {
          if (!(error instanceof GraphQLError)) {
            return [new GraphQLError('the document could not be parsed', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
          }
          return [tokenRefusalFor(error.message) ?? withCode(error, 'GRAPHQL_PARSE_FAILED')];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
          return [new GraphQLError('name the operation to run (operationName)', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
        }
        try {
          options.admit(document, payload.variables ?? undefined, payload.operationName);
        } catch (error) {
          return [error as GraphQLError];
        }
        // variables that do not fit their types: one VALIDATION with every violation, as over HTTP
        const violations = variableViolations(schema, document, operation, payload.variables ?? undefined);
        if (violations.length > 0) return [variableRefusal(violations)];
        const operationName = payload.operationName ?? operation.name?.value ?? null;
        options.onOperation(operationName, operation.operation);
        const requestId = randomUUID();
        const context = options.contextFor(requestId, ctx.extra.actor ?? null);
        context.log.info({ operation: operationName, type: operation.operation, actor: ctx.extra.actor?.id ?? null }, 'graphql-ws operation');
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context,
        };
        requestIds.set(args, requestId);
        return args;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: format(result.errors, requestIds.get(args)) };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors, undefined),
    },
    wsServer,
  );

  return {
    async close() {
      await server.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
