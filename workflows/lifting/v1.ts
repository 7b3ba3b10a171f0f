import { assign, setup } from 'xstate';
import type { ApplicantCategory } from '../rules/categories';
import { localDateOf, type FiscalFact } from '../rules/fiscal';
import { parseIin } from '../rules/iin';
import { addWorkingDays, checkMove, liftingAmount, moveKey, type Referral } from './eligibility';
import { formatMoney, moneyFromNumeric } from '../rules/money';
import type { Role } from '../rules/roles';
import type { Violation } from '../errors';
import {
  answerChangeRequest,
  appendChangeRequest,
  fourEyes,
  rejectionRules,
  requireText,
  stamp,
  validation,
  type ChangeRequest,
  type Stamp,
} from '../common';
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
import { defineRules, guardsFrom, type WorkflowDefinition, type WorkflowEvent } from '../definition';

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

type Ev<T extends LiftingEvent['type']> = Extract<LiftingEvent, { type: T }>;

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
  changeRequests: ChangeRequest[];
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

const eventRoles: Record<string, readonly Role[]> = {
  ...paymentEventRoles,
  START_VERIFICATION: ['reviewer'],
  REQUEST_CHANGES: ['reviewer'],
  RESUBMIT: ['applicant', 'reviewer'],
  VERIFY: ['reviewer'],
  APPROVE: ['approver'],
  REJECT: ['reviewer', 'approver'],
  WITHDRAW: ['applicant'],
  CONFIRM_DISBURSEMENT: ['accountant'],
  CLOSE: ['reviewer'],
  ESCALATE: ['system'],
};

function screen(iin: string, move: LiftingMove, facts: { regionExists: boolean; fiscalYear: FiscalFact | null }, regionCode: string, at: string) {
  const reasons: Violation[] = [];
  if (!facts.fiscalYear) {
    reasons.push({ field: 'amount', rule: 'FISCAL_YEAR_UNKNOWN', message: 'the minimum wage of the current year is not set, so the payment cannot be computed' });
  }
  const parsed = parseIin(iin);
  if (!parsed.ok) reasons.push({ field: 'iin', rule: 'IIN_INVALID', message: parsed.message });
  if (!facts.regionExists) reasons.push({ field: 'regionCode', rule: 'REGION_UNKNOWN', message: `there is no region "${regionCode}"` });
  reasons.push(...checkMove(move, localDateOf(at)));
  if (!Number.isInteger(move.familyMembers) || move.familyMembers < 0) {
    reasons.push({ field: 'familyMembers', rule: 'FAMILY_MEMBERS_NEGATIVE', message: 'the number of family members moving is a whole number, zero or more' });
  }
  if (!move.infrastructureProject.trim()) reasons.push({ field: 'infrastructureProject', rule: 'REQUIRED', message: 'name the infrastructure project' });
  if (!move.employer.trim()) reasons.push({ field: 'employer', rule: 'REQUIRED', message: 'name the employer' });
  return { reasons, at };
}

const VERIFIER_IS_NOT_APPROVER = 'the approver must not be the reviewer who verified the move';

const rules = defineRules<LiftingContext, LiftingEvent>()({
  ...paymentRules,
  byRole: {},
  withChangeNote: { event: (_, e) => requireText('note', (e as Ev<'REQUEST_CHANGES'>).note, 'a note saying what to change') },
  verified: {
    event: (_, e) => {
      const { referralConfirmed, arrivalConfirmed } = e as Ev<'VERIFY'>;
      if (!referralConfirmed) return validation('referralConfirmed', 'REFERRAL_NOT_CONFIRMED', 'confirm the referral with the employment centre first; or request changes, or reject');
      if (!arrivalConfirmed) return validation('arrivalConfirmed', 'ARRIVAL_NOT_CONFIRMED', 'confirm the arrival at the project first; or request changes, or reject');
      return null;
    },
  },
  ...rejectionRules<LiftingContext, LiftingEvent>({
    reviewerOnly: 'before verification is complete, a reviewer rejects',
    approverOnly: 'a verified application is rejected by an approver',
    earlierStep: (context) => context.verification,
    fourEyesMessage: VERIFIER_IS_NOT_APPROVER,
  }),
  approvable: {
    actor: (context, e) => fourEyes(context.verification, e, VERIFIER_IS_NOT_APPROVER),
    event: (_, e) =>
      'amount' in e
        ? validation('amount', 'AMOUNT_COMPUTED', 'a lifting payment is two minimum wages of the year of the decision; the system computes it, do not send an amount')
        : (e as Ev<'APPROVE'>).facts?.fiscalYear
        ? null
        : validation('amount', 'FISCAL_YEAR_UNKNOWN', 'the minimum wage of the year of the decision is not set, so the amount cannot be computed'),
  },
  disbursable: {
    actor: (context, e) => fourEyes(context.decision, e, 'the accountant who confirms a disbursement must not be the approver'),
    event: (_, e) => {
      const { paymentReference, paidOn } = e as Ev<'CONFIRM_DISBURSEMENT'>;
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

/** The instant the service deadline passes: the end (local midnight) of the last working day. */
function decisionDeadline(at: string, workingDays: number): string {
  const lastDay = addWorkingDays(localDateOf(at), workingDays);
  return new Date(Date.parse(`${lastDay}T00:00:00+05:00`) + 86_400_000).toISOString();
}

/** Missing the service deadline flags the application; it stays where it is, in front of a supervisor. */
const escalate = { guard: 'overdue', actions: 'recordEscalation' } as const;

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
    ...guardsFrom<LiftingContext, LiftingEvent, keyof typeof rules>(eventRoles, rules),
    eligible: ({ context }) => context.screening.reasons.length === 0,
    ineligibleNow: ({ context }) => context.screening.reasons.length > 0,
  },
  actions: {
    recordEscalation: assign({ escalation: ({ event }) => ({ at: event.at }) }),
    recordWithdrawal: assign({ withdrawal: ({ event }) => ({ ...stamp(event), reason: (event as Ev<'WITHDRAW'>).reason ?? null }) }),
    recordRejection: assign({
      decision: ({ event }, params: { stage: 'REVIEW' | 'APPROVAL' }) => ({
        ...stamp(event),
        outcome: 'REJECTED' as const,
        stage: params.stage,
        reason: (event as Ev<'REJECT'>).reason.trim(),
        amount: null,
        fiscalYear: null,
        minimumWage: null,
        note: null,
      }),
    }),
    // effects: the engine reserves the receiving region's quota and budget in the same transaction
    reserveResettlementQuota: (_, _params: { people: number; families: number }) => {},
    // effects: the engine moves the region's budget in the same transaction (see src/engine/effects.ts)
    reserveBudget: (_, _params: { amount: string }) => {},
    enqueuePayment: () => {},
    recordPaymentSettled: assign({ payment: ({ context, event }) => settledPayment(context.payment, event) }),
    recordPaymentFailed: assign({ payment: ({ context, event }) => failedPayment(context.payment, event) }),
    recordPaymentRetry: assign({ payment: ({ context, event }) => retriedPayment(context.payment, event) }),
    commitBudget: (_, _params: { amount: string }) => {},
  },
}).createMachine({
  id: 'lifting',
  initial: 'screening',
  // the payment job's result and the accountant's retry, in any state after the disbursement
  on: PAYMENT_TRANSITIONS,
  context: ({ input }) => ({
    applicationId: input.applicationId,
    applicantIin: input.applicant.iin,
    regionCode: input.regionCode,
    categories: [...input.applicant.categories],
    move: input.move,
    submitted: { ...stamp(input), onBehalf: !input.actor.roles.includes('applicant') },
    screening: screen(input.applicant.iin, input.move, input.facts, input.regionCode, input.at),
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
    screening: {
      always: [{ guard: 'eligible', target: 'awaitingVerification' }, { target: 'ineligible' }],
    },
    awaitingVerification: {
      on: {
        START_VERIFICATION: { guard: 'byRole', target: 'underVerification', actions: assign({ verificationStarted: ({ event }) => stamp(event) }) },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
        ESCALATE: escalate,
      },
    },
    underVerification: {
      on: {
        VERIFY: {
          guard: 'verified',
          target: 'verified',
          actions: assign({
            verification: ({ event }) => {
              const e = event as Ev<'VERIFY'>;
              return { ...stamp(e), referralConfirmed: e.referralConfirmed, arrivalConfirmed: e.arrivalConfirmed, note: e.note ?? null };
            },
          }),
        },
        REQUEST_CHANGES: {
          guard: 'withChangeNote',
          target: 'changesRequested',
          actions: assign({ changeRequests: ({ context, event }) => appendChangeRequest(context.changeRequests, event as Ev<'REQUEST_CHANGES'>) }),
        },
        REJECT: { guard: 'reviewerRejects', target: 'rejected', actions: { type: 'recordRejection', params: { stage: 'REVIEW' } } },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
        ESCALATE: escalate,
      },
    },
    changesRequested: {
      on: {
        RESUBMIT: {
          guard: 'byRole',
          target: 'resubmitted',
          actions: assign(({ context, event }) => {
            const e = event as Ev<'RESUBMIT'>;
            return {
              move: e.move,
              screening: screen(context.applicantIin, e.move, { regionExists: e.facts.regionExists, fiscalYear: e.facts.fiscalYear }, context.regionCode, e.at),
              changeRequests: answerChangeRequest(context.changeRequests, e),
            };
          }),
        },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
        ESCALATE: escalate,
      },
    },
    resubmitted: {
      always: [{ guard: 'ineligibleNow', target: 'ineligible' }],
      on: {
        START_VERIFICATION: { guard: 'byRole', target: 'underVerification', actions: assign({ verificationStarted: ({ event }) => stamp(event) }) },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
        ESCALATE: escalate,
      },
    },
    verified: {
      on: {
        APPROVE: {
          guard: 'approvable',
          target: 'approved',
          actions: [
            assign({
              decision: ({ event }) => {
                const e = event as Ev<'APPROVE'>;
                const fiscal = e.facts.fiscalYear!;
                return {
                  ...stamp(e),
                  outcome: 'APPROVED' as const,
                  stage: 'APPROVAL' as const,
                  reason: null,
                  amount: formatMoney(liftingAmount(moneyFromNumeric(fiscal.minimumWage))),
                  fiscalYear: fiscal.year,
                  minimumWage: fiscal.minimumWage,
                  note: e.note ?? null,
                };
              },
            }),
            { type: 'reserveResettlementQuota', params: ({ context }) => ({ people: 1 + context.move.familyMembers, families: 1 }) },
            { type: 'reserveBudget', params: ({ context }) => ({ amount: context.decision!.amount! }) },
          ],
        },
        REJECT: { guard: 'approverRejects', target: 'rejected', actions: { type: 'recordRejection', params: { stage: 'APPROVAL' } } },
        WITHDRAW: { guard: 'byRole', target: 'withdrawn', actions: 'recordWithdrawal' },
        ESCALATE: escalate,
      },
    },
    approved: {
      on: {
        CONFIRM_DISBURSEMENT: {
          guard: 'disbursable',
          target: 'disbursed',
          actions: [
            assign({
              disbursement: ({ context, event }) => {
                const e = event as Ev<'CONFIRM_DISBURSEMENT'>;
                return { ...stamp(e), amount: context.decision!.amount!, paymentReference: e.paymentReference.trim(), paidOn: e.paidOn };
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
        CLOSE: { guard: 'byRole', target: 'closed', actions: assign({ closing: ({ event }) => ({ ...stamp(event), note: (event as Ev<'CLOSE'>).note ?? null }) }) },
      },
    },
    ineligible: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
    closed: { type: 'final' },
  },
});

export const liftingWorkflowV1: WorkflowDefinition<LiftingContext, LiftingEvent> = {
  kind: 'lifting',
  version: 1,
  machine: liftingMachineV1,
  eventRoles,
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
  finalStates: ['ineligible', 'rejected', 'withdrawn', 'closed'],
  effects: ['enqueuePayment', 'reserveResettlementQuota', 'reserveBudget', 'commitBudget'],
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
};
