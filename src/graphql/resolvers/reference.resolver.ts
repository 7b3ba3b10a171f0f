import { Arg, Authorized, Ctx, Field, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ObjectType } from '../types/object-type';
import { FiscalYear } from '../../db/entities';
import type { Role } from '../../../workflows/rules/roles';
import { requireActor, type GraphQLContext } from '../context';
import { RoleEnum, UserRoleEnum } from '../types/enums';
import { FiscalYearInput } from '../types/inputs';
import { FiscalYearType, RegionType } from '../types/reference.type';
import { fiscalYearView } from '../views';
import { editFiscalYear } from '../../db/reference-edits';

@ObjectType('Viewer', { description: 'Who the token says the caller is.' })
export class ViewerType {
  @Field({ description: 'the user id (the token\'s subject)' })
  id!: string;

  @Field(() => [UserRoleEnum], { description: 'what the caller may do' })
  userRoles!: Role[];

  @Field(() => [RoleEnum], { description: 'what the caller may do', deprecationReason: 'use userRoles, UserRole values (REVIEWER)' })
  roles!: Role[];

  @Field(() => String, { nullable: true, description: 'the region of a region\'s staff; null for others' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'an applicant\'s IIN; null for staff' })
  iin!: string | null;
}

/** Reference data: regions and fiscal parameters. Readable without a token. */
@Resolver()
export class ReferenceResolver {
  @Query(() => [RegionType], { description: 'Regions and cities of republican significance, by code.' })
  async regions(@Ctx() ctx: GraphQLContext): Promise<RegionType[]> {
    return (await ctx.reference.get()).regions;
  }

  @Query(() => [FiscalYearType], { description: 'Fiscal parameters per year, newest first.' })
  async fiscalYears(@Ctx() ctx: GraphQLContext): Promise<FiscalYearType[]> {
    return (await ctx.reference.get()).fiscalYears;
  }

  @Query(() => FiscalYearType, { nullable: true, description: "One year's fiscal parameters; null when the programme does not know the year." })
  async fiscalYear(@Arg('year', () => Int, { description: 'the fiscal year' }) year: number, @Ctx() ctx: GraphQLContext): Promise<FiscalYearType | null> {
    return (await ctx.reference.get()).fiscalYearByYear.get(year) ?? null;
  }

  @Authorized('admin')
  @Mutation(() => FiscalYearType, {
    description:
      "An administrator adds a year's MCI and minimum wage (both needed), or corrects what is sent of them (the other is kept); caps follow at once. Every change is kept as a revision; the same values again change nothing and write no revision.",
  })
  async upsertFiscalYear(@Arg('input') input: FiscalYearInput, @Ctx() ctx: GraphQLContext): Promise<FiscalYearType> {
    const actor = requireActor(ctx);
    const { changed } = await editFiscalYear(ctx.em, input, actor.id);
    // committed (the table's trigger has told every replica); this one forgets its copy now, so
    // the administrator's next read shows the change without waiting for the notification
    if (changed) ctx.reference.invalidate();
    return fiscalYearView(await ctx.em.findOneOrFail(FiscalYear, { year: input.year }, { refresh: true }));
  }

  @Authorized()
  @Query(() => ViewerType, { nullable: true, description: 'The caller, as their token says; null with UNAUTHENTICATED without a token.' })
  me(@Ctx() ctx: GraphQLContext): ViewerType {
    const actor = requireActor(ctx);
    return { id: actor.id, userRoles: actor.roles, roles: actor.roles, region: actor.region ?? null, iin: actor.iin ?? null };
  }
}
