import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationChangedDocument,
  ApplicationsDocument,
  PreviewActionDocument,
  RecommendDocument,
  ReviewQueueChangedByRegionDocument,
  ReviewQueueChangedDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  SubmitLiftingApplicationDocument,
  WithdrawDocument,
} from '../../schema/client/graphql';
import { ok } from '../support/assertions';
import { approver, auditor, grantInput, liftingInput, newApplicant, OTHER_REGION, otherRegionReviewer, REGION, reviewer } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { subscribe, until, wsClient } from '../support/subscriptions';

let a: TestGateway;
let b: TestGateway;
const clients: Array<{ dispose(): void | Promise<void> }> = [];

beforeAll(async () => {
  a = await startTestGateway();
  // a second replica on the same database: what one commits, the other's subscribers hear
  b = await startTestGateway({ databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await b?.close();
  await a?.close();
});

async function clientFor(t: TestGateway, actor: Parameters<TestGateway['token']>[0] | null) {
  const client = wsClient(t.url, actor ? await t.token(actor) : null);
  clients.push(client);
  return client;
}

async function submitGrant(t: TestGateway, applicant = newApplicant()): Promise<{ id: string; applicant: typeof applicant }> {
  const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
  return { id, applicant };
}

describe('applicationChanged', () => {
  it("follows one application through its transitions, each with the application's state as committed", async () => {
    const { id, applicant } = await submitGrant(a);
    const before = a.gateway.changes.size;
    const feed = subscribe(await clientFor(a, applicant), ApplicationChangedDocument, { id });
    await until(() => a.gateway.changes.size, before + 1);

    // the replica's metrics count the subscription and show it open
    const metrics = await (await fetch(a.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/^gateway_graphql_requests_total\{operation="ApplicationChanged",type="subscription"\} [1-9]/m);
    expect(metrics).toMatch(new RegExp(`^gateway_subscriptions_open ${a.gateway.changes.size}$`, 'm'));

    ok(await a.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    const first = await feed.nth(1);
    expect(first.errors).toBeUndefined();
    expect(first.data!.applicationChanged).toMatchObject({ applicationId: id, action: 'START_REVIEW', fromState: 'awaitingReview', toState: 'underReview', version: 2 });
    expect(first.data!.applicationChanged.application).toMatchObject({ state: 'underReview', version: 2 });

    ok(await a.op(RecommendDocument, { input: { applicationId: id } }, reviewer));
    const second = await feed.nth(2);
    expect(second.data!.applicationChanged).toMatchObject({ action: 'RECOMMEND', fromState: 'underReview', toState: 'recommended', version: 3 });
    // each change is read in a unit of work of its own: the first one's row is not served again
    expect(second.data!.applicationChanged.application).toMatchObject({ id, state: 'recommended', version: 3 });
    // the applicant's own view: an applicant has no action on a recommended grant
    expect(second.data!.applicationChanged.application.availableActions).toEqual(['WITHDRAW']);
    feed.unsubscribe();
  });

  it('is not told of a refused action or a dry run: nothing was committed', async () => {
    const { id, applicant } = await submitGrant(a);
    const before = a.gateway.changes.size;
    const feed = subscribe(await clientFor(a, applicant), ApplicationChangedDocument, { id });
    await until(() => a.gateway.changes.size, before + 1);

    // refused: a reviewer of another region; a dry run: rolled back by design
    expect((await a.op(StartReviewDocument, { input: { applicationId: id } }, otherRegionReviewer)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ok(await a.op(PreviewActionDocument, { applicationId: id, action: 'START_REVIEW' }, reviewer)).previewAction!.allowed).toBe(true);
    ok(await a.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));

    const first = await feed.nth(1);
    expect(first.data!.applicationChanged).toMatchObject({ action: 'START_REVIEW', version: 2 });
    expect(feed.results).toHaveLength(1);
    feed.unsubscribe();
  });

  it('refuses, with the same codes as the query, a caller who may not see the application', async () => {
    const { id } = await submitGrant(a);
    const cases = [
      { actor: null, code: 'UNAUTHENTICATED' },
      { actor: newApplicant(), code: 'NOT_FOUND' },
      { actor: otherRegionReviewer, code: 'NOT_FOUND' },
    ];
    for (const { actor, code } of cases) {
      const feed = subscribe(await clientFor(a, actor), ApplicationChangedDocument, { id });
      const refusal = await feed.nth(1);
      expect(refusal.data ?? null).toBeNull();
      expect(refusal.errors?.[0]?.extensions).toMatchObject({ code });
      // as over HTTP, the error carries the id of the operation's log line
      expect(refusal.errors?.[0]?.extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
      await feed.ended;
    }
    const malformed = subscribe(await clientFor(a, reviewer), ApplicationChangedDocument, { id: 'not-a-uuid' });
    expect((await malformed.nth(1)).errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION' });
    const missing = subscribe(await clientFor(a, reviewer), ApplicationChangedDocument, { id: '00000000-0000-4000-8000-000000000000' });
    expect((await missing.nth(1)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('closes a connection whose token is not valid (4401), and applies the operation limits', async () => {
    const forged = wsClient(a.url, 'not-a-token');
    clients.push(forged);
    expect((await forged.closed).code).toBe(4401);

    const client = await clientFor(a, reviewer);
    // a document of 31 aliases is refused as it is over HTTP
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: applicationChanged(id: "00000000-0000-4000-8000-000000000000") { version }`).join(' ');
    const refused = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: `subscription { ${aliases} }` }, { next: () => {}, error: resolve, complete: () => resolve(null) });
    });
    expect(refused).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'ALIASES' }) }));
  });
});

describe('a long-lived connection', () => {
  it('is closed with 4401 when its token expires, so the client signs in again', async () => {
    const shortLived = await a.gateway.tokens.mint!({ sub: reviewer.id, roles: reviewer.roles, region: reviewer.region }, 2);
    const client = wsClient(a.url, shortLived);
    clients.push(client);
    const before = a.gateway.changes.size;
    const feed = subscribe(client, ReviewQueueChangedDocument, { regionCode: REGION });
    await until(() => a.gateway.changes.size, before + 1);
    const closed = await client.closed;
    expect(closed).toMatchObject({ code: 4401, reason: 'the token has expired' });
    await expect(feed.ended).rejects.toBeDefined();
    // the closed socket's subscription is gone from the feed
    await until(() => (a.gateway.changes.size === before ? 1 : 0), 1);
  });
});

describe('reviewQueueChanged', () => {
  it("tells a region's reviewer of the region's applications of the kind asked for, and nothing else", async () => {
    const before = a.gateway.changes.size;
    const grants = subscribe(await clientFor(a, reviewer), ReviewQueueChangedDocument, { regionCode: REGION, kind: 'GRANT' });
    const liftingOnly = subscribe(await clientFor(a, otherRegionReviewer), ReviewQueueChangedDocument, { regionCode: OTHER_REGION, kind: 'LIFTING' });
    const everything = subscribe(await clientFor(a, auditor), ReviewQueueChangedDocument, { regionCode: OTHER_REGION });
    await until(() => a.gateway.changes.size, before + 3);

    const elsewhere = newApplicant();
    const otherRegionGrant = ok(await a.op(SubmitGrantApplicationDocument, { input: grantInput(elsewhere, { regionCode: OTHER_REGION }) }, elsewhere)).submitGrantApplication.id;
    const liftingApplicant = newApplicant();
    // a resettlement payment belongs to the region the applicant moved to (PAV here)
    const lifting = ok(await a.op(SubmitLiftingApplicationDocument, { input: liftingInput(liftingApplicant) }, liftingApplicant)).submitLiftingApplication.id;
    const { id: grant } = await submitGrant(a);

    const seenByReviewer = await grants.nth(1);
    expect(seenByReviewer.data!.reviewQueueChanged).toMatchObject({ change: 'ADDED', applicationId: grant, kind: 'GRANT', regionCode: REGION, action: 'SUBMIT', fromState: null, toState: 'awaitingReview' });
    expect(seenByReviewer.data!.reviewQueueChanged.edge.node).toMatchObject({ id: grant, state: 'awaitingReview' });
    expect((await liftingOnly.nth(1)).data!.reviewQueueChanged).toMatchObject({ applicationId: lifting, kind: 'LIFTING', regionCode: OTHER_REGION });
    const all = [await everything.nth(1), await everything.nth(2)].map((r) => r.data!.reviewQueueChanged.applicationId);
    expect(all).toEqual([otherRegionGrant, lifting]);
    // a last change in each region, so that anything wrongly delivered would have arrived by now
    ok(await a.op(StartReviewDocument, { input: { applicationId: grant } }, reviewer));
    await grants.nth(2);
    expect(grants.results).toHaveLength(2);
    expect(liftingOnly.results).toHaveLength(1);
    expect(everything.results).toHaveLength(2);
    for (const feed of [grants, liftingOnly, everything]) feed.unsubscribe();
  });

  it('refuses staff of another region and applicants', async () => {
    for (const [actor, code] of [
      [otherRegionReviewer, 'FORBIDDEN'],
      [newApplicant(), 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const feed = subscribe(await clientFor(a, actor), ReviewQueueChangedDocument, { regionCode: REGION });
      expect((await feed.nth(1)).errors?.[0]?.extensions).toMatchObject({ code });
    }
  });
});

describe('reviewQueueChanged as a list uses it', () => {
  /** Subscribes, once the subscriptions of earlier tests are gone, and waits until the gateway holds it. */
  async function queueFeed<R, V>(document: TypedDocumentNode<R, V>, variables: V) {
    // an unsubscription reaches the gateway a moment later: count from none, not from a stale number
    await until(() => (a.gateway.changes.size === 0 ? 1 : 0), 1);
    const feed = subscribe(await clientFor(a, reviewer), document, variables);
    await until(() => a.gateway.changes.size, 1);
    return feed;
  }

  /** The edge the reviewer's Applications list gives the applicant's one application, in the order asked. */
  async function listEdge(applicant: { iin: string }, orderBy?: { field: 'UPDATED_AT'; direction: 'ASC' }) {
    const list = ok(await a.op(ApplicationsDocument, { filter: { regionCode: REGION, applicantIin: applicant.iin }, ...(orderBy ? { orderBy } : {}) }, reviewer)).applications;
    expect(list.edges).toHaveLength(1);
    return list.edges[0]!;
  }

  it('ADDED, UPDATED and REMOVED as an application enters, moves within and leaves the states followed, each with the edge the list gives it', async () => {
    // the region as the list filter takes it, in any case
    const queue = await queueFeed(ReviewQueueChangedDocument, { regionCode: 'akm', kind: 'GRANT', states: ['awaitingReview', 'underReview'] });

    const { id, applicant } = await submitGrant(a);
    const added = (await queue.nth(1)).data!.reviewQueueChanged;
    expect(added).toMatchObject({ change: 'ADDED', applicationId: id, regionCode: REGION, action: 'SUBMIT', toState: 'awaitingReview' });
    // the node as the list selects it and the cursor the list gives it: a cache inserts the edge as is
    expect(added.edge).toEqual(await listEdge(applicant));

    ok(await a.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    const updated = (await queue.nth(2)).data!.reviewQueueChanged;
    expect(updated).toMatchObject({ change: 'UPDATED', action: 'START_REVIEW', fromState: 'awaitingReview', toState: 'underReview' });
    expect(updated.edge.node).toMatchObject({ id, state: 'underReview', version: 2 });
    // the position in the default order (submitted, newest first) does not move with a transition
    expect(updated.edge.cursor).toBe(added.edge.cursor);
    expect(updated.edge).toEqual(await listEdge(applicant));

    ok(await a.op(RecommendDocument, { input: { applicationId: id } }, reviewer));
    const removed = (await queue.nth(3)).data!.reviewQueueChanged;
    expect(removed).toMatchObject({ change: 'REMOVED', action: 'RECOMMEND', fromState: 'underReview', toState: 'recommended' });
    expect(removed.edge).toMatchObject({ cursor: added.edge.cursor, node: { id, state: 'recommended' } });

    // outside the states before and after: nothing for this queue; the next arrival comes next
    ok(await a.op(WithdrawDocument, { input: { applicationId: id } }, applicant));
    const { id: next } = await submitGrant(a);
    expect((await queue.nth(4)).data!.reviewQueueChanged).toMatchObject({ change: 'ADDED', applicationId: next });
    expect(queue.results).toHaveLength(4);
    queue.unsubscribe();
  });

  it("gives the edge's cursor in the order asked, the one the list in that order gives", async () => {
    const QueueEdges = parse(`subscription ($regionCode: String!) {
      reviewQueueChanged(regionCode: $regionCode) {
        change
        edge(orderBy: { field: UPDATED_AT, direction: ASC }) { cursor node { id version } }
      }
    }`) as TypedDocumentNode<{ reviewQueueChanged: { change: string; edge: { cursor: string; node: { id: string; version: number } } } }, { regionCode: string }>;
    const { id, applicant } = await submitGrant(a);
    const queue = await queueFeed(QueueEdges, { regionCode: REGION });

    ok(await a.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    const event = (await queue.nth(1)).data!.reviewQueueChanged;
    expect(event).toMatchObject({ change: 'UPDATED', edge: { node: { id, version: 2 } } });
    expect(event.edge.cursor).toBe((await listEdge(applicant, { field: 'UPDATED_AT', direction: 'ASC' })).cursor);
    // and not the default order's
    expect(event.edge.cursor).not.toBe((await listEdge(applicant)).cursor);
    queue.unsubscribe();
  });

  it('still answers the former argument region and the field application', async () => {
    const queue = await queueFeed(ReviewQueueChangedByRegionDocument, { region: REGION, kind: 'GRANT' });
    const { id } = await submitGrant(a);
    expect((await queue.nth(1)).data!.reviewQueueChanged).toMatchObject({ applicationId: id, action: 'SUBMIT', application: { id, state: 'awaitingReview' } });
    queue.unsubscribe();
  });

  it('refuses an unknown region or state with VALIDATION naming it, and a region given twice', async () => {
    const refusalOf = async <V>(document: TypedDocumentNode<unknown, V>, variables: V) => {
      const feed = subscribe(await clientFor(a, reviewer), document, variables);
      const refusal = (await feed.nth(1)).errors?.[0];
      expect(refusal?.extensions).toMatchObject({ code: 'VALIDATION' });
      return (refusal!.extensions!.violations as Array<{ field: string; rule: string; message: string }>)[0]!;
    };
    const region = await refusalOf(ReviewQueueChangedDocument, { regionCode: 'nowhere' });
    expect(region).toMatchObject({ field: 'regionCode', rule: 'REGION_UNKNOWN' });
    expect(region.message).toContain('"nowhere"');
    expect(await refusalOf(ReviewQueueChangedByRegionDocument, { region: 'nowhere' })).toMatchObject({ field: 'region', rule: 'REGION_UNKNOWN' });
    const state = await refusalOf(ReviewQueueChangedDocument, { regionCode: REGION, kind: 'GRANT', states: ['awaitingReview', 'limbo'] });
    expect(state).toMatchObject({ field: 'states', rule: 'STATE_UNKNOWN' });
    expect(state.message).toContain('"limbo"');
    const Both = parse('subscription { reviewQueueChanged(regionCode: "AKM", region: "AKM") { change } }') as TypedDocumentNode<unknown, Record<string, never>>;
    expect(await refusalOf(Both, {})).toMatchObject({ field: 'region', rule: 'ONE_OF' });
    const Neither = parse('subscription { reviewQueueChanged { change } }') as TypedDocumentNode<unknown, Record<string, never>>;
    expect(await refusalOf(Neither, {})).toMatchObject({ field: 'regionCode', rule: 'REQUIRED' });
  });
});

describe('between replicas (LISTEN/NOTIFY)', () => {
  it('a transition committed through one gateway reaches subscribers connected to the other', async () => {
    const { id, applicant } = await submitGrant(a);
    const before = b.gateway.changes.size;
    const onB = subscribe(await clientFor(b, applicant), ApplicationChangedDocument, { id });
    const queueOnB = subscribe(await clientFor(b, approver), ReviewQueueChangedDocument, { regionCode: REGION, kind: 'GRANT' });
    await until(() => b.gateway.changes.size, before + 2);

    ok(await a.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));

    expect((await onB.nth(1)).data!.applicationChanged).toMatchObject({ applicationId: id, action: 'START_REVIEW', version: 2, application: { state: 'underReview' } });
    expect((await queueOnB.nth(1)).data!.reviewQueueChanged).toMatchObject({ applicationId: id, toState: 'underReview' });
    onB.unsubscribe();
    queueOnB.unsubscribe();
  });

  it('completes open subscriptions when a gateway shuts down', async () => {
    const c = await startTestGateway({ databaseUrl: a.databaseUrl });
    const { id, applicant } = await submitGrant(a);
    const feed = subscribe(await clientFor(c, applicant), ApplicationChangedDocument, { id });
    await until(() => c.gateway.changes.size, 1);
    await c.close();
    await expect(Promise.race([feed.ended.then(() => 'ended', () => 'ended'), new Promise((r) => setTimeout(() => r('hung'), 5000))])).resolves.toBe('ended');
  });
});
