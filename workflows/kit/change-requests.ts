import { requireText, stamp, type Stamp } from '../common';
import type { GuardRule, WorkflowEvent } from '../definition';
import type { Role } from '../rules/roles';
import { assignKit, kitEvent } from './assign';
import { by } from './define';
import { WITHDRAWAL } from './withdrawal';

/** A reviewer's request for changes, and the applicant's answer to it. */
export interface ChangeRequest extends Stamp {
  note: string;
  resubmittedAt: string | null;
  resubmissionNote: string | null;
}

export interface ChangeRequestContext {
  changeRequests: ChangeRequest[];
}

export type ChangeRequestEvent =
  | (WorkflowEvent & { type: 'REQUEST_CHANGES'; note: string })
  | (WorkflowEvent & { type: 'RESUBMIT'; note?: string });

/** The change requests after a reviewer asked for one more. */
export function appendChangeRequest(list: readonly ChangeRequest[], event: WorkflowEvent & { note: string }): ChangeRequest[] {
  return [...list, { ...stamp(event), note: event.note, resubmittedAt: null, resubmissionNote: null }];
}

/** The change requests after the applicant resubmitted: the last one is answered. */
export function answerChangeRequest(list: readonly ChangeRequest[], event: WorkflowEvent & { note?: string }): ChangeRequest[] {
  const last = list.length - 1;
  return list.map((request, index) => (index === last ? { ...request, resubmittedAt: event.at, resubmissionNote: event.note ?? null } : request));
}

export function changeRequestRules<TContext, TEvent extends WorkflowEvent>(): Record<'withChangeNote', GuardRule<TContext, TEvent>> {
  return {
    withChangeNote: { event: (_, e) => requireText('note', kitEvent<ChangeRequestEvent, 'REQUEST_CHANGES'>(e, 'REQUEST_CHANGES').note, 'a note saying what to change') },
  };
}

/** The reviewer sends the application back to the applicant, saying what to change. */
export const REQUEST_CHANGES = {
  REQUEST_CHANGES: { guard: by('withChangeNote', 'reviewer'), target: 'changesRequested', actions: 'recordChangeRequest' },
} as const;

export function changeRequestActions<TContext extends ChangeRequestContext, TEvent extends WorkflowEvent>() {
  return {
    recordChangeRequest: assignKit<TContext, TEvent, ChangeRequestContext, ChangeRequestEvent>(({ context, event }) => {
      return { changeRequests: appendChangeRequest(context.changeRequests, kitEvent<ChangeRequestEvent, 'REQUEST_CHANGES'>(event, 'REQUEST_CHANGES')) };
    }),
    answerChangeRequest: assignKit<TContext, TEvent, ChangeRequestContext, ChangeRequestEvent>(({ context, event }) => {
      return { changeRequests: answerChangeRequest(context.changeRequests, kitEvent<ChangeRequestEvent, 'RESUBMIT'>(event, 'RESUBMIT')) };
    }),
  };
}

/**
 * The two states of the round trip: the applicant resubmits (the kind's `rescreen` action applies
 * the new request and screens it again), then a resubmission that no longer meets the rules is
 * closed with its reasons, and an eligible one waits for the reviewer's `start` again. `also`
 * holds transitions the kind adds to both states (after the withdrawal).
 */
export function changeRequestStates<const TRoles extends readonly Role[], const TStart extends object, const TAlso extends object = object>(options: {
  resubmitRoles: TRoles;
  start: TStart;
  also?: TAlso;
}) {
  const also = (options.also ?? {}) as TAlso;
  return {
    changesRequested: {
      on: {
        RESUBMIT: { guard: by('byRole', ...options.resubmitRoles), target: 'resubmitted', actions: ['rescreen', 'answerChangeRequest'] as const },
        ...WITHDRAWAL,
        ...also,
      },
    },
    resubmitted: {
      always: [{ guard: 'ineligibleNow', target: 'ineligible' }] as const,
      on: { ...options.start, ...WITHDRAWAL, ...also },
    },
  };
}
