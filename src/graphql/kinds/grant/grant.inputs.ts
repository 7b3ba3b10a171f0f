import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { ApplicantCategory } from '../../../../workflows/rules/categories';
import type { Tiyn } from '../../../../workflows/rules/money';
import type { GrantPurpose } from '../../../../workflows/grant/v1';
import { LocalDateScalar, MoneyScalar } from '../../scalars';
import { ApplicantCategoryEnum } from '../../types/enums';
import { GrantPurposeEnum } from './grant.enums';
import { ActionInput, ApplicantInput, NOT_BLANK } from '../../types/inputs';

@InputType({ description: 'The Bastau Business course certificate.' })
export class BastauCertificateInput {
  @Field({ description: 'the certificate number' })
  @Matches(NOT_BLANK, { message: 'the certificate number must not be empty' })
  @MaxLength(64)
  number!: string;

  @Field(() => LocalDateScalar, { description: 'the date of issue' })
  issuedOn!: string;
}

@InputType({ description: 'What a grant applicant asks for.' })
export class GrantProposalInput {
  @Field(() => MoneyScalar, { description: 'at most 200 MCI of the fiscal year' })
  amount!: Tiyn;

  @Field({ description: 'the business the grant starts' })
  @Matches(NOT_BLANK, { message: 'describe the business idea' })
  @MaxLength(5000)
  businessIdea!: string;

  @Field(() => GrantPurposeEnum, { description: 'what the grant is spent on' })
  purpose!: GrantPurpose;

  @Field(() => BastauCertificateInput, { nullable: true, description: 'required unless a TSA-receiving member of a large or low-income family' })
  @IsOptional()
  @ValidateNested()
  certificate?: BastauCertificateInput | null;
}

@InputType({ description: 'A new grant application: who applies, where, and the proposal.' })
export class SubmitGrantApplicationInput {
  @Field(() => ApplicantInput, { description: 'who applies' })
  @ValidateNested()
  applicant!: ApplicantInput;

  @Field({ description: 'the region whose programme the application goes to' })
  @MaxLength(16)
  regionCode!: string;

  @Field(() => GrantProposalInput, { description: 'what the applicant asks for' })
  @ValidateNested()
  proposal!: GrantProposalInput;

  @Field(() => LocalDateScalar, { nullable: true, description: 'the date the application was made (programme time); today when left out. Not in the future, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry' })
  @IsOptional()
  occurredOn?: string | null;
}

@InputType({ description: 'The reviewer records a visit to the site of the business (grant machine version 2).' })
export class RecordSiteVisitInput extends ActionInput {
  @Field(() => LocalDateScalar, { description: 'the date of the visit: not in the future, not before the submission' })
  visitedOn!: string;

  @Field({ description: 'what the visit found' })
  @Matches(NOT_BLANK, { message: 'say what the visit found' })
  @MaxLength(5000)
  findings!: string;
}

@InputType({ description: 'A grant proposal corrected after changes were requested.' })
export class ResubmitGrantApplicationInput extends ActionInput {
  @Field(() => GrantProposalInput, { description: 'the corrected proposal, in full' })
  @ValidateNested()
  proposal!: GrantProposalInput;

  @Field(() => [ApplicantCategoryEnum], { nullable: true, description: 'corrected categories; unchanged when omitted' })
  @IsOptional()
  @ArrayMaxSize(20)
  categories?: ApplicantCategory[] | null;

  @Field(() => String, { nullable: true, description: 'a note for the reviewer' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}
