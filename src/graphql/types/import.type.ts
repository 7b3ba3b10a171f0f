import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ObjectType } from './object-type';

/** The largest file the mutation takes; a larger one goes through `npm run import`. */
export const IMPORT_MUTATION_MAX_LINES = 200;

export enum ImportRowStatus {
  IMPORTED = 'IMPORTED',
  SKIPPED = 'SKIPPED',
  REFUSED = 'REFUSED',
  APPLIED = 'APPLIED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(ImportRowStatus, {
  name: 'ImportRowStatus',
  description: 'What the import did with a line.',
  valuesConfig: {
    IMPORTED: { description: 'the application and all its events were brought in through the engine' },
    SKIPPED: { description: 'the same row (same external id, same content) was imported before' },
    REFUSED: { description: 'nothing of the line was written; `refusal` says why' },
    APPLIED: { description: 'a reference record (fiscal year, plan, resettlement quota) changed the data, with a revision' },
    UNCHANGED: { description: 'a reference record the data already holds' },
  },
});

@InputType('ImportInput', { description: 'A small historical import file, as its lines (JSON Lines; README, section "Import").' })
export class ImportInput {
  @Field(() => [String], { description: `the file's lines, at most ${IMPORT_MUTATION_MAX_LINES}; larger files go through npm run import` })
  @ArrayMaxSize(1000)
  lines!: string[];

  @Field(() => String, { nullable: true, description: 'the file name, kept with every imported row; "mutation" when left out' })
  @IsOptional()
  @MaxLength(200)
  source?: string | null;
}

@ObjectType('ImportRefusal', { description: 'Why a line was not imported.' })
export class ImportRefusalType {
  @Field({ description: 'the stable code: the engine\'s (VALIDATION, INVALID_TRANSITION, FORBIDDEN, BUDGET_EXHAUSTED …)' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'the rule (IIN_INVALID, REGION_UNKNOWN, DUPLICATE_EXTERNAL_ID, BACK_ENTRY_CLOSED, FORMAT …)' })
  rule!: string | null;

  @Field(() => String, { nullable: true, description: 'the field the rule is about' })
  field!: string | null;

  @Field({ description: 'the reason in words' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'the refused event\'s position among the row\'s events, from 0; null for the submission or the row' })
  eventIndex!: number | null;

  @Field(() => String, { nullable: true, description: 'the refused event\'s type' })
  eventType!: string | null;
}

@ObjectType('ImportRowOutcome', { description: 'One line of the file and what became of it.' })
export class ImportRowOutcomeType {
  @Field(() => Int, { description: 'the line number, from 1' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'application, plan, resettlementQuota or fiscalYear; null for a line that is not a record' })
  record!: string | null;

  @Field(() => String, { nullable: true, description: 'the row\'s external id' })
  externalId!: string | null;

  @Field(() => ImportRowStatus, { description: 'what the import did with the line' })
  status!: ImportRowStatus;

  @Field(() => ID, { nullable: true, description: 'the application the row is (imported or skipped)' })
  applicationId!: string | null;

  @Field(() => ImportRefusalType, { nullable: true, description: 'why the line was refused; null otherwise' })
  refusal!: ImportRefusalType | null;
}

@ObjectType('ImportSummary', { description: 'What a historical import did: counts, and every line refused with its reason.' })
export class ImportSummaryType {
  @Field({ description: 'the file name (or "mutation") kept with every imported row' })
  source!: string;

  @Field(() => Int, { description: 'applications brought in' })
  imported!: number;

  @Field(() => Int, { description: 'rows imported before with the same content' })
  skipped!: number;

  @Field(() => Int, { description: 'lines refused: nothing of them was written' })
  refused!: number;

  @Field(() => Int, { description: 'reference records that changed the data' })
  referenceApplied!: number;

  @Field(() => Int, { description: 'reference records the data already held' })
  referenceUnchanged!: number;

  @Field(() => Int, { description: 'reference records refused' })
  referenceRefused!: number;

  @Field(() => [ImportRowOutcomeType], { description: 'every line, in the file\'s order' })
  rows!: ImportRowOutcomeType[];

  @Field(() => Int, { description: 'how long the import took, in milliseconds' })
  durationMs!: number;
}
