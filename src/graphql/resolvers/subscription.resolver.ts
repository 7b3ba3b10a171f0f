import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { ObjectType } from '../types/object-type';
import { assertMayRead, readScope } from '../../auth/scope';
import { Application } from '../../db/entities';
import { DEFAULT_ORDER, findApplicationRecord, findApplicationRecordAt } from '../../db/application-records';
import type { ApplicationKind } from '../../../workflows/definition';
import type { TransitionCommitted } from '../../db/change-feed';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../workflows/errors';
import { requireActor, todayOf, type GraphQLContext } from '../context';
import { createLoaders } from '../loaders';
import { ApplicationEdgeType, ApplicationNode } from '../types/application.type';
import { ApplicationEventEnum, ApplicationKindEnum, ApplicationStateEnum, literalEnum, stateEnumName } from '../types/enums';
import { ApplicationOrderInput } from '../types/inputs';
import { encodeCursor } from '../connection';
import { quoteInput } from '../../../workflows/rules/calendar';
import { knownStates, regionCodeOf } from './application.resolver';
import { projectionOf } from '../kinds';
import { isUuid } from '../validators';
import { applicationView } from '../views';

export const ListChangeEnum = literalEnum(
  ['ADDED', 'UPDATED', 'REMOVED'] as const,
  'ListChange',
  "What a transition did to the applications a subscription follows (its region, kind and states): ADDED when the application entered them (submitted, or moved into a state followed), UPDATED when it stayed in, REMOVED when it left (moved to a state not followed). A list inserts the event's `edge`, updates its node, or removes it.",
);
export type ListChange = keyof typeof ListChangeEnum;

@ObjectType('ApplicationChange', { description: 'One committed transition of an application, as it happened.' })
export class ApplicationChangeType {
  @Field(() => ListChangeEnum, {
    description:
      'What the transition did to the applications the subscription follows: ADDED, UPDATED or REMOVED (applicationChanged follows one application, so always UPDATED).',
  })
  change!: ListChange;

  @Field(() => ID, { description: "the application's global id" })
  applicationId!: string;

  @Field(() => ApplicationKindEnum, { description: 'the application\'s kind' })
  kind!: ApplicationKind;

  @Field({ description: 'the application\'s region' })
  regionCode!: string;

  @Field(() => ApplicationEventEnum, { description: 'the workflow event: SUBMIT or an action' })
  event!: string;

  @Field(() => ApplicationStateEnum, { nullable: true, description: 'the state before; null for the submission' })
  fromStatus!: string | null;

  @Field(() => ApplicationStateEnum, { description: 'the state after' })
  toStatus!: string;

  @Field({ description: 'the workflow event, e.g. SUBMIT, APPROVE', deprecationReason: 'use event, an ApplicationEvent' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'the state before, by its stored name; null for the submission', deprecationReason: 'use fromStatus, an ApplicationState' })
  fromState!: string | null;

  @Field({ description: 'the state after, by its stored name', deprecationReason: 'use toStatus, an ApplicationState' })
  toState!: string;

  @Field(() => Int, { description: 'the application version this transition produced' })
  version!: number;

  @Field({ description: 'when the transition was committed' })
  at!: Date;
}

/**
 * Every event of a subscription is read in a unit of work of its own: the connection's identity
 * map and loaders would otherwise answer with the application as it was at the first event.
 */
function freshUnitOfWork(ctx: GraphQLContext): void {
  ctx.em = ctx.em.fork({ clear: true });
  ctx.loaders = createLoaders(ctx.em);
}

function changeView(change: TransitionCommitted, listChange: ListChange): ApplicationChangeType {
  return {
    change: listChange,
    applicationId: change.applicationId,
    kind: change.kind,
    regionCode: change.regionCode,
    event: change.eventType,
    fromStatus: change.fromState,
    toStatus: change.toState,
    action: change.eventType,
    fromState: change.fromState,
    toState: change.toState,
    version: change.version,
    at: new Date(change.at),
  };
}

type Data<A> = SubscribeResolverData<unknown, A, GraphQLContext>;

/** What a review queue subscription names: `region` is the former name of `regionCode`. */
interface QueueArgs {
  regionCode?: string | null;
  region?: string | null;
  kind?: ApplicationKind | null;
  /** ApplicationState values, i.e. the stored state names */
  statuses?: string[] | null;
  /** the former, string form of `statuses` */
  states?: string[] | null;
}

/** The queue's region code, as `applications`' filter reads one (any case), or a refusal naming it. */
async function queueRegionOf(ctx: GraphQLContext, args: QueueArgs): Promise<string> {
  const given = (value: string | null | undefined): value is string => value !== undefined && value !== null;
  if (given(args.regionCode) && given(args.region)) throw ValidationError.single('region', 'ONE_OF', 'send regionCode only: region is its former name');
  if (given(args.regionCode)) return regionCodeOf(ctx, args.regionCode, 'regionCode');
  if (given(args.region)) return regionCodeOf(ctx, args.region, 'region');
  throw ValidationError.single('regionCode', 'REQUIRED', 'name the region of the queue: regionCode');
}

/**
 * The states a queue follows, from `statuses` or the deprecated `states`, each a state of its kind
 * (or of some kind), or null for all of them.
 */
function queueStatesOf(args: QueueArgs): ReadonlySet<string> | null {
  if (args.statuses?.length && args.states?.length) throw ValidationError.single('statuses', 'FILTER_CONFLICT', 'send statuses or the deprecated states, not both');
  const field = args.statuses?.length ? 'statuses' : 'states';
  const states = args.statuses?.length ? args.statuses : args.states;
  if (!states?.length) return null;
  const known = knownStates(args.kind);
  const unknown = [...new Set(states)].filter((state) => !known.has(state));
  if (unknown.length) {
    const named = field === 'statuses' ? (list: string[]) => list.map(stateEnumName) : (list: string[]) => list.map(quoteInput);
    throw ValidationError.single(
      field,
      'STATE_UNKNOWN',
      `${named(unknown).join(', ')} ${unknown.length === 1 ? 'is not a state' : 'are not states'} of ${args.kind ? `a ${args.kind} application` : 'any application'}; the states are ${named([...known].sort()).join(', ')}`,
    );
  }
  return new Set(states);
}

/**
 * What a transition did to the states a queue follows, or null when the application was outside
 * them before and after (nothing for the queue). Region and kind never change, so they were
 * settled when subscribing; a submission comes from no state.
 */
export function listChangeOf(change: Pick<TransitionCommitted, 'fromState' | 'toState'>, states: ReadonlySet<string> | null): ListChange | null {
  const follows = (state: string | null) => state !== null && (states === null || states.has(state));
  const before = follows(change.fromState);
  const after = follows(change.toState);
  if (before && after) return 'UPDATED';
  if (after) return 'ADDED';
  if (before) return 'REMOVED';
  return null;
}

/**
 * Live updates over graphql-ws, fed by every replica's commits (db/change-feed.ts). The caller
 * is checked when subscribing, with the same scope rules as the queries: an application's
 * region and applicant never change, so what may be seen at the start may be seen throughout.
 */
@Resolver(() => ApplicationChangeType)
export class SubscriptionResolver {
  @Subscription(() => ApplicationChangeType, {
    description: "Each committed transition of one application, for an applicant's or an officer's page of it.",
    subscribe: async ({ args, context }: Data<{ id: string }>) => {
      const actor = requireActor(context);
      if (!isUuid(args.id)) throw ValidationError.single('id', 'ID_FORMAT', 'an application id is a UUID');
      const row = await context.em.findOne(Application, { id: args.id });
      if (!row) throw new NotFoundError(`there is no application ${args.id}`);
      await assertMayRead(context.em, actor, row);
      return context.changes.subscribe((change) => change.applicationId === args.id);
    },
  })
  applicationChanged(@Arg('id', () => ID, { description: "the application's global id" }) _id: string, @Root() change: TransitionCommitted, @Ctx() ctx: GraphQLContext): ApplicationChangeType {
    freshUnitOfWork(ctx);
    return changeView(change, 'UPDATED');
  }

  @Subscription(() => ApplicationChangeType, {
    description:
      "Each committed transition in a region (of one kind, and into, within or out of the states named, if given), for a reviewer's queue: applications arriving (ADDED), moving on (UPDATED) and leaving (REMOVED), each with its `edge` for the list. Staff of the region and auditors may subscribe.",
    subscribe: async ({ args, context }: Data<QueueArgs>) => {
      const actor = requireActor(context);
      const regionCode = await queueRegionOf(context, args);
      const states = queueStatesOf(args);
      const scope = readScope(actor);
      const allowed = scope !== null && ('all' in scope || ('regionCode' in scope && scope.regionCode === regionCode));
      if (!allowed) throw new ForbiddenError('a review queue is for the staff of its region and auditors');
      return context.changes.subscribe(
        (change) => change.regionCode === regionCode && (!args.kind || change.kind === args.kind) && listChangeOf(change, states) !== null,
      );
    },
  })
  reviewQueueChanged(
    @Arg('regionCode', () => String, { nullable: true, description: 'the region, as `applications(filter: { regionCode })` names it (any case)' }) _regionCode: string | null,
    @Arg('region', () => String, { nullable: true, description: 'the region code', deprecationReason: 'use regionCode, as the filter of applications names it' }) _region: string | null,
    @Arg('kind', () => ApplicationKindEnum, { nullable: true, description: 'only this kind; every kind when omitted' }) _kind: ApplicationKind | null,
    @Arg('statuses', () => [ApplicationStateEnum], {
      nullable: true,
      description: 'the states the queue follows, as `applications(filter: { statuses })`: an application moving into one is ADDED, out of them REMOVED; all states when not given',
    })
    statuses: string[] | null,
    @Arg('states', () => [String], {
      nullable: true,
      description: 'the states the queue follows, by their stored names',
      deprecationReason: 'use statuses, ApplicationState values (AWAITING_REVIEW)',
    })
    states: string[] | null,
    @Root() change: TransitionCommitted,
    @Ctx() ctx: GraphQLContext,
  ): ApplicationChangeType {
    freshUnitOfWork(ctx);
    // the subscription let through only changes that touch the states followed
    const followed = statuses?.length ? statuses : states;
    return changeView(change, listChangeOf(change, followed?.length ? new Set(followed) : null) ?? 'UPDATED');
  }

  @FieldResolver(() => ApplicationEdgeType, {
    description:
      "The application as a list holds it, read when the change is delivered: its `node`, and the `cursor` that `applications` gives it in the order asked (that list's default, SUBMITTED_AT DESC, when not given). What a client's cache needs to insert the application into a list, or to find it there.",
  })
  async edge(
    @Root() change: ApplicationChangeType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => ApplicationOrderInput, { nullable: true, description: 'the order of the list the cursor is for; default: SUBMITTED_AT DESC' })
    orderBy?: ApplicationOrderInput | null,
  ): Promise<ApplicationEdgeType> {
    const order = orderBy ? { field: orderBy.field, direction: orderBy.direction } : DEFAULT_ORDER;
    const row = await findApplicationRecordAt(ctx.em, change.applicationId, projectionOf(info, ['node']), order);
    if (!row) throw new NotFoundError(`there is no application ${change.applicationId}`);
    return { cursor: encodeCursor(order, row.position), node: applicationView(row, todayOf(ctx)) };
  }

  @FieldResolver(() => ApplicationNode, { description: 'The application as it is now, read when the change is delivered (the same as `edge.node`).' })
  async application(@Root() change: ApplicationChangeType, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<ApplicationNode> {
    // what the subscription selected of it, as a query reads it (the subscriber's scope was checked when it subscribed)
    const row = await findApplicationRecord(ctx.em, change.applicationId, projectionOf(info, []));
    if (!row) throw new NotFoundError(`there is no application ${change.applicationId}`);
    return applicationView(row, todayOf(ctx));
  }
}
