import { assign, setup } from 'xstate';
import type { Violation } from '../errors';
import type { ApplicantCategory } from '../rules/categories';
import { grantCap, type FiscalFact } from '../rules/fiscal';
import { screenGrant, type BastauCertificate } from './eligibility';
import { describeMoney, formatMoney, moneyFromNumeric } from '../rules/money';
import type { Role } from '../rules/roles';
import {
  answerChangeRequest,
  appendChangeRequest,
  fourEyes,
  positiveAmountRequired,
  rejectionRules,
  requireText,
  stamp,
  validation,
  type ChangeRequest,
  type Stamp,
} from '../common';
export type { Stamp } from '../common';
import {
  failedPayment,
  orderedPayment,
  PAYMENT_TRANSITIONS,
  paymentEventRoles,
  paymentRules,
  retriedPayment,
  settledPayment,
  type PaymentEvent,
  type PaymentRecord,
} from '../payment';
import { defineRules, guardsFrom, type Refusal, type WorkflowDefinition, type WorkflowEvent } from '../definition';

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
  | (WorkflowEvent & { type: 'RECOMMEND'; amount?: string; note?: string })
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
  changeRequests: ChangeRequest[];
  recommendation: (Stamp & { amount: string; note: string | null }) | null;
  decision: (Stamp & { outcome: 'APPROVED' | 'REJECTED'; stage: 'REVIEW' | 'APPROVAL'; reason: string | null; amount: string | null; fiscalYear: number | null; cap: string | null; note: string | null }) | null;
  disbursement: (Stamp & { amount: string; paymentReference: string; paidOn: string }) | null;
  fundsUse: (Stamp & { report: string; amountUsed: string }) | null;
  closing: (Stamp & { note: string | null }) | null;
  withdrawal: (Stamp & { reason: string | null }) | null;
  /** the payment of the disbursement, once ordered */
  payment: PaymentRecord | null;
}

const eventRoles: Record<string, readonly Role[]> = {
  ...paymentEventRoles,
  START_REVIEW: ['reviewer'],
  REQUEST_CHANGES: ['reviewer'],
  RESUBMIT: ['applicant'],
  RECOMMEND: ['reviewer'],
  APPROVE: ['approver'],
  REJECT: ['reviewer', 'approver'],
  WITHDRAW: ['applicant'],
  CONFIRM_DISBURSEMENT: ['accountant'],
  REPORT_FUNDS_USE: ['applicant'],
  CLOSE: ['reviewer'],
};

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

/** The amount a decision or payment is about: the approved one, else the recommended, else the requested. */
export function grantAmount(context: GrantContext): string {
  return context.decision?.amount ?? context.recommendation?.amount ?? context.proposal.amount;
}

const RECOMMENDER_IS_NOT_APPROVER = 'the approver must not be the reviewer who recommended the application';

const rules = defineRules<GrantContext, GrantEvent>()({
  ...paymentRules,
  byRole: {},
  withChangeNote: { event: (_, e) => requireText('note', (e as Ev<'REQUEST_CHANGES'>).note, 'a note saying what to change') },
  withRecommendation: {
    event: (context, e) => {
      const { amount } = e as Ev<'RECOMMEND'>;
      if (amount !== undefined && moneyFromNumeric(amount) <= 0n) return positiveAmountRequired();
      if (amount !== undefined && moneyFromNumeric(amount) > moneyFromNumeric(context.proposal.amount)) {
        return validation('amount', 'AMOUNT_OVER_REQUESTED', `the recommended amount is more than the ${describeMoney(moneyFromNumeric(context.proposal.amount))} requested`);
      }
      return null;
    },
  },
  ...rejectionRules<GrantContext, GrantEvent>({
    reviewerOnly: 'at review, only a reviewer may reject',
    approverOnly: 'a recommended application is rejected by an approver',
    earlierStep: (context) => context.recommendation,
    fourEyesMessage: RECOMMENDER_IS_NOT_APPROVER,
  }),
  approvable: {
    actor: (context, e) => fourEyesWithRecommender(context, e),
    event: (context, e) => {
      const { amount, facts } = e as Ev<'APPROVE'>;
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
    actor: (context, e) => fourEyes(context.decision, e, 'the accountant who confirms a disbursement must not be the approver'),
    event: (_, e) => {
      const { paymentReference, paidOn } = e as Ev<'CONFIRM_DISBURSEMENT'>;
      return requireText('paymentReference', paymentReference, 'the payment reference') ?? requireText('paidOn', paidOn, 'the payment date');
    },
  },
  withFundsReport: {
    event: (context, e) => {
      const { report, amountUsed } = e as Ev<'REPORT_FUNDS_USE'>;
      const text = requireText('report', report, 'a report on the use of funds');
      if (text) return text;
      const disbursed = moneyFromNumeric(context.disbursement?.amount ?? '0');
      return amountUsed !== undefined && moneyFromNumeric(amountUsed) > disbursed
        ? validation('amountUsed', 'AMOUNT_OVER_DISBURSED', `more than the ${describeMoney(disbursed)} disbursed`)
        : null;
    },
  },
});

function fourEyesWithRecommender(context: GrantContext, e: GrantEvent): Refusal | null {
  return fourEyes(context.recommendation, e, RECOMMENDER_IS_NOT_APPROVER);
}

/**
 * State grants for new business ideas (DOMAIN.md "Grants"), version 1.
 *
 * submitted → screening → ineligible | awaitingReview → underReview → changesRequested ⇄
 * resubmitted → recommended | rejected → (approver) disbursementPending | rejected →
 * (accountant) disbursed → fundsUseReported → closed; withdrawn before a decision.
 */
export const grantMachineV1 = setup({
  types: {
    context: {} as GrantContext,
    events: {} as GrantEvent,
    input: {} as GrantSubmitEvent,
  },
  guards: {
    ...guardsFrom<GrantContext, GrantEvent, keyof typeof rules>(eventRoles, rules),
    // screening guards look at the context only: they run on eventless transitions
    eligible: ({ context }) => context.screening.reasons.length === 0,
    ineligibleNow: ({ context }) => context.screening.reasons.length > 0,
  },

  actions: {
    // effects: the engine moves the region's budget in the same transaction (see src/engine/effects.ts)
    reserveBudget: (_, _params: { amount: string }) => {},
    enqueuePayment: () => {},
    recordPaymentSettled: assign({ payment: ({ context, event }) => settledPayment(context.payment, event) }),
    recordPaymentFailed: assign({ payment: ({ context, event }) => failedPayment(context.payment, event) }),
    recordPaymentRetry: assign({ payment: ({ context, event }) => retriedPayment(context.payment, event) }),
    commitBudget: (_, _params: { amount: string }) => {},
    releaseBudget: () => {},
    recordWithdrawal: assign({
      withdrawal: ({ event }) => ({ ...stamp(event), reason: (event as Ev<'WITHDRAW'>).reason ?? null }),
    }),
    recordRejection: assign({
      decision: ({ event }, params: { stage: 'REVIEW' | 'APPROVAL' }) => ({
        ...stamp(event),
        outcome: 'REJECTED' as const,
        stage: params.stage,
        reason: (event as Ev<'REJECT'>).reason.trim(),
        amount: null,
        fiscalYear: null,
        cap: null,
        note: null,
      }),
    }),
  },
}).createMachine({
  id: 'grant',
  initial: 'screening',
  // the payment job's result and the accountant's retry, in any state after the disbursement
  on: PAYMENT_TRANSITIONS,
  context: ({ input }) => ({
    applicationId: input.applicationId,
    applicantIin: input.applicant.iin,
    regionCode: input.regionCode,
    categories: [...input.applicant.categories],
    proposal: input.proposal,
    submitted: stamp(input),
    screening: {
      fiscalYear: input.facts.fiscalYear?.year ?? null,
      cap: input.facts.fiscalYear ? formatMoney(grantCap(moneyFromNumeric(input.facts.fiscalYear.mci))) : null,
      reasons: screeningOf({ applicantIin: input.applicant.iin, regionCode: input.regionCode }, input.proposal, input.applicant.categories, input.facts),
      at: input.at,
    },
    reviewStarted: null,
    changeRequests: [],
    recommendation: null,
    decision: null,
    disbursement: null,
    fundsUse: null,
    closing: null,
    withdrawal: null,
    payment: null,
  }),
  states: {
    screening: {
      always: [{ guard: 'eligible', target: 'awaitingReview' }, { target: 'ineligible' }],
    },
    awaitingReview: {
      on: {
        START_REVIEW: { guard: 'byRole', target: 'underReview', actions: assign({ reviewStarted: ({ event }) => stamp(event) }) },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    underReview: {
      on: {
        REQUEST_CHANGES: {
          guard: 'withChangeNote',
          target: 'changesRequested',
          actions: assign({ changeRequests: ({ context, event }) => appendChangeRequest(context.changeRequests, event as Ev<'REQUEST_CHANGES'>) }),
        },
        RECOMMEND: {
          guard: 'withRecommendation',
          target: 'recommended',
          actions: assign({
            recommendation: ({ context, event }) => {
              const e = event as Ev<'RECOMMEND'>;
              return { ...stamp(e), amount: e.amount ?? context.proposal.amount, note: e.note ?? null };
            },
          }),
        },
        REJECT: { guard: 'reviewerRejects', target: 'rejected', actions: { type: 'recordRejection', params: { stage: 'REVIEW' } } },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    changesRequested: {
      on: {
        RESUBMIT: {
          guard: 'byRole',
          target: 'resubmitted',
          actions: assign(({ context, event }) => {
            const e = event as Ev<'RESUBMIT'>;
            const categories = e.categories ? [...e.categories] : context.categories;
            return {
              proposal: e.proposal,
              categories,
              screening: {
                fiscalYear: e.facts.fiscalYear?.year ?? null,
                cap: e.facts.fiscalYear ? formatMoney(grantCap(moneyFromNumeric(e.facts.fiscalYear.mci))) : null,
                reasons: screeningOf(context, e.proposal, categories, e.facts),
                at: e.at,
              },
              changeRequests: answerChangeRequest(context.changeRequests, e),
            };
          }),
        },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    resubmitted: {
      // a resubmission is screened again: one that no longer meets the rules is closed with its reasons
      always: [{ guard: 'ineligibleNow', target: 'ineligible' }],
      on: {
        START_REVIEW: { guard: 'byRole', target: 'underReview', actions: assign({ reviewStarted: ({ event }) => stamp(event) }) },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    recommended: {
      on: {
        APPROVE: {
          guard: 'approvable',
          target: 'disbursementPending',
          actions: [
            assign({
              decision: ({ context, event }) => {
                const e = event as Ev<'APPROVE'>;
                const fiscal = e.facts.fiscalYear!;
                return {
                  ...stamp(e),
                  outcome: 'APPROVED' as const,
                  stage: 'APPROVAL' as const,
                  reason: null,
                  amount: e.amount ?? context.recommendation?.amount ?? context.proposal.amount,
                  fiscalYear: fiscal.year,
                  cap: formatMoney(grantCap(moneyFromNumeric(fiscal.mci))),
                  note: e.note ?? null,
                };
              },
            }),
            { type: 'reserveBudget', params: ({ context }) => ({ amount: context.decision!.amount! }) },
          ],
        },
        REJECT: { guard: 'approverRejects', target: 'rejected', actions: { type: 'recordRejection', params: { stage: 'APPROVAL' } } },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    disbursementPending: {
      on: {
        CONFIRM_DISBURSEMENT: {
          guard: 'disbursable',
          target: 'disbursed',
          actions: [
            assign({
              disbursement: ({ context, event }) => {
                const e = event as Ev<'CONFIRM_DISBURSEMENT'>;
                return { ...stamp(e), amount: grantAmount(context), paymentReference: e.paymentReference, paidOn: e.paidOn };
              },
            }),
            assign({ payment: ({ event }) => orderedPayment(event.at) }),
            { type: 'commitBudget', params: ({ context }) => ({ amount: context.disbursement!.amount }) },
            'enqueuePayment',
          ],
        },
      },
    },
    disbursed: {
      on: {
        REPORT_FUNDS_USE: {
          guard: 'withFundsReport',
          target: 'fundsUseReported',
          actions: assign({
            fundsUse: ({ event }) => {
              const e = event as Ev<'REPORT_FUNDS_USE'>;
              return { ...stamp(e), report: e.report, amountUsed: e.amountUsed };
            },
          }),
        },
      },
    },
    fundsUseReported: {
      on: {
        CLOSE: {
          guard: 'byRole',
          target: 'closed',
          actions: assign({ closing: ({ event }) => ({ ...stamp(event), note: (event as Ev<'CLOSE'>).note ?? null }) }),
        },
      },
    },
    ineligible: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
    closed: { type: 'final' },
  },
});

export const grantWorkflowV1: WorkflowDefinition<GrantContext, GrantEvent> = {
  kind: 'grant',
  version: 1,
  machine: grantMachineV1,
  eventRoles,
  rules,
  factsFor: {
    SUBMIT: ['fiscalYear', 'regionExists'],
    RESUBMIT: ['fiscalYear', 'regionExists'],
    APPROVE: ['fiscalYear'],
  },
  submitRoles: ['applicant'],
  submissionRefusal: (context) => context.screening.reasons,
  effects: ['enqueuePayment', 'reserveBudget', 'commitBudget'],
  finalStates: ['ineligible', 'rejected', 'withdrawn', 'closed'],
  project: (context) => ({
    requestedAmount: context.proposal.amount,
    approvedAmount: context.decision?.outcome === 'APPROVED' ? context.decision.amount : null,
    disbursedAmount: context.disbursement?.amount ?? null,
    decisionFiscalYear: context.decision?.fiscalYear ?? null,
  }),
};
