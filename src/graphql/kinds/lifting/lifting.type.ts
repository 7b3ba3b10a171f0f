import { Field, Int } from 'type-graphql';
import { ObjectType } from '../../types/object-type';
import { DecisionBaseType } from '../../types/decision.type';
import type { Tiyn } from '../../../../workflows/rules/money';
import { LocalDateScalar, MoneyScalar } from '../../scalars';
import {
  ApplicationNode,
  ChangeRequestType,
  DisbursementType,
  NoteStampType,
  StampType,
  ViolationType,
  WithdrawalType,
} from '../../types/application.type';

@ObjectType('Referral', { description: "The employment centre's referral to an infrastructure project." })
export class ReferralType {
  @Field({ description: 'the employment centre that sent the person' })
  employmentCentre!: string;

  @Field({ description: 'the referral\'s number' })
  number!: string;

  @Field(() => LocalDateScalar, { description: 'the referral\'s date' })
  issuedOn!: string;
}

@ObjectType('Verification', { description: 'The reviewer\'s check of the referral and of the arrival at the project.' })
export class VerificationType extends StampType {
  @Field({ description: 'the employment centre confirmed the referral' })
  referralConfirmed!: boolean;

  @Field({ description: 'the employer confirmed the arrival at the project' })
  arrivalConfirmed!: boolean;

  @Field(() => String, { nullable: true, description: 'the reviewer\'s note' })
  note!: string | null;
}

@ObjectType('LiftingDecision', { description: 'The decision on a lifting payment, with the amount fixed from the minimum wage.' })
export class LiftingDecisionType extends DecisionBaseType {
  @Field(() => MoneyScalar, { nullable: true, description: 'two minimum wages of the fiscal year of the decision' })
  amount!: Tiyn | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'the minimum wage the amount was computed from' })
  minimumWage!: Tiyn | null;
}

@ObjectType('ResettlementQuota', { description: "A receiving region's yearly quota of people and families, and its use." })
export class ResettlementQuotaType {
  @Field({ description: 'the receiving region' })
  regionCode!: string;

  @Field(() => Int, { description: 'the fiscal year' })
  year!: number;

  @Field(() => Int, { description: 'people the region receives in the year' })
  people!: number;

  @Field(() => Int, { description: 'families the region receives in the year' })
  families!: number;

  @Field(() => Int, { description: 'people in approved applications' })
  usedPeople!: number;

  @Field(() => Int, { description: 'families in approved applications' })
  usedFamilies!: number;

  @Field(() => Int, { description: 'people − usedPeople' })
  remainingPeople!: number;

  @Field(() => Int, { description: 'families − usedFamilies' })
  remainingFamilies!: number;

  @Field(() => String, { nullable: true, description: 'the administrator\'s note on the last change' })
  note!: string | null;

  @Field({ description: 'when the quota was last changed' })
  updatedAt!: Date;
}

@ObjectType('LiftingScreening', { description: 'The last automatic screening of the move.' })
export class LiftingScreeningType {
  @Field(() => [ViolationType], { description: 'empty when eligible' })
  reasons!: ViolationType[];

  @Field({ description: 'when the screening ran' })
  at!: Date;
}

@ObjectType('LiftingApplication', {
  implements: ApplicationNode,
  description: 'A one-time resettlement ("lifting") payment of two minimum wages, once per person per move.',
})
export class LiftingApplicationType extends ApplicationNode {
  @Field(() => ReferralType, { nullable: true, description: 'the employment centre\'s referral' })
  referral!: ReferralType | null;

  @Field({ description: 'the settlement the person moved from' })
  settlementFrom!: string;

  @Field({ description: 'the settlement the person moved to' })
  settlementTo!: string;

  @Field(() => LocalDateScalar, { description: 'the arrival at the new place' })
  arrivalDate!: string;

  @Field({ description: 'the project the person was referred to' })
  infrastructureProject!: string;

  @Field({ description: 'the employer at the project' })
  employer!: string;

  @Field(() => Int, { description: 'people moving with the applicant' })
  familyMembers!: number;

  @Field({ description: 'submitted by employment-centre staff for the person' })
  submittedOnBehalf!: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: 'two minimum wages of the year of submission, until the decision fixes the amount' })
  provisionalAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true, description: 'the year whose minimum wage the provisional amount used' })
  provisionalFiscalYear!: number | null;

  @Field(() => LiftingScreeningType, { description: 'the last automatic screening' })
  screening!: LiftingScreeningType;

  @Field(() => [ViolationType], { description: 'screening reasons; empty when eligible', deprecationReason: 'use screening.reasons, as every kind has it' })
  screeningReasons!: ViolationType[];

  @Field({ description: 'the decision is due before this instant (service-level deadline)' })
  decisionDeadline!: Date;

  @Field({ description: 'true once the deadline passed without a decision' })
  escalated!: boolean;

  @Field(() => Date, { nullable: true, description: 'when it was escalated' })
  escalatedAt!: Date | null;

  @Field(() => StampType, { nullable: true, description: 'who started verifying, and when' })
  verificationStarted!: StampType | null;

  @Field(() => [ChangeRequestType], { description: 'every request for changes, oldest first' })
  changeRequests!: ChangeRequestType[];

  @Field(() => VerificationType, { nullable: true, description: 'the reviewer\'s check of the referral and the arrival' })
  verification!: VerificationType | null;

  @Field(() => LiftingDecisionType, { nullable: true, description: 'the decision, once taken' })
  decision!: LiftingDecisionType | null;

  @Field(() => DisbursementType, { nullable: true, description: 'the accountant\'s confirmation of the payment' })
  disbursement!: DisbursementType | null;

  @Field(() => NoteStampType, { nullable: true, description: 'set when the application was closed' })
  closing!: NoteStampType | null;

  @Field(() => WithdrawalType, { nullable: true, description: 'set when the applicant withdrew' })
  withdrawal!: WithdrawalType | null;
}

@ObjectType('ResettlementQuotaRevision', { description: "One change of a region's yearly quota by an administrator: the values after it, who and when." })
export class ResettlementQuotaRevisionType {
  @Field(() => Int, { description: 'people after the change' })
  people!: number;

  @Field(() => Int, { description: 'families after the change' })
  families!: number;

  @Field(() => String, { nullable: true, description: 'why it was changed' })
  note!: string | null;

  @Field({ description: "the administrator's user id" })
  changedBy!: string;

  @Field({ description: 'when it was changed' })
  changedAt!: Date;
}
