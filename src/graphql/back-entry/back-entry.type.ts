import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ObjectType } from '../types/object-type';

@ObjectType('BackEntryRevision', { description: "One change of a fiscal year's back-entry setting by an administrator." })
export class BackEntryRevisionType {
  @Field({ description: 'whether the year was opened (true) or closed (false) by this change' })
  open!: boolean;

  @Field(() => String, { nullable: true, description: 'why it was changed' })
  note!: string | null;

  @Field({ description: "the administrator's user id" })
  changedBy!: string;

  @Field({ description: 'when it was changed' })
  changedAt!: Date;
}

@ObjectType('FiscalYearBackEntry', {
  description: 'Whether actions dated more than BACK_ENTRY_DAYS back may be recorded in a fiscal year, with every change.',
})
export class FiscalYearBackEntryType {
  @Field(() => Int, { description: 'the fiscal year' })
  year!: number;

  @Field({ description: 'true while an administrator has the year open for back-entry' })
  open!: boolean;

  @Field(() => [BackEntryRevisionType], { description: 'every change, oldest first' })
  history!: BackEntryRevisionType[];
}

@InputType({ description: 'Open or close a fiscal year for back-entry.' })
export class FiscalYearBackEntryInput {
  @Field(() => Int, { description: 'the fiscal year' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field({ description: 'true to open the year for back-entry, false to close it' })
  open!: boolean;

  @Field(() => String, { nullable: true, description: 'why, kept with the change' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
