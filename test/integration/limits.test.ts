import { createHash } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewer } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { wsClient } from '../support/subscriptions';

/**
 * The document limits (src/graphql/limits.ts, README "Limits") on every transport. These assert
 * the refusal, never the time: `npm run bench:hostile` measures the time and the /healthz latency.
 */
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t?.close();
});

type Refusal = { message: string; extensions?: { code?: string; limit?: string } };

const repeat = (text: string, n: number) => Array.from({ length: n }, () => text).join(' ');
/** n fragments, each spreading the next twice: 2^n selections from a document of about 40·n bytes */
const fanOut = (n: number) =>
  `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === n - 1 ? '__typename' : `...F${i + 1} ...F${i + 1}`} }`).join(' ')}`;

async function post(body: unknown, token?: string): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** The errors a websocket operation ends with (none when it answered). */
async function overWebSocket(client: Client, query: string): Promise<Refusal[]> {
  return new Promise((resolve) => {
    client.subscribe({ query }, { next: () => {}, error: (errors) => resolve(errors as Refusal[]), complete: () => resolve([]) });
  });
}

function expectLimit(errors: Refusal[] | undefined, ...limits: string[]): void {
  expect(errors).toHaveLength(1);
  expect(errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(limits).toContain(errors![0]!.extensions?.limit);
}

describe('hostile documents are refused by a limit over HTTP', () => {
  it('a fan-out chain of 30 fragments (1 KB, 2^30 selections) is refused', async () => {
    const response = await post({ query: fanOut(30) });
    expect(response.status).toBe(400);
    expectLimit(response.body.errors, 'REPEATS');
  });

  it('60,000 repeated __typename are refused at parsing (TOKENS)', async () => {
    const response = await post({ query: `{ ${repeat('__typename', 60_000)} }` });
    expect(response.status).toBe(400);
    expectLimit(response.body.errors, 'TOKENS');
    expect(response.body.errors[0].message).toMatch(/5000 tokens/);
  });

  it('a field repeated in one place under the token limit is refused (REPEATS), and 10 times is not', async () => {
    const refused = await post({ query: `{ ${repeat('regions { code }', 1_000)} }` });
    expectLimit(refused.body.errors, 'REPEATS');
    const inline = await post({ query: `{ ${repeat('... on Query { regions { code } }', 11)} }` });
    expectLimit(inline.body.errors, 'REPEATS');
    const ten = await post({ query: `{ ${repeat('regions { code }', 10)} }` });
    expect(ten.body.errors).toBeUndefined();
  });

  it('the cost counts a repeated field each time it is selected', async () => {
    const page = `applications(first: 100) { edges { cursor node { id kind state version submittedAt availableActions
      applicant { iin fullName } region { code name } history(last: 5) { seq action fromState toState at actor { id roles } } } } pageInfo { hasNextPage endCursor } }`;
    const once = await t.gql(`{ ${page} }`, {}, reviewer);
    expect(once.body.errors).toBeUndefined();
    const fiveTimes = await t.gql(`{ ${repeat(page, 5)} }`, {}, reviewer);
    expect(fiveTimes.status).toBe(400);
    expect(fiveTimes.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST', cost: 5 * 5_901 });
  });

  it('alias and directive floods are refused', async () => {
    expectLimit((await post({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }` })).body.errors, 'ALIASES');
    expectLimit((await post({ query: `{ __typename ${repeat('@include(if: true)', 500)} }` })).body.errors, 'DIRECTIVES');
  });

  it('brackets nested thousands deep under the token limit are refused (DEPTH) before the parser recurses into them', async () => {
    for (const query of [`{ ${'a { '.repeat(2_400)}b${' }'.repeat(2_400)} }`, `{ f(x: ${'['.repeat(3_000)}1${']'.repeat(3_000)}) }`]) {
      const response = await post({ query });
      expect(response.status).toBe(400);
      expectLimit(response.body.errors, 'DEPTH');
    }
  });

  it('deep inline fragments are refused (DEPTH)', async () => {
    const nested = (n: number): string => (n === 0 ? 'name' : `... on __Type { ofType { ${nested(n - 1)} } }`);
    expectLimit((await post({ query: `{ __type(name: "Query") { ${nested(40)} } }` })).body.errors, 'DEPTH');
  });

  it('each operation of a batch passes the limits on its own', async () => {
    const batch = await post([{ query: '{ regions { code } }' }, { query: fanOut(30) }, { query: `{ ${repeat('__typename', 6_000)} }` }]);
    expect(batch.body).toHaveLength(3);
    expect(batch.body[0].data.regions.length).toBeGreaterThan(0);
    expectLimit(batch.body[1].errors, 'REPEATS');
    expectLimit(batch.body[2].errors, 'TOKENS');
  });
});

describe('a persisted query passes the same limits', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const persisted = (query: string, withText: boolean) =>
    post({ ...(withText ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });

  it('a hostile text sent with its hash is refused and never stored: its hash alone is unknown', async () => {
    for (const [query, limit] of [
      [fanOut(30), 'REPEATS'],
      [`{ ${repeat('__typename', 6_000)} }`, 'TOKENS'],
    ] as const) {
      const registered = await persisted(query, true);
      expect(registered.status).toBe(400);
      expectLimit(registered.body.errors, limit);
      const byHash = await persisted(query, false);
      expect(byHash.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });
});

describe('hostile documents are refused by a limit over the websocket', () => {
  let client: Client;
  beforeAll(() => {
    client = wsClient(t.url, null);
  });
  afterAll(async () => {
    await client?.dispose();
  });

  it('a fan-out chain of 30 fragments is refused', async () => {
    expectLimit(await overWebSocket(client, fanOut(30)), 'REPEATS');
  });

  it('60,000 repeated __typename are refused at parsing (TOKENS)', async () => {
    expectLimit(await overWebSocket(client, `{ ${repeat('__typename', 60_000)} }`), 'TOKENS');
  });

  it('brackets nested thousands deep are refused (DEPTH), never an internal error', async () => {
    expectLimit(await overWebSocket(client, `{ ${'a { '.repeat(2_400)}b${' }'.repeat(2_400)} }`), 'DEPTH');
  });

  it('repeats, aliases and depth are refused as over HTTP', async () => {
    expectLimit(await overWebSocket(client, `{ ${repeat('regions { code }', 1_000)} }`), 'REPEATS');
    expectLimit(await overWebSocket(client, `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`), 'ALIASES');
    const chain = (n: number): string => (n === 0 ? 'name' : `ofType { ${chain(n - 1)} }`);
    expectLimit(await overWebSocket(client, `{ __type(name: "Query") { ${chain(30)} } }`), 'DEPTH');
  });
});

describe('development mode', () => {
  it('keeps graphql-js suggestions, over HTTP and the websocket', async () => {
    const response = await post({ query: '{ regionz { code } }' });
    expect(response.body.errors[0].message).toMatch(/Did you mean "regions"/);
    const client = wsClient(t.url, null);
    try {
      const errors = await overWebSocket(client, '{ regionz { code } }');
      expect(errors[0]!.message).toMatch(/Did you mean "regions"/);
    } finally {
      await client.dispose();
    }
  });
});

describe('HTTP status of a missing or invalid token', () => {
  it('a query of public fields needs no token: 200', async () => {
    const response = await post({ query: '{ regions { code } fiscalYears { year } }' });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it('a query that needs a token and has none: 401 UNAUTHENTICATED, as with an invalid token', async () => {
    const missing = await post({ query: '{ me { id } }' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(missing.body.errors.map((e: Refusal) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const invalid = await post({ query: '{ me { id } }' }, 'not-a-token');
    expect(invalid.status).toBe(401);
    expect(invalid.body.errors.map((e: Refusal) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('public fields beside one that needs a token: 401 all the same', async () => {
    const response = await post({ query: '{ regions { code } applications(first: 1) { pageInfo { hasNextPage } } }' });
    expect(response.status).toBe(401);
    expect(response.body.errors.map((e: Refusal) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('a refusal other than UNAUTHENTICATED keeps its status', async () => {
    const response = await t.gql('{ applications(first: 1000) { pageInfo { hasNextPage } } }', {}, reviewer);
    expect(response.status).toBe(200);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});
