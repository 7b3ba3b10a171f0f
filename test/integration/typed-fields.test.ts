import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveDocument,
  ConfirmDisbursementDocument,
  RecommendDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
} from '../../schema/client/graphql';
import { expectAccepted, expectRefused, ok, rulesOf } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { subscribe, until, wsClient } from '../support/subscriptions';
import { accountant, approver, auditor, grantInput, manualClock, newApplicant, REGION, reviewer } from '../support/fixtures';
import { describeWorkflow } from '../../workflows/diagram';
import { allWorkflows } from '../../workflows/registry';

// issue 14 point 5: closed sets typed as enums beside the string fields they replace, which stay
// working and are marked @deprecated with their replacement (README Schema checks, Deprecations)

const clock = manualClock('2026-04-06T09:00:00Z');
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

const READ = /* GraphQL */ `
  query Typed($id: ID!) {
    application(id: $id) {
      id
      status
      state
      history {
        event
        action
        fromStatus
        fromState
        toStatus
        toState
      }
      payment {
        settlementStatus
        status
      }
    }
  }
`;

interface Typed {
  id: string;
  status: string;
  state: string;
  history: Array<{ event: string; action: string; fromStatus: string | null; fromState: string | null; toStatus: string; toState: string }>;
  payment: { settlementStatus: string; status: string } | null;
}

async function read(id: string): Promise<Typed> {
  const response = await t.gql<{ application: Typed }>(READ, { id }, auditor);
  expectAccepted(response);
  return response.body.data!.application;
}

const LIST = /* GraphQL */ `
  query TypedList($filter: ApplicationFilterInput) {
    applications(filter: $filter) {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`;

async function listIds(filter: Record<string, unknown>): Promise<string[]> {
  const response = await t.gql<{ applications: { edges: Array<{ node: { id: string } }> } }>(LIST, { filter }, auditor);
  expectAccepted(response);
  return response.body.data!.applications.edges.map((e) => e.node.id);
}

describe('an application status', () => {
  it('answers the state as an ApplicationState, and the deprecated state as before', async () => {
    const applicant = newApplicant('1993-02-11');
    const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
    expect(await read(id)).toMatchObject({ status: 'AWAITING_REVIEW', state: 'awaitingReview' });
    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    const view = await read(id);
    expect(view).toMatchObject({ status: 'UNDER_REVIEW', state: 'underReview' });
    expect(view.history).toEqual([
      { event: 'SUBMIT', action: 'SUBMIT', fromStatus: null, fromState: null, toStatus: 'AWAITING_REVIEW', toState: 'awaitingReview' },
      { event: 'START_REVIEW', action: 'START_REVIEW', fromStatus: 'AWAITING_REVIEW', fromState: 'awaitingReview', toStatus: 'UNDER_REVIEW', toState: 'underReview' },
    ]);

    const preview = await t.gql(
      /* GraphQL */ `
        query Preview($id: ID!) {
          allowed: previewAction(applicationId: $id, action: REQUEST_CHANGES, payload: { note: "add the premises contract" }) {
            allowed
            fromStatus
            fromState
            toStatus
            toState
          }
          refused: previewAction(applicationId: $id, action: START_REVIEW) {
            allowed
            fromStatus
            fromState
            toStatus
            toState
          }
        }
      `,
      { id },
      reviewer,
    );
    expectAccepted(preview);
    expect(preview.body.data).toEqual({
      allowed: { allowed: true, fromStatus: 'UNDER_REVIEW', fromState: 'underReview', toStatus: 'CHANGES_REQUESTED', toState: 'changesRequested' },
      refused: { allowed: false, fromStatus: 'UNDER_REVIEW', fromState: 'underReview', toStatus: null, toState: null },
    });
  });

  it('filters the list by statuses, and by the deprecated states as before', async () => {
    const applicant = newApplicant('1988-10-03');
    const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
    const mine = { applicantIin: applicant.iin };
    expect(await listIds({ ...mine, statuses: ['AWAITING_REVIEW'] })).toEqual([id]);
    expect(await listIds({ ...mine, statuses: ['UNDER_REVIEW', 'WITHDRAWN'] })).toEqual([]);
    expect(await listIds({ ...mine, states: ['awaitingReview'] })).toEqual([id]);
    expect(await listIds({ ...mine, statuses: [] })).toEqual([id]);

    const both = await t.gql(LIST, { filter: { ...mine, statuses: ['AWAITING_REVIEW'], states: ['awaitingReview'] } }, auditor);
    expect(rulesOf(expectRefused(both, 'VALIDATION'))).toEqual(['FILTER_CONFLICT']);
    // a value outside the enum never reaches the resolver
    const unknown = await t.gql(LIST, { filter: { statuses: ['awaitingReview'] } }, auditor);
    expect(unknown.body.errors?.[0]?.message).toMatch(/ApplicationState/);
  });

  it('refuses a status that is not one of the filtered kind, by its enum name', async () => {
    const grantStates = new Set(allWorkflows().filter((d) => d.kind === 'grant').flatMap((d) => describeWorkflow(d).states.map((s) => s.name)));
    const other = allWorkflows()
      .flatMap((d) => describeWorkflow(d).states.map((s) => s.name))
      .find((s) => !grantStates.has(s))!;
    const name = other.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
    const refused = await t.gql(LIST, { filter: { kind: 'GRANT', statuses: [name] } }, auditor);
    const error = expectRefused(refused, 'VALIDATION');
    expect(rulesOf(error)).toEqual(['STATE_UNKNOWN']);
    expect(JSON.stringify(error)).toContain(name);
  });
});

describe('the workflows as data', () => {
  it('name states and actions by the enums, beside the deprecated strings', async () => {
    const response = await t.gql(/* GraphQL */ `
      {
        workflowDefinitions(kind: GRANT) {
          initialStatus
          initialState
          states {
            status
            name
          }
          events {
            action
            type
          }
        }
      }
    `);
    expectAccepted(response);
    for (const def of response.body.data.workflowDefinitions) {
      expect(def).toMatchObject({ initialStatus: 'SCREENING', initialState: 'screening' });
      for (const state of def.states) expect(state.status).toBe(state.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase());
      for (const event of def.events) expect(event.action).toBe(event.type);
      expect(def.states.map((s: { status: string }) => s.status)).toContain('UNDER_REVIEW');
    }
  });
});

describe('roles and sex in UPPER_CASE', () => {
  it('answer userRoles, allowedRoles and gender beside the deprecated lower-case roles and sex', async () => {
    const applicant = newApplicant('1985-06-30', 'male');
    const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    const response = await t.gql(
      /* GraphQL */ `
        query Cased($id: ID!, $iin: String!) {
          me {
            userRoles
            roles
          }
          application(id: $id) {
            applicant {
              gender
              sex
            }
            history {
              actor {
                userRoles
                roles
              }
            }
          }
          applications(filter: { applicantIin: $iin }) {
            edges {
              node {
                applicant {
                  gender
                }
              }
            }
          }
          workflowDefinitions(kind: GRANT) {
            events {
              action
              allowedRoles
              roles
            }
          }
        }
      `,
      { id, iin: applicant.iin },
      auditor,
    );
    expectAccepted(response);
    const data = response.body.data;
    expect(data.me).toEqual({ userRoles: ['AUDITOR'], roles: ['auditor'] });
    expect(data.application.applicant).toEqual({ gender: 'MALE', sex: 'male' });
    expect(data.application.history.map((h: { actor: unknown }) => h.actor)).toEqual([
      { userRoles: ['APPLICANT'], roles: ['applicant'] },
      { userRoles: ['REVIEWER'], roles: ['reviewer'] },
    ]);
    expect(data.applications.edges).toEqual([{ node: { applicant: { gender: 'MALE' } } }]);
    for (const def of data.workflowDefinitions) {
      for (const event of def.events) expect(event.allowedRoles).toEqual(event.roles.map((r: string) => r.toUpperCase()));
    }
  });
});

describe('a subscription event', () => {
  it('answers event, fromStatus and toStatus beside the deprecated strings', async () => {
    const applicant = newApplicant('1979-08-14');
    const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
    const client = wsClient(t.url, await t.token(applicant));
    try {
      const document = parse(/* GraphQL */ `
        subscription TypedChange($id: ID!) {
          applicationChanged(id: $id) {
            event
            action
            fromStatus
            fromState
            toStatus
            toState
            application {
              status
            }
          }
        }
      `) as TypedDocumentNode<{ applicationChanged: Record<string, unknown> }, { id: string }>;
      const before = t.gateway.changes.size;
      const feed = subscribe(client, document, { id });
      await until(() => t.gateway.changes.size, before + 1);
      ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
      const first = await feed.nth(1);
      expect(first.errors).toBeUndefined();
      expect(first.data!.applicationChanged).toEqual({
        event: 'START_REVIEW',
        action: 'START_REVIEW',
        fromStatus: 'AWAITING_REVIEW',
        fromState: 'awaitingReview',
        toStatus: 'UNDER_REVIEW',
        toState: 'underReview',
        application: { status: 'UNDER_REVIEW' },
      });
      feed.unsubscribe();
    } finally {
      await client.dispose();
    }
  });

  it('follows a queue by statuses, as by the deprecated states; both at once are refused', async () => {
    const client = wsClient(t.url, await t.token(auditor));
    try {
      const document = parse(/* GraphQL */ `
        subscription TypedQueue($regionCode: String!, $statuses: [ApplicationState!], $states: [String!]) {
          reviewQueueChanged(regionCode: $regionCode, kind: GRANT, statuses: $statuses, states: $states) {
            change
            applicationId
            toStatus
          }
        }
      `) as TypedDocumentNode<{ reviewQueueChanged: Record<string, unknown> }, Record<string, unknown>>;
      // the previous test's subscription is gone once its socket closed
      await until(() => (t.gateway.changes.size === 0 ? 1 : 0), 1);
      const before = t.gateway.changes.size;
      const byStatus = subscribe(client, document, { regionCode: REGION, statuses: ['UNDER_REVIEW'] });
      const byState = subscribe(client, document, { regionCode: REGION, states: ['underReview'] });
      await until(() => t.gateway.changes.size, before + 2);
      const applicant = newApplicant('1982-01-09');
      const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
      ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
      // the submission (into AWAITING_REVIEW) is not followed; the review moves it in
      for (const feed of [byStatus, byState]) {
        expect((await feed.nth(1)).data!.reviewQueueChanged).toEqual({ change: 'ADDED', applicationId: id, toStatus: 'UNDER_REVIEW' });
        feed.unsubscribe();
      }
      const both = subscribe(client, document, { regionCode: REGION, statuses: ['UNDER_REVIEW'], states: ['underReview'] });
      const refusal = await both.nth(1);
      expect(refusal.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION' });
      expect(JSON.stringify(refusal.errors)).toContain('FILTER_CONFLICT');
    } finally {
      await client.dispose();
    }
  });
});

describe('a payment status', () => {
  it('answers settlementStatus as a PaymentStatus, and the deprecated status as before', async () => {
    const applicant = newApplicant('1990-12-24');
    const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '600000.00' }) }, applicant)).submitGrantApplication.id;
    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    ok(await t.op(RecommendDocument, { input: { applicationId: id, amount: '600000.00' } }, reviewer));
    ok(await t.op(ApproveDocument, { input: { applicationId: id } }, approver));
    expect((await read(id)).payment).toBeNull();
    ok(await t.op(ConfirmDisbursementDocument, { input: { applicationId: id, paymentReference: 'PO-TYPED', paidOn: '2026-04-06' } }, accountant));
    expect((await read(id)).payment).toEqual({ settlementStatus: 'PENDING', status: 'PENDING' });
    await t.gateway.jobs.processPayments();
    expect((await read(id)).payment).toEqual({ settlementStatus: 'SETTLED', status: 'SETTLED' });
  });
});

describe('a region', () => {
  it('has an id and a RegionKind beside the deprecated type', async () => {
    const response = await t.gql<{ regions: Array<{ id: string; code: string; kind: string; type: string }> }>(
      '{ regions { id code kind type } }',
    );
    expectAccepted(response);
    const regions = response.body.data!.regions;
    expect(regions.length).toBeGreaterThan(10);
    for (const region of regions) {
      expect(region.id).toBe(region.code);
      expect(region.kind).toBe(region.type);
    }
    expect(new Set(regions.map((r) => r.kind))).toEqual(new Set(['REGION', 'CITY']));
  });
});

describe('the schema', () => {
  it('marks each replaced field deprecated with its replacement, and lists every workflow state', async () => {
    const response = await t.gql(/* GraphQL */ `
      {
        application: __type(name: "Application") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
        history: __type(name: "HistoryEntry") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
        payment: __type(name: "Payment") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
        region: __type(name: "Region") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
        filter: __type(name: "ApplicationFilterInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
        states: __type(name: "ApplicationState") { enumValues { name } }
      }
    `);
    expectAccepted(response);
    const data = response.body.data;
    const reason = (type: string, name: string) =>
      (data[type].fields ?? data[type].inputFields).find((f: { name: string }) => f.name === name)?.deprecationReason as string | null;
    expect(reason('application', 'state')).toMatch(/^use status/);
    expect(reason('application', 'status')).toBeNull();
    expect(reason('history', 'action')).toMatch(/^use event/);
    expect(reason('payment', 'status')).toMatch(/^use settlementStatus/);
    expect(reason('region', 'type')).toMatch(/^use kind/);
    expect(reason('filter', 'states')).toMatch(/^use statuses/);
    const stored = new Set(allWorkflows().flatMap((d) => describeWorkflow(d).states.map((s) => s.name)));
    expect(data.states.enumValues).toHaveLength(stored.size);
    expect(data.states.enumValues.map((v: { name: string }) => v.name)).toEqual(expect.arrayContaining(['AWAITING_REVIEW', 'UNDER_REVIEW', 'DISBURSED']));
  });
});
