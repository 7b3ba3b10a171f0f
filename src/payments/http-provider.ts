import type { PaymentOrder, PaymentProvider, PaymentReceipt, ProviderCallOptions } from './provider';

/**
 * A skeleton for a real provider (the treasury's or a bank's payment API) over HTTPS:
 *
 *   POST {baseUrl}/payments
 *   Authorization: Bearer {token}
 *   Idempotency-Key: {order.idempotencyKey}
 *   { "reference": applicationId, "amount": "170000.00", "currency": "KZT", "recipientIin": "…" }
 *   → 200/201 { "id": "…", "paidAt": "…" }; the same key again → the same answer, no second payment
 *
 *   GET {baseUrl}/payments/{idempotencyKey}
 *   → 200 { "id": "…", "paidAt": "…" } if a payment was made under the key, 404 if none
 *
 * Any other status, a timeout or a network error throws, and the payment job retries with
 * backoff. Map the provider's real contract here; nothing else in the gateway changes.
 */
export class HttpPaymentProvider implements PaymentProvider {
  readonly name = 'http';

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly timeoutMs = 20_000,
  ) {}

  async pay(order: PaymentOrder, options: ProviderCallOptions = {}): Promise<PaymentReceipt> {
    const response = await fetch(new URL('/payments', this.baseUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.token}`,
        'idempotency-key': order.idempotencyKey,
      },
      body: JSON.stringify({ reference: order.applicationId, amount: order.amount, currency: 'KZT', recipientIin: order.recipientIin }),
      signal: this.signal(options),
    });
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`payment provider answered ${response.status}`);
    }
    return this.receipt(response);
  }

  async lookup(idempotencyKey: string, options: ProviderCallOptions = {}): Promise<PaymentReceipt | null> {
    const response = await fetch(new URL(`/payments/${encodeURIComponent(idempotencyKey)}`, this.baseUrl), {
      headers: { authorization: `Bearer ${this.token}` },
      signal: this.signal(options),
    });
    if (response.status === 404) return null;
    if (response.status !== 200) throw new Error(`payment provider answered ${response.status} to a lookup`);
    return this.receipt(response);
  }

  /** The caller's deadline, and never longer than this provider's own. */
  private signal(options: ProviderCallOptions): AbortSignal {
    const own = AbortSignal.timeout(this.timeoutMs);
    return options.signal ? AbortSignal.any([own, options.signal]) : own;
  }

  private async receipt(response: Response): Promise<PaymentReceipt> {
    const body = (await response.json()) as { id?: unknown; paidAt?: unknown };
    if (typeof body.id !== 'string' || typeof body.paidAt !== 'string') throw new Error('payment provider gave no payment id');
    return { providerReference: body.id, paidAt: body.paidAt };
  }
}
