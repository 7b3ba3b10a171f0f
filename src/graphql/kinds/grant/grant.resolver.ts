import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { formatMoney } from '../../../../workflows/rules/money';
import type { GrantProposal } from '../../../../workflows/grant/v1';
import { act } from '../../act';
import type { GraphQLContext } from '../../context';
import { SubmissionResolver } from '../submission.resolver';
import { GrantProposalInput, RecordSiteVisitInput, ResubmitGrantApplicationInput, SubmitGrantApplicationInput } from './grant.inputs';
import { GrantApplicationType } from './grant.type';
import { GRANT_RESUBMISSION_FIELDS, GRANT_SUBMISSION_FIELDS } from './grant.form';
import { checkForm } from '../form';

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
  screeningFields: GRANT_SUBMISSION_FIELDS,
});

@Resolver(() => GrantApplicationType)
export class GrantResolver extends GrantSubmission {
  @Authorized()
  @Mutation(() => GrantApplicationType, {
    description: 'The applicant sends the corrected proposal after changes were requested; it is screened again.',
  })
  async resubmitGrantApplication(
    // validated by checkForm, so that the screening's reasons are answered with the form's errors
    @Arg('input', { validate: false }) input: ResubmitGrantApplicationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationType> {
    const form = await checkForm(input, GRANT_RESUBMISSION_FIELDS);
    const event = {
      type: 'RESUBMIT',
      proposal: proposalOf(input.proposal),
      ...(input.categories ? { categories: [...new Set(input.categories)] } : {}),
      ...(input.note ? { note: input.note.trim() } : {}),
    };
    return (await act(ctx, input, event, form)) as GrantApplicationType;
  }

  @Authorized()
  @Mutation(() => GrantApplicationType, {
    description:
      'The reviewer records a visit to the site of the business while reviewing (grant machine version 2): required before recommending above GRANT_SITE_VISIT_SHARE of the cap; recorded again, it replaces the earlier one.',
  })
  async recordSiteVisit(@Arg('input') input: RecordSiteVisitInput, @Ctx() ctx: GraphQLContext): Promise<GrantApplicationType> {
    return (await act(ctx, input, { type: 'RECORD_SITE_VISIT', visitedOn: input.visitedOn, findings: input.findings.trim() })) as GrantApplicationType;
  }
}
