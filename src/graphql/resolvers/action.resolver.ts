import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { formatMoney } from '../../../workflows/rules/money';
import { ValidationError } from '../../../workflows/errors';
import { act, present } from '../act';
import { loanTermsOf } from '../kinds/microcredit/loan-terms.input';
import type { GraphQLContext } from '../context';
import { ApplicationNode } from '../types/application.type';
import {
  ActionInput,
  AmountDecisionInput,
  ConfirmDisbursementInput,
  NoteActionInput,
  RejectInput,
  ReportFundsUseInput,
  RequestChangesInput,
  WithdrawInput,
} from '../types/inputs';

/** The staff and applicant actions shared by every kind; the machine of each kind decides which apply. */
@Resolver()
export class ActionResolver {
  @Authorized()
  @Mutation(() => ApplicationNode, { description: 'A reviewer takes an application into review.' })
  startReview(@Arg('input') input: ActionInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    return act(ctx, input, { type: 'START_REVIEW' });
  }

  @Authorized()
  @Mutation(() => ApplicationNode, { description: 'A reviewer sends the application back to the applicant with what to change.' })
  requestChanges(@Arg('input') input: RequestChangesInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    return act(ctx, input, { type: 'REQUEST_CHANGES', note: input.note.trim() });
  }

  @Authorized()
  @Mutation(() => ApplicationNode, { description: 'A reviewer recommends the application for approval (optionally a lower amount).' })
  async recommend(@Arg('input') input: AmountDecisionInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    if (input.terms) throw ValidationError.single('terms', 'NOT_ALLOWED', 'final terms are given when approving a microcredit, not when recommending');
    return act(ctx, input, { type: 'RECOMMEND', ...present({ amount: input.amount != null ? formatMoney(input.amount) : undefined, note: input.note?.trim() }) });
  }

  @Authorized()
  @Mutation(() => ApplicationNode, {
    description:
      'An approver who did not recommend it approves the application; a microcredit, by its committee (an approver who did not do the credit review), with its final terms, and its contract deadline starts.',
  })
  approve(@Arg('input') input: AmountDecisionInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    return act(ctx, input, {
      type: 'APPROVE',
      ...present({
        amount: input.amount != null ? formatMoney(input.amount) : undefined,
        terms: input.terms ? loanTermsOf(input.terms) : undefined,
        note: input.note?.trim(),
      }),
    });
  }

  @Authorized()
  @Mutation(() => ApplicationNode, { description: 'A reviewer (at review) or an approver (at decision) rejects, with a reason.' })
  reject(@Arg('input') input: RejectInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    return act(ctx, input, { type: 'REJECT', reason: input.reason.trim() });
  }

  @Authorized()
  @Mutation(() => ApplicationNode, { description: 'The applicant withdraws the application before a decision.' })
  withdraw(@Arg('input') input: WithdrawInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    return act(ctx, input, { type: 'WITHDRAW', ...present({ reason: input.reason?.trim() }) });
  }

  @Authorized()
  @Mutation(() => ApplicationNode, { description: 'An accountant who is not the approver confirms the money was paid.' })
  confirmDisbursement(@Arg('input') input: ConfirmDisbursementInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    return act(ctx, input, { type: 'CONFIRM_DISBURSEMENT', paymentReference: input.paymentReference.trim(), paidOn: input.paidOn });
  }

  @Authorized()
  @Mutation(() => ApplicationNode, { description: 'The grant recipient reports how the money was used.' })
  reportFundsUse(@Arg('input') input: ReportFundsUseInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    return act(ctx, input, { type: 'REPORT_FUNDS_USE', report: input.report.trim(), amountUsed: formatMoney(input.amountUsed) });
  }

  @Authorized()
  @Mutation(() => ApplicationNode, { description: 'An accountant orders a failed payment again (same idempotency key: it never pays twice).' })
  retryPayment(@Arg('input') input: ActionInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    return act(ctx, input, { type: 'RETRY_PAYMENT' });
  }

  @Authorized()
  @Mutation(() => ApplicationNode, { description: 'A reviewer accepts the report on the use of funds and closes the application.' })
  closeApplication(@Arg('input') input: NoteActionInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationNode> {
    return act(ctx, input, { type: 'CLOSE', ...present({ note: input.note?.trim() }) });
  }
}
