import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-ws';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { session } from './session';

/**
 * GraphiQL from its npm package, built with the console (no CDN: a ministry network without
 * internet still has its IDE). The gateway serves it at /graphql to a browser in development
 * only; the console's sign-in token is put in its headers.
 */
const { token } = session.get();
const websocket = new URL('/graphql', window.location.href);
websocket.protocol = websocket.protocol === 'https:' ? 'wss:' : 'ws:';
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  wsClient: createClient({ url: websocket.toString(), lazy: true, connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}) }),
});
const headers = JSON.stringify(token ? { Authorization: `Bearer ${token}` } : {}, null, 2);

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} initialHeaders={headers} defaultHeaders={headers} defaultQuery={'# Signed in as the console\'s person (see Headers below).\n{\n  me { id userRoles region }\n}\n'} />
  </StrictMode>,
);
