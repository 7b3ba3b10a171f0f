import type { ApplicationKind } from '../../../workflows/definition';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { FundingLimit, FundingLimitRevision, Region } from '../../db/entities';
import { editFundingLimit } from '../../db/reference-edits';
import { ValidationError } from '../../../workflows/errors';
import { reportScope } from '../../auth/scope';
import { programReport } from '../../reports/program-report';
import { requireActor, type GraphQLContext } from '../context';
import { FundingLimitInput, FundingLimitType, ProgramReportType } from '../types/budget.type';
import { ApplicationKindEnum } from '../types/enums';
import { LocalDateScalar } from '../scalars';

/** Funding limits and plans, and the plan-versus-fact report. */
@Resolver()
export class BudgetResolver {
  @Authorized()
  @Query(() => [FundingLimitType], { description: "Regions' limits and plans of a year, with reserved, committed and the history of changes." })
  async fundingLimits(
    @Arg('year', () => Int, { description: 'the fiscal year' }) year: number,
    @Ctx() ctx: GraphQLContext,
    @Arg('regionCode', () => String, { nullable: true, description: 'one region; every region when omitted' }) regionCode?: string | null,
    @Arg('kind', () => ApplicationKindEnum, { nullable: true, description: 'one kind; every kind when omitted' }) kind?: ApplicationKind | null,
  ): Promise<FundingLimitType[]> {
    const region = reportScope(requireActor(ctx), regionCode);
    const where = { year, ...(region ? { region } : {}), ...(kind ? { kind } : {}) };
    const [limits, revisions] = await Promise.all([
      ctx.em.find(FundingLimit, where, { orderBy: { region: 'asc', kind: 'asc' } }),
      ctx.em.find(FundingLimitRevision, { year, ...(region ? { regionCode: region } : {}), ...(kind ? { kind } : {}) }, { orderBy: { id: 'asc' } }),
    ]);
    return limits.map((l) => {
      const changes = revisions.filter((r) => r.regionCode === l.region.code && r.kind === l.kind);
      return {
      regionCode: l.region.code,
      kind: l.kind,
      year: l.year,
      limitAmount: l.limitAmount,
      reserved: l.reserved,
      committed: l.committed,
      available: l.limitAmount - l.reserved - l.committed,
      plannedCount: l.plannedCount,
      plannedAmount: l.plannedAmount,
      plannedJobs: l.plannedJobs,
      note: l.note,
      updatedAt: l.updatedAt,
        history: changes,
        revisions: changes,
      };
    });
  }

  @Authorized('admin')
  @Mutation(() => FundingLimitType, {
    description:
      "An administrator sets a region's limit and plan for a kind and year: a field left out keeps its value (the limit keeps the plan, the plan the limit), null clears a plan figure. Every change is kept as a revision; the same values again change nothing and write no revision.",
  })
  async setFundingLimit(@Arg('input') input: FundingLimitInput, @Ctx() ctx: GraphQLContext): Promise<FundingLimitType> {
    const actor = requireActor(ctx);
    if ((await ctx.em.count(Region, { code: input.regionCode })) === 0) {
      throw ValidationError.single('regionCode', 'REGION_UNKNOWN', `there is no region "${input.regionCode}"`);
    }
    if (!(await ctx.em.getConnection().execute('select 1 from fiscal_year where year = ?', [input.year])).length) {
      throw ValidationError.single('year', 'FISCAL_YEAR_UNKNOWN', `${input.year} is not a fiscal year the programme knows`);
    }
    await editFundingLimit(ctx.em, input, actor.id);
    const [result] = await this.fundingLimits(input.year, ctx, input.regionCode, input.kind);
    return result!;
  }

  @Authorized()
  @Query(() => ProgramReportType, {
    nullable: true,
    description: 'Plan against fact per region and kind as of a date, with the republic totals. Also as CSV (a column per field of the row, by the same names and spelling): GET /reports/program.csv?year=&asOf=&regionCode=',
  })
  async programReport(
    @Arg('year', () => Int, { description: 'the fiscal year' }) year: number,
    @Arg('asOf', () => LocalDateScalar, { description: 'the local date the fact is counted up to, inclusive' }) asOf: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('regionCode', () => String, { nullable: true, description: 'one region; every region when omitted' }) regionCode?: string | null,
  ): Promise<ProgramReportType> {
    const region = reportScope(requireActor(ctx), regionCode);
    const report = await programReport(ctx.em, { year, asOf, regionCode: region });
    const cast = (r: (typeof report.rows)[number]) => ({ ...r, kind: r.kind, shareOfPlan: r.amountShareOfPlan });
    return { ...report, asOfDate: report.asOf, rows: report.rows.map(cast), totals: report.totals.map(cast) };
  }
}
