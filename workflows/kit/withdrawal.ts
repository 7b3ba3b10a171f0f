import { stamp, type Stamp } from '../common';
import type { WorkflowEvent } from '../definition';
import { assignKit, kitEvent } from './assign';
import { by } from './define';

export interface WithdrawalContext {
  withdrawal: (Stamp & { reason: string | null }) | null;
}

export type WithdrawalEvent = WorkflowEvent & { type: 'WITHDRAW'; reason?: string };

/** The applicant withdraws, in any state before the decision is carried out. */
export const WITHDRAWAL = {
  WITHDRAW: { guard: by('byRole', 'applicant'), target: 'withdrawn', actions: 'recordWithdrawal' },
} as const;

export function withdrawalActions<TContext extends WithdrawalContext, TEvent extends WorkflowEvent>() {
  return {
    recordWithdrawal: assignKit<TContext, TEvent, WithdrawalContext, WithdrawalEvent>(({ event }) => {
      const e = kitEvent<WithdrawalEvent, 'WITHDRAW'>(event, 'WITHDRAW');
      return { withdrawal: { ...stamp(e), reason: e.reason ?? null } };
    }),
  };
}
