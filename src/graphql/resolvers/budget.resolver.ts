import type { ApplicationKind } from '../../../workflows/definition';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { FundingLimit, FundingLimitRevision, Region } from '../../db/entities';
import { formatMoney } from '../../../workflows/rules/money';
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
    return limits.map((l) => ({
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
      history: revisions.filter((r) => r.regionCode === l.region.code && r.kind === l.kind),
    }));
  }

  @Authorized('admin')
  @Mutation(() => FundingLimitType, { description: "An administrator sets a region's limit and plan for a kind and year; every change is kept." })
  async setFundingLimit(@Arg('input') input: FundingLimitInput, @Ctx() ctx: GraphQLContext): Promise<FundingLimitType> {
    const actor = requireActor(ctx);
    if ((await ctx.em.count(Region, { code: input.regionCode })) === 0) {
      throw ValidationError.single('regionCode', 'REGION_UNKNOWN', `there is no region "${input.regionCode}"`);
    }
    if (!(await ctx.em.getConnection().execute('select 1 from fiscal_year where year = ?', [input.year])).length) {
      throw ValidationError.single('year', 'FISCAL_YEAR_UNKNOWN', `${input.year} is not a fiscal year the programme knows`);
    }
    const limit = formatMoney(input.limitAmount);
    const planned = input.plannedAmount == null ? null : formatMoney(input.plannedAmount);
    await ctx.em.transactional(async (em) => {
      // one statement: a limit is never set below what is reserved and committed against it
      const rows = await em.execute(
        `insert into funding_limit (region_code, kind, year, limit_amount, planned_count, planned_amount, planned_jobs, note, updated_by, updated_at)
         values (?, ?, ?, ?::numeric, ?, ?::numeric, ?, ?, ?, now())
         on conflict (region_code, kind, year) do update
           set limit_amount = excluded.limit_amount, planned_count = excluded.planned_count, planned_amount = excluded.planned_amount,
               planned_jobs = excluded.planned_jobs, note = excluded.note, updated_by = excluded.updated_by, updated_at = now()
           where funding_limit.reserved + funding_limit.committed <= excluded.limit_amount
         returning year`,
        [input.regionCode, input.kind, input.year, limit, input.plannedCount ?? null, planned, input.plannedJobs ?? null, input.note ?? null, actor.id],
      );
      if (rows.length === 0) {
        throw ValidationError.single('limitAmount', 'LIMIT_BELOW_USED', 'the limit cannot be lower than what is already reserved and committed against it');
      }
      await em.execute(
        `insert into funding_limit_revision (region_code, kind, year, limit_amount, planned_count, planned_amount, planned_jobs, note, changed_by, changed_at)
         values (?, ?, ?, ?::numeric, ?, ?::numeric, ?, ?, ?, now())`,
        [input.regionCode, input.kind, input.year, limit, input.plannedCount ?? null, planned, input.plannedJobs ?? null, input.note ?? null, actor.id],
      );
    });
    const [result] = await this.fundingLimits(input.year, ctx, input.regionCode, input.kind);
    return result!;
  }

  @Authorized()
  @Query(() => ProgramReportType, {
    nullable: true,
    description: 'Plan against fact per region and kind as of a date, with the republic totals. Also as CSV: GET /reports/program.csv?year=&asOf=&regionCode=',
  })
  async programReport(
    @Arg('year', () => Int, { description: 'the fiscal year' }) year: number,
    @Arg('asOf', () => LocalDateScalar, { description: 'the local date the fact is counted up to, inclusive' }) asOf: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('regionCode', () => String, { nullable: true, description: 'one region; every region when omitted' }) regionCode?: string | null,
  ): Promise<ProgramReportType> {
    const region = reportScope(requireActor(ctx), regionCode);
    const report = await programReport(ctx.em, { year, asOf, regionCode: region });
    const cast = (r: (typeof report.rows)[number]) => ({ ...r, kind: r.kind });
    return { ...report, asOfDate: report.asOf, rows: report.rows.map(cast), totals: report.totals.map(cast) };
  }
}
