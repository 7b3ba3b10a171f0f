import { Check, Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import type { ApplicationKind } from '../../../workflows/definition';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyType } from '../money-type';
import { Region } from './region.entity';

/**
 * What a region may spend on one kind of support in one fiscal year (the Interdepartmental
 * Commission's limit), its plan, and the ledger's two running sums. Approvals reserve,
 * disbursements commit, cancellations release — each by one conditional UPDATE in the action's
 * transaction; the check keeps reserved + committed within the limit whatever the concurrency.
 */
@Entity({ tableName: 'funding_limit' })
@Check({ name: 'funding_limit_within_check', expression: 'reserved >= 0 and committed >= 0 and reserved + committed <= limit_amount' })
export class FundingLimit {
  [PrimaryKeyProp]?: ['region', 'kind', 'year'];

  @ManyToOne(() => Region, { ref: true, primary: true, fieldName: 'region_code' })
  region!: Ref<Region>;

  @Enum({ items: ['grant', 'microcredit', 'lifting'], nativeEnumName: 'application_kind', primary: true })
  kind!: ApplicationKind;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: MoneyType })
  limitAmount!: Tiyn;

  @Property({ type: MoneyType, defaultRaw: '0' })
  reserved: Tiyn = 0n;

  @Property({ type: MoneyType, defaultRaw: '0' })
  committed: Tiyn = 0n;

  @Property({ type: 'integer', nullable: true })
  plannedCount: number | null = null;

  @Property({ type: MoneyType, nullable: true })
  plannedAmount: Tiyn | null = null;

  /** microcredits: jobs the plan expects the projects to create */
  @Property({ type: 'integer', nullable: true })
  plannedJobs: number | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  updatedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
