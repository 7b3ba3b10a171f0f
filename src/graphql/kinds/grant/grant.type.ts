import { Field, Int } from 'type-graphql';
import { ObjectType } from '../../types/object-type';
import { DecisionBaseType } from '../../types/decision.type';
import type { ApplicantCategory } from '../../../../workflows/rules/categories';
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
import { ApplicantCategoryEnum } from '../../types/enums';
import { GrantPurposeEnum } from './grant.enums';

@ObjectType('BastauCertificate', { description: 'The Bastau Business course certificate a grant applicant holds.' })
export class BastauCertificateType {
  @Field({ description: 'the certificate number' })
  number!: string;

  @Field(() => LocalDateScalar, { description: 'the date of issue' })
  issuedOn!: string;
}

@ObjectType('GrantScreening', { description: 'The last automatic screening.' })
export class GrantScreeningType {
  @Field(() => Int, { nullable: true, description: 'the fiscal year the cap was taken from' })
  fiscalYear!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '200 MCI of that fiscal year' })
  cap!: Tiyn | null;

  @Field(() => [ViolationType], { description: 'empty when eligible' })
  reasons!: ViolationType[];

  @Field({ description: 'when the screening ran' })
  at!: Date;
}

@ObjectType('Recommendation', { description: 'The reviewer\'s recommended grant amount for the approver.' })
export class RecommendationType extends StampType {
  @Field(() => MoneyScalar, { description: 'the recommended amount' })
  amount!: Tiyn;

  @Field(() => String, { nullable: true, description: 'the reviewer\'s note' })
  note!: string | null;
}

@ObjectType('Decision', { description: 'The reviewer\'s or the approver\'s decision on a grant, with the amount and the cap it was checked against.' })
export class DecisionType extends DecisionBaseType {
  // the grant's schema has always described the reason; the other kinds' never did
  @Field(() => String, { nullable: true, description: 'every rejection carries one' })
  override reason!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'the approved amount' })
  amount!: Tiyn | null;

  @Field(() => MoneyScalar, { nullable: true, description: '200 MCI of the decision\'s fiscal year' })
  cap!: Tiyn | null;
}

@ObjectType('SiteVisit', { description: 'The reviewer\'s visit to the site of the business (grant machine version 2).' })
export class SiteVisitType extends StampType {
  @Field(() => LocalDateScalar, { description: 'the date of the visit' })
  visitedOn!: string;

  @Field({ description: 'what the visit found' })
  findings!: string;
}

@ObjectType('FundsUseReport', { description: 'The grant recipient\'s report of how the money was used.' })
export class FundsUseReportType extends StampType {
  @Field({ description: 'what the grant was spent on' })
  report!: string;

  @Field(() => MoneyScalar, { description: 'how much of the grant was used' })
  amountUsed!: Tiyn;
}

@ObjectType('GrantApplication', { implements: ApplicationNode, description: 'A state grant for a new business idea, at most 200 MCI.' })
export class GrantApplicationType extends ApplicationNode {
  @Field({ description: 'the business the grant starts' })
  businessIdea!: string;

  @Field(() => GrantPurposeEnum, { description: 'what the grant is spent on' })
  purpose!: string;

  @Field(() => BastauCertificateType, { nullable: true, description: 'the Bastau Business certificate, if one was given' })
  certificate!: BastauCertificateType | null;

  @Field(() => [ApplicantCategoryEnum], { description: 'the categories the applicant declared, as screened' })
  declaredCategories!: ApplicantCategory[];

  @Field(() => GrantScreeningType, { description: 'the last automatic screening' })
  screening!: GrantScreeningType;

  @Field(() => StampType, { nullable: true, description: 'who took it into review, and when' })
  reviewStarted!: StampType | null;

  @Field(() => [ChangeRequestType], { description: 'every request for changes, oldest first' })
  changeRequests!: ChangeRequestType[];

  @Field(() => SiteVisitType, {
    nullable: true,
    description: 'the reviewer\'s site visit; on machine version 2, required before recommending above GRANT_SITE_VISIT_SHARE of the cap',
  })
  siteVisit!: SiteVisitType | null;

  @Field(() => RecommendationType, { nullable: true, description: 'the reviewer\'s recommendation' })
  recommendation!: RecommendationType | null;

  @Field(() => DecisionType, { nullable: true, description: 'the decision, once taken' })
  decision!: DecisionType | null;

  @Field(() => DisbursementType, { nullable: true, description: 'the accountant\'s confirmation of the payment' })
  disbursement!: DisbursementType | null;

  @Field(() => FundsUseReportType, { nullable: true, description: 'the recipient\'s report on the use of the money' })
  fundsUse!: FundsUseReportType | null;

  @Field(() => NoteStampType, { nullable: true, description: 'set when the application was closed' })
  closing!: NoteStampType | null;

  @Field(() => WithdrawalType, { nullable: true, description: 'set when the applicant withdrew' })
  withdrawal!: WithdrawalType | null;
}
