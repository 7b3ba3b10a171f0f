import type { Stamp } from './common';
import type { WorkflowEvent } from './definition';

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

type Of<T extends PaymentEvent['type']> = Extract<PaymentEvent, { type: T }>;

export function orderedPayment(at: string): PaymentRecord {
  return { status: 'PENDING', orderedAt: at, attempts: 0, providerReference: null, settledAt: null, error: null, retriedBy: null };
}

export function settledPayment(payment: PaymentRecord | null | undefined, event: Of<'PAYMENT_SETTLED'>): PaymentRecord {
  return { ...payment!, status: 'SETTLED', providerReference: event.providerReference, settledAt: event.paidAt, error: null };
}

export function failedPayment(payment: PaymentRecord | null | undefined, event: Of<'PAYMENT_FAILED'>): PaymentRecord {
  return { ...payment!, status: 'FAILED', attempts: event.attempts, error: event.error };
}

export function retriedPayment(payment: PaymentRecord | null | undefined, event: WorkflowEvent): PaymentRecord {
  return { ...payment!, status: 'PENDING', error: null, retriedBy: { by: event.actor.id, at: event.at } };
}
