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

@ObjectType('BastauCertificate')
export class BastauCertificateType {
  @Field()
  number!: string;

  @Field(() => LocalDateScalar)
  issuedOn!: string;
}

@ObjectType('GrantScreening', { description: 'The last automatic screening.' })
export class GrantScreeningType {
  @Field(() => Int, { nullable: true })
  fiscalYear!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '200 MCI of that fiscal year' })
  cap!: Tiyn | null;

  @Field(() => [ViolationType], { description: 'empty when eligible' })
  reasons!: ViolationType[];

  @Field()
  at!: Date;
}

@ObjectType('Recommendation')
export class RecommendationType extends StampType {
  @Field(() => MoneyScalar)
  amount!: Tiyn;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('Decision')
export class DecisionType extends DecisionBaseType {
  // the grant's schema has always described the reason; the other kinds' never did
  @Field(() => String, { nullable: true, description: 'every rejection carries one' })
  override reason!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  amount!: Tiyn | null;

  @Field(() => MoneyScalar, { nullable: true })
  cap!: Tiyn | null;
}

@ObjectType('FundsUseReport')
export class FundsUseReportType extends StampType {
  @Field()
  report!: string;

  @Field(() => MoneyScalar)
  amountUsed!: Tiyn;
}

@ObjectType('GrantApplication', { implements: ApplicationNode, description: 'A state grant for a new business idea, at most 200 MCI.' })
export class GrantApplicationType extends ApplicationNode {
  @Field()
  businessIdea!: string;

  @Field(() => GrantPurposeEnum)
  purpose!: string;

  @Field(() => BastauCertificateType, { nullable: true })
  certificate!: BastauCertificateType | null;

  @Field(() => [ApplicantCategoryEnum], { description: 'the categories the applicant declared, as screened' })
  declaredCategories!: ApplicantCategory[];

  @Field(() => GrantScreeningType)
  screening!: GrantScreeningType;

  @Field(() => StampType, { nullable: true })
  reviewStarted!: StampType | null;

  @Field(() => [ChangeRequestType])
  changeRequests!: ChangeRequestType[];

  @Field(() => RecommendationType, { nullable: true })
  recommendation!: RecommendationType | null;

  @Field(() => DecisionType, { nullable: true })
  decision!: DecisionType | null;

  @Field(() => DisbursementType, { nullable: true })
  disbursement!: DisbursementType | null;

  @Field(() => FundsUseReportType, { nullable: true })
  fundsUse!: FundsUseReportType | null;

  @Field(() => NoteStampType, { nullable: true })
  closing!: NoteStampType | null;

  @Field(() => WithdrawalType, { nullable: true })
  withdrawal!: WithdrawalType | null;
}
