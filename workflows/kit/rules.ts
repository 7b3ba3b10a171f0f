import type { Stamp } from '../common';
import type { GuardRule, WorkflowEvent } from '../definition';
import { changeRequestRules } from './change-requests';
import { decisionRules } from './decision';
import { paymentRules, type PaymentContext } from './payment';

/**
 * The rules every kind shares, as guards: `byRole` (the role alone), the change note, the two
 * rejections, the payment's; and the four-eyes checks a kind's approval and disbursement start
 * with. The kind names who did the step before the decision and how refusals are phrased.
 */
export function sharedRules<TContext extends PaymentContext, TEvent extends WorkflowEvent>(decision: {
  reviewerOnly: string;
  approverOnly: string;
  earlierStep: (context: TContext) => Stamp | null;
  fourEyesMessage: string;
}) {
  const decisions = decisionRules<TContext, TEvent>(decision);
  const payment = paymentRules<TContext, TEvent>();
  const byRole: GuardRule<TContext, TEvent> = {};
  return {
    rules: { byRole, ...changeRequestRules<TContext, TEvent>(), ...decisions.rules, ...payment.rules },
    approverFourEyes: decisions.approverFourEyes,
    accountantFourEyes: payment.accountantFourEyes,
  };
}
