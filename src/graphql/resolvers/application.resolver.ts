import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { availableEvents, restoreSnapshot } from '../../../workflows/definition';
import { workflowFor } from '../../../workflows/registry';
import { findApplicationRecords, type ApplicationRecord } from '../../db/application-records';
import { Application } from '../../db/entities';
import { actorRef } from '../../domain/roles';
import { readScope, assertMayRead } from '../../auth/scope';
import { NotFoundError, ValidationError } from '../../errors';
import { requireActor, todayOf, type GraphQLContext } from '../context';
import { ApplicantType, ApplicationConnectionType, ApplicationNode, HistoryEntryType } from '../types/application.type';
import { ApplicationActionEnum } from '../types/enums';
import { ApplicationFilterInput } from '../types/inputs';
import { RegionType } from '../types/reference.type';
import { isUuid } from '../validators';
import { applicantView, applicationView, historyView, regionView } from '../views';

export const MAX_PAGE_SIZE = 100;

/** Keyset cursor: the (submittedAt, id) of the last row of a page, newest first. */
function encodeCursor(row: ApplicationRecord): string {
  return Buffer.from(JSON.stringify([row.submittedAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { submittedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    // only what encodeCursor gives out: an ISO instant that round-trips, and a UUID
    const submittedAt = typeof at === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(at) ? new Date(at) : null;
    if (isUuid(id) && submittedAt && !Number.isNaN(submittedAt.getTime()) && submittedAt.toISOString() === at) return { submittedAt, id };
  } catch {
    // fall through to the refusal below
  }
  throw ValidationError.single('after', 'CURSOR_INVALID', 'the cursor is not one this API gave out');
}

@Resolver(() => ApplicationNode)
export class ApplicationResolver {
  @Authorized()
  @Query(() => ApplicationNode, { description: 'One application, if the caller may see it.' })
  async application(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    const actor = requireActor(ctx);
    if (!isUuid(id)) throw ValidationError.single('id', 'ID_FORMAT', 'an application id is a UUID');
    const row = await ctx.em.findOne(Application, { id });
    if (!row) throw new NotFoundError(`there is no application ${id}`);
    await assertMayRead(ctx.em, actor, row);
    return applicationView(row, todayOf(ctx));
  }

  @Authorized()
  @Query(() => ApplicationConnectionType, {
    description: "Applications the caller may see, newest first: an applicant's own, a region's for its staff, all for auditors.",
  })
  async applications(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ApplicationFilterInput, { nullable: true }) filter?: ApplicationFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ApplicationConnectionType> {
    const actor = requireActor(ctx);
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw ValidationError.single('first', 'PAGE_SIZE', `first must be between 1 and ${MAX_PAGE_SIZE}`);
    }
    const scope = readScope(actor);
    if (scope === null) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

    const where: FilterQuery<Application>[] = [];
    if ('regionCode' in scope) where.push({ region: scope.regionCode });
    if ('applicantIin' in scope) where.push({ applicant: { iin: scope.applicantIin } });
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.states?.length) where.push({ state: { $in: filter.states } });
    if (filter?.regionCode) where.push({ region: filter.regionCode });
    if (filter?.applicantIin) where.push({ applicant: { iin: filter.applicantIin } });
    if (filter?.escalated === true) where.push({ escalatedAt: { $ne: null } });
    if (filter?.escalated === false) where.push({ escalatedAt: null });
    if (filter?.submittedFrom) where.push({ submittedAt: { $gte: filter.submittedFrom } });
    if (filter?.submittedTo) where.push({ submittedAt: { $lt: filter.submittedTo } });
    if (after) {
      const cursor = decodeCursor(after);
      // the first condition is the index bound: without it PostgreSQL walks every newer row to
      // find where the page starts, and page 1,000 is far slower than page 1
      where.push({ submittedAt: { $lte: cursor.submittedAt } });
      where.push({ $or: [{ submittedAt: { $lt: cursor.submittedAt } }, { submittedAt: cursor.submittedAt, id: { $lt: cursor.id } }] });
    }
    const rows = await findApplicationRecords(ctx.em, { $and: where }, first + 1);
    const page = rows.slice(0, first);
    return {
      edges: page.map((row) => ({ cursor: encodeCursor(row), node: applicationView(row, todayOf(ctx)) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1]!) : null },
    };
  }

  @FieldResolver(() => ApplicantType)
  async applicant(@Root() node: ApplicationNode, @Ctx() ctx: GraphQLContext): Promise<ApplicantType> {
    const row = await ctx.loaders.applicant.load(node.row.applicant.id);
    if (!row) throw new Error(`applicant ${node.row.applicant.id} is missing`);
    return applicantView(row);
  }

  @FieldResolver(() => RegionType)
  async region(@Root() node: ApplicationNode, @Ctx() ctx: GraphQLContext): Promise<RegionType> {
    const row = await ctx.loaders.region.load(node.regionCode);
    if (!row) throw new Error(`region ${node.regionCode} is missing`);
    return regionView(row);
  }

  @FieldResolver(() => [HistoryEntryType], { description: 'The transition log, oldest first; `last` keeps only the newest entries.' })
  async history(
    @Root() node: ApplicationNode,
    @Ctx() ctx: GraphQLContext,
    @Arg('last', () => Int, { nullable: true }) last?: number | null,
  ): Promise<HistoryEntryType[]> {
    if (last !== undefined && last !== null && last < 1) throw ValidationError.single('last', 'RANGE', 'last must be at least 1');
    const rows = await ctx.loaders.history.load(node.id);
    return (last ? rows.slice(-last) : rows).map(historyView);
  }

  @FieldResolver(() => [ApplicationActionEnum], { description: 'The actions the caller may send now, from the machine.' })
  availableActions(@Root() node: ApplicationNode, @Ctx() ctx: GraphQLContext): string[] {
    const actor = requireActor(ctx);
    const def = workflowFor(node.row.kind, node.row.machineVersion);
    return availableEvents(def, restoreSnapshot(def, node.row.snapshot as never), actorRef(actor));
  }
}
