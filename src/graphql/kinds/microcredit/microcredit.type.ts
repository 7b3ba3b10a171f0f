import { Field, Int } from 'type-graphql';
import { ObjectType } from '../../types/object-type';
import { DecisionBaseType } from '../../types/decision.type';
import type { ApplicantCategory, Locality } from '../../../../workflows/rules/categories';
import type { Tiyn } from '../../../../workflows/rules/money';
import { LocalDateScalar, MoneyScalar, PercentScalar } from '../../scalars';
import { ApplicationNode, ChangeRequestType, StampType, ViolationType, WithdrawalType } from '../../types/application.type';
import { ApplicantCategoryEnum, LocalityEnum } from '../../types/enums';
import { InstalmentStatusEnum, MicrocreditProductEnum, MicrocreditPurposeEnum, ScheduleMethodEnum } from './microcredit.enums';

@ObjectType('MicrocreditTerms', { description: 'The limits of one microcredit product in one year.' })
export class MicrocreditTermsType {
  @Field(() => Int)
  year!: number;

  @Field(() => MicrocreditProductEnum)
  product!: string;

  @Field(() => [ApplicantCategoryEnum], { description: 'any of these categories gives this product; empty: everyone else' })
  eligibleCategories!: ApplicantCategory[];

  @Field(() => MoneyScalar)
  maxAmount!: Tiyn;

  @Field(() => PercentScalar, { description: 'annual' })
  maxRate!: number;

  @Field(() => Int)
  minTermMonths!: number;

  @Field(() => Int)
  maxTermMonths!: number;

  @Field(() => Int, { description: 'days to sign the contract after approval' })
  contractDays!: number;

  @Field(() => Int, { description: 'days overdue before an approver may write the loan off' })
  writeOffAfterDays!: number;
}

@ObjectType('LoanTerms', { description: 'Amount, annual rate, term and schedule method of a loan.' })
export class LoanTermsType {
  @Field(() => MoneyScalar)
  amount!: Tiyn;

  @Field(() => PercentScalar)
  rate!: number;

  @Field(() => Int)
  termMonths!: number;

  @Field(() => ScheduleMethodEnum)
  method!: string;
}

@ObjectType('MicrocreditScreening', { description: 'The last automatic screening against the programme terms.' })
export class MicrocreditScreeningType {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => MicrocreditTermsType, { nullable: true, description: "the product the applicant's categories give" })
  product!: MicrocreditTermsType | null;

  @Field(() => [ViolationType])
  reasons!: ViolationType[];

  @Field()
  at!: Date;
}

@ObjectType('CreditAssessment', { description: "The loan officer's credit review." })
export class CreditAssessmentType extends StampType {
  @Field({ description: "the loan officer's assessment" })
  note!: string;

  @Field({ deprecationReason: 'use note, as every other stamp names it' })
  notes!: string;

  @Field(() => LoanTermsType)
  proposed!: LoanTermsType;
}

@ObjectType('MicrocreditDecision')
export class MicrocreditDecisionType extends DecisionBaseType {
  @Field(() => LoanTermsType, { nullable: true, description: 'the final terms' })
  terms!: LoanTermsType | null;

  @Field(() => Date, { nullable: true, description: 'the contract must be signed before this' })
  contractDeadline!: Date | null;
}

@ObjectType('LoanContract')
export class LoanContractType extends StampType {
  @Field()
  contractNumber!: string;

  @Field(() => LocalDateScalar)
  signedOn!: string;
}

@ObjectType('Cancellation')
export class CancellationType extends StampType {
  @Field()
  reason!: string;
}

@ObjectType('LoanDisbursement')
export class LoanDisbursementType extends StampType {
  @Field(() => MoneyScalar)
  amount!: Tiyn;

  @Field()
  paymentReference!: string;

  @Field(() => LocalDateScalar)
  paidOn!: string;
}

@ObjectType('Instalment', { description: 'One instalment of the repayment schedule.' })
export class InstalmentType {
  @Field(() => Int)
  number!: number;

  @Field(() => LocalDateScalar)
  dueOn!: string;

  @Field(() => MoneyScalar)
  principal!: Tiyn;

  @Field(() => MoneyScalar)
  interest!: Tiyn;

  @Field(() => MoneyScalar)
  total!: Tiyn;

  @Field(() => MoneyScalar, { description: 'principal and interest paid so far' })
  paid!: Tiyn;

  @Field(() => InstalmentStatusEnum)
  status!: string;
}

@ObjectType('Repayment')
export class RepaymentType extends StampType {
  @Field(() => MoneyScalar)
  amount!: Tiyn;

  @Field(() => LocalDateScalar)
  paidOn!: string;

  @Field()
  reference!: string;

  @Field(() => MoneyScalar)
  interestPaid!: Tiyn;

  @Field(() => MoneyScalar)
  principalPaid!: Tiyn;

  @Field(() => MoneyScalar, { description: 'paid beyond the instalments due: reduces the later ones' })
  prepaidPrincipal!: Tiyn;
}

@ObjectType('Overdue')
export class OverdueType {
  @Field(() => LocalDateScalar, { description: 'the due date of the oldest unpaid instalment' })
  since!: string;

  @Field(() => Int)
  daysOverdue!: number;

  @Field()
  markedAt!: Date;
}

@ObjectType('WriteOff')
export class WriteOffType extends StampType {
  @Field()
  reason!: string;

  @Field(() => MoneyScalar, { description: 'principal outstanding when written off' })
  outstanding!: Tiyn;
}

@ObjectType('MicrocreditApplication', { implements: ApplicationNode, description: 'A microcredit through a financial institution.' })
export class MicrocreditApplicationType extends ApplicationNode {
  @Field(() => Int)
  termMonths!: number;

  @Field(() => PercentScalar, { description: 'the annual rate asked for' })
  requestedRate!: number;

  @Field(() => LocalityEnum)
  locality!: Locality;

  @Field(() => MicrocreditPurposeEnum)
  purpose!: string;

  @Field()
  businessDescription!: string;

  @Field(() => Int)
  jobsToCreate!: number;

  @Field()
  financialInstitution!: string;

  @Field(() => PercentScalar, { nullable: true, description: 'share of the loan covered by a guarantee' })
  guaranteeShare!: number | null;

  @Field(() => [ApplicantCategoryEnum])
  declaredCategories!: ApplicantCategory[];

  @Field(() => MicrocreditScreeningType)
  screening!: MicrocreditScreeningType;

  @Field(() => StampType, { nullable: true })
  reviewStarted!: StampType | null;

  @Field(() => [ChangeRequestType])
  changeRequests!: ChangeRequestType[];

  @Field(() => CreditAssessmentType, { nullable: true })
  assessment!: CreditAssessmentType | null;

  @Field(() => MicrocreditDecisionType, { nullable: true })
  decision!: MicrocreditDecisionType | null;

  @Field(() => LoanContractType, { nullable: true })
  contract!: LoanContractType | null;

  @Field(() => CancellationType, { nullable: true })
  cancellation!: CancellationType | null;

  @Field(() => LoanDisbursementType, { nullable: true })
  disbursement!: LoanDisbursementType | null;

  @Field(() => [InstalmentType], { description: 'empty until the loan is disbursed' })
  schedule!: InstalmentType[];

  @Field(() => MoneyScalar, { description: 'principal still owed' })
  outstandingPrincipal!: Tiyn;

  @Field(() => MoneyScalar, { description: 'unpaid amounts of instalments past their due date' })
  arrears!: Tiyn;

  @Field(() => MoneyScalar, { description: 'what repays the whole loan today (future interest is not charged)' })
  payoffAmount!: Tiyn;

  @Field(() => [RepaymentType])
  repayments!: RepaymentType[];

  @Field(() => OverdueType, { nullable: true })
  overdue!: OverdueType | null;

  @Field(() => WriteOffType, { nullable: true })
  writeOff!: WriteOffType | null;

  @Field(() => WithdrawalType, { nullable: true })
  withdrawal!: WithdrawalType | null;
}
