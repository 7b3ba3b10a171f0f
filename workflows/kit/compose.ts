import type { GuardRule, WorkflowEvent } from '../definition';
import { changeRequestActions, type ChangeRequestContext } from './change-requests';
import { rejectionActions, type DecisionContext } from './decision';
import { guardsFrom } from './define';
import { paymentActions, type PaymentContext } from './payment';
import { screeningGuards, type ScreenedContext } from './screening';
import { withdrawalActions, type WithdrawalContext } from './withdrawal';

/**
 * The guards every machine is set up with: its rules as guards (the sender's role first), and
 * the screening's.
 */
export function machineGuards<TContext extends ScreenedContext, TEvent extends WorkflowEvent, K extends string>(rules: Record<K, GuardRule<TContext, TEvent>>) {
  return { ...guardsFrom<TContext, TEvent, K>(rules), ...screeningGuards<TContext>() };
}

/** What every kind's context holds of the kit's parts. */
export type KitContext = PaymentContext & WithdrawalContext & ChangeRequestContext & DecisionContext;

/**
 * The actions of the kit's parts every kind composes — the payment, the withdrawal, change
 * requests and the rejection — with the kind's own decision fields (`blank`) empty in a rejection.
 * Closing is not among them: a loan ends by being repaid or written off.
 */
export function kitActions<TContext extends KitContext, TEvent extends WorkflowEvent>(blank: Parameters<typeof rejectionActions<TContext, TEvent>>[0]) {
  return {
    ...paymentActions<TContext, TEvent>(),
    ...withdrawalActions<TContext, TEvent>(),
    ...changeRequestActions<TContext, TEvent>(),
    ...rejectionActions<TContext, TEvent>(blank),
  };
}
