import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { availableEvents, restoreSnapshot } from '../../../workflows/definition';
import { workflowFor } from '../../../workflows/registry';
import { findApplicationRecord, findApplicationRecords, type ApplicationFilter, type ApplicationRecord } from '../../db/application-records';
import { actorRef } from '../../../workflows/rules/roles';
import { readScope, assertMayReadRecord } from '../../auth/scope';
import { NotFoundError, ValidationError } from '../../../workflows/errors';
import { requireActor, todayOf, type GraphQLContext } from '../context';
import { ApplicantType, ApplicationConnectionType, ApplicationNode, HistoryEntryType } from '../types/application.type';
import { ApplicationActionEnum } from '../types/enums';
import { ApplicationFilterInput } from '../types/inputs';
import type { ReferenceData } from '../reference-cache';
import { RegionType } from '../types/reference.type';
import { isUuid } from '../validators';
import { historySelectionOf, projectionOf } from '../kinds';
import type { ApplicationRoot } from '../kinds/application.view';
import { historyKey } from '../../db/history-records';
import { applicantView, applicationView, historyView } from '../views';

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

function regionOf(data: ReferenceData, code: string): RegionType {
  const region = data.regionByCode.get(code);
  if (!region) throw new Error(`region ${code} is missing`);
  return region;
}

/**
 * An application's history, as graphql-js calls a field resolver: the entries the page's
 * statement read with the row when they are the ones selected (no waiting), otherwise through
 * the loader. The schema runs this directly (schema.ts, `SYNCHRONOUS_FIELDS`).
 */
export function resolveHistory(
  node: ApplicationRoot,
  { last }: { last?: number | null },
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
): HistoryEntryType[] | Promise<HistoryEntryType[]> {
  if (last !== undefined && last !== null && last < 1) throw ValidationError.single('last', 'RANGE', 'last must be at least 1');
  const selection = historySelectionOf(info, info.parentType, info.fieldNodes)!;
  const read = node.row.historyRead;
  if (read && read.key === historyKey(selection)) return read.rows.map(historyView);
  return ctx.loaders
    .history(selection)
    .load(node.id)
    .then((rows) => rows.map(historyView));
}

@Resolver(() => ApplicationNode)
export class ApplicationResolver {
  @Authorized()
  @Query(() => ApplicationNode, { description: 'One application, if the caller may see it.' })
  async application(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<ApplicationNode> {
    const actor = requireActor(ctx);
    if (!isUuid(id)) throw ValidationError.single('id', 'ID_FORMAT', 'an application id is a UUID');
    const projection = projectionOf(info, []);
    const scope = readScope(actor);
    // an applicant's scope is their IIN: read it in the same statement
    const applicantScoped = scope !== null && 'applicantIin' in scope;
    const row = await findApplicationRecord(
      ctx.em,
      id,
      applicantScoped ? { ...projection, applicant: new Set([...(projection.applicant ?? []), 'iin' as const]) } : projection,
    );
    if (!row) throw new NotFoundError(`there is no application ${id}`);
    assertMayReadRecord(actor, { regionCode: row.region.code, applicantIin: row.applicantRow?.iin });
    return applicationView(row, todayOf(ctx));
  }

  @Authorized()
  @Query(() => ApplicationConnectionType, {
    description: "Applications the caller may see, newest first: an applicant's own, a region's for its staff, all for auditors.",
  })
  async applications(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
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

    const where: ApplicationFilter = { regionCodes: [], applicantIins: [] };
    if ('regionCode' in scope) where.regionCodes!.push(scope.regionCode);
    if ('applicantIin' in scope) where.applicantIins!.push(scope.applicantIin);
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.states?.length) where.states = filter.states;
    if (filter?.regionCode) where.regionCodes!.push(filter.regionCode);
    if (filter?.applicantIin) where.applicantIins!.push(filter.applicantIin);
    if (filter?.escalated === true || filter?.escalated === false) where.escalated = filter.escalated;
    if (filter?.submittedFrom) where.submittedFrom = filter.submittedFrom;
    if (filter?.submittedTo) where.submittedTo = filter.submittedTo;
    if (after) where.before = decodeCursor(after);
    const rows = await findApplicationRecords(ctx.em, where, first + 1, projectionOf(info, ['edges', 'node']));
    const page = rows.slice(0, first);
    const asOf = todayOf(ctx);
    return {
      edges: page.map((row) => ({ cursor: encodeCursor(row), node: applicationView(row, asOf) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1]!) : null },
    };
  }

  @FieldResolver(() => ApplicantType)
  applicant(@Root() node: ApplicationRoot, @Ctx() ctx: GraphQLContext): ApplicantType | Promise<ApplicantType> {
    // a page or a single read joined the applicant's selected columns; a mutation's answer did not
    const joined = node.row.applicantRow;
    if (joined) return applicantView(joined);
    return ctx.loaders.applicant.load(node.row.applicant.id).then((row) => {
      if (!row) throw new Error(`applicant ${node.row.applicant.id} is missing`);
      return applicantView(row);
    });
  }

  @FieldResolver(() => RegionType)
  region(@Root() node: ApplicationRoot, @Ctx() ctx: GraphQLContext): RegionType | Promise<RegionType> {
    // from memory without waiting once the reference data is loaded: every row of a page asks
    const loaded = ctx.reference.peek();
    return loaded ? regionOf(loaded, node.regionCode) : ctx.reference.get().then((data) => regionOf(data, node.regionCode));
  }

  @FieldResolver(() => [HistoryEntryType], { description: 'The transition log, oldest first; `last` keeps only the newest entries.' })
  history(
    @Root() node: ApplicationRoot,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('last', () => Int, { nullable: true }) last?: number | null,
  ): HistoryEntryType[] | Promise<HistoryEntryType[]> {
    return resolveHistory(node, { last }, ctx, info);
  }

  @FieldResolver(() => [ApplicationActionEnum], { description: 'The actions the caller may send now, from the machine.' })
  availableActions(@Root() node: ApplicationRoot, @Ctx() ctx: GraphQLContext): string[] {
    const actor = requireActor(ctx);
    const def = workflowFor(node.row.kind, node.row.machineVersion);
    return availableEvents(def, restoreSnapshot(def, node.row.snapshot as never), actorRef(actor));
  }
}
