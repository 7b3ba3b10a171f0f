import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { assertMayRead } from '../../auth/scope';
import { Application } from '../../db/entities';
import { NotFoundError, ValidationError } from '../../errors';
import { requireActor, type GraphQLContext } from '../context';
import { ApplicationActionEnum } from '../types/enums';
import { isUuid } from '../validators';

@ObjectType('ActionPreview', { description: 'What an action would do now, found by running it and rolling it back.' })
export class ActionPreviewType {
  @Field(() => ApplicationActionEnum)
  action!: string;

  @Field()
  allowed!: boolean;

  @Field(() => String, { nullable: true })
  fromState!: string | null;

  @Field(() => String, { nullable: true, description: 'the state that would follow' })
  toState!: string | null;

  @Field(() => String, { nullable: true, description: 'the error code the action would be refused with' })
  code!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

/** Dry runs of actions, for consoles that want to show what a button would do. */
@Resolver()
export class PreviewResolver {
  @Authorized()
  @Query(() => ActionPreviewType, {
    description:
      'Whether the caller may send this action to the application now and what state would follow, without writing anything. `payload` holds the fields the action needs (a reason, final terms, …).',
  })
  async previewAction(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('action', () => ApplicationActionEnum) action: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('payload', () => GraphQLJSONObject, { nullable: true }) payload?: Record<string, unknown> | null,
  ): Promise<ActionPreviewType> {
    const actor = requireActor(ctx);
    if (!isUuid(applicationId)) throw ValidationError.single('applicationId', 'ID_FORMAT', 'an application id is a UUID');
    // an application outside the caller's scope is refused, not described
    const row = await ctx.em.findOne(Application, { id: applicationId });
    if (!row) throw new NotFoundError(`there is no application ${applicationId}`);
    await assertMayRead(ctx.em, actor, row);
    // engine fields cannot be smuggled in through the payload
    const { type: _type, actor: _actor, at: _at, facts: _facts, ...fields } = payload ?? {};
    const result = await ctx.engine.preview(applicationId, { ...fields, type: action }, actor);
    return {
      action,
      allowed: result.allowed,
      fromState: result.fromState,
      toState: result.toState,
      code: result.refusal?.code ?? null,
      message: result.refusal?.message ?? null,
    };
  }
}
