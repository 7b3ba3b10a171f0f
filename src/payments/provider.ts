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

/** How long the caller waits: aborted, the call stops and rejects (the money may still have moved). */
export interface ProviderCallOptions {
  signal?: AbortSignal;
}

/**
 * The port money leaves through. An implementation must be idempotent on `idempotencyKey`: paying
 * an order twice returns the first receipt and moves no money again. That, not the job queue, is
 * what makes a retry after a crash safe.
 */
export interface PaymentProvider {
  readonly name: string;
  pay(order: PaymentOrder, options?: ProviderCallOptions): Promise<PaymentReceipt>;
  /**
   * The receipt of the payment made under this key, or null if the provider made none. Asked
   * before a payment is declared failed: an attempt that timed out or whose worker died may have
   * paid, and a payment that succeeded must never be shown as failed.
   */
  lookup(idempotencyKey: string, options?: ProviderCallOptions): Promise<PaymentReceipt | null>;
}
