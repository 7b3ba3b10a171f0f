import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { GatewayClaims, TokenService } from '../auth/tokens';
import type { Config } from '../config';
import { DEMO_APPLICANTS, DEMO_STAFF, applicantActor } from '../seed/demo';
import { assignRequestId, jsonBody } from './app';

/** The console's built files (`npm run console:build`, which `npm run build` runs). */
export const CONSOLE_PATH = '/console';

/** A person the embedded demo may sign in as, by the role shown on the sign-in page. */
export interface DemoPerson {
  role: string;
  label: string;
  claims: GatewayClaims;
}

export interface ConsoleOptions {
  /** the folder of index.html and assets/ */
  dir: string;
  /**
   * The embedded demo's people and a way to sign their tokens: given only when the gateway runs
   * on its embedded database with a generated secret and demo data, never in production.
   */
  demo?: { people: DemoPerson[]; mint(claims: GatewayClaims, ttlSeconds: number): Promise<string> };
  /**
   * GraphiQL (built with the console from the `graphiql` package) at GET /graphql for a browser:
   * in development only; production answers there as Apollo does, without a landing page
   */
  graphiql: boolean;
}

/** a demo token lasts a working day, as `npm start`'s banner tokens do */
const DEMO_TOKEN_SECONDS = 12 * 3600;

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Console not built</title></head>
<body><main><h1>The console is not built</h1><p>Run <code>npm run console:build</code> (or <code>npm start</code>, which builds it) and reload.</p></main></body></html>`;

/**
 * The operator console at /console: its built files, with long caching for the hashed assets and
 * none for index.html (a new build is seen at the next load). In the embedded demo only,
 * `GET /console/demo/people` and `POST /console/demo/token` let the sign-in page pick a role.
 */
export function consoleRoutes(options: ConsoleOptions): Router {
  const router = Router();
  const index = path.join(options.dir, 'index.html');
  const { demo } = options;
  if (demo) {
    router.get(`${CONSOLE_PATH}/demo/people`, assignRequestId, (_req, res) => {
      res.setHeader('cache-control', 'no-store');
      res.json({ people: demo.people.map(({ role, label, claims }) => ({ role, label, region: claims.region ?? null })) });
    });
    router.post(`${CONSOLE_PATH}/demo/token`, assignRequestId, jsonBody(), async (req, res) => {
      const role: unknown = (req.body as { role?: unknown } | undefined)?.role;
      const person = demo.people.find((p) => p.role === role);
      if (!person) {
        res.status(400).json({ error: { code: 'VALIDATION', message: `role is one of ${demo.people.map((p) => p.role).join(', ')}` } });
        return;
      }
      res.setHeader('cache-control', 'no-store');
      res.json({ token: await demo.mint(person.claims, DEMO_TOKEN_SECONDS) });
    });
  }
  if (options.graphiql) {
    const ide = path.join(options.dir, 'graphiql.html');
    // a browser opening /graphql (no operation in the URL) gets the IDE; any client's GET or POST
    // with an operation goes on to Apollo
    // middleware, not a GET route: a route would make Express answer an OPTIONS /graphql itself
    // (200, Allow: GET), ahead of the API's CORS preflight
    router.use('/graphql', (req, res, next) => {
      const fromBrowser = (req.header('accept') ?? '').includes('text/html');
      if (req.method !== 'GET' || req.path !== '/' || !fromBrowser || req.query.query !== undefined || req.query.extensions !== undefined || !existsSync(ide)) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(ide);
    });
  }
  router.use(
    CONSOLE_PATH,
    express.static(options.dir, {
      index: false,
      fallthrough: true,
      setHeaders: (res, file) => {
        // vite names assets by their content's hash
        res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  // the console routes in the page's fragment (#/queue), so every other path is the page itself
  router.get([CONSOLE_PATH, `${CONSOLE_PATH}/`], (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    if (!existsSync(index)) {
      res.status(404).type('html').send(NOT_BUILT);
      return;
    }
    res.sendFile(index);
  });
  return router;
}

/**
 * The sign-in page's demo roles: only on the embedded database with its generated secret and demo
 * data, which production mode refuses (src/config.ts); a real deployment signs in with its
 * identity provider's tokens.
 */
export function demoSignIn(config: Pick<Config, 'production' | 'seedDemo' | 'jwt'>, embedded: boolean, tokens: Pick<TokenService, 'mint'>): ConsoleOptions['demo'] {
  const mint = tokens.mint;
  if (!mint || config.production || !embedded || !config.seedDemo || config.jwt.kind !== 'generated') return undefined;
  const applicant = applicantActor(DEMO_APPLICANTS[0]!);
  const people = [['applicant', applicant] as const, ...Object.entries(DEMO_STAFF)].map(([role, actor]) => ({
    role,
    label: `${actor.name ?? actor.id} (${role}${actor.region ? `, ${actor.region}` : ''})`,
    claims: { sub: actor.id, roles: actor.roles, region: actor.region, iin: actor.iin, name: actor.name },
  }));
  return { people, mint: (claims, ttl) => mint(claims, ttl) };
}
