import { stamp, type Stamp } from '../common';
import type { WorkflowEvent } from '../definition';
import { assignKit, kitEvent } from './assign';
import { by } from './define';

export interface ClosingContext {
  closing: (Stamp & { note: string | null }) | null;
}

export type CloseEvent = WorkflowEvent & { type: 'CLOSE'; note?: string };

/** A reviewer closes a finished file. */
export const CLOSING = {
  CLOSE: { guard: by('byRole', 'reviewer'), target: 'closed', actions: 'recordClosing' },
} as const;

export function closingActions<TContext extends ClosingContext, TEvent extends WorkflowEvent>() {
  return {
    recordClosing: assignKit<TContext, TEvent, ClosingContext, CloseEvent>(({ event }) => {
      const e = kitEvent<CloseEvent, 'CLOSE'>(event, 'CLOSE');
      return { closing: { ...stamp(e), note: e.note ?? null } };
    }),
  };
}
