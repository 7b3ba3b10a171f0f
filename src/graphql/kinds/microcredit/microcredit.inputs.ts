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
  @Field(() => MoneyScalar)
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

  @Field(() => MicrocreditPurposeEnum)
  purpose!: MicrocreditPurpose;

  @Field()
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

@InputType()
export class SubmitMicrocreditApplicationInput {
  @Field(() => ApplicantInput)
  @ValidateNested()
  applicant!: ApplicantInput;

  @Field()
  @MaxLength(16)
  regionCode!: string;

  @Field(() => MicrocreditRequestInput)
  @ValidateNested()
  request!: MicrocreditRequestInput;
}

@InputType()
export class ResubmitMicrocreditApplicationInput extends ActionInput {
  @Field(() => MicrocreditRequestInput, { description: 'the corrected request, in full' })
  @ValidateNested()
  request!: MicrocreditRequestInput;

  @Field(() => [ApplicantCategoryEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  categories?: ApplicantCategory[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType()
export class SubmitCreditAssessmentInput extends ActionInput {
  @Field(() => String, { nullable: true, description: "the loan officer's assessment (required)" })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'write the assessment note' })
  @MaxLength(10000)
  note?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'use note, as every other action names it' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'write the assessment notes' })
  @MaxLength(10000)
  notes?: string | null;

  @Field(() => LoanTermsInput, { description: 'the terms the loan officer proposes to the committee' })
  @ValidateNested()
  proposed!: LoanTermsInput;
}

@InputType()
export class ApproveMicrocreditInput extends ActionInput {
  @Field(() => LoanTermsInput, { description: 'the final terms' })
  @ValidateNested()
  terms!: LoanTermsInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType()
export class SignContractInput extends ActionInput {
  @Field()
  @Matches(NOT_BLANK, { message: 'give the contract number' })
  @MaxLength(128)
  contractNumber!: string;

  @Field(() => LocalDateScalar)
  signedOn!: string;
}

@InputType()
export class RecordRepaymentInput extends ActionInput {
  @Field(() => MoneyScalar)
  amount!: Tiyn;

  @Field(() => LocalDateScalar)
  paidOn!: string;

  @Field({ description: "the bank's payment reference; each is recorded once" })
  @Matches(NOT_BLANK, { message: 'give the payment reference' })
  @MaxLength(128)
  reference!: string;
}

@InputType()
export class WriteOffInput extends ActionInput {
  @Field()
  @Matches(NOT_BLANK, { message: 'give a reason for the write-off' })
  @MaxLength(5000)
  reason!: string;
}
