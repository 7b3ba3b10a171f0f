import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { availableEvents, restoreSnapshot } from '../../../workflows/definition';
import { allWorkflows, workflowFor } from '../../../workflows/registry';
import {
  countApplicationRecords,
  DEFAULT_ORDER,
  findApplicationRecord,
  findApplicationRecords,
  type ApplicationFilter,
  type ApplicationProjection,
} from '../../db/application-records';
import type { ApplicationKind } from '../../../workflows/definition';
import { describeWorkflow } from '../../../workflows/diagram';
import { endOfLocalDay, quoteInput, startOfLocalDay } from '../../../workflows/rules/calendar';
import { DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, pageRequestOf } from '../connection';
import { nodesNamed, selectionAt } from '../selection';
import { actorRef } from '../../../workflows/rules/roles';
import { readScope, assertMayReadRecord } from '../../auth/scope';
import { NotFoundError, ValidationError } from '../../../workflows/errors';
import { requireActor, todayOf, type GraphQLContext } from '../context';
import { ApplicantType, ApplicationConnectionType, ApplicationNode, HistoryEntryType, NodeInterface, TOTAL_COUNT_CAP } from '../types/application.type';
import { ApplicationActionEnum, stateEnumName } from '../types/enums';
import { ApplicationFilterInput, ApplicationOrderInput } from '../types/inputs';
import type { ReferenceData } from '../reference-cache';
import { RegionType } from '../types/reference.type';
import { isUuid } from '../validators';
import { historySelectionOf, projectionOf } from '../kinds';
import type { ApplicationRoot } from '../kinds/application.view';
import { historyKey } from '../../db/history-records';
import { applicantView, applicationView, historyView } from '../views';

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

/**
 * One application the caller may see, read as the query selected it; a refusal otherwise (the
 * field is nullable, so the refusal nulls only it).
 */
async function readApplication(ctx: GraphQLContext, id: string, projection: ApplicationProjection): Promise<ApplicationNode> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw ValidationError.single('id', 'ID_FORMAT', 'an application id is a UUID');
  const scope = readScope(actor);
  // an applicant's scope is their IIN: read it in the same statement
  const applicantScoped = scope !== null && 'applicantIin' in scope;
  const row = await findApplicationRecord(
    ctx.em,
    id,
    applicantScoped ? { ...projection, applicant: new Set([...(projection.applicant ?? []), 'iin' as const]) } : projection,
  );
  if (!row) throw new NotFoundError(`there is no application ${id}`);
  assertMayReadRecord(actor, { id, regionCode: row.region.code, applicantIin: row.applicantRow?.iin });
  return applicationView(row, todayOf(ctx));
}

const latest = (a: Date | undefined, b: Date) => (a && a > b ? a : b);
const earliest = (a: Date | undefined, b: Date) => (a && a < b ? a : b);

/** Every state any registered machine has, per kind: what a `states` filter may name. */
export function knownStates(kind: ApplicationKind | null | undefined): Set<string> {
  return new Set(allWorkflows().filter((def) => !kind || def.kind === kind).flatMap((def) => describeWorkflow(def).states.map((state) => state.name)));
}

/**
 * The filter's states, from `statuses` (ApplicationState values) or the deprecated `states`
 * (stored names), each one a state of the kind (or of some kind); an unknown one is named.
 */
function statesOf(filter: ApplicationFilterInput): string[] | undefined {
  if (filter.statuses?.length && filter.states?.length) {
    throw ValidationError.single('filter.statuses', 'FILTER_CONFLICT', 'send statuses or the deprecated states, not both');
  }
  const field = filter.statuses?.length ? 'statuses' : 'states';
  const states = filter.statuses?.length ? filter.statuses : filter.states;
  if (!states?.length) return undefined;
  const known = knownStates(filter.kind);
  const unknown = states.filter((state) => !known.has(state));
  if (unknown.length) {
    const named = field === 'statuses' ? (list: string[]) => list.map(stateEnumName) : (list: string[]) => list.map(quoteInput);
    throw ValidationError.single(
      `filter.${field}`,
      'STATE_UNKNOWN',
      `${named(unknown).join(', ')} ${unknown.length === 1 ? 'is not a state' : 'are not states'} of ${filter.kind ? `a ${filter.kind} application` : 'any application'}; the states are ${named([...known].sort()).join(', ')}`,
    );
  }
  return states;
}

/** A region code as people type it (any case, spaces around), or a refusal that names it. */
export async function regionCodeOf(ctx: GraphQLContext, given: string, field: string): Promise<string> {
  const code = given.trim().toUpperCase();
  const data = await ctx.reference.get();
  if (!data.regionByCode.has(code)) {
    throw ValidationError.single(field, 'REGION_UNKNOWN', `there is no region ${quoteInput(given)}; a region code is one of ${data.regions.map((r) => r.code).join(', ')}`);
  }
  return code;
}

/** The search of a staff list: an IIN prefix when it is digits, else a part of the name. */
function searchOf(search: string): Pick<ApplicationFilter, 'iinPrefix' | 'nameContains'> {
  const text = search.trim();
  if (/^\d{1,12}$/.test(text)) return { iinPrefix: text };
  if (/^\d/.test(text)) throw ValidationError.single('filter.search', 'SEARCH_FORMAT', 'an IIN prefix is 1 to 12 digits');
  if (text.length < 2) throw ValidationError.single('filter.search', 'SEARCH_TOO_SHORT', 'search for at least 2 letters of a name, or the first digits of an IIN');
  return { nameContains: text };
}

/** Whether the connection's own `totalCount` is selected (under any alias or fragment). */
function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  for (const fields of selectionAt(info, []).values()) if (nodesNamed(fields, 'totalCount').length) return true;
  return false;
}

@Resolver(() => ApplicationNode)
export class ApplicationResolver {
  @Authorized()
  @Query(() => ApplicationNode, {
    nullable: true,
    description: 'One application, if the caller may see it; null with a typed error (NOT_FOUND, FORBIDDEN) otherwise, so sibling fields still answer.',
  })
  async application(@Arg('id', () => ID, { description: 'the global id, as `Application.id` answers it' }) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<ApplicationNode> {
    return readApplication(ctx, id, projectionOf(info, []));
  }

  @Authorized()
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any object by its global id (the Relay convention); today every node is an application.',
  })
  async node(@Arg('id', () => ID, { description: 'a global id, as any `Node.id` answers it' }) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<NodeInterface> {
    return readApplication(ctx, id, projectionOf(info, []));
  }

  @Authorized()
  @Query(() => ApplicationConnectionType, {
    description:
      "Applications the caller may see — an applicant's own, a region's for its staff, all for auditors — newest first unless `orderBy` says otherwise. Page forward with `first`/`after`, back with `last`/`before`.",
  })
  async applications(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ApplicationFilterInput, { nullable: true, description: 'all applications the caller may see when omitted' }) filter?: ApplicationFilterInput | null,
    @Arg('orderBy', () => ApplicationOrderInput, { nullable: true, description: 'default: SUBMITTED_AT DESC' }) orderBy?: ApplicationOrderInput | null,
    @Arg('first', () => Int, { nullable: true, description: `the first n after \`after\` (1–${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is sent)` }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'a cursor from this list: the page starts after it' }) after?: string | null,
    @Arg('last', () => Int, { nullable: true, description: `the last n before \`before\` (1–${MAX_PAGE_SIZE})` }) last?: number | null,
    @Arg('before', () => String, { nullable: true, description: 'a cursor from this list: the page ends before it' }) before?: string | null,
  ): Promise<ApplicationConnectionType> {
    const actor = requireActor(ctx);
    const order = orderBy ? { field: orderBy.field, direction: orderBy.direction } : DEFAULT_ORDER;
    const page = pageRequestOf({ first, after, last, before }, order);
    const where: ApplicationFilter = { regionCodes: [], applicantIins: [] };
    if (filter?.kind) where.kind = filter.kind;
    const states = filter ? statesOf(filter) : undefined;
    if (states) where.states = states;
    if (filter?.regionCode) where.regionCodes!.push(await regionCodeOf(ctx, filter.regionCode, 'filter.regionCode'));
    if (filter?.applicantIin) where.applicantIins!.push(filter.applicantIin);
    if (filter?.escalated === true || filter?.escalated === false) where.escalated = filter.escalated;
    if (filter?.submittedFrom) where.submittedFrom = filter.submittedFrom;
    if (filter?.submittedTo) where.submittedTo = filter.submittedTo;
    if (filter?.submittedOnOrAfter) where.submittedFrom = latest(where.submittedFrom, new Date(startOfLocalDay(filter.submittedOnOrAfter)));
    if (filter?.submittedOnOrBefore) where.submittedTo = earliest(where.submittedTo, new Date(endOfLocalDay(filter.submittedOnOrBefore)));
    if (filter?.search) Object.assign(where, searchOf(filter.search));

    const scope = readScope(actor);
    const empty = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
    if (scope === null) return empty;
    if ('regionCode' in scope) where.regionCodes!.push(scope.regionCode);
    if ('applicantIin' in scope) where.applicantIins!.push(scope.applicantIin);

    const [rows, totalCount] = await Promise.all([
      findApplicationRecords(ctx.em, where, page, projectionOf(info, ['edges', 'node'])),
      selectsTotalCount(info) ? countApplicationRecords(ctx.em, where, TOTAL_COUNT_CAP) : Promise.resolve(0),
    ]);
    const more = rows.length > page.size;
    // a backward page was read the other way round and turned: its extra row is the first one
    const shown = more ? (page.backward ? rows.slice(1) : rows.slice(0, page.size)) : rows;
    const asOf = todayOf(ctx);
    const edges = shown.map((row) => ({ cursor: encodeCursor(order, row.position), node: applicationView(row, asOf) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.backward ? page.from !== undefined : more,
        hasPreviousPage: page.backward ? more : page.from !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  }

  @FieldResolver(() => ApplicantType, { description: 'who applies' })
  applicant(@Root() node: ApplicationRoot, @Ctx() ctx: GraphQLContext): ApplicantType | Promise<ApplicantType> {
    // a page or a single read joined the applicant's selected columns; a mutation's answer did not
    const joined = node.row.applicantRow;
    if (joined) return applicantView(joined);
    return ctx.loaders.applicant.load(node.row.applicant.id).then((row) => {
      if (!row) throw new Error(`applicant ${node.row.applicant.id} is missing`);
      return applicantView(row);
    });
  }

  @FieldResolver(() => RegionType, { description: 'the region whose programme the application goes to (see regionCode)' })
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
    @Arg('last', () => Int, { nullable: true, description: 'only the newest n entries' }) last?: number | null,
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
