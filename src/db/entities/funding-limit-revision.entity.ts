import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ApplicationKind } from '../../../workflows/definition';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyType } from '../money-type';

/** The history of an administrator's settings of a limit and plan: one row per change. */
@Entity({ tableName: 'funding_limit_revision' })
@Index({ name: 'funding_limit_revision_key_idx', properties: ['regionCode', 'kind', 'year', 'changedAt'] })
export class FundingLimitRevision {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  regionCode!: string;

  @Enum({ items: ['grant', 'microcredit', 'lifting'], nativeEnumName: 'application_kind' })
  kind!: ApplicationKind;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: MoneyType })
  limitAmount!: Tiyn;

  @Property({ type: 'integer', nullable: true })
  plannedCount: number | null = null;

  @Property({ type: MoneyType, nullable: true })
  plannedAmount: Tiyn | null = null;

  @Property({ type: 'integer', nullable: true })
  plannedJobs: number | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  changedBy!: string;

  @Property({ type: 'timestamptz' })
  changedAt!: Date;
}
