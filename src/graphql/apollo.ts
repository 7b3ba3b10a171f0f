import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { Logger } from 'pino';
import type { GatewayMetrics } from '../observability/metrics';
import type { Admission } from './admission';
import type { GraphQLContext } from './context';
import { formatError } from './errors';
import { unauthenticatedStatusPlugin } from './http-status';
import { PARSE_OPTIONS } from './limits';
import { withoutSuggestions } from './suggestions';
import { variableRefusal, variableViolations } from './variable-violations';

export interface ApolloOptions {
  schema: GraphQLSchema;
  httpServer: http.Server;
  /** the websocket server on the same HTTP server, drained with it */
  subscriptions: { close(): Promise<void> };
  admission: Admission;
  metrics: GatewayMetrics;
  /** introspection, field suggestions and the landing page off */
  production: boolean;
  log: Logger;
}

/**
 * A request that carries one of these headers was preflighted by a browser (none of them is
 * CORS-safelisted), so a GET carrying one is not a cross-site forgery: Apollo's two, and
 * `authorization`, which every signed-in frontend sends anyway. A GET with none of them and no
 * JSON content type (a link, an <img>, a form) is refused with 400 BAD_REQUEST naming them.
 * The one `authorization` a browser adds by itself is a proxy's HTTP Basic credentials; the
 * gateway refuses anything but a valid Bearer token with 401 before an operation runs.
 */
export const CSRF_PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'];

/** Apollo's error for an APQ whose sha256Hash is not the hash of the text sent with it. */
const APQ_HASH_MISMATCH = 'provided sha does not match query';

/**
 * Apollo answers an APQ hash mismatch with a GraphQLError without a code (so INTERNAL_SERVER_ERROR);
 * it is the client's mistake, answered with a code of its own and nothing logged.
 */
function apqHashMismatch(error: unknown): GraphQLFormattedError | null {
  if (!(error instanceof GraphQLError) || error.message !== APQ_HASH_MISMATCH || error.extensions.code !== undefined) return null;
  return {
    message: 'the persistedQuery sha256Hash is not the SHA-256 of the query sent with it',
    extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' },
  };
}

/** websockets are closed with the HTTP server: subscriptions complete, then sockets close */
function drainSubscriptions(subscriptions: { close(): Promise<void> }): ApolloServerPlugin<GraphQLContext> {
  return {
    async serverWillStart() {
      return { drainServer: () => subscriptions.close() };
    },
  };
}

/** the allow-list, and the cost limit, which needs the variables (`first: $first`) */
function admissionPlugin(admission: Admission): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          admission.admit(document, request.variables, operationName);
        },
      };
    },
  };
}

/**
 * Variables that do not fit their types (a bad enum value, a missing required field, a number for
 * a string) are refused here, all of them in one `VALIDATION` with `violations` placed by their
 * input paths, before graphql-js would refuse them one error per variable with the path only in
 * its message. Nothing runs; after the admission checks, whose refusals come first.
 */
const variablesPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const violations = variableViolations(schema, document, operation, request.variables);
        if (violations.length > 0) throw variableRefusal(violations);
      },
    };
  },
};

/** one log line per request; the request id is in the x-request-id header and in every error, to find that line */
const requestLogPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    const started = performance.now();
    return {
      async willSendResponse({ response, contextValue, request, operationName }) {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        contextValue?.log?.info(
          {
            operation: operationName ?? request.operationName ?? null,
            ms: Math.round(performance.now() - started),
            actor: contextValue.actor?.id ?? null,
            errors: errors.map((e) => e.extensions?.code ?? null),
          },
          'graphql request',
        );
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
          ...error,
          extensions: { ...error.extensions, requestId: contextValue.requestId },
        }));
      },
    };
  },
};

/** The Apollo server over HTTP, started: its limits, its one error formatter and its plugins. */
export async function startApollo(options: ApolloOptions): Promise<ApolloServer<GraphQLContext>> {
  const { production, log } = options;
  const apollo = new ApolloServer<GraphQLContext>({
    schema: options.schema,
    introspection: !production,
    // each operation of a batch passes every limit on its own; the batch itself is capped in src/http/graphql-route.ts
    allowBatchedHttpRequests: true,
    // the token limit; a hash-only (APQ) request's stored text and each operation of a batch are parsed here too
    parseOptions: PARSE_OPTIONS,
    validationRules: options.admission.validationRules,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: { requestHeaders: CSRF_PREFLIGHT_HEADERS },
    formatError: (formatted, error) => {
      const answer = apqHashMismatch(error) ?? formatError(formatted, error, (e) => log.error({ err: e, path: formatted.path }, 'unexpected error'));
      // an error answered before the plugins run (a refused token) carries its request id already
      const requestId = formatted.extensions?.requestId;
      const withId = typeof requestId === 'string' ? { ...answer, extensions: { ...answer.extensions, requestId } } : answer;
      return production ? withoutSuggestions(withId) : withId;
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      drainSubscriptions(options.subscriptions),
      admissionPlugin(options.admission),
      variablesPlugin,
      requestLogPlugin,
      options.metrics.apolloPlugin,
      unauthenticatedStatusPlugin,
      // the gateway sets no cache hints; the plugin would wrap every field resolver for nothing
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  return apollo;
}
