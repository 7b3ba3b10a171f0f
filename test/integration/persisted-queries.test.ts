import { createHash } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationChangedDocument, MeDocument, ReferenceDataDocument, SubmitGrantApplicationDocument } from '../../schema/client/graphql';
import { expectNothingWritten, ok } from '../support/assertions';
import { grantInput, newApplicant, reviewer } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { subscribe, wsClient } from '../support/subscriptions';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** POSTs an automatic persisted query: the hash, and the text only when `withText`. */
async function persisted(t: TestGateway, query: string, withText: boolean, token?: string) {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ ...(withText ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ extensions?: Record<string, unknown> }> } };
}

describe('automatic persisted queries (the default mode)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an unknown hash asks for the text; once sent, the hash alone runs the query', async () => {
    const query = print(ReferenceDataDocument);
    const unknown = await persisted(t, query, false);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await persisted(t, query, true);
    expect(registered.body.errors).toBeUndefined();
    const byHash = await persisted(t, query, false);
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(registered.body.data);
    expect(byHash.body.data.regions.length).toBeGreaterThan(0);
  });

  it('a hash that does not match the text is refused with PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ regions { name } }') } } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });

  it('ad-hoc operations are accepted when the allow-list is off', async () => {
    const response = await t.gql('{ regions { code } }');
    expect(response.body.errors).toBeUndefined();
  });
});

describe('the allow-list mode (OPERATION_ALLOWLIST=true)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ env: { OPERATION_ALLOWLIST: 'true' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs the operations of schema/operations, however they are laid out', async () => {
    expect(ok(await t.op(MeDocument, {}, reviewer)).me).toMatchObject({ id: reviewer.id });
    // the same operation in another layout, with a comment: compared in printed form
    const relaidOut = `# my page\nquery Me { me {\n id roles\n region iin } }`;
    const response = await t.gql(relaidOut, {}, reviewer);
    expect(response.body.errors).toBeUndefined();
    const applicant = newApplicant();
    expect(ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.state).toBe('awaitingReview');
  });

  it('refuses any other operation with OPERATION_NOT_ALLOWED, before it runs', async () => {
    const adHoc = await t.gql('{ regions { code } }');
    expect(adHoc.status).toBe(400);
    expect(adHoc.body.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_NOT_ALLOWED' });
    expect(adHoc.body.data).toBeUndefined();
    // an allowed operation with one field more is another operation
    const widened = await t.gql(print(MeDocument).replace('iin', 'iin } fiscalYears { year'), {}, reviewer);
    expect(widened.body.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_NOT_ALLOWED' });
    // a mutation off the list writes nothing
    const applicant = newApplicant();
    const mutation = `mutation Sneaky($input: SubmitGrantApplicationInput!) { submitGrantApplication(input: $input) { id } }`;
    const refused = await expectNothingWritten(t, () => t.gql(mutation, { input: grantInput(applicant) }, applicant));
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_NOT_ALLOWED' });
  });

  it('runs an allowed operation with the __typename fields a client cache adds (Apollo Client, urql), and nothing more', async () => {
    const cached = print(MeDocument).replace('me {', 'me { __typename').replace('query Me {', 'query Me { __typename');
    const response = await t.gql(cached, {}, reviewer);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toMatchObject({ __typename: 'Query', me: { __typename: 'Viewer', id: reviewer.id } });
    // an alias or a directive makes it a field of its own
    const aliased = await t.gql(print(MeDocument).replace('me {', 'me { kind: __typename'), {}, reviewer);
    expect(aliased.body.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_NOT_ALLOWED' });
  });

  it('persisted queries work for allowed operations only', async () => {
    const allowed = print(ReferenceDataDocument);
    expect((await persisted(t, allowed, true)).body.errors).toBeUndefined();
    expect((await persisted(t, allowed, false)).body.data.regions.length).toBeGreaterThan(0);
    const other = '{ fiscalYears { year } }';
    expect((await persisted(t, other, true)).body.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_NOT_ALLOWED' });
  });

  it('applies to subscriptions over the websocket too', async () => {
    const client = wsClient(t.url, await t.token(reviewer));
    try {
      const id = '00000000-0000-4000-8000-000000000000';
      const listed = subscribe(client, ApplicationChangedDocument, { id });
      // on the list: it runs, and is refused only because the application does not exist
      expect((await listed.nth(1)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const offList = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: `subscription { applicationChanged(id: "${id}") { version } }` }, { next: () => {}, error: resolve, complete: () => resolve(null) });
      });
      expect(offList).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'OPERATION_NOT_ALLOWED' }) })]);
    } finally {
      await client.dispose();
    }
  });
});
