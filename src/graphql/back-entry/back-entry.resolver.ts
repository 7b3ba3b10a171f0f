import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { backEntryOf, setBackEntry } from '../../db/back-entry';
import { requireActor, type GraphQLContext } from '../context';
import { FiscalYearBackEntryInput, FiscalYearBackEntryType } from './back-entry.type';

/** The administrator's opening of a fiscal year for back-entry (README "Business dates"). */
@Resolver()
export class BackEntryResolver {
  @Authorized()
  @Query(() => FiscalYearBackEntryType, { description: 'Whether a fiscal year is open for back-entry, with every change.' })
  async fiscalYearBackEntry(@Arg('year', () => Int, { description: 'the fiscal year' }) year: number, @Ctx() ctx: GraphQLContext): Promise<FiscalYearBackEntryType> {
    requireActor(ctx);
    return backEntryOf(ctx.em, year);
  }

  @Authorized('admin')
  @Mutation(() => FiscalYearBackEntryType, {
    description:
      'An administrator opens (or closes) a fiscal year for back-entry: actions dated more than BACK_ENTRY_DAYS back are accepted in an open year, refused with BACK_ENTRY_CLOSED otherwise. Every change is kept.',
  })
  async setFiscalYearBackEntry(@Arg('input') input: FiscalYearBackEntryInput, @Ctx() ctx: GraphQLContext): Promise<FiscalYearBackEntryType> {
    const actor = requireActor(ctx);
    return setBackEntry(ctx.em, { year: input.year, open: input.open, by: actor.id, note: input.note ?? null });
  }
}
