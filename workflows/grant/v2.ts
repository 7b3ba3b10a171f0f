import { assertEvent, assign } from 'xstate';
import { requireText, stamp, validation } from '../common';
import { defineRules, type Adoption, type Refusal } from '../definition';
import { localDateOf } from '../rules/fiscal';
import { formatRate } from '../rules/rate';
import { describeMoney, moneyFromNumeric } from '../rules/money';
import * as kit from '../kit';
import { grantContext, grantRulesV1, grantSetup, grantSpec, grantStates, type GrantContext, type GrantEvent } from './v1';

/** A share as people write it: 5000 → "50", 3750 → "37.5". */
function percent(shareBp: number): string {
  return formatRate(shareBp).replace(/\.?0+$/, '');
}

/** The amount above which a recommendation needs a site visit: `shareBp` of the cap, in tiyn (rounded down). */
export function siteVisitThreshold(cap: string, shareBp: number): bigint {
  return (moneyFromNumeric(cap) * BigInt(shareBp)) / 10_000n;
}

/**
 * The amount to recommend and the threshold it passes when the recommendation needs a site visit
 * that is not on file (above `shareBp` of the cap of the application's last screening), or null.
 */
function visitNeeded(context: GrantContext, amount: string, shareBp: number): { recommended: bigint; threshold: bigint } | null {
  // an application is screened against the cap before it can be reviewed; without one nothing is compared
  if (context.siteVisit || context.screening.cap === null) return null;
  const threshold = siteVisitThreshold(context.screening.cap, shareBp);
  const recommended = moneyFromNumeric(amount);
  return recommended > threshold ? { recommended, threshold } : null;
}

const SHARE_UNKNOWN = validation('amount', 'SITE_VISIT_SHARE_UNKNOWN', 'the share of the cap above which a site visit is required is not set');

/** Why recommending `amount` needs a site visit first, or null. */
export function siteVisitMissing(context: GrantContext, amount: string, shareBp: number | undefined): Refusal | null {
  if (shareBp === undefined) return context.siteVisit ? null : SHARE_UNKNOWN;
  const needed = visitNeeded(context, amount, shareBp);
  return needed
    ? validation(
        'amount',
        'SITE_VISIT_REQUIRED',
        `${describeMoney(needed.recommended)} is above ${percent(shareBp)} % of the grant cap (${describeMoney(needed.threshold)}): ` +
          'record a site visit (recordSiteVisit) before recommending it, or recommend less',
      )
    : null;
}

const rules = defineRules<GrantContext, GrantEvent>()({
  ...grantRulesV1,
  /** version 1's checks of the amount, then the site visit above the share of the cap */
  visitedIfLarge: {
    event: (context, e) => {
      const own = grantRulesV1.withRecommendation.event!(context, e);
      if (own) return own;
      assertEvent(e, 'RECOMMEND');
      return siteVisitMissing(context, e.amount ?? context.proposal.amount, e.facts?.siteVisitShareBp);
    },
  },
  recordableVisit: {
    event: (context, e) => {
      assertEvent(e, 'RECORD_SITE_VISIT');
      const { visitedOn, findings, at } = e;
      const date = requireText('visitedOn', visitedOn, 'the date of the visit');
      if (date) return date;
      if (visitedOn > localDateOf(at)) return validation('visitedOn', 'IN_FUTURE', `the visit on ${visitedOn} is in the future`);
      const submittedOn = localDateOf(context.submitted.at);
      if (visitedOn < submittedOn) {
        return validation('visitedOn', 'BEFORE_SUBMISSION', `the visit on ${visitedOn} is before the application was submitted (${submittedOn})`);
      }
      return requireText('findings', findings, 'what the visit found');
    },
  },
});

/** Version 2's part of the review: the site visit (recorded again replaces it), and the recommendation that asks for it. */
const REVIEW_V2 = {
  RECORD_SITE_VISIT: { guard: kit.by('recordableVisit', 'reviewer'), target: 'underReview', actions: 'recordSiteVisit' },
  RECOMMEND: { guard: kit.by('visitedIfLarge', 'reviewer'), target: 'recommended', actions: 'recordRecommendation' },
} as const;

/**
 * State grants, version 2: the programme's rule change — a grant recommended above a share of the
 * cap (`GRANT_SITE_VISIT_SHARE`, 50 % unless configured; a fact on the RECOMMEND event, so a
 * replay decides the same) needs a site visit recorded by the reviewer first. Everything else is
 * version 1's, set up from its pieces.
 */
export const grantMachineV2 = grantSetup
  .extend({
    guards: kit.machineGuards<GrantContext, GrantEvent, keyof typeof rules>(rules),
    actions: {
      recordSiteVisit: assign({
        siteVisit: ({ event }) => {
          assertEvent(event, 'RECORD_SITE_VISIT');
          return { ...stamp(event), visitedOn: event.visitedOn, findings: event.findings.trim() };
        },
      }),
    },
  })
  .createMachine({
    id: 'grant',
    initial: 'screening',
    on: kit.PAYMENT_TRANSITIONS,
    context: ({ input }) => ({ ...grantContext(input), siteVisit: null }),
    states: grantStates(REVIEW_V2),
  });

/** The fields of every grant context since version 1: a context lacking one is not a grant's to take over. */
export const GRANT_V1_FIELDS = [
  'applicationId',
  'applicantIin',
  'regionCode',
  'categories',
  'proposal',
  'submitted',
  'screening',
  'reviewStarted',
  'changeRequests',
  'recommendation',
  'decision',
  'disbursement',
  'fundsUse',
  'closing',
  'withdrawal',
  'payment',
] as const satisfies ReadonlyArray<keyof GrantContext>;

/** States in which a recommendation has been made: a v1 application there must already meet v2's site-visit rule. */
const RECOMMENDED_STATES = new Set(['recommended', 'disbursementPending', 'disbursed', 'fundsUseReported']);

/**
 * How version 2 takes over a version 1 application (an administrator's migration): the context
 * gains `siteVisit: null`; one whose recommendation is above the share without a visit does not
 * fit a state after the recommendation — it would stand where version 2 could never have led it.
 */
const adopt: Adoption<GrantContext> = (previous, event) => {
  if (previous.version !== 1) return { reasons: [{ field: 'fromVersion', rule: 'NO_MIGRATION_PATH', message: `grant version 2 takes over version 1 applications, not version ${previous.version}` }] };
  const previousContext = (previous.context ?? {}) as Record<string, unknown>;
  const missing = GRANT_V1_FIELDS.filter((field) => previousContext[field] === undefined);
  if (missing.length > 0) {
    return { reasons: [{ field: 'context', rule: 'CONTEXT_DOES_NOT_FIT', message: `not a grant application's context: it has no ${missing.join(', ')}` }] };
  }
  const context: GrantContext = { ...(previousContext as unknown as GrantContext), siteVisit: null };
  if (RECOMMENDED_STATES.has(event.toState) && context.recommendation) {
    const shareBp = (event.facts as { siteVisitShareBp?: number } | undefined)?.siteVisitShareBp;
    if (shareBp === undefined) return { reasons: [{ ...SHARE_UNKNOWN, field: 'context' }] };
    const needed = visitNeeded(context, context.recommendation.amount, shareBp);
    if (needed) {
      const message =
        `recommended for ${describeMoney(needed.recommended)} without a site visit, above ${percent(shareBp)} % of the cap ` +
        `(${describeMoney(needed.threshold)}): version 2 recommends such a grant only after a visit`;
      return { reasons: [{ field: 'context', rule: 'SITE_VISIT_MISSING', message }] };
    }
  }
  return { context };
};

export const grantWorkflowV2 = kit.defineWorkflow<GrantContext, GrantEvent>({
  ...grantSpec,
  version: 2,
  machine: grantMachineV2,
  rules,
  factsFor: { ...grantSpec.factsFor, RECOMMEND: ['siteVisitShareBp'], MIGRATE: ['siteVisitShareBp'] },
  adopt,
});
