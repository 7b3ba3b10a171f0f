import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ObservableQuery, type Reference } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createHash } from 'node:crypto';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { Client as UrqlClient, cacheExchange, fetchExchange } from '@urql/core';
import { filter, firstValueFrom, map, timeout } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApplicationsDocument,
  ReviewQueueChangedDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  possibleTypes,
  typePolicies,
  type ApplicationsQuery,
} from '../../schema/client';
import { wsClient } from '../support/subscriptions';
import { ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { grantInput, manualClock, newApplicant, reviewer } from '../support/fixtures';

/**
 * The client package (schema/client) as a frontend uses it: Apollo Client 4 and urql 6 against
 * the real gateway over HTTP. Apollo's normalized cache is where a missing possibleTypes or type
 * policy silently loses data, so most of the checks are there.
 */

const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;
let reviewerToken: string;
/** the seeded applications, newest first (the list's order) */
let ids: string[];

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
  reviewerToken = await t.token(reviewer);
  ids = [];
  for (let i = 0; i < 5; i++) {
    clock.advance(60_000);
    const applicant = newApplicant();
    const data = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: `${400_000 + i * 10_000}.00` }) }, applicant));
    ids.unshift(data.submitGrantApplication.id);
  }
});
afterAll(async () => {
  await t?.close();
});

/**
 * A fetch that notes each operation sent (its name, and `GET ` before a GET's), to tell a cache
 * answer from a request.
 */
function countingFetch() {
  const sent: string[] = [];
  const counted: typeof fetch = (input, init) => {
    if ((init?.method ?? 'GET') === 'GET') sent.push(`GET ${new URL(String(input)).searchParams.get('operationName')}`);
    else sent.push(JSON.parse(String(init?.body)).operationName);
    return fetch(input, init);
  };
  return { fetch: counted, sent };
}

function apollo(cache = new InMemoryCache({ possibleTypes, typePolicies })) {
  const { fetch, sent } = countingFetch();
  const link = new HttpLink({ uri: t.url, headers: { authorization: `Bearer ${reviewerToken}` }, fetch });
  return { client: new ApolloClient({ cache, link }), cache, sent };
}

/**
 * The data of the first complete result a watched query emits (or emitted last) that passes the
 * check. Apollo 4 delivers what fetchMore and cache writes change through the observable, after
 * their promises resolve.
 */
function emitted<T>(query: ObservableQuery<T, any>, check: (data: T) => boolean = () => true): Promise<T> {
  return firstValueFrom(
    query.pipe(
      filter((result) => result.dataState === 'complete'),
      map((result) => result.data as T),
      filter(check),
      timeout({ first: 5_000 }),
    ),
  );
}

/** The reviewer's list as the server sends it, without any client in between. */
async function serverList(first = 100) {
  return ok(await t.op(ApplicationsDocument, { first }, reviewer)).applications;
}

describe('Apollo Client 4 with the package’s possibleTypes and typePolicies', () => {
  it('reads the Applications operation through its cache with every selected field of each node — a cache without possibleTypes drops them', async () => {
    const expected = await serverList(5);
    expect(expected.edges.map((e) => e.node.id)).toEqual(ids);

    const { client, cache } = apollo();
    const { data } = await client.query({ query: ApplicationsDocument, variables: { first: 5 } });
    // every field the server sent (ids, states, amounts, versions, actions, applicant, region) comes back from the cache
    expect(data!.applications).toMatchObject(expected);
    for (const { node } of data!.applications.edges) {
      expect(node).toMatchObject({ __typename: 'GrantApplication', state: 'awaitingReview', version: 1, kind: 'GRANT' });
      expect(node.requestedAmount).toMatch(/^4\d0000\.00$/);
      expect(cache.identify(node)).toBe(`GrantApplication:${node.id}`);
    }

    // the bug of issue 14: the fragment on the Application interface cannot be matched without
    // possibleTypes, and the cache answers without its fields and without an error (a
    // development build warns on the console; a production build says nothing)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bare = apollo(new InMemoryCache());
    let warnings: string[];
    let stripped;
    try {
      stripped = await bare.client.query({ query: ApplicationsDocument, variables: { first: 5 } });
      warnings = warn.mock.calls.map((args) => String(args[0]));
    } finally {
      warn.mockRestore();
    }
    expect(warnings.join('\n')).toContain('missing `possibleTypes` entry');
    const node = stripped.data!.applications.edges[0]!.node as Record<string, unknown>;
    expect(node.id).toBeUndefined();
    expect(node.state).toBeUndefined();
    expect(node.requestedAmount).toBeUndefined();
  });

  it('pages forward with fetchMore, the pages merged into one list by relayStylePagination', async () => {
    const { client, sent } = apollo();
    const query = client.watchQuery({ query: ApplicationsDocument, variables: { first: 2 } });
    const subscription = query.subscribe(() => {});
    try {
      let current = (await emitted(query)).applications;
      expect(current.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 2));

      while (current.pageInfo.hasNextPage) {
        const seen = current.edges.length;
        const page = await query.fetchMore({ variables: { after: current.pageInfo.endCursor } });
        // fetchMore answers the page it fetched; the watched query then holds every page so far
        expect(page.data!.applications.edges.length).toBeLessThanOrEqual(2);
        current = (await emitted(query, (data) => data.applications.edges.length > seen)).applications;
      }
      const all = await serverList();
      expect(current.edges.map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
      expect(current.edges.map((e) => e.cursor)).toEqual(all.edges.map((e) => e.cursor));
      expect(current.pageInfo).toMatchObject({ hasNextPage: false, endCursor: all.pageInfo.endCursor });
      // every node whole, on every page
      for (const { node } of current.edges) expect(node).toMatchObject({ state: expect.any(String), version: expect.any(Number), requestedAmount: expect.any(String) });
      expect(sent).toEqual(['Applications', 'Applications', 'Applications']);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('pages backward with last/before, each earlier page put in front, and keeps totalCount', async () => {
    const { client } = apollo();
    const query = client.watchQuery({ query: ApplicationsDocument, variables: { last: 2, withTotalCount: true } });
    const subscription = query.subscribe(() => {});
    try {
      let current = (await emitted(query)).applications;
      // the last page of the newest-first list: the two oldest
      expect(current.edges.map((e) => e.node.id)).toEqual(ids.slice(-2));
      while (current.pageInfo.hasPreviousPage) {
        const seen = current.edges.length;
        await query.fetchMore({ variables: { before: current.pageInfo.startCursor } });
        current = (await emitted(query, (data) => data.applications.edges.length > seen)).applications;
      }
      expect(current.edges.map((e) => e.node.id)).toEqual(ids);
      expect(current.totalCount).toBe(ids.length);
      expect(current.pageInfo).toMatchObject({ hasPreviousPage: false, startCursor: current.edges[0]!.cursor });
    } finally {
      subscription.unsubscribe();
    }
  });

  it('keeps a list per order: the same connection ordered by amount and newest first, each as the server orders it', async () => {
    const { client } = apollo();
    const byAmount = await client.query({ query: ApplicationsDocument, variables: { first: 5, orderBy: { field: 'AMOUNT', direction: 'ASC' } } });
    const newest = await client.query({ query: ApplicationsDocument, variables: { first: 5 } });
    const server = async (orderBy?: { field: 'AMOUNT'; direction: 'ASC' }) =>
      ok(await t.op(ApplicationsDocument, { first: 5, ...(orderBy ? { orderBy } : {}) }, reviewer)).applications.edges.map((e) => e.node.id);
    expect(byAmount.data!.applications.edges.map((e) => e.node.id)).toEqual(await server({ field: 'AMOUNT', direction: 'ASC' }));
    expect(newest.data!.applications.edges.map((e) => e.node.id)).toEqual(await server());
    expect(byAmount.data!.applications.edges.map((e) => e.node.id)).not.toEqual(newest.data!.applications.edges.map((e) => e.node.id));
  });

  it('applies a mutation’s answer to the cached node (normalized by id): the list shows the new state without a refetch', async () => {
    const { client, sent } = apollo();
    const query = client.watchQuery({ query: ApplicationsDocument, variables: { first: 5 } });
    const subscription = query.subscribe(() => {});
    const nodeOf = (data: ApplicationsQuery) => data.applications.edges.find((e) => e.node.id === ids[0])?.node;
    try {
      const before = nodeOf(await emitted(query));
      expect(before).toMatchObject({ state: 'awaitingReview', version: 1 });

      const { data } = await client.mutate({ mutation: StartReviewDocument, variables: { input: { applicationId: ids[0]!, expectedVersion: 1 } } });
      expect(data!.startReview).toMatchObject({ state: 'underReview', version: 2 });

      // the watched list emits the node as the mutation answered it
      const after = nodeOf(await emitted(query, (data) => nodeOf(data)?.version === 2));
      expect(after).toMatchObject({ state: 'underReview', version: 2, availableActions: ['RECOMMEND', 'RECORD_SITE_VISIT', 'REJECT', 'REQUEST_CHANGES'] });
      expect(sent).toEqual(['Applications', 'StartReview']);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('receives a refused action as CombinedGraphQLErrors with its code, and keeps the cached node as it was', async () => {
    const { client, cache } = apollo();
    await client.query({ query: ApplicationsDocument, variables: { first: 5 } });
    const id = ids[1]!;

    // the application is at version 1: a client that believes otherwise is refused
    const refusal = await client.mutate({ mutation: StartReviewDocument, variables: { input: { applicationId: id, expectedVersion: 7 } } }).catch((error: unknown) => error);
    expect(CombinedGraphQLErrors.is(refusal)).toBe(true);
    const { errors } = refusal as CombinedGraphQLErrors;
    expect(errors[0]!.extensions?.code).toBe('VERSION_CONFLICT');
    expect(errors[0]!.path).toEqual(['startReview']);

    expect(cache.extract()[`GrantApplication:${id}`]).toMatchObject({ state: 'awaitingReview', version: 1 });
  });

  it('receives a form’s refusal as one VALIDATION whose violations name each field by its input path', async () => {
    const applicant = newApplicant();
    const applicantClient = new ApolloClient({
      cache: new InMemoryCache({ possibleTypes, typePolicies }),
      link: new HttpLink({ uri: t.url, headers: { authorization: `Bearer ${await t.token(applicant)}` } }),
    });
    const input = grantInput(applicant, { amount: '900000.00', businessIdea: '   ', certificate: null });
    const refusal = await applicantClient.mutate({ mutation: SubmitGrantApplicationDocument, variables: { input } }).catch((error: unknown) => error);
    expect(CombinedGraphQLErrors.is(refusal)).toBe(true);
    const [error] = (refusal as CombinedGraphQLErrors).errors;
    expect(error!.extensions?.code).toBe('VALIDATION');
    const fields = (error!.extensions?.violations as Array<{ field: string }>).map((v) => v.field).sort();
    expect(fields).toEqual(['proposal.amount', 'proposal.businessIdea', 'proposal.certificate']);
  });
});

describe('urql 6 (@urql/core) with its document cache', () => {
  function urql() {
    const { fetch, sent } = countingFetch();
    const client = new UrqlClient({
      url: t.url,
      exchanges: [cacheExchange, fetchExchange],
      fetch,
      // urql's default: queries as GET, which the gateway runs because the token's header is one
      // a foreign page cannot send (README "Sending operations over HTTP"); mutations as POST
      fetchOptions: () => ({ headers: { authorization: `Bearer ${reviewerToken}` } }),
    });
    return { client, sent };
  }

  it('reads the Applications operation whole (over GET), answers a repeat from its cache and refetches after a mutation on a GrantApplication', async () => {
    const { client, sent } = urql();
    const expected = await serverList(5);

    const first = await client.query(ApplicationsDocument, { first: 5 }).toPromise();
    expect(first.error).toBeUndefined();
    expect(first.data!.applications).toMatchObject(expected);
    // urql adds __typename to each selection, which is how its cache knows what a mutation touches
    expect(first.data!.applications.edges[0]!.node.__typename).toBe('GrantApplication');

    const repeat = await client.query(ApplicationsDocument, { first: 5 }).toPromise();
    expect(repeat.data).toEqual(first.data);
    expect(sent).toEqual(['GET Applications']);

    const id = ids[2]!;
    const review = await client.mutation(StartReviewDocument, { input: { applicationId: id } }).toPromise();
    expect(review.error).toBeUndefined();
    expect(review.data!.startReview).toMatchObject({ id, state: 'underReview', version: 2 });

    const after = await client.query(ApplicationsDocument, { first: 5 }).toPromise();
    expect(after.data!.applications.edges.find((e) => e.node.id === id)!.node).toMatchObject({ state: 'underReview', version: 2 });
    expect(sent).toEqual(['GET Applications', 'StartReview', 'GET Applications']);
  });

  it('receives a refused action as a CombinedError with its code', async () => {
    const { client } = urql();
    const refusal = await client.mutation(StartReviewDocument, { input: { applicationId: ids[3]!, expectedVersion: 7 } }).toPromise();
    expect(refusal.data ?? null).toBeNull();
    expect(refusal.error?.graphQLErrors[0]?.extensions.code).toBe('VERSION_CONFLICT');
    expect(refusal.error?.networkError).toBeUndefined();
  });
});

describe('Apollo Client 4 with automatic persisted queries', () => {
  it('sends the hash alone, registers the text once when the gateway asks for it, and then runs on the hash', async () => {
    const bodies: Array<{ query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } }> = [];
    const recording: typeof fetch = (input, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return fetch(input, init);
    };
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const client = () =>
      new ApolloClient({
        cache: new InMemoryCache({ possibleTypes, typePolicies }),
        link: new PersistedQueryLink({ sha256 }).concat(new HttpLink({ uri: t.url, headers: { authorization: `Bearer ${reviewerToken}` }, fetch: recording })),
      });
    const first = await client().query({ query: ApplicationsDocument, variables: { first: 3 } });
    expect(first.data!.applications.edges).toHaveLength(3);
    // the hash alone, refused as not found, then hash and text
    expect(bodies.map((b) => [b.query !== undefined, b.extensions?.persistedQuery !== undefined])).toEqual([[false, true], [true, true]]);
    bodies.length = 0;
    // another client (another page load): the hash alone is enough now
    const second = await client().query({ query: ApplicationsDocument, variables: { first: 3 } });
    expect(second.data).toEqual(first.data);
    expect(bodies.map((b) => b.query !== undefined)).toEqual([false]);
  });
});

// last: it adds an application to the list the tests above read
describe('Apollo Client 4 with a subscription (graphql-ws) beside HTTP', () => {
  it('inserts a queue event’s edge into the cached list: a new application appears on top with every field, without a refetch', async () => {
    const ws = wsClient(t.url, reviewerToken);
    const cache = new InMemoryCache({ possibleTypes, typePolicies });
    const { fetch, sent } = countingFetch();
    const http = new HttpLink({ uri: t.url, headers: { authorization: `Bearer ${reviewerToken}` }, fetch });
    const isSubscription = ({ query }: ApolloLink.Operation) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    };
    const client = new ApolloClient({ cache, link: ApolloLink.split(isSubscription, new GraphQLWsLink(ws), http) });
    const query = client.watchQuery({ query: ApplicationsDocument, variables: { first: 10 } });
    const watching = query.subscribe(() => {});
    // the README's modifier (Building a frontend, "Live updates"), for the default order: an arrival on top
    const events = client.subscribe({ query: ReviewQueueChangedDocument, variables: { regionCode: 'akm' } }).subscribe(({ data }) => {
      const { change, edge } = data!.reviewQueueChanged;
      if (change !== 'ADDED' || !edge) return;
      cache.modify({
        fields: {
          applications(existing, { toReference }) {
            const list = existing as { edges: Array<{ node: Reference }> };
            // the event's node was normalized into the cache (GrantApplication:<id>) with the result
            const node = toReference(edge.node)!;
            return { ...list, edges: [{ __typename: 'ApplicationEdge', cursor: edge.cursor, node }, ...list.edges] };
          },
        },
      });
    });
    try {
      const before = await emitted(query);
      // the subscription is open on the server before anything is submitted
      await vi.waitFor(() => expect(t.gateway.changes.size).toBeGreaterThan(0), { timeout: 5_000 });
      clock.advance(60_000);
      const applicant = newApplicant();
      const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
      const after = await emitted(query, (data) => data.applications.edges[0]?.node.id === id);
      expect(after.applications.edges).toHaveLength(before.applications.edges.length + 1);
      expect(after.applications.edges[0]).toMatchObject((await serverList(1)).edges[0]!);
      expect(sent).toEqual(['Applications']);
    } finally {
      events.unsubscribe();
      watching.unsubscribe();
      await ws.dispose();
    }
  });

});
