import type { ApplicationKind } from '../../../workflows/definition';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ObjectType } from './object-type';
import type { Tiyn } from '../../../workflows/rules/money';
import { LocalDateScalar, MoneyScalar, PercentScalar } from '../scalars';
import { ApplicationKindEnum } from './enums';

@ObjectType('FundingLimitRevision', { description: 'One change of a limit or plan by an administrator.' })
export class FundingLimitRevisionType {
  @Field(() => MoneyScalar, { description: 'the limit after the change' })
  limitAmount!: Tiyn;

  @Field(() => Int, { nullable: true, description: 'the planned number of applications after the change' })
  plannedCount!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'the planned amount after the change' })
  plannedAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true, description: 'the planned jobs after the change (microcredits)' })
  plannedJobs!: number | null;

  @Field(() => String, { nullable: true, description: 'why it was changed' })
  note!: string | null;

  @Field({ description: 'the administrator\'s user id' })
  changedBy!: string;

  @Field({ description: 'when it was changed' })
  changedAt!: Date;
}

@ObjectType('FundingLimit', { description: "A region's limit and plan for one kind of support in one fiscal year, and the ledger against it." })
export class FundingLimitType {
  @Field({ description: 'the region' })
  regionCode!: string;

  @Field(() => ApplicationKindEnum, { description: 'the kind of support' })
  kind!: ApplicationKind;

  @Field(() => Int, { description: 'the fiscal year' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'what the region may commit for the kind in the year' })
  limitAmount!: Tiyn;

  @Field(() => MoneyScalar, { description: 'approved, not yet paid' })
  reserved!: Tiyn;

  @Field(() => MoneyScalar, { description: 'paid out' })
  committed!: Tiyn;

  @Field(() => MoneyScalar, { description: 'limit − reserved − committed' })
  available!: Tiyn;

  @Field(() => Int, { nullable: true, description: 'how many applications the plan expects' })
  plannedCount!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'the amount the plan expects to pay out' })
  plannedAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true, description: 'microcredits: jobs the plan expects' })
  plannedJobs!: number | null;

  @Field(() => String, { nullable: true, description: 'the administrator\'s note on the last change' })
  note!: string | null;

  @Field({ description: 'when it was last changed' })
  updatedAt!: Date;

  @Field(() => [FundingLimitRevisionType], { description: 'every change, oldest first', deprecationReason: 'use revisions, the same list under the name every reference type uses' })
  history!: FundingLimitRevisionType[];

  @Field(() => [FundingLimitRevisionType], { description: "every change of the limit or plan by an administrator, oldest first: the values after it, who and when" })
  revisions!: FundingLimitRevisionType[];
}

@InputType({ description: "A region's limit and plan for one kind and fiscal year: a field left out keeps its value, null clears a plan figure." })
export class FundingLimitInput {
  @Field({ description: 'the region' })
  @MaxLength(16)
  regionCode!: string;

  @Field(() => ApplicationKindEnum, { description: 'the kind of support' })
  kind!: ApplicationKind;

  @Field(() => Int, { description: 'the fiscal year' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'not below what is already reserved and committed; needed for a new limit, left out the stored one is kept' })
  @IsOptional()
  limitAmount?: Tiyn | null;

  @Field(() => Int, { nullable: true, description: 'how many applications the plan expects; left out kept, null cleared' })
  @IsOptional()
  @IsInt()
  @Min(0)
  plannedCount?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'the amount the plan expects to pay out; left out kept, null cleared' })
  @IsOptional()
  plannedAmount?: Tiyn | null;

  @Field(() => Int, { nullable: true, description: 'microcredits: jobs the plan expects; left out kept, null cleared' })
  @IsOptional()
  @IsInt()
  @Min(0)
  plannedJobs?: number | null;

  @Field(() => String, { nullable: true, description: 'why it was set or changed; kept with the revision' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@ObjectType('ProgramReportRow', { description: 'Plan against fact for one region (or the republic) and one kind.' })
export class ProgramReportRowType {
  @Field(() => String, { nullable: true, description: 'null in the totals' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'null in the totals' })
  regionName!: string | null;

  @Field(() => ApplicationKindEnum, { description: 'the kind of support' })
  kind!: ApplicationKind;

  @Field(() => Int, { nullable: true, description: 'planned number of applications' })
  plannedCount!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'planned amount' })
  plannedAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true, description: 'microcredits: planned jobs' })
  plannedJobs!: number | null;

  @Field(() => Int, { description: 'applications approved ever up to asOf, whether paid, still to pay or cancelled since' })
  approvedCount!: number;

  @Field(() => MoneyScalar, { description: 'amount approved ever up to asOf, whether paid, still to pay or cancelled since' })
  approvedAmount!: Tiyn;

  @Field(() => Int, { description: 'applications approved and not yet paid as of asOf: reservations neither committed nor released by then' })
  approvedUnpaidCount!: number;

  @Field(() => MoneyScalar, { description: 'the amount approved and not yet paid as of asOf (the open reservations)' })
  approvedUnpaidAmount!: Tiyn;

  @Field(() => Int, { description: 'applications paid out up to asOf' })
  disbursedCount!: number;

  @Field(() => MoneyScalar, { description: 'amount paid out up to asOf' })
  disbursedAmount!: Tiyn;

  @Field(() => Int, { nullable: true, description: 'jobs of the disbursed microcredit projects' })
  jobs!: number | null;

  @Field(() => PercentScalar, { nullable: true, description: 'the disbursed amount as a percentage of the planned amount, e.g. "32.43"; null without a planned amount' })
  amountShareOfPlan!: number | null;

  @Field(() => PercentScalar, { nullable: true, description: 'the disbursed count as a percentage of the planned count, e.g. "35.12"; null without a planned count' })
  countShareOfPlan!: number | null;

  @Field(() => PercentScalar, { nullable: true, description: 'microcredits: jobs of the disbursed projects as a percentage of the planned jobs; null without planned jobs' })
  jobsShareOfPlan!: number | null;

  @Field(() => PercentScalar, {
    nullable: true,
    description: 'the disbursed amount as a percentage of the planned amount, e.g. "32.45"; null without a plan',
    deprecationReason: 'use amountShareOfPlan (beside countShareOfPlan and jobsShareOfPlan)',
  })
  shareOfPlan!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'disbursed amount as a percentage of the planned amount, e.g. "32.4"',
    deprecationReason: 'use amountShareOfPlan, a Percent',
  })
  percentOfPlan!: string | null;
}

@ObjectType('ProgramReport', { description: 'Plan against fact of a fiscal year as of a date, per region and kind, with the republic totals.' })
export class ProgramReportType {
  @Field(() => Int, { description: 'the fiscal year' })
  year!: number;

  @Field(() => LocalDateScalar, { description: 'the local date the fact is counted up to, inclusive' })
  asOfDate!: string;

  @Field({ description: 'the local date the fact is counted up to, inclusive', deprecationReason: 'use asOfDate, a LocalDate' })
  asOf!: string;

  @Field(() => [ProgramReportRowType], { description: 'one row per region and kind' })
  rows!: ProgramReportRowType[];

  @Field(() => [ProgramReportRowType], { description: "the republic's totals per kind" })
  totals!: ProgramReportRowType[];
}
