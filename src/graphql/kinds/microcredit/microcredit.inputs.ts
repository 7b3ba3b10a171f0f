import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type { ApplicantCategory, Locality } from '../../../../workflows/rules/categories';
import type { Tiyn } from '../../../../workflows/rules/money';
import type { MicrocreditPurpose } from '../../../../workflows/microcredit/v1';
import { LocalDateScalar, MoneyScalar, PercentScalar } from '../../scalars';
import { ApplicantCategoryEnum, LocalityEnum } from '../../types/enums';
import { MicrocreditPurposeEnum } from './microcredit.enums';
import { ActionInput, ApplicantInput, NOT_BLANK } from '../../types/inputs';
import { LoanTermsInput } from './loan-terms.input';

@InputType({ description: 'What an entrepreneur asks for.' })
export class MicrocreditRequestInput {
  @Field(() => MoneyScalar, { description: 'the amount asked for' })
  amount!: Tiyn;

  @Field(() => Int, { description: 'months' })
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths!: number;

  @Field(() => PercentScalar, { description: 'the annual rate asked for' })
  rate!: number;

  @Field(() => LocalityEnum, { description: 'where the business is: rural or urban' })
  locality!: Locality;

  @Field(() => MicrocreditPurposeEnum, { description: 'what the loan is for' })
  purpose!: MicrocreditPurpose;

  @Field({ description: 'the business the loan finances' })
  @Matches(NOT_BLANK, { message: 'describe the business' })
  @MaxLength(5000)
  businessDescription!: string;

  @Field(() => Int, { description: 'jobs the project will create' })
  @IsInt()
  @Min(0)
  @Max(100000)
  jobsToCreate!: number;

  @Field({ description: 'the financial institution that lends' })
  @Matches(NOT_BLANK, { message: 'name the financial institution' })
  @MaxLength(200)
  financialInstitution!: string;

  @Field(() => PercentScalar, { nullable: true, description: 'share of the loan covered by a guarantee' })
  @IsOptional()
  guaranteeShare?: number | null;
}

@InputType({ description: 'A new microcredit application: who applies, where, and the request.' })
export class SubmitMicrocreditApplicationInput {
  @Field(() => ApplicantInput, { description: 'who applies' })
  @ValidateNested()
  applicant!: ApplicantInput;

  @Field({ description: 'the region whose programme the application goes to' })
  @MaxLength(16)
  regionCode!: string;

  @Field(() => MicrocreditRequestInput, { description: 'what the applicant asks for' })
  @ValidateNested()
  request!: MicrocreditRequestInput;

  @Field(() => LocalDateScalar, { nullable: true, description: 'the date the application was made (programme time); today when left out. Not in the future, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry' })
  @IsOptional()
  occurredOn?: string | null;
}

@InputType({ description: 'A microcredit request corrected after changes were requested.' })
export class ResubmitMicrocreditApplicationInput extends ActionInput {
  @Field(() => MicrocreditRequestInput, { description: 'the corrected request, in full' })
  @ValidateNested()
  request!: MicrocreditRequestInput;

  @Field(() => [ApplicantCategoryEnum], { nullable: true, description: 'corrected categories; unchanged when omitted' })
  @IsOptional()
  @ArrayMaxSize(20)
  categories?: ApplicantCategory[] | null;

  @Field(() => String, { nullable: true, description: 'a note for the loan officer' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType({ description: 'The loan officer\'s credit review and the terms proposed to the committee.' })
export class SubmitCreditAssessmentInput extends ActionInput {
  @Field(() => String, { nullable: true, description: "the loan officer's assessment (required)" })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'write the assessment note' })
  @MaxLength(10000)
  note?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'use note, as every other action names it', description: 'the former name of note' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'write the assessment notes' })
  @MaxLength(10000)
  notes?: string | null;

  @Field(() => LoanTermsInput, { description: 'the terms the loan officer proposes to the committee' })
  @ValidateNested()
  proposed!: LoanTermsInput;
}

@InputType({ description: 'The committee\'s approval of a microcredit with its final terms.' })
export class ApproveMicrocreditInput extends ActionInput {
  @Field(() => LoanTermsInput, { description: 'the final terms' })
  @ValidateNested()
  terms!: LoanTermsInput;

  @Field(() => String, { nullable: true, description: 'the committee\'s note' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType({ description: 'The signed loan contract, registered by the loan officer.' })
export class SignContractInput extends ActionInput {
  @Field({ description: 'the contract\'s number' })
  @Matches(NOT_BLANK, { message: 'give the contract number' })
  @MaxLength(128)
  contractNumber!: string;

  @Field(() => LocalDateScalar, { description: 'the signature date' })
  signedOn!: string;
}

@InputType({ description: 'A repayment received from the borrower.' })
export class RecordRepaymentInput extends ActionInput {
  @Field(() => MoneyScalar, { description: 'the amount received' })
  amount!: Tiyn;

  @Field(() => LocalDateScalar, { description: 'the payment date' })
  paidOn!: string;

  @Field({ description: "the bank's payment reference; each is recorded once" })
  @Matches(NOT_BLANK, { message: 'give the payment reference' })
  @MaxLength(128)
  reference!: string;
}

@InputType({ description: 'The write-off of an overdue loan, with its reason.' })
export class WriteOffInput extends ActionInput {
  @Field({ description: 'why the loan is written off' })
  @Matches(NOT_BLANK, { message: 'give a reason for the write-off' })
  @MaxLength(5000)
  reason!: string;
}
