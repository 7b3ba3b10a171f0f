import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { ApplicationKind } from '../../../workflows/definition';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyType } from '../money-type';
import { Application } from './application.entity';

export type BudgetMovementType = 'RESERVE' | 'COMMIT' | 'RELEASE';

/** One movement of the budget ledger, written in the transaction of the action that caused it. */
@Entity({ tableName: 'budget_movement' })
@Index({ name: 'budget_movement_limit_idx', properties: ['regionCode', 'kind', 'year'] })
@Index({ name: 'budget_movement_occurred_idx', properties: ['regionCode', 'kind', 'year', 'occurredOn'] })
@Check({ name: 'budget_movement_amount_check', expression: 'amount > 0' })
export class BudgetMovement {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Application, { ref: true })
  application!: Ref<Application>;

  /** the transition (application version) that moved the money */
  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  regionCode!: string;

  @Enum({ items: ['grant', 'microcredit', 'lifting'], nativeEnumName: 'application_kind' })
  kind!: ApplicationKind;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: ['RESERVE', 'COMMIT', 'RELEASE'] })
  movement!: BudgetMovementType;

  @Property({ type: MoneyType })
  amount!: Tiyn;

  @Property({ type: 'timestamptz' })
  at!: Date;

  /** the business date of the action that moved the money: what the report's asOf reads */
  @Property({ type: 'date' })
  occurredOn!: string;
}
