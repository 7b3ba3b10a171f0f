import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyType } from '../money-type';

/**
 * The history of an administrator's changes of a fiscal year's parameters: one row per change,
 * with the values after it, who and when. Written in the transaction of the change; the runtime
 * role may only read and insert (migration reference_revisions).
 */
@Entity({ tableName: 'fiscal_year_revision' })
@Index({ name: 'fiscal_year_revision_year_idx', properties: ['year', 'id'] })
export class FiscalYearRevision {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: MoneyType })
  mci!: Tiyn;

  @Property({ type: MoneyType })
  minimumWage!: Tiyn;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  changedBy!: string;

  @Property({ type: 'timestamptz' })
  changedAt!: Date;
}
