import { IsBoolean, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../scalars';
import { ActionInput, ApplicantInput, NOT_BLANK } from '../../types/inputs';

@InputType()
export class ReferralInput {
  @Field({ description: 'the employment centre that sent the person' })
  @Matches(NOT_BLANK, { message: 'name the employment centre' })
  @MaxLength(200)
  employmentCentre!: string;

  @Field()
  @Matches(NOT_BLANK, { message: 'give the referral number' })
  @MaxLength(64)
  number!: string;

  @Field(() => LocalDateScalar)
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

  @Field(() => LocalDateScalar)
  arrivalDate!: string;

  @Field({ description: 'the Employment Roadmap infrastructure project' })
  @Matches(NOT_BLANK, { message: 'name the infrastructure project' })
  @MaxLength(500)
  infrastructureProject!: string;

  @Field()
  @Matches(NOT_BLANK, { message: 'name the employer' })
  @MaxLength(300)
  employer!: string;

  @Field(() => Int, { defaultValue: 0, description: 'people moving with the applicant (for the quota)' })
  @IsInt()
  @Min(0)
  @Max(30)
  familyMembers!: number;
}

@InputType()
export class SubmitLiftingApplicationInput {
  @Field(() => ApplicantInput)
  @ValidateNested()
  applicant!: ApplicantInput;

  @Field({ description: 'the receiving region' })
  @MaxLength(16)
  regionCode!: string;

  @Field(() => LiftingMoveInput)
  @ValidateNested()
  move!: LiftingMoveInput;
}

@InputType()
export class ResubmitLiftingApplicationInput extends ActionInput {
  @Field(() => LiftingMoveInput, { description: 'the corrected move, in full' })
  @ValidateNested()
  move!: LiftingMoveInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType()
export class VerifyLiftingInput extends ActionInput {
  @Field({ description: 'the employment centre confirmed the referral' })
  @IsBoolean()
  referralConfirmed!: boolean;

  @Field({ description: 'the employer confirmed the arrival at the project' })
  @IsBoolean()
  arrivalConfirmed!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType()
export class ResettlementQuotaInput {
  @Field()
  @MaxLength(16)
  regionCode!: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  people!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  families!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
