import type { MikroORM } from '@mikro-orm/postgresql';
import type { PaymentOrder, PaymentProvider, PaymentReceipt, ProviderCallOptions } from './provider';

/** Waits, or rejects as soon as the caller gives up (as a real provider's connection would). */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

interface TreasuryRow {
  id: string;
  paid_at: Date;
  amount: string;
}

function receiptOf(row: TreasuryRow): PaymentReceipt {
  return { providerReference: `TRS-${row.id.padStart(8, '0')}`, paidAt: new Date(row.paid_at).toISOString() };
}

/**
 * The embedded default provider: a treasury simulated in its own table of the gateway's
 * database. A unique idempotency key makes every order pay at most once; tests can tell it to
 * fail or to hang, before or after paying, as a real provider sometimes does.
 */
export class SimulatedTreasury implements PaymentProvider {
  readonly name = 'simulated-treasury';
  private failures = 0;
  private hangMs = 0;
  private hangAfterPayingMs = 0;

  constructor(private readonly orm: MikroORM) {}

  /** The next `count` orders fail with a provider error. */
  failNext(count: number): void {
    this.failures = count;
  }

  /** Every order waits this long before it is paid (0: no delay); a caller that gives up first pays nothing. */
  hang(ms: number): void {
    this.hangMs = ms;
  }

  /** Every order is paid at once but answered this late (0: no delay): a success the caller may not hear. */
  hangAfterPaying(ms: number): void {
    this.hangAfterPayingMs = ms;
  }

  async pay(order: PaymentOrder, options: ProviderCallOptions = {}): Promise<PaymentReceipt> {
    if (this.hangMs > 0) await wait(this.hangMs, options.signal);
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
    const [row] = await em.execute<TreasuryRow[]>('select id::text, paid_at, amount::text from treasury_payment where idempotency_key = ?', [order.idempotencyKey]);
    if (!row) throw new Error('treasury: the payment was not recorded');
    if (row.amount !== order.amount) throw new Error(`treasury: order ${order.idempotencyKey} was paid as ${row.amount}, not ${order.amount}`);
    if (this.hangAfterPayingMs > 0) await wait(this.hangAfterPayingMs, options.signal);
    return receiptOf(row);
  }

  async lookup(idempotencyKey: string): Promise<PaymentReceipt | null> {
    const [row] = await this.orm.em
      .fork()
      .execute<TreasuryRow[]>('select id::text, paid_at, amount::text from treasury_payment where idempotency_key = ?', [idempotencyKey]);
    return row ? receiptOf(row) : null;
  }
}
