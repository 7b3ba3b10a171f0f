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

/** A reviewer's request for changes, and the applicant's answer to it. */
export interface ChangeRequest extends Stamp {
  note: string;
  resubmittedAt: string | null;
  resubmissionNote: string | null;
}

/** The change requests after a reviewer asked for one more. */
export function appendChangeRequest(list: readonly ChangeRequest[], event: WorkflowEvent & { note: string }): ChangeRequest[] {
  return [...list, { ...stamp(event), note: event.note, resubmittedAt: null, resubmissionNote: null }];
}

/** The change requests after the applicant resubmitted: the last one is answered. */
export function answerChangeRequest(list: readonly ChangeRequest[], event: WorkflowEvent & { note?: string }): ChangeRequest[] {
  const last = list.length - 1;
  return list.map((request, index) => (index === last ? { ...request, resubmittedAt: event.at, resubmissionNote: event.note ?? null } : request));
}

/**
 * The two rejections every workflow has: by the reviewer while reviewing, and by an approver at
 * the decision, who must not be the one who did the earlier step (recommendation, assessment,
 * verification). Every rejection carries a reason.
 */
export function rejectionRules<TContext, TEvent extends WorkflowEvent>(options: {
  reviewerOnly: string;
  approverOnly: string;
  earlierStep: (context: TContext) => Stamp | null;
  fourEyesMessage: string;
}) {
  const reason = (event: TEvent) => requireText('reason', (event as unknown as { reason?: string }).reason, 'a reason for the rejection');
  return {
    reviewerRejects: {
      actor: (_: TContext, event: TEvent) => (event.actor.roles.includes('reviewer') ? null : forbidden('ROLE', options.reviewerOnly)),
      event: (_: TContext, event: TEvent) => reason(event),
    },
    approverRejects: {
      actor: (context: TContext, event: TEvent) =>
        !event.actor.roles.includes('approver')
          ? forbidden('ROLE', options.approverOnly)
          : fourEyes(options.earlierStep(context), event, options.fourEyesMessage),
      event: (_: TContext, event: TEvent) => reason(event),
    },
  };
}
