import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ValidationError } from '../../../workflows/errors';
import { backEntryOf, setBackEntry } from '../../db/back-entry';
import { requireActor, type GraphQLContext } from '../context';
import { FiscalYearBackEntryType } from './back-entry.type';

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
  async setFiscalYearBackEntry(
    @Arg('year', () => Int, { description: 'the fiscal year' }) year: number,
    @Arg('open', { description: 'true to open the year for back-entry, false to close it' }) open: boolean,
    @Ctx() ctx: GraphQLContext,
    @Arg('note', () => String, { nullable: true, description: 'why, kept with the change (at most 2000 characters)' }) note?: string | null,
  ): Promise<FiscalYearBackEntryType> {
    const actor = requireActor(ctx);
    if (note != null && note.length > 2000) throw ValidationError.single('note', 'TOO_LONG', 'a note is at most 2000 characters');
    return setBackEntry(ctx.em, { year, open, by: actor.id, note: note ?? null });
  }
}
