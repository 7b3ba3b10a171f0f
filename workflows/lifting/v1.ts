import { assertEvent, assign, setup } from 'xstate';
import type { ApplicantCategory } from '../rules/categories';
import { addWorkingDays, endOfLocalDay, localDateOf } from '../rules/calendar';
import type { FiscalFact } from '../rules/fiscal';
import { liftingAmount, moveKey, screenLifting, type Referral } from './eligibility';
import { formatMoney, moneyFromNumeric } from '../rules/money';
import type { Violation } from '../errors';
import { requireText, stamp, validation, type Stamp } from '../common';
import type { PaymentEvent, PaymentRecord } from '../payment';
import { businessDateOf, defineRules, type WorkflowEvent } from '../definition';
import * as kit from '../kit';

/** The move a lifting payment is for; replaced as a whole on resubmission. */
export interface LiftingMove {
  referral: Referral | null;
  settlementFrom: string;
  settlementTo: string;
  arrivalDate: string;
  infrastructureProject: string;
  employer: string;
  /** people moving with the applicant, for the region's resettlement quota */
  familyMembers: number;
}

export interface LiftingFacts {
  fiscalYear: FiscalFact | null;
  regionExists?: boolean;
  /** working days the programme gives itself to decide */
  decisionWorkingDays?: number;
}

export interface LiftingSubmitEvent extends WorkflowEvent {
  type: 'SUBMIT';
  applicationId: string;
  applicant: { iin: string; categories: ApplicantCategory[] };
  regionCode: string;
  move: LiftingMove;
  facts: LiftingFacts & { regionExists: boolean; decisionWorkingDays: number };
}

export type LiftingEvent =
  | PaymentEvent
  | LiftingSubmitEvent
  | (WorkflowEvent & { type: 'START_VERIFICATION' })
  | (WorkflowEvent & { type: 'REQUEST_CHANGES'; note: string })
  | (WorkflowEvent & { type: 'RESUBMIT'; move: LiftingMove; note?: string; facts: LiftingFacts & { regionExists: boolean } })
  | (WorkflowEvent & { type: 'VERIFY'; referralConfirmed: boolean; arrivalConfirmed: boolean; note?: string })
  | (WorkflowEvent & { type: 'APPROVE'; note?: string; facts: LiftingFacts })
  | (WorkflowEvent & { type: 'REJECT'; reason: string })
  | (WorkflowEvent & { type: 'WITHDRAW'; reason?: string })
  | (WorkflowEvent & { type: 'CONFIRM_DISBURSEMENT'; paymentReference: string; paidOn: string })
  | (WorkflowEvent & { type: 'CLOSE'; note?: string })
  | (WorkflowEvent & { type: 'ESCALATE' });

export interface LiftingContext {
  applicationId: string;
  applicantIin: string;
  /** the receiving region, whose employment centre and quota the application belongs to */
  regionCode: string;
  categories: ApplicantCategory[];
  move: LiftingMove;
  submitted: Stamp & { onBehalf: boolean };
  screening: { reasons: Violation[]; at: string };
  /** two minimum wages of the year of submission: what the applicant can expect */
  provisional: { fiscalYear: number; amount: string } | null;
  /** the decision is due before this instant (the service-level deadline) */
  decisionDeadline: string;
  escalation: { at: string } | null;
  verificationStarted: Stamp | null;
  changeRequests: kit.ChangeRequest[];
  verification: (Stamp & { referralConfirmed: boolean; arrivalConfirmed: boolean; note: string | null }) | null;
  decision:
    | (Stamp & {
        outcome: 'APPROVED' | 'REJECTED';
        stage: 'REVIEW' | 'APPROVAL';
        reason: string | null;
        /** two minimum wages of the fiscal year of the decision, computed, never typed in */
        amount: string | null;
        fiscalYear: number | null;
        minimumWage: string | null;
        note: string | null;
      })
    | null;
  disbursement: (Stamp & { amount: string; paymentReference: string; paidOn: string }) | null;
  closing: (Stamp & { note: string | null }) | null;
  withdrawal: (Stamp & { reason: string | null }) | null;
  /** the payment of the disbursement, once ordered */
  payment: PaymentRecord | null;
}

function screened(iin: string, move: LiftingMove, facts: { regionExists: boolean; fiscalYear: FiscalFact | null }, regionCode: string, e: Pick<WorkflowEvent, 'at' | 'on'>): LiftingContext['screening'] {
  // the arrival is checked against the submission's business date: a move keyed in late is not "in the future"
  return { reasons: screenLifting({ iin, regionCode, move, regionExists: facts.regionExists, fiscalYear: facts.fiscalYear, at: e.at, on: businessDateOf(e) }), at: e.at };
}

const shared = kit.sharedRules<LiftingContext, LiftingEvent>({
  reviewerOnly: 'before verification is complete, a reviewer rejects',
  approverOnly: 'a verified application is rejected by an approver',
  earlierStep: (context) => context.verification,
  fourEyesMessage: 'the approver must not be the reviewer who verified the move',
});

const rules = defineRules<LiftingContext, LiftingEvent>()({
  ...shared.rules,
  verified: {
    event: (_, e) => {
      assertEvent(e, 'VERIFY');
      if (!e.referralConfirmed) return validation('referralConfirmed', 'REFERRAL_NOT_CONFIRMED', 'confirm the referral with the employment centre first; or request changes, or reject');
      if (!e.arrivalConfirmed) return validation('arrivalConfirmed', 'ARRIVAL_NOT_CONFIRMED', 'confirm the arrival at the project first; or request changes, or reject');
      return null;
    },
  },
  approvable: {
    actor: shared.approverFourEyes,
    event: (_, e) => {
      assertEvent(e, 'APPROVE');
      return 'amount' in e
        ? validation('amount', 'AMOUNT_COMPUTED', 'a lifting payment is two minimum wages of the year of the decision; the system computes it, do not send an amount')
        : e.facts?.fiscalYear
          ? null
          : validation('amount', 'FISCAL_YEAR_UNKNOWN', 'the minimum wage of the year of the decision is not set, so the amount cannot be computed');
    },
  },
  disbursable: {
    actor: shared.accountantFourEyes,
    event: (_, e) => {
      assertEvent(e, 'CONFIRM_DISBURSEMENT');
      const { paymentReference, paidOn } = e;
      const text = requireText('paymentReference', paymentReference, 'the payment reference') ?? requireText('paidOn', paidOn, 'the payment date');
      if (text) return text;
      return paidOn > localDateOf(e.at) ? validation('paidOn', 'IN_FUTURE', 'a payment cannot be dated in the future') : null;
    },
  },
  overdue: {
    event: (context, e) =>
      context.escalation
        ? validation('at', 'ALREADY_ESCALATED', 'already escalated')
        : e.at >= context.decisionDeadline
          ? null
          : validation('at', 'DEADLINE_NOT_REACHED', `the decision is due by ${context.decisionDeadline}`),
  },
});

/**
 * The instant the service deadline passes: the end (local midnight) of the last working day. A
 * timer, so counted from when the submission was recorded (`at`), not from its business date.
 */
function decisionDeadline(at: string, workingDays: number): string {
  return endOfLocalDay(addWorkingDays(localDateOf(at), workingDays));
}

/** Missing the service deadline flags the application; it stays where it is, in front of a supervisor. */
const ESCALATION = { ESCALATE: { guard: kit.by('overdue', 'system'), actions: 'recordEscalation' } } as const;

const START_VERIFICATION = {
  START_VERIFICATION: { guard: kit.by('byRole', 'reviewer'), target: 'underVerification', actions: 'recordVerificationStart' },
} as const;

/**
 * Lifting (resettlement) payments, version 1 (DOMAIN.md "Lifting"): two minimum wages of the
 * year of the decision, paid once per person per move, within the receiving region's quota.
 */
export const liftingMachineV1 = setup({
  types: {
    context: {} as LiftingContext,
    events: {} as LiftingEvent,
    input: {} as LiftingSubmitEvent,
  },
  guards: {
    ...kit.machineGuards<LiftingContext, LiftingEvent, keyof typeof rules>(rules),
  },
  actions: {
    ...kit.kitActions<LiftingContext, LiftingEvent>({ amount: null, fiscalYear: null, minimumWage: null, note: null }),
    ...kit.closingActions<LiftingContext, LiftingEvent>(),
    // effect: the engine reserves the receiving region's resettlement quota in the same transaction
    reserveResettlementQuota: kit.effect<{ people: number; families: number }>(),
    recordEscalation: assign({ escalation: ({ event }) => ({ at: event.at }) }),
    recordVerificationStart: assign({ verificationStarted: ({ event }) => stamp(event) }),
    rescreen: assign(({ context, event }) => {
      assertEvent(event, 'RESUBMIT');
      return { move: event.move, screening: screened(context.applicantIin, event.move, { regionExists: event.facts.regionExists, fiscalYear: event.facts.fiscalYear }, context.regionCode, event) };
    }),
    recordVerification: assign({
      verification: ({ event }) => {
        assertEvent(event, 'VERIFY');
        return { ...stamp(event), referralConfirmed: event.referralConfirmed, arrivalConfirmed: event.arrivalConfirmed, note: event.note ?? null };
      },
    }),
    recordApproval: assign({
      decision: ({ event }) => {
        assertEvent(event, 'APPROVE');
        const fiscal = event.facts.fiscalYear!;
        return {
          ...kit.approval(event),
          amount: formatMoney(liftingAmount(moneyFromNumeric(fiscal.minimumWage))),
          fiscalYear: fiscal.year,
          minimumWage: fiscal.minimumWage,
          note: event.note ?? null,
        };
      },
    }),
    recordDisbursement: assign({
      disbursement: ({ context, event }) => {
        assertEvent(event, 'CONFIRM_DISBURSEMENT');
        return { ...stamp(event), amount: context.decision!.amount!, paymentReference: event.paymentReference.trim(), paidOn: event.paidOn };
      },
    }),
  },
}).createMachine({
  id: 'lifting',
  initial: 'screening',
  // the payment job's result and the accountant's retry, in any state after the disbursement
  on: kit.PAYMENT_TRANSITIONS,
  context: ({ input }) => ({
    applicationId: input.applicationId,
    applicantIin: input.applicant.iin,
    regionCode: input.regionCode,
    categories: [...input.applicant.categories],
    move: input.move,
    submitted: { ...stamp(input), onBehalf: !input.actor.roles.includes('applicant') },
    screening: screened(input.applicant.iin, input.move, input.facts, input.regionCode, input),
    provisional: input.facts.fiscalYear
      ? { fiscalYear: input.facts.fiscalYear.year, amount: formatMoney(liftingAmount(moneyFromNumeric(input.facts.fiscalYear.minimumWage))) }
      : null,
    decisionDeadline: decisionDeadline(input.at, input.facts.decisionWorkingDays),
    escalation: null,
    verificationStarted: null,
    changeRequests: [],
    verification: null,
    decision: null,
    disbursement: null,
    closing: null,
    withdrawal: null,
    payment: null,
  }),
  states: {
    ...kit.screeningState('awaitingVerification'),
    awaitingVerification: {
      on: { ...START_VERIFICATION, ...kit.WITHDRAWAL, ...ESCALATION },
    },
    underVerification: {
      on: {
        VERIFY: { guard: kit.by('verified', 'reviewer'), target: 'verified', actions: 'recordVerification' },
        ...kit.REQUEST_CHANGES,
        ...kit.REJECT_AT_REVIEW,
        ...kit.WITHDRAWAL,
        ...ESCALATION,
      },
    },
    // employment-centre staff may resubmit on the person's behalf
    ...kit.changeRequestStates({ resubmitRoles: ['applicant', 'reviewer'], start: START_VERIFICATION, also: ESCALATION }),
    verified: {
      on: {
        APPROVE: {
          guard: kit.by('approvable', 'approver'),
          target: 'approved',
          actions: [
            'recordApproval',
            { type: 'reserveResettlementQuota', params: ({ context }) => ({ people: 1 + context.move.familyMembers, families: 1 }) },
            { type: 'reserveBudget', params: ({ context }) => ({ amount: context.decision!.amount! }) },
          ],
        },
        ...kit.REJECT_AT_APPROVAL,
        ...kit.WITHDRAWAL,
        ...ESCALATION,
      },
    },
    approved: {
      on: kit.disbursement('disbursed'),
    },
    disbursed: {
      on: kit.CLOSING,
    },
    ...kit.ENDINGS,
    closed: { type: 'final' },
  },
});

export const liftingWorkflowV1 = kit.defineWorkflow<LiftingContext, LiftingEvent>({
  kind: 'lifting',
  version: 1,
  machine: liftingMachineV1,
  rules,
  factsFor: {
    SUBMIT: ['fiscalYear', 'regionExists', 'decisionWorkingDays'],
    RESUBMIT: ['fiscalYear', 'regionExists'],
    APPROVE: ['fiscalYear'],
  },
  // employment-centre staff may submit on the person's behalf
  submitRoles: ['applicant', 'reviewer'],
  submissionRefusal: (context) => context.screening.reasons,
  deadlineEvent: 'ESCALATE',
  project: (context) => {
    const decided = context.decision !== null || context.withdrawal !== null || context.screening.reasons.length > 0;
    return {
      // until the decision, the amount the applicant can expect (two minimum wages of the year)
      // screening refuses a submission whose year has no minimum wage, so a provisional amount exists
      requestedAmount: context.decision?.amount ?? context.provisional!.amount,
      approvedAmount: context.decision?.outcome === 'APPROVED' ? context.decision.amount : null,
      disbursedAmount: context.disbursement?.amount ?? null,
      decisionFiscalYear: context.decision?.fiscalYear ?? null,
      deadlineAt: decided || context.escalation ? null : context.decisionDeadline,
      escalatedAt: context.escalation?.at ?? null,
      dedupKey: moveKey(context.move),
    };
  },
});
