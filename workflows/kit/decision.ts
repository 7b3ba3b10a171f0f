import { forbidden, fourEyes, requireText, stamp, type Stamp } from '../common';
import type { GuardRule, Refusal, WorkflowEvent } from '../definition';
import { assignKit, kitEvent } from './assign';
import { by } from './define';

/** What every kind records of a decision; each kind adds its own fields (amounts, terms). */
export interface DecisionRecord extends Stamp {
  outcome: 'APPROVED' | 'REJECTED';
  stage: 'REVIEW' | 'APPROVAL';
  reason: string | null;
}

export interface DecisionContext {
  decision: DecisionRecord | null;
}

export type RejectionEvent = WorkflowEvent & { type: 'REJECT'; reason: string };

/**
 * Four eyes at the decision: the approver must not be the one who did the earlier step
 * (recommendation, assessment, verification). Every rejection carries a reason: by the reviewer
 * while reviewing, by an approver at the decision.
 */
export function decisionRules<TContext, TEvent extends WorkflowEvent>(options: {
  reviewerOnly: string;
  approverOnly: string;
  earlierStep: (context: TContext) => Stamp | null;
  fourEyesMessage: string;
}) {
  const reason = (event: TEvent) => requireText('reason', kitEvent<RejectionEvent, 'REJECT'>(event, 'REJECT').reason, 'a reason for the rejection');
  /** the actor rule of the approval: not the person of the earlier step */
  const approverFourEyes = (context: TContext, event: TEvent): Refusal | null => fourEyes(options.earlierStep(context), event, options.fourEyesMessage);
  const rules: Record<'reviewerRejects' | 'approverRejects', GuardRule<TContext, TEvent>> = {
    reviewerRejects: {
      actor: (_, event) => (event.actor.roles.includes('reviewer') ? null : forbidden('ROLE', options.reviewerOnly)),
      event: (_, event) => reason(event),
    },
    approverRejects: {
      actor: (context, event) => (!event.actor.roles.includes('approver') ? forbidden('ROLE', options.approverOnly) : approverFourEyes(context, event)),
      event: (_, event) => reason(event),
    },
  };
  return { rules, approverFourEyes };
}

const REJECTERS = ['reviewer', 'approver'] as const;

/** The reviewer rejects while reviewing. */
export const REJECT_AT_REVIEW = {
  REJECT: { guard: by('reviewerRejects', ...REJECTERS), target: 'rejected', actions: { type: 'recordRejection', params: { stage: 'REVIEW' } } },
} as const;

/** An approver rejects at the decision. */
export const REJECT_AT_APPROVAL = {
  REJECT: { guard: by('approverRejects', ...REJECTERS), target: 'rejected', actions: { type: 'recordRejection', params: { stage: 'APPROVAL' } } },
} as const;

/** The fields of a kind's decision beyond the kit's, all empty in a rejection. */
type KindFields<TContext extends DecisionContext> = Omit<NonNullable<TContext['decision']>, keyof DecisionRecord>;

/** Records a rejection: who, when, at which stage, why; the kind's own fields (`blank`) empty. */
export function rejectionActions<TContext extends DecisionContext, TEvent extends WorkflowEvent>(blank: { [K in keyof KindFields<TContext>]: null }) {
  return {
    recordRejection: assignKit<TContext, TEvent, DecisionContext, RejectionEvent, { stage: 'REVIEW' | 'APPROVAL' }>(({ event }, params) => {
      const e = kitEvent<RejectionEvent, 'REJECT'>(event, 'REJECT');
      return { decision: { ...stamp(e), outcome: 'REJECTED', stage: params.stage, reason: e.reason.trim(), ...blank } };
    }),
  };
}

/** The kit's part of an approval: who, when, at the approval stage; the kind adds its terms. */
export function approval(event: WorkflowEvent) {
  return { ...stamp(event), outcome: 'APPROVED' as const, stage: 'APPROVAL' as const, reason: null };
}
