import { Check, Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import type { ApplicantCategory } from '../../../workflows/rules/categories';
import type { MicrocreditProduct } from '../../../workflows/microcredit/terms';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyType } from '../money-type';

/** The limits of one microcredit product in one year: data the programme changes by decree. */
@Entity({ tableName: 'microcredit_terms' })
@Check({ name: 'microcredit_terms_limits_check', expression: 'max_amount > 0 and max_rate_bp >= 0 and max_rate_bp <= 10000 and min_term_months >= 1 and max_term_months >= min_term_months and contract_days >= 1 and write_off_after_days >= 1' })
export class MicrocreditTerms {
  [PrimaryKeyProp]?: ['year', 'product'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @PrimaryKey({ type: 'text' })
  product!: MicrocreditProduct;

  /** any of these categories gives this product; empty: everyone without a better one */
  @Property({ type: 'text[]', default: '{}' })
  eligibleCategories: ApplicantCategory[] = [];

  @Property({ type: MoneyType })
  maxAmount!: Tiyn;

  @Property({ type: 'integer' })
  maxRateBp!: number;

  @Property({ type: 'integer' })
  minTermMonths!: number;

  @Property({ type: 'integer' })
  maxTermMonths!: number;

  @Property({ type: 'integer' })
  contractDays!: number;

  @Property({ type: 'integer' })
  writeOffAfterDays!: number;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
