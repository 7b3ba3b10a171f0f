import { IsInt, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type { LoanTermsInput as LoanTerms } from '../../../../workflows/microcredit/v1';
import type { ScheduleMethod } from '../../../../workflows/microcredit/schedule';
import { formatMoney, type Tiyn } from '../../../../workflows/rules/money';
import { MoneyScalar, PercentScalar } from '../../scalars';
import { ScheduleMethodEnum } from './microcredit.enums';

@InputType({ description: 'Amount, annual rate, term and schedule method.' })
export class LoanTermsInput {
  @Field(() => MoneyScalar, { description: 'the loan amount' })
  amount!: Tiyn;

  @Field(() => PercentScalar, { description: 'the annual interest rate' })
  rate!: number;

  @Field(() => Int, { description: 'the term in months' })
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths!: number;

  @Field(() => ScheduleMethodEnum, { defaultValue: 'ANNUITY', description: 'how the instalments are computed' })
  method!: ScheduleMethod;
}

/** The terms as the microcredit machine takes them. */
export function loanTermsOf(input: LoanTermsInput): LoanTerms {
  return { amount: formatMoney(input.amount), rateBp: input.rate, termMonths: input.termMonths, method: input.method };
}
