import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { expectNothingWritten } from '../support/assertions';
import { auditor, grantInput, newApplicant, reviewer } from '../support/fixtures';
import { startTestGateway, TEST_JWT_SECRET, type TestGateway } from '../support/gateway';
import { subscribe, wsClient } from '../support/subscriptions';
import { ReviewQueueChangedDocument } from '../../schema/client/graphql';

const PORTAL = 'https://portal.example.kz';
const STAFF = 'https://staff.example.kz';
const FOREIGN = 'https://evil.example.com';

type Body = { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** every log line the configured gateway writes, parsed */
const lines: Array<Record<string, unknown>> = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

/** a gateway as a ministry deploys it: two frontends' origins */
let t: TestGateway;
/** a development gateway: CORS_ORIGINS unset */
let dev: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ env: { CORS_ORIGINS: `${PORTAL}, ${STAFF}/` }, log: pino({ level: 'info' }, sink) });
  dev = await startTestGateway();
});
afterAll(async () => {
  await dev?.close();
  await t?.close();
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** GET /graphql with the operation in the query string, as urql and Apollo Client send it */
function getUrl(base: string, params: Record<string, unknown>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  return url.toString();
}

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: Body }> {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

function expiredToken(): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: reviewer.roles, region: reviewer.region })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(reviewer.id)
    .setIssuedAt(now - 7200)
    .setExpirationTime(now - 3600)
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

describe('queries over GET (urql sends queries as GET by default)', () => {
  const query = 'query Regions { regions { code } }';

  it('runs a GET query that carries an Authorization header (a browser preflights it)', async () => {
    const answer = await get(getUrl(t.url, { query, operationName: 'Regions' }), { authorization: `Bearer ${await t.token(reviewer)}` });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.regions.length).toBeGreaterThan(0);
  });

  it('runs an anonymous GET query that carries apollo-require-preflight or x-apollo-operation-name', async () => {
    for (const header of [{ 'apollo-require-preflight': 'true' }, { 'x-apollo-operation-name': 'Regions' }] as Array<Record<string, string>>) {
      const answer = await get(getUrl(t.url, { query }), header);
      expect(answer.status).toBe(200);
      expect(answer.body.data.regions.length).toBeGreaterThan(0);
    }
  });

  it('refuses a bare anonymous GET as a possible CSRF, naming what to send', async () => {
    const answer = await get(getUrl(t.url, { query }));
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0]!.extensions?.code).toBe('BAD_REQUEST');
    expect(answer.body.errors![0]!.message).toMatch(/Cross-Site Request Forgery/);
    expect(answer.body.errors![0]!.message).toMatch(/apollo-require-preflight/);
    expect(answer.body.errors![0]!.message).toMatch(/authorization/);
    // the refusal is the client's, never an internal error
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });

  it("refuses a GET whose Authorization is not a Bearer token (a proxy's Basic credentials, which a browser adds itself) with 401", async () => {
    const answer = await get(getUrl(t.url, { query }), { authorization: `Basic ${Buffer.from('staging:secret').toString('base64')}` });
    expect(answer.status).toBe(401);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a mutation over GET with 405, even with a token, and writes nothing', async () => {
    const applicant = newApplicant();
    const mutation = 'mutation Submit($input: SubmitGrantApplicationInput!) { submitGrantApplication(input: $input) { id } }';
    const url = getUrl(t.url, { query: mutation, variables: { input: grantInput(applicant) } });
    const answer = await expectNothingWritten(t, async () => get(url, { authorization: `Bearer ${await t.token(applicant)}` }));
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(answer.body.data).toBeUndefined();
  });
});

describe('automatic persisted queries', () => {
  it('answers a hash that does not match the text with 400 PERSISTED_QUERY_HASH_MISMATCH, logs no error, and registers nothing', async () => {
    const query = '{ regions { code } }';
    const wrongHash = sha256('{ regions { name } }');
    const before = lines.length;
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: wrongHash } } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: 'the persistedQuery sha256Hash is not the SHA-256 of the query sent with it',
        extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', requestId: response.headers.get('x-request-id') },
      },
    ]);
    const written = lines.slice(before);
    expect(written.filter((line) => (line.level as number) >= 50)).toEqual([]);
    expect(JSON.stringify(written)).not.toMatch(/stack/);
    expect(written.find((line) => line.msg === 'graphql request')).toMatchObject({ level: 30, errors: ['PERSISTED_QUERY_HASH_MISMATCH'] });

    // the text was not stored under the wrong hash
    const byHash = await get(getUrl(t.url, { extensions: { persistedQuery: { version: 1, sha256Hash: wrongHash } } }), { 'apollo-require-preflight': 'true' });
    expect(byHash.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string, headers: string) =>
    fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': headers } });

  it('lets the configured origins read the answers, and exposes x-request-id to them', async () => {
    for (const origin of [PORTAL, STAFF]) {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions { code } }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('vary')).toMatch(/origin/i);
      expect(response.headers.get('access-control-expose-headers')?.split(',')).toEqual(expect.arrayContaining(['x-request-id', 'www-authenticate']));
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      // no cookies are involved: credentials are never allowed
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it("passes the preflight of a configured origin's GET with Authorization, and not another origin's", async () => {
    const allowed = await preflight(t.url, PORTAL, 'authorization');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization');
    expect(allowed.headers.get('access-control-max-age')).toBe('600');

    const foreign = await preflight(t.url, FOREIGN, 'authorization');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    // a simple request from a foreign page is answered (CORS is the browser's rule) but not readable
    const simple = await fetch(t.url, { method: 'POST', headers: { origin: FOREIGN, 'content-type': 'application/json' }, body: '{"query":"{ regions { code } }"}' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin in development when CORS_ORIGINS is unset', async () => {
    const response = await fetch(dev.url, { method: 'POST', headers: { origin: FOREIGN, 'content-type': 'application/json' }, body: '{"query":"{ regions { code } }"}' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toContain('x-request-id');
  });

  it('refuses to start in production mode without CORS_ORIGINS, and accepts an explicit *', () => {
    const production = { PRODUCTION: 'true', DATABASE_URL: 'postgres://gateway@db/gateway', JWT_JWKS_URL: 'https://id.example.kz/jwks.json' };
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/^CORS_ORIGINS: production mode needs the origins of the frontends/);
    expect(loadConfig({ ...production, CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    expect(loadConfig({ ...production, CORS_ORIGINS: `${PORTAL},${STAFF}` }).corsOrigins).toEqual([PORTAL, STAFF]);
  });

  it('gives the CSV report the same CORS as /graphql, with its file name and request id readable', async () => {
    const csv = new URL('/reports/program.csv?year=2026&asOf=2026-07-01', t.url).toString();
    const allowed = await preflight(csv, STAFF, 'authorization');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(STAFF);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET');
    expect((await preflight(csv, FOREIGN, 'authorization')).headers.get('access-control-allow-origin')).toBeNull();

    const response = await fetch(csv, { headers: { origin: STAFF, authorization: `Bearer ${await t.token(auditor)}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('access-control-allow-origin')).toBe(STAFF);
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toEqual(expect.arrayContaining(['x-request-id', 'content-disposition']));
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="program-report-2026-2026-07-01.csv"$/);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const refused = await fetch(csv, { headers: { origin: STAFF } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(STAFF);
    expect(await refused.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', requestId: refused.headers.get('x-request-id') } });
  });
});

describe('HTTP 401', () => {
  it.each([
    ['an expired token', async () => `Bearer ${await expiredToken()}`],
    ['a forged token', async () => 'Bearer not-a-token'],
  ])('for %s carries the x-request-id header in extensions.requestId and a WWW-Authenticate challenge', async (_, header) => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await header() },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as Body;
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', requestId });
  });

  it('keeps a caller-supplied x-request-id in the 401 body, and a missing token answers the same way', async () => {
    const refused = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token', 'x-request-id': 'trace-401' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(refused.headers.get('x-request-id')).toBe('trace-401');
    expect(((await refused.json()) as Body).errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'trace-401' });

    const missing = await t.gql('{ me { id } }');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(missing.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: missing.headers.get('x-request-id') });
  });
});

describe('websocket close codes', () => {
  it('closes a connection opened with an expired token with 4401, so the client renews its token', async () => {
    const client = wsClient(t.url, await expiredToken());
    try {
      expect(await client.closed).toMatchObject({ code: 4401, reason: 'the token has expired' });
    } finally {
      await client.dispose();
    }
  });

  it('closes a connection opened with a forged token with 4401', async () => {
    const client = wsClient(t.url, 'not-a-token');
    try {
      expect(await client.closed).toMatchObject({ code: 4401 });
    } finally {
      await client.dispose();
    }
  });

  it('keeps a valid token open, and refuses a subscription beyond its rights as FORBIDDEN without closing', async () => {
    const applicant = newApplicant();
    const client = wsClient(t.url, await t.token(applicant));
    try {
      const refused = subscribe(client, ReviewQueueChangedDocument, { regionCode: 'AKM' });
      expect((await refused.nth(1)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      const closed = await Promise.race([client.closed, new Promise((resolve) => setTimeout(() => resolve('open'), 200))]);
      expect(closed).toBe('open');
    } finally {
      await client.dispose();
    }
  });
});
