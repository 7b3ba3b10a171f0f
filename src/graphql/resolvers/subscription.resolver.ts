import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { ObjectType } from '../types/object-type';
import { assertMayRead, readScope } from '../../auth/scope';
import { Application } from '../../db/entities';
import { findApplicationRecord } from '../../db/application-records';
import type { ApplicationKind } from '../../../workflows/definition';
import type { TransitionCommitted } from '../../db/change-feed';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../workflows/errors';
import { requireActor, todayOf, type GraphQLContext } from '../context';
import { createLoaders } from '../loaders';
import { ApplicationNode } from '../types/application.type';
import { ApplicationKindEnum } from '../types/enums';
import { projectionOf } from '../kinds';
import { isUuid } from '../validators';
import { applicationView } from '../views';

@ObjectType('ApplicationChange', { description: 'One committed transition of an application, as it happened.' })
export class ApplicationChangeType {
  @Field(() => ID, { description: 'the application\'s global id' })
  applicationId!: string;

  @Field(() => ApplicationKindEnum, { description: 'the application\'s kind' })
  kind!: ApplicationKind;

  @Field({ description: 'the application\'s region' })
  regionCode!: string;

  @Field({ description: 'the workflow event, e.g. SUBMIT, APPROVE' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'the state before; null for the submission' })
  fromState!: string | null;

  @Field({ description: 'the state after' })
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

function changeView(change: TransitionCommitted): ApplicationChangeType {
  return {
    applicationId: change.applicationId,
    kind: change.kind,
    regionCode: change.regionCode,
    action: change.eventType,
    fromState: change.fromState,
    toState: change.toState,
    version: change.version,
    at: new Date(change.at),
  };
}

type Data<A> = SubscribeResolverData<unknown, A, GraphQLContext>;

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
    return changeView(change);
  }

  @Subscription(() => ApplicationChangeType, {
    description:
      "Each committed transition in a region (of one kind, if given), for a reviewer's queue: applications arriving, moving on and leaving. Staff of the region and auditors may subscribe.",
    subscribe: ({ args, context }: Data<{ region: string; kind?: ApplicationKind | null }>) => {
      const actor = requireActor(context);
      const scope = readScope(actor);
      const allowed = scope !== null && ('all' in scope || ('regionCode' in scope && scope.regionCode === args.region));
      if (!allowed) throw new ForbiddenError('a review queue is for the staff of its region and auditors');
      return context.changes.subscribe((change) => change.regionCode === args.region && (!args.kind || change.kind === args.kind));
    },
  })
  reviewQueueChanged(
    @Arg('region', { description: 'the region code whose queue to follow' }) _region: string,
    @Arg('kind', () => ApplicationKindEnum, { nullable: true, description: 'only this kind; every kind when omitted' }) _kind: ApplicationKind | null,
    @Root() change: TransitionCommitted,
    @Ctx() ctx: GraphQLContext,
  ): ApplicationChangeType {
    freshUnitOfWork(ctx);
    return changeView(change);
  }

  @FieldResolver(() => ApplicationNode, { description: 'The application as it is now, read when the change is delivered.' })
  async application(@Root() change: ApplicationChangeType, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<ApplicationNode> {
    // what the subscription selected of it, as a query reads it (the subscriber's scope was checked when it subscribed)
    const row = await findApplicationRecord(ctx.em, change.applicationId, projectionOf(info, []));
    if (!row) throw new NotFoundError(`there is no application ${change.applicationId}`);
    return applicationView(row, todayOf(ctx));
  }
}
