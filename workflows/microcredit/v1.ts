import { assertEvent, assign, setup } from 'xstate';
import type { ApplicantCategory, Locality } from '../rules/categories';
import { addDaysToInstant, daysBetween, localDateOf } from '../rules/calendar';
import { fiscalYearOfDate } from '../rules/fiscal';
import { checkLoanTerms, productFor, screenMicrocredit, type MicrocreditTermsFact } from './terms';
import { describeMoney, formatMoney, moneyFromNumeric } from '../rules/money';
import {
  applyRepayment,
  arrears,
  buildSchedule,
  isFullyRepaid,
  oldestOverdue,
  outstandingPrincipal,
  type Instalment,
  type ScheduleMethod,
} from './schedule';
import type { Violation } from '../errors';
import { positiveAmountRequired, requireText, stamp, validation, type Stamp } from '../common';
import type { PaymentEvent, PaymentRecord } from '../payment';
import { businessDateOf, defineRules, type Refusal, type WorkflowEvent } from '../definition';
import * as kit from '../kit';

export const MICROCREDIT_PURPOSES = ['START_UP', 'EXPANSION'] as const;
export type MicrocreditPurpose = (typeof MICROCREDIT_PURPOSES)[number];
export const SCHEDULE_METHODS = ['ANNUITY', 'DIFFERENTIATED'] as const;

/** What the entrepreneur asks for; replaced as a whole on resubmission. */
export interface MicrocreditRequest {
  amount: string;
  termMonths: number;
  /** requested annual rate, basis points */
  rateBp: number;
  locality: Locality;
  purpose: MicrocreditPurpose;
  businessDescription: string;
  jobsToCreate: number;
  financialInstitution: string;
  /** share of the loan covered by a guarantee, basis points; null without one */
  guaranteeShareBp: number | null;
}

/** Facts for screening and for the decision: the year's products of the programme. */
export interface TermsFacts {
  microcreditTerms: MicrocreditTermsFact[] | null;
  regionExists?: boolean;
}

export interface MicrocreditSubmitEvent extends WorkflowEvent {
  type: 'SUBMIT';
  applicationId: string;
  applicant: { iin: string; categories: ApplicantCategory[] };
  regionCode: string;
  request: MicrocreditRequest;
  facts: TermsFacts & { regionExists: boolean };
}

export interface LoanTermsInput {
  amount: string;
  rateBp: number;
  termMonths: number;
  method: ScheduleMethod;
}

export type MicrocreditEvent =
  | PaymentEvent
  | MicrocreditSubmitEvent
  | (WorkflowEvent & { type: 'START_REVIEW' })
  | (WorkflowEvent & { type: 'REQUEST_CHANGES'; note: string })
  | (WorkflowEvent & { type: 'RESUBMIT'; request: MicrocreditRequest; categories?: ApplicantCategory[]; note?: string; facts: TermsFacts & { regionExists: boolean } })
  | (WorkflowEvent & { type: 'SUBMIT_ASSESSMENT'; notes: string; proposed: LoanTermsInput })
  | (WorkflowEvent & { type: 'APPROVE'; terms: LoanTermsInput; note?: string; facts: TermsFacts })
  | (WorkflowEvent & { type: 'REJECT'; reason: string })
  | (WorkflowEvent & { type: 'WITHDRAW'; reason?: string })
  | (WorkflowEvent & { type: 'SIGN_CONTRACT'; contractNumber: string; signedOn: string })
  | (WorkflowEvent & { type: 'EXPIRE_CONTRACT' })
  | (WorkflowEvent & { type: 'CONFIRM_DISBURSEMENT'; paymentReference: string; paidOn: string })
  | (WorkflowEvent & { type: 'RECORD_REPAYMENT'; amount: string; paidOn: string; reference: string })
  | (WorkflowEvent & { type: 'MARK_OVERDUE' })
  | (WorkflowEvent & { type: 'WRITE_OFF'; reason: string });

type Ev<T extends MicrocreditEvent['type']> = Extract<MicrocreditEvent, { type: T }>;

export interface RepaymentRecord extends Stamp {
  amount: string;
  paidOn: string;
  reference: string;
  interestPaid: string;
  principalPaid: string;
  prepaidPrincipal: string;
}

export interface MicrocreditContext {
  applicationId: string;
  applicantIin: string;
  regionCode: string;
  categories: ApplicantCategory[];
  request: MicrocreditRequest;
  submitted: Stamp;
  /** the product the applicant's categories give, with the year's limits, at the last screening */
  screening: { fiscalYear: number; product: MicrocreditTermsFact | null; reasons: Violation[]; at: string };
  reviewStarted: Stamp | null;
  changeRequests: kit.ChangeRequest[];
  assessment: (Stamp & { notes: string; proposed: LoanTermsInput }) | null;
  decision:
    | (Stamp & {
        outcome: 'APPROVED' | 'REJECTED';
        stage: 'REVIEW' | 'APPROVAL';
        reason: string | null;
        terms: LoanTermsInput | null;
        fiscalYear: number | null;
        note: string | null;
        /** the contract must be signed before this instant, or the loan is cancelled */
        contractDeadline: string | null;
        writeOffAfterDays: number | null;
      })
    | null;
  contract: (Stamp & { contractNumber: string; signedOn: string }) | null;
  cancellation: (Stamp & { reason: string }) | null;
  disbursement: (Stamp & { amount: string; paymentReference: string; paidOn: string }) | null;
  schedule: Instalment[];
  repayments: RepaymentRecord[];
  /** the current overdue episode */
  overdue: { since: string; markedAt: string } | null;
  overdueEpisodes: number;
  writeOff: (Stamp & { reason: string; outstanding: string }) | null;
  withdrawal: (Stamp & { reason: string | null }) | null;
  /** the payment of the disbursement, once ordered */
  payment: PaymentRecord | null;
  /** local date of the last event, for the eventless checks after a repayment */
  lastEventOn: string;
}

function screeningOf(context: Pick<MicrocreditContext, 'applicantIin' | 'regionCode'>, request: MicrocreditRequest, categories: ApplicantCategory[], facts: TermsFacts & { regionExists: boolean }, e: Pick<WorkflowEvent, 'at' | 'on'>) {
  const { product, reasons } = screenMicrocredit({
    iin: context.applicantIin,
    categories,
    regionCode: context.regionCode,
    request,
    regionExists: facts.regionExists,
    terms: facts.microcreditTerms,
  });
  const extra: Violation[] = [];
  if (!Number.isInteger(request.jobsToCreate) || request.jobsToCreate < 0) {
    extra.push({ field: 'jobsToCreate', rule: 'JOBS_NEGATIVE', message: 'the number of jobs must be a whole number, zero or more' });
  }
  if (request.guaranteeShareBp !== null && (request.guaranteeShareBp <= 0 || request.guaranteeShareBp > 10_000)) {
    extra.push({ field: 'guaranteeShare', rule: 'GUARANTEE_SHARE_RANGE', message: 'a guarantee covers more than 0 and at most 100 % of the loan' });
  }
  // the fiscal year of the submission's business date; `at` stays the moment it was screened
  return { fiscalYear: fiscalYearOfDate(businessDateOf(e)), product, reasons: [...reasons, ...extra], at: e.at };
}

/** Final terms must fit the product of the decision year for the applicant's categories. */
function termsRefusal(context: MicrocreditContext, terms: LoanTermsInput, facts: TermsFacts | undefined): Refusal | null {
  if (moneyFromNumeric(terms.amount) <= 0n) return positiveAmountRequired();
  if (moneyFromNumeric(terms.amount) > moneyFromNumeric(context.request.amount)) {
    return validation('terms.amount', 'AMOUNT_OVER_REQUESTED', `more than the ${describeMoney(moneyFromNumeric(context.request.amount))} requested`);
  }
  const product = facts?.microcreditTerms ? productFor(context.categories, facts.microcreditTerms) : null;
  if (!product) return validation('terms', 'TERMS_UNKNOWN', 'the programme has no microcredit terms for the year of the decision');
  const [first] = checkLoanTerms(product, terms, 'terms');
  return first ? validation(first.field, first.rule, first.message) : null;
}

function repaymentRefusal(context: MicrocreditContext, e: Ev<'RECORD_REPAYMENT'>): Refusal | null {
  const text = requireText('reference', e.reference, 'the payment reference');
  if (text) return text;
  if (context.repayments.some((r) => r.reference === e.reference.trim())) {
    return validation('reference', 'DUPLICATE_REFERENCE', `a repayment with reference "${e.reference}" is already recorded`);
  }
  const terms = context.decision?.terms;
  if (!terms) return validation('applicationId', 'NOT_DISBURSED', 'the loan has not been paid out');
  // the same allocation the action makes: whatever it refuses, the guard refuses first
  const allocation = applyRepayment(context.schedule, { amount: moneyFromNumeric(e.amount), paidOn: e.paidOn }, { annualRateBp: terms.rateBp, method: terms.method });
  if (!allocation.ok) {
    return validation('amount', allocation.reason === 'NOT_POSITIVE' ? 'AMOUNT_ZERO' : 'MORE_THAN_OWED', allocation.message);
  }
  if (context.disbursement && e.paidOn < context.disbursement.paidOn) {
    return validation('paidOn', 'BEFORE_DISBURSEMENT', `the loan was paid out on ${context.disbursement.paidOn}`);
  }
  if (e.paidOn > localDateOf(e.at)) return validation('paidOn', 'IN_FUTURE', 'a repayment cannot be dated in the future');
  return null;
}

const shared = kit.sharedRules<MicrocreditContext, MicrocreditEvent>({
  reviewerOnly: 'at credit review, only a loan officer (reviewer) may reject',
  approverOnly: 'the committee decision is an approver’s',
  earlierStep: (context) => context.assessment,
  fourEyesMessage: 'the approver must not be the loan officer who did the credit review',
});

const rules = defineRules<MicrocreditContext, MicrocreditEvent>()({
  ...shared.rules,
  withAssessment: {
    event: (context, e) => {
      assertEvent(e, 'SUBMIT_ASSESSMENT');
      return requireText('notes', e.notes, 'the assessment notes') ?? termsRefusal(context, e.proposed, { microcreditTerms: context.screening.product ? [context.screening.product] : null });
    },
  },
  approvable: {
    actor: shared.approverFourEyes,
    event: (context, e) => {
      assertEvent(e, 'APPROVE');
      return e.terms ? termsRefusal(context, e.terms, e.facts) : validation('terms', 'REQUIRED', 'the final terms are required');
    },
  },
  withContract: {
    event: (context, e) => {
      assertEvent(e, 'SIGN_CONTRACT');
      const { contractNumber, signedOn } = e;
      const text = requireText('contractNumber', contractNumber, 'the contract number') ?? requireText('signedOn', signedOn, 'the signing date');
      if (text) return text;
      if (signedOn > localDateOf(e.at)) return validation('signedOn', 'IN_FUTURE', 'a contract cannot be signed in the future');
      // the deadline instant belongs to the expiry: a contract is signed strictly before it
      if (context.decision && e.at >= context.decision.contractDeadline!) {
        return validation('signedOn', 'DEADLINE_PASSED', `the contract had to be signed by ${context.decision.contractDeadline}`);
      }
      return null;
    },
  },
  deadlinePassed: {
    event: (context, e) =>
      context.decision?.contractDeadline && e.at >= context.decision.contractDeadline
        ? null
        : validation('at', 'DEADLINE_NOT_REACHED', `the contract may be signed until ${context.decision?.contractDeadline}`),
  },
  disbursable: {
    actor: shared.accountantFourEyes,
    event: (context, e) => {
      assertEvent(e, 'CONFIRM_DISBURSEMENT');
      const { paymentReference, paidOn } = e;
      const text = requireText('paymentReference', paymentReference, 'the payment reference') ?? requireText('paidOn', paidOn, 'the payment date');
      if (text) return text;
      if (context.contract && paidOn < context.contract.signedOn) return validation('paidOn', 'BEFORE_CONTRACT', `the contract was signed on ${context.contract.signedOn}`);
      return paidOn > localDateOf(e.at) ? validation('paidOn', 'IN_FUTURE', 'a payment cannot be dated in the future') : null;
    },
  },
  validRepayment: {
    event: (context, e) => {
      assertEvent(e, 'RECORD_REPAYMENT');
      return repaymentRefusal(context, e);
    },
  },
  pastDue: {
    event: (context, e) =>
      oldestOverdue(context.schedule, businessDateOf(e)) ? null : validation('schedule', 'NOTHING_OVERDUE', 'no instalment is past due'),
  },
  writeOffAllowed: {
    event: (context, e) => {
      assertEvent(e, 'WRITE_OFF');
      const text = requireText('reason', e.reason, 'a reason for the write-off');
      if (text) return text;
      // days overdue on the day of the write-off decision (its business date)
      const oldest = oldestOverdue(context.schedule, businessDateOf(e));
      const days = oldest ? daysBetween(oldest.dueOn, businessDateOf(e)) : 0;
      const needed = context.decision?.writeOffAfterDays ?? 0;
      return days >= needed
        ? null
        : validation('at', 'TOO_EARLY_TO_WRITE_OFF', `a loan may be written off after ${needed} days overdue; this one is ${days} days overdue`);
    },
  },
});

/** The principal still owed on a disbursed loan. */
export function outstandingOf(context: MicrocreditContext): bigint {
  if (!context.decision?.terms || !context.disbursement) return 0n;
  return outstandingPrincipal(moneyFromNumeric(context.decision.terms.amount), context.schedule);
}

const START_REVIEW = {
  START_REVIEW: { guard: kit.by('byRole', 'reviewer'), target: 'creditReview', actions: 'recordReviewStart' },
} as const;

/**
 * Microcredits (DOMAIN.md "Microcredits"), version 1: screening against the year's terms, credit
 * review by a loan officer, a committee decision by another person, a contract with a durable
 * deadline, disbursement with a repayment schedule, repayments, overdue, closing or write-off.
 */
export const microcreditMachineV1 = setup({
  types: {
    context: {} as MicrocreditContext,
    events: {} as MicrocreditEvent,
    input: {} as MicrocreditSubmitEvent,
  },
  guards: {
    ...kit.machineGuards<MicrocreditContext, MicrocreditEvent, keyof typeof rules>(rules),
    fullyRepaid: ({ context }) => context.schedule.length > 0 && isFullyRepaid(context.schedule),
    arrearsCleared: ({ context }) => arrears(context.schedule, context.lastEventOn) === 0n,
  },
  actions: {
    ...kit.kitActions<MicrocreditContext, MicrocreditEvent>({ terms: null, fiscalYear: null, note: null, contractDeadline: null, writeOffAfterDays: null }),
    // effect: an expired contract gives the reserved budget back
    releaseBudget: kit.effect(),
    recordReviewStart: assign({ reviewStarted: ({ event }) => stamp(event) }),
    rescreen: assign(({ context, event }) => {
      assertEvent(event, 'RESUBMIT');
      const categories = event.categories ? [...event.categories] : context.categories;
      return { request: event.request, categories, screening: screeningOf(context, event.request, categories, event.facts, event) };
    }),
    recordAssessment: assign({
      assessment: ({ event }) => {
        assertEvent(event, 'SUBMIT_ASSESSMENT');
        return { ...stamp(event), notes: event.notes.trim(), proposed: event.proposed };
      },
    }),
    recordApproval: assign({
      decision: ({ context, event }) => {
        assertEvent(event, 'APPROVE');
        const product = productFor(context.categories, event.facts.microcreditTerms ?? [])!;
        return {
          ...kit.approval(event),
          terms: event.terms,
          fiscalYear: product.year,
          note: event.note ?? null,
          // a timer: counted from when the decision was recorded (`at`), not from its business date, so a
          // decision keyed in late still leaves the applicant the whole period to sign
          contractDeadline: addDaysToInstant(event.at, product.contractDays),
          writeOffAfterDays: product.writeOffAfterDays,
        };
      },
    }),
    recordContract: assign({
      contract: ({ event }) => {
        assertEvent(event, 'SIGN_CONTRACT');
        return { ...stamp(event), contractNumber: event.contractNumber.trim(), signedOn: event.signedOn };
      },
    }),
    recordCancellation: assign({ cancellation: ({ event }) => ({ ...stamp(event), reason: 'the contract was not signed before the deadline' }) }),
    // the schedule and the commitment of the money come with the same transition
    recordDisbursement: assign(({ context, event }) => {
      assertEvent(event, 'CONFIRM_DISBURSEMENT');
      const terms = context.decision!.terms!;
      return {
        disbursement: { ...stamp(event), amount: terms.amount, paymentReference: event.paymentReference.trim(), paidOn: event.paidOn },
        schedule: buildSchedule({
          principal: moneyFromNumeric(terms.amount),
          annualRateBp: terms.rateBp,
          termMonths: terms.termMonths,
          method: terms.method,
          disbursedOn: event.paidOn,
        }),
        lastEventOn: businessDateOf(event),
      };
    }),
    recordRepayment: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_REPAYMENT');
      const terms = context.decision!.terms!;
      const result = applyRepayment(context.schedule, { amount: moneyFromNumeric(event.amount), paidOn: event.paidOn }, { annualRateBp: terms.rateBp, method: terms.method });
      if (!result.ok) throw new Error(`a repayment the guard accepted was refused: ${result.message}`);
      const { schedule, interestPaid, principalPaid, prepaidPrincipal } = result.value;
      return {
        schedule,
        lastEventOn: businessDateOf(event),
        repayments: [
          ...context.repayments,
          {
            ...stamp(event),
            amount: event.amount,
            paidOn: event.paidOn,
            reference: event.reference.trim(),
            interestPaid: formatMoney(interestPaid),
            principalPaid: formatMoney(principalPaid),
            prepaidPrincipal: formatMoney(prepaidPrincipal),
          },
        ],
      };
    }),
    recordOverdue: assign(({ context, event }) => ({
      overdue: { since: oldestOverdue(context.schedule, businessDateOf(event))!.dueOn, markedAt: event.at },
      overdueEpisodes: context.overdueEpisodes + 1,
      lastEventOn: businessDateOf(event),
    })),
    clearOverdue: assign({ overdue: null }),
    recordWriteOff: assign({
      writeOff: ({ context, event }) => {
        assertEvent(event, 'WRITE_OFF');
        return { ...stamp(event), reason: event.reason.trim(), outstanding: formatMoney(outstandingOf(context)) };
      },
    }),
  },
}).createMachine({
  id: 'microcredit',
  initial: 'screening',
  // the payment job's result and the accountant's retry, in any state after the disbursement
  on: kit.PAYMENT_TRANSITIONS,
  context: ({ input }) => ({
    applicationId: input.applicationId,
    applicantIin: input.applicant.iin,
    regionCode: input.regionCode,
    categories: [...input.applicant.categories],
    request: input.request,
    submitted: stamp(input),
    screening: screeningOf({ applicantIin: input.applicant.iin, regionCode: input.regionCode }, input.request, input.applicant.categories, input.facts, input),
    reviewStarted: null,
    changeRequests: [],
    assessment: null,
    decision: null,
    contract: null,
    cancellation: null,
    disbursement: null,
    schedule: [],
    repayments: [],
    overdue: null,
    overdueEpisodes: 0,
    writeOff: null,
    withdrawal: null,
    payment: null,
    lastEventOn: businessDateOf(input),
  }),
  states: {
    ...kit.screeningState('awaitingReview'),
    awaitingReview: {
      on: { ...START_REVIEW, ...kit.WITHDRAWAL },
    },
    creditReview: {
      on: {
        ...kit.REQUEST_CHANGES,
        SUBMIT_ASSESSMENT: { guard: kit.by('withAssessment', 'reviewer'), target: 'awaitingDecision', actions: 'recordAssessment' },
        ...kit.REJECT_AT_REVIEW,
        ...kit.WITHDRAWAL,
      },
    },
    ...kit.changeRequestStates({ resubmitRoles: ['applicant'], start: START_REVIEW }),
    awaitingDecision: {
      on: {
        APPROVE: {
          guard: kit.by('approvable', 'approver'),
          target: 'contractPending',
          actions: ['recordApproval', { type: 'reserveBudget', params: ({ context }) => ({ amount: context.decision!.terms!.amount }) }],
        },
        ...kit.REJECT_AT_APPROVAL,
        ...kit.WITHDRAWAL,
      },
    },
    contractPending: {
      on: {
        SIGN_CONTRACT: { guard: kit.by('withContract', 'reviewer'), target: 'contractSigned', actions: 'recordContract' },
        EXPIRE_CONTRACT: { guard: kit.by('deadlinePassed', 'system'), target: 'cancelled', actions: ['recordCancellation', 'releaseBudget'] },
      },
    },
    contractSigned: {
      on: kit.disbursement('repaying'),
    },
    repaying: {
      always: [{ guard: 'fullyRepaid', target: 'closed' }],
      on: {
        RECORD_REPAYMENT: { guard: kit.by('validRepayment', 'accountant'), target: 'repaying', reenter: true, actions: 'recordRepayment' },
        MARK_OVERDUE: { guard: kit.by('pastDue', 'system'), target: 'overdue', actions: 'recordOverdue' },
      },
    },
    overdue: {
      always: [
        { guard: 'fullyRepaid', target: 'closed', actions: 'clearOverdue' },
        { guard: 'arrearsCleared', target: 'repaying', actions: 'clearOverdue' },
      ],
      on: {
        RECORD_REPAYMENT: { guard: kit.by('validRepayment', 'accountant'), target: 'overdue', reenter: true, actions: 'recordRepayment' },
        WRITE_OFF: { guard: kit.by('writeOffAllowed', 'approver'), target: 'writtenOff', actions: 'recordWriteOff' },
      },
    },
    ...kit.ENDINGS,
    cancelled: { type: 'final' },
    closed: { type: 'final' },
    writtenOff: { type: 'final' },
  },
});

export const microcreditWorkflowV1 = kit.defineWorkflow<MicrocreditContext, MicrocreditEvent>({
  kind: 'microcredit',
  version: 1,
  machine: microcreditMachineV1,
  rules,
  factsFor: {
    SUBMIT: ['microcreditTerms', 'regionExists'],
    RESUBMIT: ['microcreditTerms', 'regionExists'],
    APPROVE: ['microcreditTerms'],
  },
  submitRoles: ['applicant'],
  submissionRefusal: (context) => context.screening.reasons,
  deadlineEvent: 'EXPIRE_CONTRACT',
  project: (context) => ({
    requestedAmount: context.request.amount,
    approvedAmount: context.decision?.outcome === 'APPROVED' ? context.decision.terms!.amount : null,
    disbursedAmount: context.disbursement?.amount ?? null,
    decisionFiscalYear: context.decision?.fiscalYear ?? null,
    deadlineAt: context.decision?.contractDeadline && !context.contract && !context.cancellation ? context.decision.contractDeadline : null,
    nextDueOn: context.schedule.find((i) => moneyFromNumeric(i.paidPrincipal) + moneyFromNumeric(i.paidInterest) < moneyFromNumeric(i.total))?.dueOn ?? null,
  }),
});
