import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { wsClient } from '../support/subscriptions';

// production mode needs an identity provider's JWKS (it is fetched on the first token, and these
// requests carry none) and the frontends' origins
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({
    env: { PRODUCTION: 'true', JWT_SECRET: '', JWT_JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json', CORS_ORIGINS: 'https://portal.example.kz' },
  });
});
afterAll(async () => {
  await t?.close();
});

describe('production mode', () => {
  it('refuses introspection over HTTP', async () => {
    const response = await t.gql(getIntrospectionQuery());
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.message).toMatch(/introspection/i);
    // the public queries still answer
    expect((await t.gql('{ regions { code } }')).body.errors).toBeUndefined();
  });

  it('refuses introspection over the websocket', async () => {
    const client = wsClient(t.url, null);
    try {
      const refused = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: '{ __schema { types { name } } }' }, { next: () => {}, error: resolve, complete: () => resolve(null) });
      });
      expect(Array.isArray(refused) && refused.length > 0).toBe(true);
      for (const error of refused as Array<{ message: string; extensions: { code: string } }>) {
        expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(error.message).toMatch(/introspection/i);
      }
    } finally {
      await client.dispose();
    }
  });

  it('names no field, argument or enum value of the schema in suggestions, over HTTP', async () => {
    const field = await t.gql('{ regionz { code } }');
    expect(field.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(field.body.errors?.[0]?.message).toBe('Cannot query field "regionz" on type "Query".');
    const argument = await t.gql('{ microcreditTerms(yeer: 2026) { year } }');
    expect(argument.body.errors?.map((e) => e.message)).toEqual(['Unknown argument "yeer" on field "Query.microcreditTerms".']);
    const enumValue = await t.gql('{ applications(filter: { kind: GRAN }) { pageInfo { hasNextPage } } }');
    expect(enumValue.body.errors?.map((e) => e.message)).toEqual(['Value "GRAN" does not exist in "ApplicationKind" enum.']);
  });

  it('names nothing of the schema in suggestions over the websocket', async () => {
    const client = wsClient(t.url, null);
    try {
      const refused = await new Promise<Array<{ message: string }>>((resolve) => {
        client.subscribe({ query: '{ regionz { code } }' }, { next: () => {}, error: (e) => resolve(e as Array<{ message: string }>), complete: () => resolve([]) });
      });
      expect(refused.map((e) => e.message)).toEqual(['Cannot query field "regionz" on type "Query".']);
    } finally {
      await client.dispose();
    }
  });

  it('serves no landing page to a browser', async () => {
    const response = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/<html/i);
  });
});
