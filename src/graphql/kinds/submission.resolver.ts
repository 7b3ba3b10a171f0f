import { Arg, Authorized, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { ApplicationKind } from '../../../workflows/definition';
import { requireActor, todayOf, type GraphQLContext } from '../context';
import type { ApplicationNode } from '../types/application.type';
import type { ApplicantInput } from '../types/inputs';
import { applicationView } from '../views';
import { checkForm, type ScreeningFields } from './form';
import { ValidationError } from '../../../workflows/errors';

/** What every kind's submission input holds beside the kind's own part. */
export interface SubmissionInput {
  applicant: ApplicantInput;
  regionCode: string;
  /** the date the application was made; today when left out */
  occurredOn?: string | null;
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
  /** where the kind's screening reasons point in this input (`amount` → `proposal.amount`); unlisted fields keep the machine's names */
  screeningFields?: ScreeningFields;
}

/**
 * The one submission path of every kind, as a resolver class factory (type-graphql's
 * `resolvers-inheritance` example): a kind's resolver extends `SubmissionResolver({ … })` and
 * says only how its input becomes its part of the event and where its screening's reasons point
 * in the input. A form with errors is still screened, and refused once with both. Who may submit, for whom and where is
 * checked by the engine (`WorkflowEngine.submit`), the applicant stored there too.
 */
export function SubmissionResolver<I extends SubmissionInput>(options: SubmissionOptions<I>) {
  @Resolver()
  abstract class Submission {
    @Authorized()
    @Mutation(() => options.type, { name: options.name, description: options.description })
    async submit(
      // validated here rather than by type-graphql, which would refuse before the screening ran
      @Arg('input', () => options.input, { validate: false }) input: I,
      @Ctx() ctx: GraphQLContext,
    ): Promise<ApplicationNode> {
      const actor = requireActor(ctx);
      const form = await checkForm(input, options.screeningFields ?? {});
      let payload: Record<string, unknown>;
      try {
        payload = options.payloadOf(input);
      } catch (error) {
        if (form.violations.length > 0) throw new ValidationError(form.violations);
        throw error;
      }
      // one round: the form's violations and the screening's reasons in one refusal (engine.ts FormCheck)
      const row = await ctx.engine.submit({
        kind: options.kind,
        actor,
        regionCode: input.regionCode,
        applicant: input.applicant,
        payload,
        form,
        ...(input.occurredOn ? { occurredOn: input.occurredOn } : {}),
      });
      return applicationView(row, todayOf(ctx));
    }
  }
  return Submission;
}
