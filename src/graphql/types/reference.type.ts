import { Field, Int } from 'type-graphql';
import { ObjectType } from './object-type';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyScalar } from '../scalars';

@ObjectType('FormerName', { description: 'A name a region had before, and the last year it was used.' })
export class FormerNameType {
  @Field()
  name!: string;

  @Field(() => Int)
  until!: number;
}

@ObjectType('Region', { description: 'A region (oblys) or a city of republican significance.' })
export class RegionType {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'REGION or CITY' })
  type!: string;

  @Field(() => [FormerNameType])
  formerNames!: FormerNameType[];

  @Field(() => Int, { nullable: true, description: 'for regions formed in 2022' })
  establishedYear!: number | null;

  @Field(() => String, { nullable: true, description: 'the region it was formed from' })
  formedFrom!: string | null;
}

@ObjectType('FiscalYear', { description: "A year's fiscal parameters, fixed by the republican budget law." })
export class FiscalYearType {
  @Field(() => Int)
  year!: number;

  @Field(() => MoneyScalar, { description: 'monthly calculation index (MCI)' })
  mci!: Tiyn;

  @Field(() => MoneyScalar)
  minimumWage!: Tiyn;

  @Field(() => MoneyScalar, { description: 'the largest grant of the year: 200 MCI' })
  grantCap!: Tiyn;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  updatedAt!: Date;
}
