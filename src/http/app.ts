import express from 'express';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

/** The largest request body the gateway reads (the websocket's message limit is the same). */
const BODY_LIMIT = '1mb';
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** A JSON body of at most 1 MB; a larger or unreadable one is answered by the app's error handler. */
export function jsonBody(): express.RequestHandler {
  return express.json({ limit: BODY_LIMIT });
}

/**
 * The caller's x-request-id when it is a plain token, a new one otherwise; sent back in the
 * response's header. Chosen once per request: a second call answers the same id.
 */
export function requestIdOf(req: express.Request, res: express.Response): string {
  const assigned: unknown = res.locals.requestId;
  if (typeof assigned === 'string') return assigned;
  const incoming = req.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  res.locals.requestId = requestId;
  return requestId;
}

/** Gives the request its id before anything can refuse it, so every answer carries the header. */
export const assignRequestId: express.RequestHandler = (req, res, next) => {
  requestIdOf(req, res);
  next();
};

/**
 * A body that cannot be read (too large, not JSON) is answered as GraphQL errors are, never with
 * express's HTML page and its stack trace.
 */
function unreadableBody(log: Logger): express.ErrorRequestHandler {
  return (error: { status?: number; type?: string }, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    if (status === 500) log.error({ err: error, path: req.path }, 'unexpected error');
    const message =
      status === 413 ? 'the request body is larger than the 1 MB the gateway accepts' : status === 500 ? 'internal error' : 'the request body is not valid JSON';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

export interface HttpApp {
  /** the HTTP server, there before it listens: the websocket server and Apollo's drain attach to it */
  server: http.Server;
  /** mounts the routes in order, then the error handler, and listens; resolves with the port */
  serve(routes: express.Router[], address: { port: number; host: string }): Promise<number>;
}

/** The express app and its HTTP server. */
export function createHttpApp(log: Logger): HttpApp {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  return {
    server,
    async serve(routes, address) {
      for (const route of routes) app.use(route);
      app.use(unreadableBody(log));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(address.port, address.host, () => resolve());
      });
      return (server.address() as AddressInfo).port;
    },
  };
}
