/** One payment the programme owes, as the job sends it to the provider. */
export interface PaymentOrder {
  /** derived from the application: the same order always carries the same key */
  idempotencyKey: string;
  applicationId: string;
  kind: string;
  amount: string;
  recipientIin: string;
}

export interface PaymentReceipt {
  providerReference: string;
  paidAt: string;
}

/**
 * The port money leaves through. An implementation must be idempotent on `idempotencyKey`: paying
 * an order twice returns the first receipt and moves no money again. That, not the job queue, is
 * what makes a retry after a crash safe.
 */
export interface PaymentProvider {
  readonly name: string;
  pay(order: PaymentOrder): Promise<PaymentReceipt>;
}
