import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from './object-type';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyScalar } from '../scalars';
import { RegionKindEnum } from './enums';

@ObjectType('FormerName', { description: 'A name a region had before, and the last year it was used.' })
export class FormerNameType {
  @Field({ description: 'the former name' })
  name!: string;

  @Field(() => Int, { description: 'the last year the name was used' })
  until!: number;
}

@ObjectType('Region', { description: 'A region (oblys) or a city of republican significance.' })
export class RegionType {
  @Field(() => ID, { description: 'a stable id, for client caches: the region code (a region keeps its code when renamed)' })
  id!: string;

  @Field({ description: 'the region code, as regionCode fields hold it' })
  code!: string;

  @Field({ description: 'the current name' })
  name!: string;

  @Field(() => RegionKindEnum, { description: 'a region (oblys) or a city of republican significance' })
  kind!: 'REGION' | 'CITY';

  @Field({ description: 'REGION or CITY', deprecationReason: 'use kind, a RegionKind' })
  type!: string;

  @Field(() => [FormerNameType], { description: 'names the region had before' })
  formerNames!: FormerNameType[];

  @Field(() => Int, { nullable: true, description: 'for regions formed in 2022' })
  establishedYear!: number | null;

  @Field(() => String, { nullable: true, description: 'the region it was formed from' })
  formedFrom!: string | null;
}

@ObjectType('FiscalYear', { description: "A year's fiscal parameters, fixed by the republican budget law." })
export class FiscalYearType {
  @Field(() => Int, { description: 'the fiscal year' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'monthly calculation index (MCI)' })
  mci!: Tiyn;

  @Field(() => MoneyScalar, { description: 'the monthly minimum wage' })
  minimumWage!: Tiyn;

  @Field(() => MoneyScalar, { description: 'the largest grant of the year: 200 MCI' })
  grantCap!: Tiyn;

  @Field(() => String, { nullable: true, description: 'why the parameters were added or last corrected' })
  note!: string | null;

  @Field({ description: 'when they were last changed' })
  updatedAt!: Date;
}

@ObjectType('FiscalYearRevision', { description: "One change of a year's fiscal parameters by an administrator: the values after it, who and when." })
export class FiscalYearRevisionType {
  @Field(() => Int, { description: 'the fiscal year' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'the MCI after the change' })
  mci!: Tiyn;

  @Field(() => MoneyScalar, { description: 'the minimum wage after the change' })
  minimumWage!: Tiyn;

  @Field(() => String, { nullable: true, description: 'why it was changed' })
  note!: string | null;

  @Field({ description: "the administrator's user id" })
  changedBy!: string;

  @Field({ description: 'when it was changed' })
  changedAt!: Date;
}
