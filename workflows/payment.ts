import type { Role } from './rules/roles';
import { forbidden, validation, type Stamp } from './common';
import type { GuardRule, WorkflowEvent } from './definition';

/**
 * The payment of a disbursement, as the provider reported it. The accountant's confirmation
 * orders it (PENDING); the payment job settles it, or after its last retry marks an incident
 * (FAILED) that an accountant retries. The same for every kind of support.
 */
export interface PaymentRecord {
  status: 'PENDING' | 'SETTLED' | 'FAILED';
  orderedAt: string;
  attempts: number;
  providerReference: string | null;
  settledAt: string | null;
  error: string | null;
  retriedBy: Stamp | null;
}

export type PaymentEvent =
  | (WorkflowEvent & { type: 'PAYMENT_SETTLED'; providerReference: string; paidAt: string })
  | (WorkflowEvent & { type: 'PAYMENT_FAILED'; error: string; attempts: number })
  | (WorkflowEvent & { type: 'RETRY_PAYMENT' });

export const paymentEventRoles: Record<string, readonly Role[]> = {
  PAYMENT_SETTLED: ['system'],
  PAYMENT_FAILED: ['system'],
  RETRY_PAYMENT: ['accountant'],
};

type WithPayment = { payment?: PaymentRecord | null };

/** Context checks (no payload): also what decides whether an accountant sees RETRY_PAYMENT. */
export const paymentRules: Record<'paymentPending' | 'paymentIncident', GuardRule<WithPayment, WorkflowEvent>> = {
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

export function orderedPayment(at: string): PaymentRecord {
  return { status: 'PENDING', orderedAt: at, attempts: 0, providerReference: null, settledAt: null, error: null, retriedBy: null };
}

export function settledPayment(payment: PaymentRecord | null | undefined, event: WorkflowEvent): PaymentRecord {
  const e = event as Extract<PaymentEvent, { type: 'PAYMENT_SETTLED' }>;
  return { ...payment!, status: 'SETTLED', providerReference: e.providerReference, settledAt: e.paidAt, error: null };
}

export function failedPayment(payment: PaymentRecord | null | undefined, event: WorkflowEvent): PaymentRecord {
  const e = event as Extract<PaymentEvent, { type: 'PAYMENT_FAILED' }>;
  return { ...payment!, status: 'FAILED', attempts: e.attempts, error: e.error };
}

export function retriedPayment(payment: PaymentRecord | null | undefined, event: WorkflowEvent): PaymentRecord {
  return { ...payment!, status: 'PENDING', error: null, retriedBy: { by: event.actor.id, at: event.at } };
}

/**
 * The transitions every machine has at its top level, for any state after the disbursement: the
 * payment job's result, and the accountant's retry, which orders the payment again (an effect).
 * Each machine implements the named actions with the helpers above.
 */
export const PAYMENT_TRANSITIONS = {
  PAYMENT_SETTLED: { guard: 'paymentPending', actions: 'recordPaymentSettled' },
  PAYMENT_FAILED: { guard: 'paymentPending', actions: 'recordPaymentFailed' },
  RETRY_PAYMENT: { guard: 'paymentIncident', actions: ['recordPaymentRetry', 'enqueuePayment'] },
} as const;
