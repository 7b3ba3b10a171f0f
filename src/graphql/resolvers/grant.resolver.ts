import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { saveApplicant } from '../../db/applicants';
import { formatMoney } from '../../../workflows/rules/money';
import { hasRole } from '../../../workflows/rules/roles';
import { ForbiddenError } from '../../../workflows/errors';
import type { GrantProposal } from '../../../workflows/grant/v1';
import { requireActor, todayOf, type GraphQLContext } from '../context';
import { GrantApplicationType } from '../types/application.type';
import { GrantProposalInput, ResubmitGrantApplicationInput, SubmitGrantApplicationInput } from '../types/inputs';
import { applicationView } from '../views';
import { act } from './action.resolver';

function proposalOf(input: GrantProposalInput): GrantProposal {
  return {
    amount: formatMoney(input.amount),
    businessIdea: input.businessIdea.trim(),
    purpose: input.purpose,
    certificate: input.certificate ? { number: input.certificate.number.trim(), issuedOn: input.certificate.issuedOn } : null,
  };
}

@Resolver(() => GrantApplicationType)
export class GrantResolver {
  @Authorized()
  @Mutation(() => GrantApplicationType, {
    description: 'An applicant applies for a state grant. Screened at once: an ineligible application is refused with every reason (VALIDATION).',
  })
  async submitGrantApplication(@Arg('input') input: SubmitGrantApplicationInput, @Ctx() ctx: GraphQLContext): Promise<GrantApplicationType> {
    const actor = requireActor(ctx);
    if (hasRole(actor, 'applicant') && input.applicant.iin !== actor.iin) {
      throw new ForbiddenError('an applicant applies only for themself: the IIN must be the one you signed in with');
    }
    const row = await ctx.engine.submit({
      kind: 'grant',
      actor,
      regionCode: input.regionCode,
      payload: {
        applicant: { iin: input.applicant.iin, categories: [...new Set(input.applicant.categories)] },
        proposal: proposalOf(input.proposal),
      },
      saveApplicant: (em) => saveApplicant(em, { ...input.applicant, regionCode: input.regionCode }),
    });
    return applicationView(row, todayOf(ctx)) as GrantApplicationType;
  }

  @Authorized()
  @Mutation(() => GrantApplicationType, {
    description: 'The applicant sends the corrected proposal after changes were requested; it is screened again.',
  })
  async resubmitGrantApplication(@Arg('input') input: ResubmitGrantApplicationInput, @Ctx() ctx: GraphQLContext): Promise<GrantApplicationType> {
    return (await act(ctx, input, {
      type: 'RESUBMIT',
      proposal: proposalOf(input.proposal),
      ...(input.categories ? { categories: [...new Set(input.categories)] } : {}),
      ...(input.note ? { note: input.note.trim() } : {}),
    })) as GrantApplicationType;
  }
}
