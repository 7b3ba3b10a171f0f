import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyType } from '../money-type';

/** The fiscal parameters of one year (MCI and minimum wage), fixed by the budget law. */
@Entity({ tableName: 'fiscal_year' })
@Check({ name: 'fiscal_year_year_check', expression: 'year >= 2000 and year <= 2100' })
@Check({ name: 'fiscal_year_amounts_check', expression: 'mci > 0 and minimum_wage > 0' })
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
