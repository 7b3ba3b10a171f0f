import { Arg, Authorized, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { ApplicationKind } from '../../../workflows/definition';
import { requireActor, todayOf, type GraphQLContext } from '../context';
import type { ApplicationNode } from '../types/application.type';
import type { ApplicantInput } from '../types/inputs';
import { applicationView } from '../views';

/** What every kind's submission input holds beside the kind's own part. */
export interface SubmissionInput {
  applicant: ApplicantInput;
  regionCode: string;
}

export interface SubmissionOptions<I extends SubmissionInput> {
  kind: ApplicationKind;
  /** the mutation, e.g. `submitGrantApplication` */
  name: string;
  description: string;
  input: ClassType<I>;
  /** the kind's GraphQL type, which the mutation answers with */
  type: ClassType<ApplicationNode>;
  /** the kind's own part of the first event (a grant's proposal, a loan's request, a move) */
  payloadOf(input: I): Record<string, unknown>;
}

/**
 * The one submission path of every kind, as a resolver class factory (type-graphql's
 * `resolvers-inheritance` example): a kind's resolver extends `SubmissionResolver({ … })` and
 * says only how its input becomes its part of the event. Who may submit, for whom and where is
 * checked by the engine (`WorkflowEngine.submit`), the applicant stored there too.
 */
export function SubmissionResolver<I extends SubmissionInput>(options: SubmissionOptions<I>) {
  @Resolver()
  abstract class Submission {
    @Authorized()
    @Mutation(() => options.type, { name: options.name, description: options.description })
    async submit(@Arg('input', () => options.input) input: I, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
      const row = await ctx.engine.submit({
        kind: options.kind,
        actor: requireActor(ctx),
        regionCode: input.regionCode,
        applicant: input.applicant,
        payload: options.payloadOf(input),
      });
      return applicationView(row, todayOf(ctx));
    }
  }
  return Submission;
}
