import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { fiscalYearOf } from '../../../../workflows/rules/fiscal';
import { formatMoney } from '../../../../workflows/rules/money';
import type { MicrocreditRequest } from '../../../../workflows/microcredit/v1';
import { ValidationError } from '../../../../workflows/errors';
import type { GraphQLContext } from '../../context';
import { SubmissionResolver } from '../submission.resolver';
import {
  ApproveMicrocreditInput,
  MicrocreditRequestInput,
  RecordRepaymentInput,
  ResubmitMicrocreditApplicationInput,
  SignContractInput,
  SubmitCreditAssessmentInput,
  SubmitMicrocreditApplicationInput,
  WriteOffInput,
} from './microcredit.inputs';
import { loanTermsOf } from './loan-terms.input';
import { MicrocreditApplicationType, MicrocreditTermsType } from './microcredit.type';
import { act } from '../../act';
import { checkForm } from '../form';
import { MICROCREDIT_RESUBMISSION_FIELDS, MICROCREDIT_SUBMISSION_FIELDS } from './microcredit.form';

function requestOf(input: MicrocreditRequestInput): MicrocreditRequest {
  return {
    amount: formatMoney(input.amount),
    termMonths: input.termMonths,
    rateBp: input.rate,
    locality: input.locality,
    purpose: input.purpose,
    businessDescription: input.businessDescription.trim(),
    jobsToCreate: input.jobsToCreate,
    financialInstitution: input.financialInstitution.trim(),
    guaranteeShareBp: input.guaranteeShare ?? null,
  };
}

const MicrocreditSubmission = SubmissionResolver({
  kind: 'microcredit',
  name: 'submitMicrocreditApplication',
  description: "An entrepreneur applies for a microcredit; screened at once against the year's terms for their categories.",
  input: SubmitMicrocreditApplicationInput,
  type: MicrocreditApplicationType,
  payloadOf: (input) => ({ request: requestOf(input.request) }),
  screeningFields: MICROCREDIT_SUBMISSION_FIELDS,
});

/** Microcredits: submission and the loan officer's, committee's and accountant's actions. */
@Resolver(() => MicrocreditApplicationType)
export class MicrocreditResolver extends MicrocreditSubmission {
  @Query(() => [MicrocreditTermsType], { description: "The programme's microcredit products of a year (default: the current one)." })
  async microcreditTerms(@Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true, description: 'the fiscal year; the current one when omitted' }) year?: number | null): Promise<MicrocreditTermsType[]> {
    return (await ctx.reference.get()).termsByYear.get(year ?? fiscalYearOf(ctx.engine.now())) ?? [];
  }

  @Authorized()
  @Mutation(() => MicrocreditApplicationType, { description: 'The applicant sends the corrected request after changes were requested.' })
  async resubmitMicrocreditApplication(
    // validated by checkForm, so that the screening's reasons are answered with the form's errors
    @Arg('input', { validate: false }) input: ResubmitMicrocreditApplicationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MicrocreditApplicationType> {
    const form = await checkForm(input, MICROCREDIT_RESUBMISSION_FIELDS);
    const event = {
      type: 'RESUBMIT',
      request: requestOf(input.request),
      ...(input.categories ? { categories: [...new Set(input.categories)] } : {}),
      ...(input.note ? { note: input.note.trim() } : {}),
    };
    return (await act(ctx, input, event, form)) as MicrocreditApplicationType;
  }

  @Authorized()
  @Mutation(() => MicrocreditApplicationType, { description: 'The loan officer completes the credit review and proposes terms to the committee.' })
  async submitCreditAssessment(@Arg('input') input: SubmitCreditAssessmentInput, @Ctx() ctx: GraphQLContext): Promise<MicrocreditApplicationType> {
    // the logged event keeps its stored name, `notes`
    const notes = input.note ?? input.notes;
    if (notes == null) throw ValidationError.single('note', 'REQUIRED', 'write the assessment note');
    return (await act(ctx, input, { type: 'SUBMIT_ASSESSMENT', notes: notes.trim(), proposed: loanTermsOf(input.proposed) })) as MicrocreditApplicationType;
  }

  @Authorized()
  @Mutation(() => MicrocreditApplicationType, {
    description: 'The committee (an approver who did not do the credit review) approves with final terms; the contract deadline starts.',
    deprecationReason: 'use approve, the one approval of every kind, with the final terms in its input',
  })
  async approveMicrocredit(@Arg('input') input: ApproveMicrocreditInput, @Ctx() ctx: GraphQLContext): Promise<MicrocreditApplicationType> {
    return (await act(ctx, input, {
      type: 'APPROVE',
      terms: loanTermsOf(input.terms),
      ...(input.note ? { note: input.note.trim() } : {}),
    })) as MicrocreditApplicationType;
  }

  @Authorized()
  @Mutation(() => MicrocreditApplicationType, { description: 'The loan officer registers the signed contract before its deadline.' })
  async signContract(@Arg('input') input: SignContractInput, @Ctx() ctx: GraphQLContext): Promise<MicrocreditApplicationType> {
    return (await act(ctx, input, { type: 'SIGN_CONTRACT', contractNumber: input.contractNumber.trim(), signedOn: input.signedOn })) as MicrocreditApplicationType;
  }

  @Authorized()
  @Mutation(() => MicrocreditApplicationType, {
    description: 'An accountant records a repayment: oldest instalment first (interest, then principal); an overpayment prepays principal.',
  })
  async recordRepayment(@Arg('input') input: RecordRepaymentInput, @Ctx() ctx: GraphQLContext): Promise<MicrocreditApplicationType> {
    return (await act(ctx, input, {
      type: 'RECORD_REPAYMENT',
      amount: formatMoney(input.amount),
      paidOn: input.paidOn,
      reference: input.reference.trim(),
    })) as MicrocreditApplicationType;
  }

  @Authorized()
  @Mutation(() => MicrocreditApplicationType, { description: 'An approver writes off a loan overdue for longer than the programme allows.' })
  async writeOffLoan(@Arg('input') input: WriteOffInput, @Ctx() ctx: GraphQLContext): Promise<MicrocreditApplicationType> {
    return (await act(ctx, input, { type: 'WRITE_OFF', reason: input.reason.trim() })) as MicrocreditApplicationType;
  }
}
