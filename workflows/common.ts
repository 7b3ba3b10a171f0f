import type { Refusal, WorkflowEvent } from './definition';

/** Who did something and when, as recorded in a machine's context. */
export interface Stamp {
  by: string;
  at: string;
}

export const stamp = (event: WorkflowEvent): Stamp => ({ by: event.actor.id, at: event.at });

export function validation(field: string, rule: string, message: string): Refusal {
  return { code: 'VALIDATION', field, rule, message };
}

export function forbidden(rule: string, message: string): Refusal {
  return { code: 'FORBIDDEN', rule, message };
}

/** Text an action must carry: a reason, a note, a reference. */
export function requireText(field: string, value: string | undefined, what: string): Refusal | null {
  return value !== undefined && value.trim().length > 0 ? null : validation(field, 'REQUIRED', `${what} is required`);
}

/** A decision of nothing is not a decision: who means no money rejects. */
export function positiveAmountRequired(): Refusal {
  return validation('amount', 'AMOUNT_ZERO', 'the amount must be more than zero; to refuse, reject');
}

/** Four eyes: the one who acts now must not be the one who acted at an earlier step. */
export function fourEyes(earlier: Stamp | null | undefined, event: WorkflowEvent, message: string): Refusal | null {
  return earlier?.by === event.actor.id ? forbidden('FOUR_EYES', message) : null;
}
