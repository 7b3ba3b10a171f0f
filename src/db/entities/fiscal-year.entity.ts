import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Tiyn } from '../../domain/money';
import { MoneyType } from '../money-type';

/** The fiscal parameters of one year (MCI and minimum wage), fixed by the budget law. */
@Entity({ tableName: 'fiscal_year' })
export class FiscalYear {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: MoneyType })
  mci!: Tiyn;

  @Property({ type: MoneyType })
  minimumWage!: Tiyn;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  updatedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
