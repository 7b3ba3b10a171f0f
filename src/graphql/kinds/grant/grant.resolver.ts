import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { formatMoney } from '../../../../workflows/rules/money';
import type { GrantProposal } from '../../../../workflows/grant/v1';
import { act } from '../../act';
import type { GraphQLContext } from '../../context';
import { SubmissionResolver } from '../submission.resolver';
import { GrantProposalInput, ResubmitGrantApplicationInput, SubmitGrantApplicationInput } from './grant.inputs';
import { GrantApplicationType } from './grant.type';

function proposalOf(input: GrantProposalInput): GrantProposal {
  return {
    amount: formatMoney(input.amount),
    businessIdea: input.businessIdea.trim(),
    purpose: input.purpose,
    certificate: input.certificate ? { number: input.certificate.number.trim(), issuedOn: input.certificate.issuedOn } : null,
  };
}

const GrantSubmission = SubmissionResolver({
  kind: 'grant',
  name: 'submitGrantApplication',
  description: 'An applicant applies for a state grant. Screened at once: an ineligible application is refused with every reason (VALIDATION).',
  input: SubmitGrantApplicationInput,
  type: GrantApplicationType,
  payloadOf: (input) => ({ proposal: proposalOf(input.proposal) }),
});

@Resolver(() => GrantApplicationType)
export class GrantResolver extends GrantSubmission {
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
