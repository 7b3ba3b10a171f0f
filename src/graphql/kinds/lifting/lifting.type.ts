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
  @Field()
  employmentCentre!: string;

  @Field()
  number!: string;

  @Field(() => LocalDateScalar)
  issuedOn!: string;
}

@ObjectType('Verification')
export class VerificationType extends StampType {
  @Field()
  referralConfirmed!: boolean;

  @Field()
  arrivalConfirmed!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('LiftingDecision')
export class LiftingDecisionType extends DecisionBaseType {
  @Field(() => MoneyScalar, { nullable: true, description: 'two minimum wages of the fiscal year of the decision' })
  amount!: Tiyn | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'the minimum wage the amount was computed from' })
  minimumWage!: Tiyn | null;
}

@ObjectType('ResettlementQuota', { description: "A receiving region's yearly quota of people and families, and its use." })
export class ResettlementQuotaType {
  @Field()
  regionCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  people!: number;

  @Field(() => Int)
  families!: number;

  @Field(() => Int, { description: 'people in approved applications' })
  usedPeople!: number;

  @Field(() => Int)
  usedFamilies!: number;

  @Field(() => Int)
  remainingPeople!: number;

  @Field(() => Int)
  remainingFamilies!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  updatedAt!: Date;
}

@ObjectType('LiftingScreening', { description: 'The last automatic screening of the move.' })
export class LiftingScreeningType {
  @Field(() => [ViolationType], { description: 'empty when eligible' })
  reasons!: ViolationType[];

  @Field()
  at!: Date;
}

@ObjectType('LiftingApplication', {
  implements: ApplicationNode,
  description: 'A one-time resettlement ("lifting") payment of two minimum wages, once per person per move.',
})
export class LiftingApplicationType extends ApplicationNode {
  @Field(() => ReferralType, { nullable: true })
  referral!: ReferralType | null;

  @Field()
  settlementFrom!: string;

  @Field()
  settlementTo!: string;

  @Field(() => LocalDateScalar)
  arrivalDate!: string;

  @Field()
  infrastructureProject!: string;

  @Field()
  employer!: string;

  @Field(() => Int, { description: 'people moving with the applicant' })
  familyMembers!: number;

  @Field({ description: 'submitted by employment-centre staff for the person' })
  submittedOnBehalf!: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: 'two minimum wages of the year of submission, until the decision fixes the amount' })
  provisionalAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true })
  provisionalFiscalYear!: number | null;

  @Field(() => LiftingScreeningType)
  screening!: LiftingScreeningType;

  @Field(() => [ViolationType], { description: 'screening reasons; empty when eligible', deprecationReason: 'use screening.reasons, as every kind has it' })
  screeningReasons!: ViolationType[];

  @Field({ description: 'the decision is due before this instant (service-level deadline)' })
  decisionDeadline!: Date;

  @Field({ description: 'true once the deadline passed without a decision' })
  escalated!: boolean;

  @Field(() => Date, { nullable: true })
  escalatedAt!: Date | null;

  @Field(() => StampType, { nullable: true })
  verificationStarted!: StampType | null;

  @Field(() => [ChangeRequestType])
  changeRequests!: ChangeRequestType[];

  @Field(() => VerificationType, { nullable: true })
  verification!: VerificationType | null;

  @Field(() => LiftingDecisionType, { nullable: true })
  decision!: LiftingDecisionType | null;

  @Field(() => DisbursementType, { nullable: true })
  disbursement!: DisbursementType | null;

  @Field(() => NoteStampType, { nullable: true })
  closing!: NoteStampType | null;

  @Field(() => WithdrawalType, { nullable: true })
  withdrawal!: WithdrawalType | null;
}
