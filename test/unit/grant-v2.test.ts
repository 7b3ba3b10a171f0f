import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { availableEvents, explainRefusal, persist, replay, start, stateOf, step, type LoggedEvent, type WorkflowEvent } from '../../workflows/definition';
import { grantWorkflowV1, type GrantEvent, type GrantSubmitEvent } from '../../workflows/grant/v1';
import { grantWorkflowV2, siteVisitThreshold } from '../../workflows/grant/v2';
import { latestWorkflow, workflowFor } from '../../workflows/registry';
import { makeIin } from '../../workflows/rules/iin';
import type { ActorRef } from '../../workflows/rules/roles';
import { applicant, approver, FY2026, reviewer, reviewer2 } from '../support/machine-harness';

// ---------------------------------------------------------------------------------------------
// Grant machine version 2: version 1 with the programme's rule change — above a share of the cap
// (a fact on RECOMMEND, GRANT_SITE_VISIT_SHARE) the reviewer records a site visit first.
// ---------------------------------------------------------------------------------------------

type Ev<T extends GrantEvent['type']> = Extract<GrantEvent, { type: T }>;

const T = {
  submit: '2026-03-02T04:00:00.000Z',
  startReview: '2026-03-03T05:00:00.000Z',
  visit: '2026-03-04T06:00:00.000Z',
  recommend: '2026-03-05T07:00:00.000Z',
  approve: '2026-03-10T09:00:00.000Z',
};
/** 50 % of the cap */
const HALF = 5000;
/** 50 % of 865 000.00 (200 MCI of 2026) */
const THRESHOLD = '432500.00';

function submit(amount: string): GrantSubmitEvent {
  return {
    type: 'SUBMIT',
    actor: applicant,
    at: T.submit,
    applicationId: 'application-1',
    applicant: { iin: makeIin('1990-01-01', 'male', 12), categories: ['UNEMPLOYED'] },
    regionCode: 'AKM',
    proposal: { amount, businessIdea: 'A bakery', purpose: 'EQUIPMENT', certificate: { number: 'BB-1', issuedOn: '2025-11-20' } },
    facts: { fiscalYear: FY2026, regionExists: true },
  };
}

const ev = {
  startReview: (): Ev<'START_REVIEW'> => ({ type: 'START_REVIEW', actor: reviewer, at: T.startReview }),
  visit: (overrides: Partial<Ev<'RECORD_SITE_VISIT'>> = {}): Ev<'RECORD_SITE_VISIT'> => ({
    type: 'RECORD_SITE_VISIT',
    actor: reviewer,
    at: T.visit,
    visitedOn: '2026-03-04',
    findings: 'The premises are rented; the oven supplier confirmed the quote.',
    ...overrides,
  }),
  recommend: (amount?: string, shareBp: number | null = HALF, actor: ActorRef = reviewer): Ev<'RECOMMEND'> => ({
    type: 'RECOMMEND',
    actor,
    at: T.recommend,
    ...(amount !== undefined ? { amount } : {}),
    ...(shareBp !== null ? { facts: { siteVisitShareBp: shareBp } } : {}),
  }),
  approve: (): Ev<'APPROVE'> => ({ type: 'APPROVE', actor: approver, at: T.approve, facts: { fiscalYear: FY2026 } }),
};

function underReview(amount: string): AnyMachineSnapshot {
  return step(grantWorkflowV2, start(grantWorkflowV2, submit(amount)), ev.startReview())!;
}

describe('grant machine version 2', () => {
  it('is the latest grant version; version 1 stays registered for the applications opened on it', () => {
    expect(latestWorkflow('grant')).toBe(grantWorkflowV2);
    expect(workflowFor('grant', 1)).toBe(grantWorkflowV1);
    expect(grantWorkflowV2.eventRoles.RECORD_SITE_VISIT).toEqual(['reviewer']);
    expect(grantWorkflowV1.eventRoles.RECORD_SITE_VISIT).toBeUndefined();
    expect(grantWorkflowV2.factsFor.RECOMMEND).toEqual(['siteVisitShareBp']);
  });

  it('starts with no site visit on file; version 1 has no such field', () => {
    expect(start(grantWorkflowV2, submit('500000.00')).context.siteVisit).toBeNull();
    expect('siteVisit' in start(grantWorkflowV1, submit('500000.00')).context).toBe(false);
  });

  it('computes the threshold in tiyn, rounding down', () => {
    expect(siteVisitThreshold('865000.00', 5000)).toBe(43_250_000n);
    expect(siteVisitThreshold('865000.00', 3333)).toBe(28_830_450n);
  });

  it('refuses a recommendation above the share of the cap without a site visit, naming the rule', () => {
    const snapshot = underReview('500000.00');
    expect(step(grantWorkflowV2, snapshot, ev.recommend())).toBeNull();
    expect(explainRefusal(grantWorkflowV2, snapshot, ev.recommend())).toMatchObject({ code: 'VALIDATION', field: 'amount', rule: 'SITE_VISIT_REQUIRED' });
    expect(explainRefusal(grantWorkflowV2, snapshot, ev.recommend())!.message).toContain('50 % of the grant cap (432 500.00');
    // the reviewer may still recommend, and sees RECORD_SITE_VISIT among the actions
    expect(availableEvents(grantWorkflowV2, snapshot, reviewer)).toEqual(['RECOMMEND', 'RECORD_SITE_VISIT', 'REJECT', 'REQUEST_CHANGES']);
  });

  it('recommends at or below the share without a visit, and a smaller amount of a larger request', () => {
    expect(stateOf(step(grantWorkflowV2, underReview(THRESHOLD), ev.recommend())!)).toBe('recommended');
    expect(step(grantWorkflowV2, underReview('432500.01'), ev.recommend())).toBeNull();
    expect(stateOf(step(grantWorkflowV2, underReview('800000.00'), ev.recommend('400000.00'))!)).toBe('recommended');
  });

  it('follows the share on the event: 100 % asks for no visit within the cap', () => {
    expect(stateOf(step(grantWorkflowV2, underReview('865000.00'), ev.recommend(undefined, 10_000))!)).toBe('recommended');
  });

  it('refuses a recommendation whose event carries no share (the engine always gathers it)', () => {
    expect(explainRefusal(grantWorkflowV2, underReview('100000.00'), ev.recommend(undefined, null))).toMatchObject({ rule: 'SITE_VISIT_SHARE_UNKNOWN' });
  });

  it('records the site visit, stays under review, and then recommends above the share', () => {
    const visited = step(grantWorkflowV2, underReview('800000.00'), ev.visit())!;
    expect(stateOf(visited)).toBe('underReview');
    expect(visited.context.siteVisit).toEqual({ by: reviewer.id, at: T.visit, visitedOn: '2026-03-04', findings: 'The premises are rented; the oven supplier confirmed the quote.' });
    const recommended = step(grantWorkflowV2, visited, ev.recommend())!;
    expect(stateOf(recommended)).toBe('recommended');
    // another reviewer's visit does not stop the approval; four eyes is about the recommendation
    expect(stateOf(step(grantWorkflowV2, recommended, ev.approve())!)).toBe('disbursementPending');
  });

  it('refuses a visit in the future, before the submission, without findings, or by anyone but a reviewer', () => {
    const snapshot = underReview('800000.00');
    expect(explainRefusal(grantWorkflowV2, snapshot, ev.visit({ visitedOn: '2026-03-05' }))).toMatchObject({ field: 'visitedOn', rule: 'IN_FUTURE' });
    expect(explainRefusal(grantWorkflowV2, snapshot, ev.visit({ visitedOn: '2026-03-01' }))).toMatchObject({ field: 'visitedOn', rule: 'BEFORE_SUBMISSION' });
    expect(explainRefusal(grantWorkflowV2, snapshot, ev.visit({ findings: '  ' }))).toMatchObject({ field: 'findings', rule: 'REQUIRED' });
    expect(explainRefusal(grantWorkflowV2, snapshot, ev.visit({ actor: approver }))).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    expect(explainRefusal(grantWorkflowV2, snapshot, ev.visit({ actor: reviewer2 }))).toBeNull();
  });

  it('takes a site visit only under review', () => {
    const awaiting = start(grantWorkflowV2, submit('800000.00'));
    expect(explainRefusal(grantWorkflowV2, awaiting, ev.visit())).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
  });

  it('keeps version 1 as it was: a recommendation above the share needs no visit there', () => {
    const v1 = step(grantWorkflowV1, start(grantWorkflowV1, submit('800000.00')), ev.startReview())!;
    expect(stateOf(step(grantWorkflowV1, v1, ev.recommend())!)).toBe('recommended');
    expect(step(grantWorkflowV1, v1, ev.visit())).toBeNull();
  });

  it('replays its own log to the same snapshot', () => {
    const events: WorkflowEvent[] = [ev.startReview(), ev.visit(), ev.recommend('700000.00'), ev.approve()];
    let snapshot = start(grantWorkflowV2, submit('800000.00'));
    const log: LoggedEvent[] = [{ event: submit('800000.00'), toState: stateOf(snapshot) }];
    for (const event of events) {
      snapshot = step(grantWorkflowV2, snapshot, event)!;
      log.push({ event, toState: stateOf(snapshot) });
    }
    expect(persist(grantWorkflowV2, replay(grantWorkflowV2, log))).toEqual(persist(grantWorkflowV2, snapshot));
  });
});
