import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Field, ID, Info, Query, Resolver } from 'type-graphql';
import { ObjectType } from '../types/object-type';
import { assertMayRead } from '../../auth/scope';
import { Application } from '../../db/entities';
import { NotFoundError, ValidationError } from '../../../workflows/errors';
import { requireActor, type GraphQLContext } from '../context';
import { dryRunAction } from '../dry-run';
import { JSONObjectScalar } from '../scalars';
import { ApplicationActionEnum, ApplicationStateEnum } from '../types/enums';
import { isUuid } from '../validators';

@ObjectType('ActionPreview', { description: 'What an action would do now, found by running it and rolling it back.' })
export class ActionPreviewType {
  @Field(() => ApplicationActionEnum, { description: 'the action tried' })
  action!: string;

  @Field({ description: 'true when the action would be accepted now' })
  allowed!: boolean;

  @Field(() => ApplicationStateEnum, { nullable: true, description: 'the state now' })
  fromStatus!: string | null;

  @Field(() => ApplicationStateEnum, { nullable: true, description: 'the state that would follow' })
  toStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'the state now, by its stored name', deprecationReason: 'use fromStatus, an ApplicationState' })
  fromState!: string | null;

  @Field(() => String, { nullable: true, description: 'the state that would follow, by its stored name', deprecationReason: 'use toStatus, an ApplicationState' })
  toState!: string | null;

  @Field(() => String, { nullable: true, description: 'the error code the action would be refused with' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'why it would be refused, for a person to read' })
  message!: string | null;
}

/** Dry runs of actions, for consoles that want to show what a button would do. */
@Resolver()
export class PreviewResolver {
  @Authorized()
  @Query(() => ActionPreviewType, {
    nullable: true,
    description:
      'Whether the caller may send this action to the application now and what state would follow, without writing anything. `payload` holds the fields the action needs (a reason, final terms, …).',
  })
  async previewAction(
    @Arg('applicationId', () => ID, { description: 'the application to try the action on' }) applicationId: string,
    @Arg('action', () => ApplicationActionEnum, { description: 'the action to try' }) action: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    // the payload is checked as the action's own mutation checks its input (dryRunAction), not as a class
    @Arg('payload', () => JSONObjectScalar, { nullable: true, validate: false, description: "the action's input fields except applicationId, as the mutation takes them" }) payload?: Record<string, unknown> | null,
  ): Promise<ActionPreviewType> {
    const actor = requireActor(ctx);
    if (!isUuid(applicationId)) throw ValidationError.single('applicationId', 'ID_FORMAT', 'an application id is a UUID');
    // an application outside the caller's scope is refused, not described
    const row = await ctx.em.findOne(Application, { id: applicationId });
    if (!row) throw new NotFoundError(`there is no application ${applicationId}`);
    await assertMayRead(ctx.em, actor, row);
    // the mutation's own input rules and event building: engine fields cannot be smuggled in, and
    // a payload the mutation would refuse is previewed as that refusal
    const outcome = await dryRunAction(info.schema, ctx, row.kind, applicationId, action, payload ?? {});
    if ('refusal' in outcome) {
      return { action, allowed: false, fromStatus: row.state, toStatus: null, fromState: row.state, toState: null, code: outcome.refusal.code, message: outcome.refusal.message };
    }
    const result = await ctx.engine.preview(applicationId, outcome.event, actor);
    return {
      action,
      allowed: result.allowed,
      fromStatus: result.fromState,
      toStatus: result.toState,
      fromState: result.fromState,
      toState: result.toState,
      code: result.refusal?.code ?? null,
      message: result.refusal?.message ?? null,
    };
  }
}
