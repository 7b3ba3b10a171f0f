/** The payment settings of the configuration (PAYMENT_RETRY_LIMIT, PAYMENT_TIMEOUT_SECONDS). */
export interface PaymentSettings {
  retryLimit: number;
  timeoutSeconds: number;
}

/** The retry and expiry options of a payment job, in pg-boss's words. */
export interface PaymentJobOptions {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  expireInSeconds: number;
}

/**
 * What every payment job carries. They go on each job as it is sent, not only on the queue: pg-boss
 * keeps a queue's settings from its first creation, and a job's own options win over them, so a
 * changed PAYMENT_RETRY_LIMIT or PAYMENT_TIMEOUT_SECONDS reaches the next payment ordered.
 *
 * An attempt gives the provider PAYMENT_TIMEOUT_SECONDS to pay, and as long again to say whether it
 * paid after all and to report the result; only a job whose worker vanished (killed, cut off)
 * reaches its expiry, which pg-boss's maintenance then fails or retries.
 */
export function paymentJobOptions(settings: PaymentSettings): PaymentJobOptions {
  return {
    retryLimit: settings.retryLimit,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: settings.timeoutSeconds * 2,
  };
}
