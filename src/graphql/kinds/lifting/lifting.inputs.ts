import { IsBoolean, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../scalars';
import { ActionInput, ApplicantInput, NOT_BLANK } from '../../types/inputs';

@InputType({ description: 'The employment centre\'s referral to an infrastructure project.' })
export class ReferralInput {
  @Field({ description: 'the employment centre that sent the person' })
  @Matches(NOT_BLANK, { message: 'name the employment centre' })
  @MaxLength(200)
  employmentCentre!: string;

  @Field({ description: 'the referral\'s number' })
  @Matches(NOT_BLANK, { message: 'give the referral number' })
  @MaxLength(64)
  number!: string;

  @Field(() => LocalDateScalar, { description: 'the referral\'s date' })
  issuedOn!: string;
}

@InputType({ description: 'The move a lifting payment is for. There is no amount: the system computes it.' })
export class LiftingMoveInput {
  @Field(() => ReferralInput, { nullable: true, description: 'required; refused with REFERRAL_REQUIRED when missing' })
  @IsOptional()
  @ValidateNested()
  referral?: ReferralInput | null;

  @Field({ description: 'the settlement the person moved from' })
  @Matches(NOT_BLANK, { message: 'name the settlement moved from' })
  @MaxLength(200)
  settlementFrom!: string;

  @Field({ description: 'the settlement the person moved to; must differ' })
  @Matches(NOT_BLANK, { message: 'name the settlement moved to' })
  @MaxLength(200)
  settlementTo!: string;

  @Field(() => LocalDateScalar, { description: 'the arrival at the new place' })
  arrivalDate!: string;

  @Field({ description: 'the Employment Roadmap infrastructure project' })
  @Matches(NOT_BLANK, { message: 'name the infrastructure project' })
  @MaxLength(500)
  infrastructureProject!: string;

  @Field({ description: 'the employer at the project' })
  @Matches(NOT_BLANK, { message: 'name the employer' })
  @MaxLength(300)
  employer!: string;

  @Field(() => Int, { defaultValue: 0, description: 'people moving with the applicant (for the quota)' })
  @IsInt()
  @Min(0)
  @Max(30)
  familyMembers!: number;
}

@InputType({ description: 'A new lifting-payment application: who moved, where to, and the move.' })
export class SubmitLiftingApplicationInput {
  @Field(() => ApplicantInput, { description: 'who moved' })
  @ValidateNested()
  applicant!: ApplicantInput;

  @Field({ description: 'the receiving region' })
  @MaxLength(16)
  regionCode!: string;

  @Field(() => LiftingMoveInput, { description: 'the move' })
  @ValidateNested()
  move!: LiftingMoveInput;

  @Field(() => LocalDateScalar, { nullable: true, description: 'the date the application was made (programme time); today when left out. Not in the future, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry' })
  @IsOptional()
  occurredOn?: string | null;
}

@InputType({ description: 'A move corrected after changes were requested.' })
export class ResubmitLiftingApplicationInput extends ActionInput {
  @Field(() => LiftingMoveInput, { description: 'the corrected move, in full' })
  @ValidateNested()
  move!: LiftingMoveInput;

  @Field(() => String, { nullable: true, description: 'a note for the reviewer' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType({ description: 'The reviewer\'s check of the referral and the arrival.' })
export class VerifyLiftingInput extends ActionInput {
  @Field({ description: 'the employment centre confirmed the referral' })
  @IsBoolean()
  referralConfirmed!: boolean;

  @Field({ description: 'the employer confirmed the arrival at the project' })
  @IsBoolean()
  arrivalConfirmed!: boolean;

  @Field(() => String, { nullable: true, description: 'the reviewer\'s note' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType({ description: 'A receiving region\'s yearly quota of people and families.' })
export class ResettlementQuotaInput {
  @Field({ description: 'the receiving region' })
  @MaxLength(16)
  regionCode!: string;

  @Field(() => Int, { description: 'the fiscal year' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'people the region receives in the year; needed for a new quota, left out the stored number is kept' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  people?: number | null;

  @Field(() => Int, { nullable: true, description: 'families the region receives in the year; needed for a new quota, left out the stored number is kept' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  families?: number | null;

  @Field(() => String, { nullable: true, description: 'why it was set or raised' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
