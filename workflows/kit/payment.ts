import { forbidden, fourEyes, validation, type Stamp } from '../common';
import type { GuardRule, WorkflowEvent } from '../definition';
import { failedPayment, orderedPayment, retriedPayment, settledPayment, type PaymentEvent, type PaymentRecord } from '../payment';
import { assignKit, kitEvent } from './assign';
import { by, effect } from './define';

export interface PaymentContext {
  payment: PaymentRecord | null;
  decision: Stamp | null;
  disbursement: { amount: string } | null;
}

/**
 * Context checks (no payload) of the payment's events, also what decides whether an accountant
 * sees RETRY_PAYMENT; and four eyes at the disbursement: the accountant is not the approver.
 */
export function paymentRules<TContext extends PaymentContext, TEvent extends WorkflowEvent>() {
  const rules: Record<'paymentPending' | 'paymentIncident', GuardRule<TContext, TEvent>> = {
    paymentPending: {
      actor: (context) => (context.payment?.status === 'PENDING' ? null : validation('payment', 'NO_PAYMENT_PENDING', 'no payment of this application is in progress')),
    },
    paymentIncident: {
      actor: (context, event) =>
        context.payment?.status !== 'FAILED'
          ? validation('payment', 'NO_PAYMENT_INCIDENT', 'only a failed payment is retried')
          : event.actor.roles.includes('accountant')
            ? null
            : forbidden('ROLE', 'an accountant retries a payment'),
    },
  };
  const accountantFourEyes = (context: TContext, event: TEvent) => fourEyes(context.decision, event, 'the accountant who confirms a disbursement must not be the approver');
  return { rules, accountantFourEyes };
}

/**
 * The transitions every machine has at its top level, for any state after the disbursement: the
 * payment job's result, and the accountant's retry, which orders the payment again (an effect).
 */
export const PAYMENT_TRANSITIONS = {
  PAYMENT_SETTLED: { guard: by('paymentPending', 'system'), actions: 'recordPaymentSettled' },
  PAYMENT_FAILED: { guard: by('paymentPending', 'system'), actions: 'recordPaymentFailed' },
  RETRY_PAYMENT: { guard: by('paymentIncident', 'accountant'), actions: ['recordPaymentRetry', 'enqueuePayment'] },
} as const;

/**
 * The accountant confirms the disbursement: the kind records it (`recordDisbursement`), the
 * payment is ordered, the budget committed and the payment job enqueued, in one transition.
 */
export function disbursement<const TTarget extends string>(target: TTarget) {
  return {
    CONFIRM_DISBURSEMENT: {
      guard: by('disbursable', 'accountant'),
      target,
      actions: [
        'recordDisbursement',
        'orderPayment',
        { type: 'commitBudget', params: ({ context }: { context: PaymentContext }) => ({ amount: context.disbursement!.amount }) },
        'enqueuePayment',
      ],
    },
  } as const;
}

export function paymentActions<TContext extends PaymentContext, TEvent extends WorkflowEvent>() {
  return {
    // effects: the engine moves the region's budget and enqueues the payment in the same transaction (src/engine/effects.ts)
    reserveBudget: effect<{ amount: string }>(),
    commitBudget: effect<{ amount: string }>(),
    enqueuePayment: effect(),
    orderPayment: assignKit<TContext, TEvent, PaymentContext, WorkflowEvent>(({ event }) => ({ payment: orderedPayment(event.at) })),
    recordPaymentSettled: assignKit<TContext, TEvent, PaymentContext, PaymentEvent>(({ context, event }) => ({
      payment: settledPayment(context.payment, kitEvent<PaymentEvent, 'PAYMENT_SETTLED'>(event, 'PAYMENT_SETTLED')),
    })),
    recordPaymentFailed: assignKit<TContext, TEvent, PaymentContext, PaymentEvent>(({ context, event }) => ({
      payment: failedPayment(context.payment, kitEvent<PaymentEvent, 'PAYMENT_FAILED'>(event, 'PAYMENT_FAILED')),
    })),
    recordPaymentRetry: assignKit<TContext, TEvent, PaymentContext, PaymentEvent>(({ context, event }) => ({ payment: retriedPayment(context.payment, event) })),
  };
}
