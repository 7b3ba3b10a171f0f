import type { Violation } from '../errors';

/** What every kind records of its automatic screening. */
export interface ScreenedContext {
  screening: { reasons: Violation[] };
}

/** Screening guards look at the context only: they run on eventless transitions. */
export function screeningGuards<TContext extends ScreenedContext>() {
  return {
    eligible: ({ context }: { context: TContext }) => context.screening.reasons.length === 0,
    ineligibleNow: ({ context }: { context: TContext }) => context.screening.reasons.length > 0,
  };
}

/** The first state of every kind: a screened-out submission ends at once, with its reasons. */
export function screeningState<const TTarget extends string>(eligibleTarget: TTarget) {
  return {
    screening: {
      always: [{ guard: 'eligible', target: eligibleTarget }, { target: 'ineligible' }],
    },
  } as const;
}
