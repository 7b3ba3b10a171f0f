import { assertEvent, assign, setup } from 'xstate';
import type { Violation } from '../errors';
import type { ApplicantCategory } from '../rules/categories';
import { grantCap, type FiscalFact } from '../rules/fiscal';
import { screenGrant, type BastauCertificate } from './eligibility';
import { describeMoney, formatMoney, moneyFromNumeric } from '../rules/money';
import { positiveAmountRequired, requireText, stamp, validation, type Stamp } from '../common';
export type { Stamp } from '../common';
import type { PaymentEvent, PaymentRecord } from '../payment';
import { defineRules, type WorkflowEvent } from '../definition';
import * as kit from '../kit';
import type { WorkflowSpec } from '../kit/define';

/** What the applicant asks for; replaced as a whole on resubmission. */
export interface GrantProposal {
  amount: string;
  businessIdea: string;
  purpose: GrantPurpose;
  certificate: BastauCertificate | null;
}

/** Purposes seen in the programme's reports. */
export const GRANT_PURPOSES = ['EQUIPMENT', 'INVENTORY_AND_TOOLS', 'ANIMAL_HUSBANDRY', 'OTHER'] as const;
export type GrantPurpose = (typeof GRANT_PURPOSES)[number];

/** Facts the engine gathers for screening: they are on the event, so a replay screens the same. */
export interface ScreeningFacts {
  fiscalYear: FiscalFact | null;
  regionExists: boolean;
}

export interface GrantSubmitEvent extends WorkflowEvent {
  type: 'SUBMIT';
  applicationId: string;
  applicant: { iin: string; categories: ApplicantCategory[] };
  regionCode: string;
  proposal: GrantProposal;
  facts: ScreeningFacts;
}

export type GrantEvent =
  | PaymentEvent
  | GrantSubmitEvent
  | (WorkflowEvent & { type: 'START_REVIEW' })
  | (WorkflowEvent & { type: 'REQUEST_CHANGES'; note: string })
  | (WorkflowEvent & {
      type: 'RESUBMIT';
      proposal: GrantProposal;
      /** corrected categories; the declared ones stay when absent */
      categories?: ApplicantCategory[];
      note?: string;
      facts: ScreeningFacts;
    })
  | (WorkflowEvent & {
      type: 'RECOMMEND';
      amount?: string;
      note?: string;
      /** version 2: the share of the cap above which a site visit is required, in basis points */
      facts?: { siteVisitShareBp?: number };
    })
  /** version 2 only */
  | (WorkflowEvent & { type: 'RECORD_SITE_VISIT'; visitedOn: string; findings: string })
  | (WorkflowEvent & { type: 'APPROVE'; amount?: string; note?: string; facts: { fiscalYear: FiscalFact | null } })
  | (WorkflowEvent & { type: 'REJECT'; reason: string })
  | (WorkflowEvent & { type: 'WITHDRAW'; reason?: string })
  | (WorkflowEvent & { type: 'CONFIRM_DISBURSEMENT'; paymentReference: string; paidOn: string })
  | (WorkflowEvent & { type: 'REPORT_FUNDS_USE'; report: string; amountUsed: string })
  | (WorkflowEvent & { type: 'CLOSE'; note?: string });

export interface GrantContext {
  applicationId: string;
  applicantIin: string;
  regionCode: string;
  categories: ApplicantCategory[];
  proposal: GrantProposal;
  submitted: Stamp;
  /** the last screening: its fiscal year and cap, and the reasons when it failed */
  screening: { fiscalYear: number | null; cap: string | null; reasons: Violation[]; at: string };
  reviewStarted: Stamp | null;
  changeRequests: kit.ChangeRequest[];
  recommendation: (Stamp & { amount: string; note: string | null }) | null;
  decision: (Stamp & { outcome: 'APPROVED' | 'REJECTED'; stage: 'REVIEW' | 'APPROVAL'; reason: string | null; amount: string | null; fiscalYear: number | null; cap: string | null; note: string | null }) | null;
  disbursement: (Stamp & { amount: string; paymentReference: string; paidOn: string }) | null;
  fundsUse: (Stamp & { report: string; amountUsed: string }) | null;
  closing: (Stamp & { note: string | null }) | null;
  withdrawal: (Stamp & { reason: string | null }) | null;
  /** the payment of the disbursement, once ordered */
  payment: PaymentRecord | null;
  /**
   * version 2 (v2.ts): the reviewer's site visit; a v1 context has no such key. One context type
   * serves every version, so that v2 is set up from v1's own pieces; each machine reads its own.
   */
  siteVisit?: SiteVisit | null;
}

/** A reviewer's visit to the site of the business (version 2): when, and what was found. */
export interface SiteVisit extends Stamp {
  /** the date of the visit, YYYY-MM-DD */
  visitedOn: string;
  findings: string;
}

type Ev<T extends GrantEvent['type']> = Extract<GrantEvent, { type: T }>;

function screeningOf(context: Pick<GrantContext, 'applicantIin' | 'regionCode'>, proposal: GrantProposal, categories: ApplicantCategory[], facts: ScreeningFacts): Violation[] {
  return screenGrant({
    iin: context.applicantIin,
    categories,
    amount: proposal.amount,
    certificate: proposal.certificate,
    regionCode: context.regionCode,
    regionExists: facts.regionExists,
    fiscalYear: facts.fiscalYear,
  });
}

/** The last screening of a submission or resubmission: its fiscal year and cap, and its reasons. */
function screened(context: Pick<GrantContext, 'applicantIin' | 'regionCode'>, e: GrantSubmitEvent | Ev<'RESUBMIT'>, proposal: GrantProposal, categories: ApplicantCategory[]): GrantContext['screening'] {
  return {
    fiscalYear: e.facts.fiscalYear?.year ?? null,
    cap: e.facts.fiscalYear ? formatMoney(grantCap(moneyFromNumeric(e.facts.fiscalYear.mci))) : null,
    reasons: screeningOf(context, proposal, categories, e.facts),
    at: e.at,
  };
}

/** The amount a decision or payment is about: the approved one, else the recommended, else the requested. */
export function grantAmount(context: GrantContext): string {
  return context.decision?.amount ?? context.recommendation?.amount ?? context.proposal.amount;
}

const shared = kit.sharedRules<GrantContext, GrantEvent>({
  reviewerOnly: 'at review, only a reviewer may reject',
  approverOnly: 'a recommended application is rejected by an approver',
  earlierStep: (context) => context.recommendation,
  fourEyesMessage: 'the approver must not be the reviewer who recommended the application',
});

/** The rules of version 1, which later versions start from. */
export const grantRulesV1 = defineRules<GrantContext, GrantEvent>()({
  ...shared.rules,
  withRecommendation: {
    event: (context, e) => {
      assertEvent(e, 'RECOMMEND');
      const { amount } = e;
      if (amount !== undefined && moneyFromNumeric(amount) <= 0n) return positiveAmountRequired();
      if (amount !== undefined && moneyFromNumeric(amount) > moneyFromNumeric(context.proposal.amount)) {
        return validation('amount', 'AMOUNT_OVER_REQUESTED', `the recommended amount is more than the ${describeMoney(moneyFromNumeric(context.proposal.amount))} requested`);
      }
      return null;
    },
  },
  approvable: {
    actor: shared.approverFourEyes,
    event: (context, e) => {
      assertEvent(e, 'APPROVE');
      const { amount, facts } = e;
      const recommended = moneyFromNumeric(context.recommendation?.amount ?? context.proposal.amount);
      if (amount !== undefined && moneyFromNumeric(amount) <= 0n) return positiveAmountRequired();
      if (amount !== undefined && moneyFromNumeric(amount) > recommended) {
        return validation('amount', 'AMOUNT_OVER_RECOMMENDED', `the approved amount is more than the ${describeMoney(recommended)} recommended`);
      }
      if (!facts?.fiscalYear) {
        return validation('amount', 'FISCAL_YEAR_UNKNOWN', 'the fiscal parameters of the year of the decision are not set');
      }
      const cap = grantCap(moneyFromNumeric(facts.fiscalYear.mci));
      const approved = amount !== undefined ? moneyFromNumeric(amount) : recommended;
      return approved <= cap
        ? null
        : validation('amount', 'AMOUNT_OVER_CAP', `${describeMoney(approved)} is over the grant cap of 200 MCI for ${facts.fiscalYear.year} (${describeMoney(cap)})`);
    },
  },
  disbursable: {
    actor: shared.accountantFourEyes,
    event: (_, e) => {
      assertEvent(e, 'CONFIRM_DISBURSEMENT');
      return requireText('paymentReference', e.paymentReference, 'the payment reference') ?? requireText('paidOn', e.paidOn, 'the payment date');
    },
  },
  withFundsReport: {
    event: (context, e) => {
      assertEvent(e, 'REPORT_FUNDS_USE');
      const { report, amountUsed } = e;
      const text = requireText('report', report, 'a report on the use of funds');
      if (text) return text;
      const disbursed = moneyFromNumeric(context.disbursement?.amount ?? '0');
      return amountUsed !== undefined && moneyFromNumeric(amountUsed) > disbursed
        ? validation('amountUsed', 'AMOUNT_OVER_DISBURSED', `more than the ${describeMoney(disbursed)} disbursed`)
        : null;
    },
  },
});

const rules = grantRulesV1;

const START_REVIEW = {
  START_REVIEW: { guard: kit.by('byRole', 'reviewer'), target: 'underReview', actions: 'recordReviewStart' },
} as const;

/**
 * The guards and actions of version 1. A later version extends them (`grantSetup.extend(…)`)
 * with its own, rather than copying them.
 */
export const grantSetup = setup({
  types: {
    context: {} as GrantContext,
    events: {} as GrantEvent,
    input: {} as GrantSubmitEvent,
  },
  guards: {
    ...kit.machineGuards<GrantContext, GrantEvent, keyof typeof rules>(rules),
  },
  actions: {
    ...kit.kitActions<GrantContext, GrantEvent>({ amount: null, fiscalYear: null, cap: null, note: null }),
    ...kit.closingActions<GrantContext, GrantEvent>(),
    recordReviewStart: assign({ reviewStarted: ({ event }) => stamp(event) }),
    rescreen: assign(({ context, event }) => {
      assertEvent(event, 'RESUBMIT');
      const categories = event.categories ? [...event.categories] : context.categories;
      return { proposal: event.proposal, categories, screening: screened(context, event, event.proposal, categories) };
    }),
    recordRecommendation: assign({
      recommendation: ({ context, event }) => {
        assertEvent(event, 'RECOMMEND');
        return { ...stamp(event), amount: event.amount ?? context.proposal.amount, note: event.note ?? null };
      },
    }),
    recordApproval: assign({
      decision: ({ context, event }) => {
        assertEvent(event, 'APPROVE');
        const fiscal = event.facts.fiscalYear!;
        return {
          ...kit.approval(event),
          amount: event.amount ?? context.recommendation?.amount ?? context.proposal.amount,
          fiscalYear: fiscal.year,
          cap: formatMoney(grantCap(moneyFromNumeric(fiscal.mci))),
          note: event.note ?? null,
        };
      },
    }),
    recordDisbursement: assign({
      disbursement: ({ context, event }) => {
        assertEvent(event, 'CONFIRM_DISBURSEMENT');
        return { ...stamp(event), amount: grantAmount(context), paymentReference: event.paymentReference, paidOn: event.paidOn };
      },
    }),
    recordFundsUse: assign({
      fundsUse: ({ event }) => {
        assertEvent(event, 'REPORT_FUNDS_USE');
        return { ...stamp(event), report: event.report, amountUsed: event.amountUsed };
      },
    }),
  },
});

/** The context a grant application starts with, screened; later versions add their own fields after these. */
export function grantContext(input: GrantSubmitEvent): GrantContext {
  return {
    applicationId: input.applicationId,
    applicantIin: input.applicant.iin,
    regionCode: input.regionCode,
    categories: [...input.applicant.categories],
    proposal: input.proposal,
    submitted: stamp(input),
    screening: screened({ applicantIin: input.applicant.iin, regionCode: input.regionCode }, input, input.proposal, input.applicant.categories),
    reviewStarted: null,
    changeRequests: [],
    recommendation: null,
    decision: null,
    disbursement: null,
    fundsUse: null,
    closing: null,
    withdrawal: null,
    payment: null,
  };
}

/** Version 1's recommendation: the amount checked against the request. */
const RECOMMEND_V1 = {
  RECOMMEND: { guard: kit.by('withRecommendation', 'reviewer'), target: 'recommended', actions: 'recordRecommendation' },
} as const;

/**
 * The states of a grant machine, each version's: `review` is what the reviewer does while
 * reviewing besides asking for changes and rejecting — version 1 recommends; version 2 also
 * records a site visit, and its recommendation asks for one above a share of the cap.
 */
export function grantStates<const TReview extends object>(review: TReview) {
  return {
    ...kit.screeningState('awaitingReview'),
    awaitingReview: {
      on: { ...START_REVIEW, ...kit.WITHDRAWAL },
    },
    underReview: {
      on: {
        ...kit.REQUEST_CHANGES,
        ...review,
        ...kit.REJECT_AT_REVIEW,
        ...kit.WITHDRAWAL,
      },
    },
    ...kit.changeRequestStates({ resubmitRoles: ['applicant'], start: START_REVIEW }),
    recommended: {
      on: {
        APPROVE: {
          guard: kit.by('approvable', 'approver'),
          target: 'disbursementPending',
          actions: ['recordApproval', { type: 'reserveBudget', params: ({ context }: { context: GrantContext }) => ({ amount: context.decision!.amount! }) }],
        },
        ...kit.REJECT_AT_APPROVAL,
        ...kit.WITHDRAWAL,
      },
    },
    disbursementPending: {
      on: kit.disbursement('disbursed'),
    },
    disbursed: {
      on: {
        REPORT_FUNDS_USE: { guard: kit.by('withFundsReport', 'applicant'), target: 'fundsUseReported', actions: 'recordFundsUse' },
      },
    },
    fundsUseReported: {
      on: kit.CLOSING,
    },
    ...kit.ENDINGS,
    closed: { type: 'final' },
  } as const;
}

/**
 * State grants for new business ideas (DOMAIN.md "Grants"), version 1.
 *
 * submitted → screening → ineligible | awaitingReview → underReview → changesRequested ⇄
 * resubmitted → recommended | rejected → (approver) disbursementPending | rejected →
 * (accountant) disbursed → fundsUseReported → closed; withdrawn before a decision.
 */
export const grantMachineV1 = grantSetup.createMachine({
  id: 'grant',
  initial: 'screening',
  // the payment job's result and the accountant's retry, in any state after the disbursement
  on: kit.PAYMENT_TRANSITIONS,
  context: ({ input }) => grantContext(input),
  states: grantStates(RECOMMEND_V1),
});

/** What every grant version says of itself beyond its machine and rules: facts, who submits, the projection. */
export const grantSpec = {
  kind: 'grant',
  factsFor: {
    SUBMIT: ['fiscalYear', 'regionExists'],
    RESUBMIT: ['fiscalYear', 'regionExists'],
    APPROVE: ['fiscalYear'],
  },
  submitRoles: ['applicant'],
  submissionRefusal: (context) => context.screening.reasons,
  project: (context) => ({
    requestedAmount: context.proposal.amount,
    approvedAmount: context.decision?.outcome === 'APPROVED' ? context.decision.amount : null,
    disbursedAmount: context.disbursement?.amount ?? null,
    decisionFiscalYear: context.decision?.fiscalYear ?? null,
  }),
} satisfies Pick<WorkflowSpec<GrantContext, GrantEvent>, 'kind' | 'factsFor' | 'submitRoles' | 'submissionRefusal' | 'project'>;

export const grantWorkflowV1 = kit.defineWorkflow<GrantContext, GrantEvent>({
  ...grantSpec,
  version: 1,
  machine: grantMachineV1,
  rules,
});
