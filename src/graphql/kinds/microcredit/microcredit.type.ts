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
  @Field(() => Int, { description: 'the fiscal year' })
  year!: number;

  @Field(() => MicrocreditProductEnum, { description: 'the programme\'s product' })
  product!: string;

  @Field(() => [ApplicantCategoryEnum], { description: 'any of these categories gives this product; empty: everyone else' })
  eligibleCategories!: ApplicantCategory[];

  @Field(() => MoneyScalar, { description: 'the largest loan' })
  maxAmount!: Tiyn;

  @Field(() => PercentScalar, { description: 'annual' })
  maxRate!: number;

  @Field(() => Int, { description: 'the shortest term in months' })
  minTermMonths!: number;

  @Field(() => Int, { description: 'the longest term in months' })
  maxTermMonths!: number;

  @Field(() => Int, { description: 'days to sign the contract after approval' })
  contractDays!: number;

  @Field(() => Int, { description: 'days overdue before an approver may write the loan off' })
  writeOffAfterDays!: number;
}

@ObjectType('LoanTerms', { description: 'Amount, annual rate, term and schedule method of a loan.' })
export class LoanTermsType {
  @Field(() => MoneyScalar, { description: 'the loan amount' })
  amount!: Tiyn;

  @Field(() => PercentScalar, { description: 'the annual interest rate' })
  rate!: number;

  @Field(() => Int, { description: 'the term in months' })
  termMonths!: number;

  @Field(() => ScheduleMethodEnum, { description: 'how the instalments are computed' })
  method!: string;
}

@ObjectType('MicrocreditScreening', { description: 'The last automatic screening against the programme terms.' })
export class MicrocreditScreeningType {
  @Field(() => Int, { description: 'the fiscal year whose terms were applied' })
  fiscalYear!: number;

  @Field(() => MicrocreditTermsType, { nullable: true, description: "the product the applicant's categories give" })
  product!: MicrocreditTermsType | null;

  @Field(() => [ViolationType], { description: 'empty when eligible' })
  reasons!: ViolationType[];

  @Field({ description: 'when the screening ran' })
  at!: Date;
}

@ObjectType('CreditAssessment', { description: "The loan officer's credit review." })
export class CreditAssessmentType extends StampType {
  @Field({ description: "the loan officer's assessment" })
  note!: string;

  @Field({ deprecationReason: 'use note, as every other stamp names it', description: 'the former name of note' })
  notes!: string;

  @Field(() => LoanTermsType, { description: 'the terms proposed to the committee' })
  proposed!: LoanTermsType;
}

@ObjectType('MicrocreditDecision', { description: 'The credit committee\'s decision, with the final terms when approved.' })
export class MicrocreditDecisionType extends DecisionBaseType {
  @Field(() => LoanTermsType, { nullable: true, description: 'the final terms' })
  terms!: LoanTermsType | null;

  @Field(() => Date, { nullable: true, description: 'the contract must be signed before this' })
  contractDeadline!: Date | null;
}

@ObjectType('LoanContract', { description: 'The signed loan contract.' })
export class LoanContractType extends StampType {
  @Field({ description: 'the contract\'s number' })
  contractNumber!: string;

  @Field(() => LocalDateScalar, { description: 'the signature date' })
  signedOn!: string;
}

@ObjectType('Cancellation', { description: 'Why a microcredit was cancelled (e.g. its contract was not signed in time).' })
export class CancellationType extends StampType {
  @Field({ description: 'why it was cancelled' })
  reason!: string;
}

@ObjectType('LoanDisbursement', { description: 'The paid-out loan: amount, payment reference and date.' })
export class LoanDisbursementType extends StampType {
  @Field(() => MoneyScalar, { description: 'the amount paid out' })
  amount!: Tiyn;

  @Field({ description: 'the payment order number' })
  paymentReference!: string;

  @Field(() => LocalDateScalar, { description: 'the payment date' })
  paidOn!: string;
}

@ObjectType('Instalment', { description: 'One instalment of the repayment schedule.' })
export class InstalmentType {
  @Field(() => Int, { description: '1 for the first instalment' })
  number!: number;

  @Field(() => LocalDateScalar, { description: 'the due date' })
  dueOn!: string;

  @Field(() => MoneyScalar, { description: 'the principal part' })
  principal!: Tiyn;

  @Field(() => MoneyScalar, { description: 'the interest part' })
  interest!: Tiyn;

  @Field(() => MoneyScalar, { description: 'principal + interest' })
  total!: Tiyn;

  @Field(() => MoneyScalar, { description: 'principal and interest paid so far' })
  paid!: Tiyn;

  @Field(() => InstalmentStatusEnum, { description: 'where the instalment stands as of today' })
  status!: string;
}

@ObjectType('Repayment', { description: 'One repayment received from the borrower, as the bank reported it.' })
export class RepaymentType extends StampType {
  @Field(() => MoneyScalar, { description: 'the amount received' })
  amount!: Tiyn;

  @Field(() => LocalDateScalar, { description: 'the payment date' })
  paidOn!: string;

  @Field({ description: 'the bank\'s payment reference' })
  reference!: string;

  @Field(() => MoneyScalar, { description: 'the part that paid interest' })
  interestPaid!: Tiyn;

  @Field(() => MoneyScalar, { description: 'the part that paid principal' })
  principalPaid!: Tiyn;

  @Field(() => MoneyScalar, { description: 'paid beyond the instalments due: reduces the later ones' })
  prepaidPrincipal!: Tiyn;
}

@ObjectType('Overdue', { description: 'Arrears of a loan: since when, and for how many days.' })
export class OverdueType {
  @Field(() => LocalDateScalar, { description: 'the due date of the oldest unpaid instalment' })
  since!: string;

  @Field(() => Int, { description: 'days since the oldest unpaid due date, as of today' })
  daysOverdue!: number;

  @Field({ description: 'when the loan was marked overdue' })
  markedAt!: Date;
}

@ObjectType('WriteOff', { description: 'An overdue loan written off by an approver.' })
export class WriteOffType extends StampType {
  @Field({ description: 'why it was written off' })
  reason!: string;

  @Field(() => MoneyScalar, { description: 'principal outstanding when written off' })
  outstanding!: Tiyn;
}

@ObjectType('MicrocreditApplication', { implements: ApplicationNode, description: 'A microcredit through a financial institution.' })
export class MicrocreditApplicationType extends ApplicationNode {
  @Field(() => Int, { description: 'the term asked for, in months' })
  termMonths!: number;

  @Field(() => PercentScalar, { description: 'the annual rate asked for' })
  requestedRate!: number;

  @Field(() => LocalityEnum, { description: 'RURAL or URBAN, where the business is' })
  locality!: Locality;

  @Field(() => MicrocreditPurposeEnum, { description: 'what the loan is for' })
  purpose!: string;

  @Field({ description: 'the business the loan finances' })
  businessDescription!: string;

  @Field(() => Int, { description: 'jobs the project promises' })
  jobsToCreate!: number;

  @Field({ description: 'the bank or microfinance organisation that lends' })
  financialInstitution!: string;

  @Field(() => PercentScalar, { nullable: true, description: 'share of the loan covered by a guarantee' })
  guaranteeShare!: number | null;

  @Field(() => [ApplicantCategoryEnum], { description: 'the categories the applicant declared, as screened' })
  declaredCategories!: ApplicantCategory[];

  @Field(() => MicrocreditScreeningType, { description: 'the last automatic screening' })
  screening!: MicrocreditScreeningType;

  @Field(() => StampType, { nullable: true, description: 'who took it into review, and when' })
  reviewStarted!: StampType | null;

  @Field(() => [ChangeRequestType], { description: 'every request for changes, oldest first' })
  changeRequests!: ChangeRequestType[];

  @Field(() => CreditAssessmentType, { nullable: true, description: 'the loan officer\'s credit review' })
  assessment!: CreditAssessmentType | null;

  @Field(() => MicrocreditDecisionType, { nullable: true, description: 'the committee\'s decision, once taken' })
  decision!: MicrocreditDecisionType | null;

  @Field(() => LoanContractType, { nullable: true, description: 'the signed contract' })
  contract!: LoanContractType | null;

  @Field(() => CancellationType, { nullable: true, description: 'set when the contract was not signed in time' })
  cancellation!: CancellationType | null;

  @Field(() => LoanDisbursementType, { nullable: true, description: 'the paid-out loan' })
  disbursement!: LoanDisbursementType | null;

  @Field(() => [InstalmentType], { description: 'empty until the loan is disbursed' })
  schedule!: InstalmentType[];

  @Field(() => MoneyScalar, { description: 'principal still owed' })
  outstandingPrincipal!: Tiyn;

  @Field(() => MoneyScalar, { description: 'unpaid amounts of instalments past their due date' })
  arrears!: Tiyn;

  @Field(() => MoneyScalar, { description: 'what repays the whole loan today (future interest is not charged)' })
  payoffAmount!: Tiyn;

  @Field(() => [RepaymentType], { description: 'every repayment received' })
  repayments!: RepaymentType[];

  @Field(() => OverdueType, { nullable: true, description: 'set while the loan is overdue' })
  overdue!: OverdueType | null;

  @Field(() => WriteOffType, { nullable: true, description: 'set when the loan was written off' })
  writeOff!: WriteOffType | null;

  @Field(() => WithdrawalType, { nullable: true, description: 'set when the applicant withdrew' })
  withdrawal!: WithdrawalType | null;
}
