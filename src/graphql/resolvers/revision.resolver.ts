import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { moneyFromNumeric } from '../../../workflows/rules/money';
import type { GraphQLContext } from '../context';
import { ResettlementQuotaRevisionType, ResettlementQuotaType } from '../kinds/lifting/lifting.type';
import { FiscalYearRevisionType, FiscalYearType } from '../types/reference.type';

/**
 * The revisions of reference data an administrator edits, for administrators and auditors: each
 * change with the values after it, who and when, oldest first. Read per request in one statement
 * for every parent of a page (a DataLoader), never from the reference cache: the cache serves
 * everyone, the history only these two roles.
 */
@Resolver(() => FiscalYearType)
export class FiscalYearRevisionsResolver {
  @Authorized('admin', 'auditor')
  @FieldResolver(() => [FiscalYearRevisionType], { description: "every change of the year's parameters by an administrator, oldest first (administrators and auditors)" })
  async revisions(@Root() year: FiscalYearType, @Ctx() ctx: GraphQLContext): Promise<FiscalYearRevisionType[]> {
    const rows = await ctx.loaders.fiscalYearRevisions.load(year.year);
    return rows.map((row) => ({
      year: row.year,
      mci: moneyFromNumeric(row.mci),
      minimumWage: moneyFromNumeric(row.minimumWage),
      note: row.note,
      changedBy: row.changedBy,
      changedAt: new Date(row.changedAt),
    }));
  }
}

@Resolver(() => ResettlementQuotaType)
export class ResettlementQuotaRevisionsResolver {
  @Authorized('admin', 'auditor')
  @FieldResolver(() => [ResettlementQuotaRevisionType], { description: 'every change of the quota by an administrator, oldest first (administrators and auditors)' })
  async revisions(@Root() quota: ResettlementQuotaType, @Ctx() ctx: GraphQLContext): Promise<ResettlementQuotaRevisionType[]> {
    const rows = await ctx.loaders.quotaRevisions.load(`${quota.regionCode}:${quota.year}`);
    return rows.map((row) => ({ ...row, changedAt: new Date(row.changedAt) }));
  }
}
