import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyType } from '../money-type';

/** The simulated treasury's own ledger of payments (the embedded default payment provider). */
@Entity({ tableName: 'treasury_payment' })
@Unique({ name: 'treasury_payment_idempotency_key', properties: ['idempotencyKey'] })
export class TreasuryPayment {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: MoneyType })
  amount!: Tiyn;

  @Property({ type: 'text' })
  recipientIin!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  paidAt: Date = new Date();
}
