import http from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

/**
 * PostGraphile 4 over the gateway's own tables, as its documentation sets it up for production
 * (no GraphiQL, no query log, no watch, no stack traces): the schema it generates from the
 * `public` schema, its connections, conditions and orderings, and nothing added. It only reads:
 * its connections are read-only sessions (`default_transaction_read_only`), so no generated
 * mutation or function could change the data, at no cost per request.
 */
export function postgraphileServer(databaseUrl: string, poolSize: number): { server: http.Server; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c default_transaction_read_only=on' });
  pool.on('error', () => {});
  const handler = postgraphile(pool, 'public', {
    disableDefaultMutations: true,
    graphiql: false,
    disableQueryLog: true,
    watchPg: false,
    retryOnInitFail: false,
    setofFunctionsContainNulls: false,
    legacyRelations: 'omit',
    ignoreRBAC: false,
    showErrorStack: false,
    enableQueryBatching: false,
  });
  return { server: http.createServer(handler), pool };
}
