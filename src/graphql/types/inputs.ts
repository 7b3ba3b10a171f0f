import type { ApplicationKind } from '../../../workflows/definition';
import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { ApplicantCategory, Locality } from '../../../workflows/rules/categories';
import type { Tiyn } from '../../../workflows/rules/money';
import { LocalDateScalar, MoneyScalar } from '../scalars';
import { IsApplicationId, IsIin } from '../validators';
import { LoanTermsInput } from '../kinds/microcredit/loan-terms.input';
import type { ApplicationOrderField } from '../../db/application-records';
import { ApplicantCategoryEnum, ApplicationKindEnum, ApplicationOrderFieldEnum, ApplicationStateEnum, LocalityEnum, OrderDirectionEnum } from './enums';

/** Text that must say something: not empty, not only spaces. */
export const NOT_BLANK = /\S/;

@InputType({ description: 'Who applies. For an applicant, the IIN must be the one in their token.' })
export class ApplicantInput {
  @Field({ description: '12 digits with a valid check digit' })
  @IsIin()
  iin!: string;

  @Field({ description: 'as in the identity document' })
  @Matches(NOT_BLANK, { message: 'the full name must not be empty' })
  @MaxLength(200)
  fullName!: string;

  @Field(() => [ApplicantCategoryEnum], { defaultValue: [], description: 'the categories the applicant declares; checked at screening' })
  @ArrayMaxSize(20)
  categories!: ApplicantCategory[];

  @Field(() => LocalityEnum, { description: 'RURAL or URBAN, where the applicant lives and works' })
  locality!: Locality;

  @Field({ description: 'the town or village' })
  @Matches(NOT_BLANK, { message: 'the settlement must not be empty' })
  @MaxLength(200)
  settlement!: string;

  @Field(() => String, { nullable: true, description: 'a contact number' })
  @IsOptional()
  @MaxLength(32)
  phone?: string | null;
}

@InputType({ description: 'Which application an action is for, and the version the caller last read.' })
export class ActionInput {
  @Field(() => ID, { description: 'the application\'s global id' })
  @IsApplicationId()
  applicationId!: string;

  @Field(() => Int, { nullable: true, description: 'refuse with VERSION_CONFLICT if the application has moved on since' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'the date it happened in the world (programme time, UTC+5): the commission\'s date for a decision; today when left out. Not in the future, not before the application\'s previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT)',
  })
  @IsOptional()
  occurredOn?: string | null;
}

@InputType({ description: 'An action on an application with an optional note.' })
export class NoteActionInput extends ActionInput {
  @Field(() => String, { nullable: true, description: 'a note kept in the history' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType({ description: 'Send an application back to the applicant with what to change.' })
export class RequestChangesInput extends ActionInput {
  @Field({ description: 'what the applicant should change' })
  @Matches(NOT_BLANK, { message: 'say what to change' })
  @MaxLength(5000)
  note!: string;
}

@InputType({ description: 'A recommendation or an approval, with the amount (and a microcredit\'s terms).' })
export class AmountDecisionInput extends NoteActionInput {
  @Field(() => MoneyScalar, { nullable: true, description: 'defaults to the amount asked for (or recommended)' })
  @IsOptional()
  amount?: Tiyn | null;

  // the one kind-specific part of a shared action: a loan is approved with its final terms
  @Field(() => LoanTermsInput, { nullable: true, description: "a microcredit's final terms, which its committee approves it with (required there; approve only)" })
  @IsOptional()
  @ValidateNested()
  terms?: LoanTermsInput | null;
}

@InputType({ description: 'A rejection and its reason.' })
export class RejectInput extends ActionInput {
  @Field({ description: 'every rejection carries a reason' })
  @Matches(NOT_BLANK, { message: 'give a reason for the rejection' })
  @MaxLength(5000)
  reason!: string;
}

@InputType({ description: 'The applicant\'s withdrawal, with an optional reason.' })
export class WithdrawInput extends ActionInput {
  @Field(() => String, { nullable: true, description: 'why, if the applicant wants to say' })
  @IsOptional()
  @MaxLength(5000)
  reason?: string | null;
}

@InputType({ description: 'The accountant\'s confirmation that the money was paid, with the treasury\'s reference.' })
export class ConfirmDisbursementInput extends ActionInput {
  @Field({ description: "the treasury's payment order number" })
  @Matches(NOT_BLANK, { message: 'give the payment reference' })
  @MaxLength(128)
  paymentReference!: string;

  @Field(() => LocalDateScalar, { description: 'the payment date' })
  paidOn!: string;
}

@InputType({ description: 'The grant recipient\'s report of how the money was used.' })
export class ReportFundsUseInput extends ActionInput {
  @Field({ description: 'what the grant was spent on' })
  @Matches(NOT_BLANK, { message: 'describe the use of funds' })
  @MaxLength(10000)
  report!: string;

  @Field(() => MoneyScalar, { description: 'how much of the grant was used' })
  amountUsed!: Tiyn;
}

@InputType({ description: 'Filters of the application list; all optional, combined with AND.' })
export class ApplicationFilterInput {
  @Field(() => ApplicationKindEnum, { nullable: true, description: 'only this kind' })
  @IsOptional()
  kind?: ApplicationKind | null;

  @Field(() => [ApplicationStateEnum], { nullable: true, description: "any of these states (of the filter's kind, when it names one)" })
  @IsOptional()
  @ArrayMaxSize(50)
  statuses?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'any of these states, by their stored names (awaitingReview)',
    deprecationReason: 'use statuses, ApplicationState values (AWAITING_REVIEW)',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  states?: string[] | null;

  @Field(() => String, { nullable: true, description: 'only this region' })
  @IsOptional()
  @MaxLength(16)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'only this applicant\'s applications' })
  @IsOptional()
  @IsIin()
  applicantIin?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'only applications escalated after missing their service deadline (or only not)' })
  @IsOptional()
  escalated?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'submitted at or after this instant' })
  @IsOptional()
  submittedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'submitted before this instant' })
  @IsOptional()
  submittedTo?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'submitted on this local date (UTC+5) or later' })
  @IsOptional()
  submittedOnOrAfter?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'submitted on this local date (UTC+5) or earlier' })
  @IsOptional()
  submittedOnOrBefore?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "staff: applications whose applicant's IIN starts with these digits (1 to 12), or whose full name contains this text (at least 2 letters, any case)",
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType('ApplicationOrder', { description: 'The order of a list of applications.' })
export class ApplicationOrderInput {
  @Field(() => ApplicationOrderFieldEnum, { description: 'what to order by' })
  field!: ApplicationOrderField;

  @Field(() => OrderDirectionEnum, { description: 'ascending or descending' })
  direction!: 'ASC' | 'DESC';
}

@InputType({ description: 'A year\'s MCI and minimum wage, added (both needed) or corrected (a field left out keeps its value).' })
export class FiscalYearInput {
  @Field(() => Int, { description: 'the fiscal year' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'the monthly calculation index (MCI); left out, the stored one is kept' })
  @IsOptional()
  mci?: Tiyn | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'the monthly minimum wage; left out, the stored one is kept' })
  @IsOptional()
  minimumWage?: Tiyn | null;

  @Field(() => String, { nullable: true, description: 'why it was added or corrected' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
