import cors from 'cors';
import type { RequestHandler } from 'express';
import type { Config } from '../config';

/**
 * Response headers a browser client may read besides the CORS-safelisted ones: the request id
 * (to quote in an error report), the challenge of a 401, and the CSV report's file name.
 */
export const EXPOSED_HEADERS = ['x-request-id', 'www-authenticate', 'content-disposition'];

/** How long a browser may reuse a preflight's answer (Chromium caps it at two hours). */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * The one CORS policy of the gateway's HTTP routes: the configured origins (`CORS_ORIGINS`) may
 * read the answers; no credentials (the API takes bearer tokens, never cookies). A request from
 * another origin is still answered — CORS is the browser's rule — but without
 * `Access-Control-Allow-Origin`, so a foreign page can neither read it nor pass the preflight an
 * `Authorization` header needs.
 *
 * @example
 * router.use('/graphql', corsPolicy(config.corsOrigins, ['GET', 'POST']), …);
 */
export function corsPolicy(origins: Config['corsOrigins'], methods: string[]): RequestHandler {
  return cors({
    origin: origins === '*' ? '*' : origins,
    methods,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    credentials: false,
  });
}
