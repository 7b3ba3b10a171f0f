/**
 * The workflow kit: what every kind of support shares, written once — screening, withdrawal,
 * change requests ⇄ resubmission, four-eyes decisions, payment and disbursement, closing — as
 * XState `setup()` pieces (rules that become guards, action implementations, state and
 * transition fragments), and `defineWorkflow()`, which reads a definition's roles, final states
 * and effects back from the machine.
 */
export { by, defineWorkflow, effect, guardsFrom, type RoleParams } from './define';
export { screeningGuards, screeningState } from './screening';
export { WITHDRAWAL, withdrawalActions, type WithdrawalContext } from './withdrawal';
export { REQUEST_CHANGES, changeRequestActions, changeRequestRules, changeRequestStates, type ChangeRequest } from './change-requests';
export { REJECT_AT_APPROVAL, REJECT_AT_REVIEW, approval, decisionRules, rejectionActions } from './decision';
export { PAYMENT_TRANSITIONS, disbursement, paymentActions, paymentRules } from './payment';
export { CLOSING, closingActions } from './closing';
export { sharedRules } from './rules';
export { ENDINGS } from './endings';
export { kitActions, machineGuards, type KitContext } from './compose';
