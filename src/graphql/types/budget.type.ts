import type { ApplicationKind } from '../../../workflows/definition';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ObjectType } from './object-type';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyScalar } from '../scalars';
import { ApplicationKindEnum } from './enums';

@ObjectType('FundingLimitRevision', { description: 'One change of a limit or plan by an administrator.' })
export class FundingLimitRevisionType {
  @Field(() => MoneyScalar)
  limitAmount!: Tiyn;

  @Field(() => Int, { nullable: true })
  plannedCount!: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  plannedAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true })
  plannedJobs!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  changedBy!: string;

  @Field()
  changedAt!: Date;
}

@ObjectType('FundingLimit', { description: "A region's limit and plan for one kind of support in one fiscal year, and the ledger against it." })
export class FundingLimitType {
  @Field()
  regionCode!: string;

  @Field(() => ApplicationKindEnum)
  kind!: ApplicationKind;

  @Field(() => Int)
  year!: number;

  @Field(() => MoneyScalar)
  limitAmount!: Tiyn;

  @Field(() => MoneyScalar, { description: 'approved, not yet paid' })
  reserved!: Tiyn;

  @Field(() => MoneyScalar, { description: 'paid out' })
  committed!: Tiyn;

  @Field(() => MoneyScalar, { description: 'limit − reserved − committed' })
  available!: Tiyn;

  @Field(() => Int, { nullable: true })
  plannedCount!: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  plannedAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true })
  plannedJobs!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  updatedAt!: Date;

  @Field(() => [FundingLimitRevisionType], { description: 'every change, oldest first' })
  history!: FundingLimitRevisionType[];
}

@InputType()
export class FundingLimitInput {
  @Field()
  @MaxLength(16)
  regionCode!: string;

  @Field(() => ApplicationKindEnum)
  kind!: ApplicationKind;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => MoneyScalar, { description: 'not below what is already reserved and committed' })
  limitAmount!: Tiyn;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  plannedCount?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  plannedAmount?: Tiyn | null;

  @Field(() => Int, { nullable: true, description: 'microcredits: jobs the plan expects' })
  @IsOptional()
  @IsInt()
  @Min(0)
  plannedJobs?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@ObjectType('ProgramReportRow', { description: 'Plan against fact for one region (or the republic) and one kind.' })
export class ProgramReportRowType {
  @Field(() => String, { nullable: true, description: 'null in the totals' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true })
  regionName!: string | null;

  @Field(() => ApplicationKindEnum)
  kind!: ApplicationKind;

  @Field(() => Int, { nullable: true })
  plannedCount!: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  plannedAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true })
  plannedJobs!: number | null;

  @Field(() => Int)
  approvedCount!: number;

  @Field(() => MoneyScalar)
  approvedAmount!: Tiyn;

  @Field(() => Int)
  disbursedCount!: number;

  @Field(() => MoneyScalar)
  disbursedAmount!: Tiyn;

  @Field(() => Int, { nullable: true, description: 'jobs of the disbursed microcredit projects' })
  jobs!: number | null;

  @Field(() => String, { nullable: true, description: 'disbursed amount as a percentage of the planned amount, e.g. "32.4"' })
  percentOfPlan!: string | null;
}

@ObjectType('ProgramReport')
export class ProgramReportType {
  @Field(() => Int)
  year!: number;

  @Field()
  asOf!: string;

  @Field(() => [ProgramReportRowType])
  rows!: ProgramReportRowType[];

  @Field(() => [ProgramReportRowType], { description: "the republic's totals per kind" })
  totals!: ProgramReportRowType[];
}
