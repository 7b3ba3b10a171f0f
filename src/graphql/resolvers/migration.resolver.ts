import { ArrayMaxSize, IsOptional, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { ApplicationKind } from '../../../workflows/definition';
import type { MigrationItem, MigrationResult } from '../../engine/migration';
import { requireActor, type GraphQLContext } from '../context';
import { ObjectType } from '../types/object-type';
import { ViolationType } from '../types/application.type';
import { ApplicationKindEnum, ApplicationStateEnum } from '../types/enums';
import { NOT_BLANK } from '../types/inputs';

@InputType({ description: 'Where applications in one state of the old machine version go in the new one.' })
export class StateMappingInput {
  @Field(() => ApplicationStateEnum, { description: 'a state of the version the applications are on' })
  from!: string;

  @Field(() => ApplicationStateEnum, { description: 'the state of the target version they move to' })
  to!: string;
}

@InputType({ description: 'An administrator\'s migration of in-flight applications from one machine version of a kind to another.' })
export class MigrateApplicationsInput {
  @Field(() => ApplicationKindEnum, { description: 'the kind whose applications move' })
  kind!: ApplicationKind;

  @Field(() => Int, { description: 'the machine version the applications are on' })
  @Min(1)
  fromVersion!: number;

  @Field(() => Int, { description: 'the machine version they move to' })
  @Min(1)
  toVersion!: number;

  @Field(() => [StateMappingInput], { description: 'each state of the old version that applications may be in, and its state in the new one' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  stateMapping!: StateMappingInput[];

  @Field(() => [ID], { nullable: true, description: 'only these applications; every in-flight application of the kind on fromVersion when omitted' })
  @IsOptional()
  @ArrayMaxSize(1000)
  applicationIds?: string[] | null;

  @Field({ description: 'why they move, kept on every MIGRATE entry of the log' })
  @Matches(NOT_BLANK, { message: 'say why the applications are migrated' })
  @MaxLength(2000)
  reason!: string;

  @Field({ description: 'true: list what would move and what cannot, and write nothing' })
  dryRun!: boolean;
}

@ObjectType('MigrationItem', { description: 'One application of a migration: where it stands, where it goes, and why it cannot move.' })
export class MigrationItemType {
  @Field(() => ID, { description: 'the application' })
  applicationId!: string;

  @Field({ description: 'its region\'s code' })
  regionCode!: string;

  @Field(() => ApplicationStateEnum, { description: 'its state on the old version' })
  fromState!: string;

  @Field(() => ApplicationStateEnum, { nullable: true, description: 'its state on the new version; null when the mapping has no target for it' })
  toState!: string | null;

  @Field(() => Int, { description: 'the application\'s version: after the move for what moved, as it stands for the rest' })
  version!: number;

  @Field(() => [ViolationType], { description: 'why it cannot move; empty when it can' })
  reasons!: ViolationType[];
}

@ObjectType('MigrationResult', { description: 'What a migration moved, or in a dry run would move, and what it cannot.' })
export class MigrationResultType {
  @Field(() => ID, { nullable: true, description: 'the id on every MIGRATE entry of this run; null for a dry run' })
  migrationId!: string | null;

  @Field({ description: 'nothing was written' })
  dryRun!: boolean;

  @Field(() => ApplicationKindEnum, { description: 'the kind' })
  kind!: ApplicationKind;

  @Field(() => Int, { description: 'the version the applications were on' })
  fromVersion!: number;

  @Field(() => Int, { description: 'the version they move to' })
  toVersion!: number;

  @Field(() => [MigrationItemType], { description: 'the applications that can move, as checked before anything was written' })
  movable!: MigrationItemType[];

  @Field(() => [MigrationItemType], { description: 'the applications that cannot move, with the reasons (a run refuses while any is selected)' })
  unmovable!: MigrationItemType[];

  @Field(() => [MigrationItemType], { description: 'the applications moved, each with one MIGRATE entry in its history; empty in a dry run' })
  migrated!: MigrationItemType[];
}

function item(value: MigrationItem): MigrationItemType {
  return { ...value, reasons: value.reasons.map((r) => ({ field: r.field, rule: r.rule, message: r.message })) };
}

/** Machine versions that change safely: an administrator moves in-flight applications between versions (src/engine/migration.ts). */
@Resolver()
export class MigrationResolver {
  @Authorized('admin')
  @Mutation(() => MigrationResultType, {
    description:
      'An administrator migrates in-flight applications of a kind from one machine version to another with a state mapping. A dry run lists what would move and what cannot; a run is refused (VALIDATION) while any selected application cannot move, and otherwise writes one MIGRATE event per application, each in its own transaction.',
  })
  async migrateApplications(@Arg('input') input: MigrateApplicationsInput, @Ctx() ctx: GraphQLContext): Promise<MigrationResultType> {
    const result: MigrationResult = await ctx.engine.migrations.migrate(
      {
        kind: input.kind,
        fromVersion: input.fromVersion,
        toVersion: input.toVersion,
        stateMapping: input.stateMapping.map((line) => ({ from: line.from, to: line.to })),
        applicationIds: input.applicationIds ?? null,
        reason: input.reason,
        dryRun: input.dryRun,
      },
      requireActor(ctx),
    );
    return { ...result, movable: result.movable.map(item), unmovable: result.unmovable.map(item), migrated: result.migrated.map(item) };
  }
}
