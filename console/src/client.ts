import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { possibleTypes, typePolicies } from '../../schema/client';
import { session } from './session';

/** the websocket's close code for a refused or expired token (src/graphql/subscriptions.ts) */
const TOKEN_REFUSED = 4401;

const reconnectListeners = new Set<() => void>();

/**
 * Called after the websocket came back from a drop: a page that shows live data reads it again,
 * since events sent while the socket was down are not replayed.
 */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

const liveListeners = new Set<() => void>();
let live: 'connecting' | 'live' | 'reconnecting' = 'connecting';

/**
 * Whether live updates flow: `reconnecting` once an open websocket dropped, until it is back
 * (for `useSyncExternalStore`).
 */
export const liveUpdates = {
  get: () => live,
  subscribe(listener: () => void): () => void {
    liveListeners.add(listener);
    return () => liveListeners.delete(listener);
  },
};

function setLive(next: typeof live): void {
  if (next === live) return;
  live = next;
  for (const listener of liveListeners) listener();
}

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

function websocketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * The console's one Apollo Client: queries and mutations over HTTP, subscriptions over
 * graphql-ws, both with the signed-in token; the cache normalized with the client package's
 * possibleTypes and type policies. A refused token sends the person back to sign in without
 * leaving the page; a dropped websocket reconnects and tells the pages to read again.
 */
export function createConsoleClient(): { client: ApolloClient; ws: WsClient } {
  let connectedBefore = false;
  const ws = createClient({
    url: websocketUrl(),
    lazy: true,
    connectionParams: () => {
      const { token } = session.get();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // a refused token too: the next try reads the token again, the one the person signs in with
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries))),
    on: {
      connected: () => {
        setLive('live');
        if (connectedBefore) for (const listener of reconnectListeners) listener();
        connectedBefore = true;
      },
      closed: (event) => {
        if (connectedBefore) setLive('reconnecting');
        if (event && typeof event === 'object' && 'code' in event && event.code === TOKEN_REFUSED) session.expire();
      },
    },
  });
  const auth = new SetContextLink((previous) => {
    const { token } = session.get();
    return { headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const errors = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) session.expire();
  });
  const http = new HttpLink({ uri: '/graphql' });
  const link = ApolloLink.from([
    errors,
    ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(ws), auth.concat(http)),
  ]);
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({ possibleTypes, typePolicies }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return { client, ws };
}

/** The typed refusal of a GraphQL error, as the gateway answers it (README: stable codes). */
export interface Refusal {
  code: string;
  message: string;
  violations: Array<{ field: string; rule: string; message: string }>;
}

export function refusalOf(error: unknown): Refusal {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const violations = error.errors.flatMap((e) => (Array.isArray(e.extensions?.violations) ? (e.extensions.violations as Refusal['violations']) : []));
    return { code: String(first?.extensions?.code ?? 'ERROR'), message: first?.message ?? 'the gateway refused', violations };
  }
  if (ServerError.is(error)) return { code: `HTTP_${error.statusCode}`, message: `the gateway answered HTTP ${error.statusCode}`, violations: [] };
  return { code: 'NETWORK', message: error instanceof Error ? error.message : 'the gateway could not be reached', violations: [] };
}
