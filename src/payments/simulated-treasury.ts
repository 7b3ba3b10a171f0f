import type { MikroORM } from '@mikro-orm/postgresql';
import type { PaymentOrder, PaymentProvider, PaymentReceipt } from './provider';

/**
 * The embedded default provider: a treasury simulated in its own table of the gateway's
 * database. A unique idempotency key makes every order pay at most once; tests can tell it to
 * fail or to hang, as a real provider sometimes does.
 */
export class SimulatedTreasury implements PaymentProvider {
  readonly name = 'simulated-treasury';
  private failures = 0;
  private hangMs = 0;

  constructor(private readonly orm: MikroORM) {}

  /** The next `count` orders fail with a provider error. */
  failNext(count: number): void {
    this.failures = count;
  }

  /** Every order waits this long before answering (0: no delay). */
  hang(ms: number): void {
    this.hangMs = ms;
  }

  async pay(order: PaymentOrder): Promise<PaymentReceipt> {
    if (this.hangMs > 0) await new Promise((resolve) => setTimeout(resolve, this.hangMs));
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('treasury: the payment system is unavailable (simulated)');
    }
    const em = this.orm.em.fork();
    await em.execute(
      `insert into treasury_payment (idempotency_key, application_id, kind, amount, recipient_iin)
       values (?, ?, ?, ?::numeric, ?) on conflict (idempotency_key) do nothing`,
      [order.idempotencyKey, order.applicationId, order.kind, order.amount, order.recipientIin],
    );
    const [row] = await em.execute<{ id: string; paid_at: Date; amount: string }[]>(
      'select id::text, paid_at, amount::text from treasury_payment where idempotency_key = ?',
      [order.idempotencyKey],
    );
    if (!row) throw new Error('treasury: the payment was not recorded');
    if (row.amount !== order.amount) throw new Error(`treasury: order ${order.idempotencyKey} was paid as ${row.amount}, not ${order.amount}`);
    return { providerReference: `TRS-${row.id.padStart(8, '0')}`, paidAt: new Date(row.paid_at).toISOString() };
  }
}
