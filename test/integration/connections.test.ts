import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  ApplicationsDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  SubmitLiftingApplicationDocument,
  type ApplicationOrder,
  type ApplicationsQueryVariables,
} from '../../schema/client/graphql';
import { codeOf, ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { auditor, grantInput, liftingInput, manualClock, newApplicant, otherRegionReviewer, REGION, reviewer } from '../support/fixtures';

/**
 * The application list as a connection like GitHub's and Shopify's: orders in both directions
 * with keyset cursors, paging forward and back with a full PageInfo, totalCount, a common
 * deadline, a staff search, dates as dates, and unknown values refused by name.
 */
const clock = manualClock('2026-03-02T04:00:00Z');
let t: TestGateway;

type Node = { id: string; requestedAmount: string; updatedAt: string; submittedAt: string; deadline?: string | null };
const amounts = ['700000.00', '300000.00', '500000.00', '300000.00', '850000.00', '100000.00', '650000.00'];
const akm: Array<{ id: string; amount: string }> = [];
const pav: { lifting: string[]; grant: string } = { lifting: [], grant: '' };
const named = { applicant: newApplicant('1994-08-30'), name: 'Gulnara Zhaksylykova' };

async function page(actor: Actor, variables: ApplicationsQueryVariables) {
  return ok(await t.op(ApplicationsDocument, variables, actor)).applications;
}

/** Every id of an order, read forward `size` at a time, and the pageInfo of each page. */
async function forward(actor: Actor, orderBy: ApplicationOrder, size: number, filter?: ApplicationsQueryVariables['filter']) {
  const ids: string[] = [];
  const infos = [];
  let after: string | undefined;
  for (;;) {
    const p = await page(actor, { filter, orderBy, first: size, after });
    ids.push(...p.edges.map((e) => e.node.id));
    infos.push(p.pageInfo);
    if (!p.pageInfo.hasNextPage) return { ids, infos };
    after = p.pageInfo.endCursor!;
  }
}

/** The same order read backward from its end, `size` at a time, and put back in order. */
async function backward(actor: Actor, orderBy: ApplicationOrder, size: number, filter?: ApplicationsQueryVariables['filter']) {
  const pages: string[][] = [];
  const infos = [];
  let before: string | undefined;
  for (;;) {
    const p = await page(actor, { filter, orderBy, last: size, before });
    pages.unshift(p.edges.map((e) => e.node.id));
    infos.push(p.pageInfo);
    if (!p.pageInfo.hasPreviousPage) return { ids: pages.flat(), infos };
    before = p.pageInfo.startCursor!;
  }
}

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
  for (const [i, amount] of amounts.entries()) {
    clock.advance(60_000);
    const applicant = i === 0 ? named.applicant : newApplicant();
    const input = grantInput(applicant, { amount });
    if (i === 0) input.applicant.fullName = named.name;
    akm.push({ id: ok(await t.op(SubmitGrantApplicationDocument, { input }, applicant)).submitGrantApplication.id, amount });
  }
  // lifting payments run a decision deadline from their submission; a grant runs none
  for (const day of ['2026-03-03T04:00:00Z', '2026-03-05T04:00:00Z', '2026-03-04T04:00:00Z']) {
    clock.set(day);
    const person = newApplicant();
    pav.lifting.push(ok(await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, person)).submitLiftingApplication.id);
  }
  clock.advance(60_000);
  const person = newApplicant();
  pav.grant = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(person, { regionCode: 'PAV' }) }, person)).submitGrantApplication.id;
});
afterAll(async () => {
  await t?.close();
});

describe('orders, both ways', () => {
  it('orders by amount, ties by id, the same read forward and backward in pages of 3', async () => {
    const expected = [...akm].sort((a, b) => Number(a.amount) - Number(b.amount) || (a.id < b.id ? -1 : 1)).map((a) => a.id);
    const asc = { field: 'AMOUNT', direction: 'ASC' } as const;
    expect((await forward(reviewer, asc, 3)).ids).toEqual(expected);
    expect((await backward(reviewer, asc, 3)).ids).toEqual(expected);
    const desc = { field: 'AMOUNT', direction: 'DESC' } as const;
    expect((await forward(reviewer, desc, 2)).ids).toEqual([...expected].reverse());
    expect((await backward(reviewer, desc, 4)).ids).toEqual([...expected].reverse());
  });

  it('gives a full PageInfo: previous pages when a cursor was sent, the next when more rows follow', async () => {
    const order = { field: 'SUBMITTED_AT', direction: 'ASC' } as const;
    const ahead = await forward(reviewer, order, 3);
    expect(ahead.ids).toEqual(akm.map((a) => a.id));
    expect(ahead.infos.map((i) => [i.hasPreviousPage, i.hasNextPage])).toEqual([[false, true], [true, true], [true, false]]);
    const back = await backward(reviewer, order, 3);
    expect(back.infos.map((i) => [i.hasPreviousPage, i.hasNextPage])).toEqual([[true, false], [true, true], [false, true]]);
    const first = await page(reviewer, { orderBy: order, first: 3 });
    expect(first.pageInfo.startCursor).toBe(first.edges[0]!.cursor);
    expect(first.pageInfo.endCursor).toBe(first.edges[2]!.cursor);
  });

  it('newest first by default, and by last change: the application acted on comes first', async () => {
    expect((await page(reviewer, { first: 100 })).edges.map((e) => e.node.id)).toEqual(akm.map((a) => a.id).reverse());
    clock.set('2026-03-06T04:00:00Z');
    ok(await t.op(StartReviewDocument, { input: { applicationId: akm[3]!.id, expectedVersion: 1 } }, reviewer));
    const byChange = await page(reviewer, { orderBy: { field: 'UPDATED_AT', direction: 'DESC' }, first: 2 });
    expect(byChange.edges[0]!.node).toMatchObject({ id: akm[3]!.id, state: 'underReview', updatedAt: '2026-03-06T04:00:00.000Z' });
  });

  it('orders by the common deadline: the soonest first, applications without one last (and first when descending)', async () => {
    const asc = await forward(otherRegionReviewer, { field: 'DEADLINE', direction: 'ASC' }, 2);
    expect(asc.ids).toEqual([pav.lifting[0], pav.lifting[2], pav.lifting[1], pav.grant]);
    const desc = await backward(otherRegionReviewer, { field: 'DEADLINE', direction: 'DESC' }, 3);
    expect(desc.ids).toEqual([pav.grant, pav.lifting[1], pav.lifting[2], pav.lifting[0]]);
    const nodes = (await page(otherRegionReviewer, { orderBy: { field: 'DEADLINE', direction: 'ASC' }, first: 10 })).edges.map((e) => e.node as Node);
    expect(nodes.slice(0, 3).every((n) => typeof n.deadline === 'string')).toBe(true);
    expect(nodes[3]!.deadline).toBeNull();
  });
});

describe('totalCount', () => {
  it('counts every page of the filter, within the caller’s scope, when asked for', async () => {
    expect((await page(reviewer, { first: 2, withTotalCount: true })).totalCount).toBe(akm.length);
    expect((await page(auditor, { first: 1, withTotalCount: true, filter: { kind: 'LIFTING' } })).totalCount).toBe(3);
    expect((await page(named.applicant, { first: 1, withTotalCount: true })).totalCount).toBe(1);
    expect((await page(reviewer, { first: 2 })).totalCount).toBeUndefined();
  });
});

describe('filters a frontend can build on', () => {
  it('finds applications by the first digits of an IIN or a part of the name, in any case', async () => {
    const byIin = await page(reviewer, { first: 10, filter: { search: named.applicant.iin.slice(0, 8) } });
    expect(byIin.edges.map((e) => e.node.id)).toContain(akm[0]!.id);
    expect(byIin.edges.every((e) => e.node.applicant.fullName === named.name || e.node.id !== akm[0]!.id)).toBe(true);
    const byName = await page(reviewer, { first: 10, filter: { search: 'zhaksyl' } });
    expect(byName.edges.map((e) => e.node.id)).toEqual([akm[0]!.id]);
    // a wildcard is a letter like any other
    expect((await page(reviewer, { first: 10, filter: { search: '%%' } })).edges).toEqual([]);
  });

  it('takes plain dates for the submission window, in the programme’s time zone', async () => {
    const day = await page(auditor, { first: 100, filter: { submittedOnOrAfter: '2026-03-04', submittedOnOrBefore: '2026-03-04' } });
    // the last lifting payment and the grant after it were submitted that day, newest first
    expect(day.edges.map((e) => e.node.id)).toEqual([pav.grant, pav.lifting[2]]);
    const before = await page(auditor, { first: 100, filter: { submittedOnOrBefore: '2026-03-03' } });
    expect(before.edges.map((e) => e.node.id)).toEqual([pav.lifting[0], ...akm.map((a) => a.id).reverse()]);
  });

  it('reads a region code in any case', async () => {
    const lower = await page(auditor, { first: 100, filter: { regionCode: ' pav ' } });
    expect(lower.edges).toHaveLength(4);
  });
});

describe('refusals that name what was wrong', () => {
  const refusal = async (variables: ApplicationsQueryVariables | Record<string, unknown>) => {
    const response = await t.op(ApplicationsDocument, variables as ApplicationsQueryVariables, reviewer);
    return { code: codeOf(response), message: response.body.errors?.[0]?.message ?? '', extensions: response.body.errors?.[0]?.extensions };
  };

  it('an unknown state or region is VALIDATION naming the value', async () => {
    const state = await refusal({ filter: { states: ['awaitingReview', 'noSuchState'] } });
    expect(state.code).toBe('VALIDATION');
    expect(state.message).toContain('"noSuchState"');
    expect(JSON.stringify(state.extensions)).toContain('STATE_UNKNOWN');
    const region = await refusal({ filter: { regionCode: 'XXX' } });
    expect(region.code).toBe('VALIDATION');
    expect(region.message).toContain('"XXX"');
    expect(region.message).toContain(REGION);
  });

  it('first with last, a cursor of another order, a malformed cursor, a page size out of range', async () => {
    expect((await refusal({ first: 2, last: 2 })).code).toBe('VALIDATION');
    expect((await refusal({ first: 2, before: 'x' })).code).toBe('VALIDATION');
    const byAmount = await page(reviewer, { orderBy: { field: 'AMOUNT', direction: 'ASC' }, first: 2 });
    const other = await refusal({ first: 2, after: byAmount.pageInfo.endCursor });
    expect(other.code).toBe('VALIDATION');
    expect(other.message).toContain('AMOUNT ASC');
    expect((await refusal({ first: 2, after: 'not-a-cursor' })).code).toBe('VALIDATION');
    expect((await refusal({ last: 101 })).code).toBe('VALIDATION');
  });

  it('an order field that does not exist is refused before anything runs', async () => {
    const response = await t.gql(`{ applications(orderBy: { field: POPULARITY, direction: ASC }) { edges { cursor } } }`, {}, reviewer);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toContain('POPULARITY');
  });
});
