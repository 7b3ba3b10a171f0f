import type { PaymentOrder, PaymentProvider, PaymentReceipt } from './provider';

/**
 * A skeleton for a real provider (the treasury's or a bank's payment API) over HTTPS:
 *
 *   POST {baseUrl}/payments
 *   Authorization: Bearer {token}
 *   Idempotency-Key: {order.idempotencyKey}
 *   { "reference": applicationId, "amount": "170000.00", "currency": "KZT", "recipientIin": "…" }
 *   → 200/201 { "id": "…", "paidAt": "…" }; the same key again → the same answer, no second payment
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

  async pay(order: PaymentOrder): Promise<PaymentReceipt> {
    const response = await fetch(new URL('/payments', this.baseUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.token}`,
        'idempotency-key': order.idempotencyKey,
      },
      body: JSON.stringify({ reference: order.applicationId, amount: order.amount, currency: 'KZT', recipientIin: order.recipientIin }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`payment provider answered ${response.status}`);
    }
    const body = (await response.json()) as { id?: unknown; paidAt?: unknown };
    if (typeof body.id !== 'string' || typeof body.paidAt !== 'string') throw new Error('payment provider gave no payment id');
    return { providerReference: body.id, paidAt: body.paidAt };
  }
}
