import { assertEvent, assign, setup } from 'xstate';
import { requireText, stamp, type Stamp } from '../../../workflows/common';
import { defineRules, type WorkflowEvent } from '../../../workflows/definition';
import type { Violation } from '../../../workflows/errors';
import * as kit from '../../../workflows/kit';
import type { DecisionRecord } from '../../../workflows/kit/decision';
import type { PaymentEvent, PaymentRecord } from '../../../workflows/payment';
import type { ApplicantCategory } from '../../../workflows/rules/categories';
import { formatMoney, moneyFromNumeric } from '../../../workflows/rules/money';

/**
 * A fourth kind, built only to prove the README's "Adding a kind" recipe: youth practice, a paid
 * placement of a young graduate with an employer, the state paying the wage for a few months.
 * It is composed from the kit (screening, withdrawal, change requests, four-eyes decision,
 * payment, closing) plus one step of its own (the reviewer confirms the placement with the
 * employer), passes the contract suite like the programme's kinds, and lives only under test/.
 */
export interface Placement {
  employer: string;
  months: number;
  monthlyWage: string;
}

export type PracticeSubmitEvent = WorkflowEvent & {
  type: 'SUBMIT';
  applicationId: string;
  applicant: { iin: string; categories: ApplicantCategory[] };
  regionCode: string;
  placement: Placement;
};

export type PracticeEvent =
  | PaymentEvent
  | PracticeSubmitEvent
  | (WorkflowEvent & { type: 'START_REVIEW' })
  | (WorkflowEvent & { type: 'REQUEST_CHANGES'; note: string })
  | (WorkflowEvent & { type: 'RESUBMIT'; placement: Placement; note?: string })
  | (WorkflowEvent & { type: 'CONFIRM_PLACEMENT'; note?: string })
  | (WorkflowEvent & { type: 'APPROVE'; note?: string })
  | (WorkflowEvent & { type: 'REJECT'; reason: string })
  | (WorkflowEvent & { type: 'WITHDRAW'; reason?: string })
  | (WorkflowEvent & { type: 'CONFIRM_DISBURSEMENT'; paymentReference: string; paidOn: string })
  | (WorkflowEvent & { type: 'CLOSE'; note?: string });

export interface PracticeContext {
  applicationId: string;
  applicantIin: string;
  regionCode: string;
  categories: ApplicantCategory[];
  placement: Placement;
  submitted: Stamp;
  screening: { reasons: Violation[]; at: string };
  reviewStarted: Stamp | null;
  changeRequests: kit.ChangeRequest[];
  /** the reviewer's confirmation with the employer that the placement is real: the step before the decision */
  placementConfirmed: (Stamp & { note: string | null }) | null;
  decision: (DecisionRecord & { amount: string | null; note: string | null }) | null;
  disbursement: (Stamp & { amount: string; paymentReference: string; paidOn: string }) | null;
  closing: (Stamp & { note: string | null }) | null;
  withdrawal: (Stamp & { reason: string | null }) | null;
  payment: PaymentRecord | null;
}

/** At most six months of a wage the state pays. */
export const PRACTICE_MAX_MONTHS = 6;

/** The whole placement's wage: what is approved, paid once. */
export function placementAmount(placement: Placement): string {
  return formatMoney(moneyFromNumeric(placement.monthlyWage) * BigInt(placement.months));
}

function screen(placement: Placement): Violation[] {
  const reasons: Violation[] = [];
  if (!Number.isInteger(placement.months) || placement.months < 1 || placement.months > PRACTICE_MAX_MONTHS) {
    reasons.push({ field: 'months', rule: 'MONTHS_OUT_OF_RANGE', message: `a practice lasts 1 to ${PRACTICE_MAX_MONTHS} months` });
  }
  if (moneyFromNumeric(placement.monthlyWage) <= 0n) reasons.push({ field: 'monthlyWage', rule: 'AMOUNT_ZERO', message: 'the monthly wage must be more than zero' });
  return reasons;
}

const shared = kit.sharedRules<PracticeContext, PracticeEvent>({
  reviewerOnly: 'at review, only a reviewer may reject',
  approverOnly: 'a confirmed placement is rejected by an approver',
  earlierStep: (context) => context.placementConfirmed,
  fourEyesMessage: 'the approver must not be the reviewer who confirmed the placement',
});

const rules = defineRules<PracticeContext, PracticeEvent>()({
  ...shared.rules,
  approvable: { actor: shared.approverFourEyes },
  disbursable: {
    actor: shared.accountantFourEyes,
    event: (_, e) => {
      assertEvent(e, 'CONFIRM_DISBURSEMENT');
      return requireText('paymentReference', e.paymentReference, 'the payment reference') ?? requireText('paidOn', e.paidOn, 'the payment date');
    },
  },
});

const START_REVIEW = {
  START_REVIEW: { guard: kit.by('byRole', 'reviewer'), target: 'underReview', actions: 'recordReviewStart' },
} as const;

/**
 * screening → ineligible | awaitingReview → underReview → changesRequested ⇄ resubmitted →
 * placementConfirmed | rejected → (approver) disbursementPending | rejected → (accountant) paid →
 * closed; withdrawn before the decision is carried out.
 */
const practiceMachineV1 = setup({
  types: { context: {} as PracticeContext, events: {} as PracticeEvent, input: {} as PracticeSubmitEvent },
  guards: {
    ...kit.machineGuards<PracticeContext, PracticeEvent, keyof typeof rules>(rules),
  },
  actions: {
    ...kit.kitActions<PracticeContext, PracticeEvent>({ amount: null, note: null }),
    ...kit.closingActions<PracticeContext, PracticeEvent>(),
    recordReviewStart: assign({ reviewStarted: ({ event }) => stamp(event) }),
    rescreen: assign(({ event }) => {
      assertEvent(event, 'RESUBMIT');
      return { placement: event.placement, screening: { reasons: screen(event.placement), at: event.at } };
    }),
    recordPlacementConfirmed: assign({
      placementConfirmed: ({ event }) => {
        assertEvent(event, 'CONFIRM_PLACEMENT');
        return { ...stamp(event), note: event.note ?? null };
      },
    }),
    recordApproval: assign({
      decision: ({ context, event }) => {
        assertEvent(event, 'APPROVE');
        return { ...kit.approval(event), amount: placementAmount(context.placement), note: event.note ?? null };
      },
    }),
    recordDisbursement: assign({
      disbursement: ({ context, event }) => {
        assertEvent(event, 'CONFIRM_DISBURSEMENT');
        return { ...stamp(event), amount: context.decision!.amount!, paymentReference: event.paymentReference, paidOn: event.paidOn };
      },
    }),
  },
}).createMachine({
  id: 'practice',
  initial: 'screening',
  on: kit.PAYMENT_TRANSITIONS,
  context: ({ input }) => ({
    applicationId: input.applicationId,
    applicantIin: input.applicant.iin,
    regionCode: input.regionCode,
    categories: [...input.applicant.categories],
    placement: input.placement,
    submitted: stamp(input),
    screening: { reasons: screen(input.placement), at: input.at },
    reviewStarted: null,
    changeRequests: [],
    placementConfirmed: null,
    decision: null,
    disbursement: null,
    closing: null,
    withdrawal: null,
    payment: null,
  }),
  states: {
    ...kit.screeningState('awaitingReview'),
    awaitingReview: { on: { ...START_REVIEW, ...kit.WITHDRAWAL } },
    underReview: {
      on: {
        ...kit.REQUEST_CHANGES,
        CONFIRM_PLACEMENT: { guard: kit.by('byRole', 'reviewer'), target: 'placementConfirmed', actions: 'recordPlacementConfirmed' },
        ...kit.REJECT_AT_REVIEW,
        ...kit.WITHDRAWAL,
      },
    },
    ...kit.changeRequestStates({ resubmitRoles: ['applicant'], start: START_REVIEW }),
    placementConfirmed: {
      on: {
        APPROVE: {
          guard: kit.by('approvable', 'approver'),
          target: 'disbursementPending',
          actions: ['recordApproval', { type: 'reserveBudget', params: ({ context }) => ({ amount: context.decision!.amount! }) }],
        },
        ...kit.REJECT_AT_APPROVAL,
        ...kit.WITHDRAWAL,
      },
    },
    disbursementPending: { on: kit.disbursement('paid') },
    paid: { on: kit.CLOSING },
    ...kit.ENDINGS,
    closed: { type: 'final' },
  },
});

export const practiceWorkflowV1 = kit.defineWorkflow<PracticeContext, PracticeEvent>({
  kind: 'practice',
  version: 1,
  machine: practiceMachineV1,
  rules,
  factsFor: {},
  submitRoles: ['applicant'],
  submissionRefusal: (context) => context.screening.reasons,
  project: (context) => ({
    requestedAmount: placementAmount(context.placement),
    approvedAmount: context.decision?.outcome === 'APPROVED' ? context.decision.amount : null,
    disbursedAmount: context.disbursement?.amount ?? null,
    decisionFiscalYear: null,
  }),
});

