import type { ScreeningFields } from '../form';

/**
 * Where the lifting screening's reasons point in `resubmitLiftingApplication`'s input. `amount`
 * (FISCAL_YEAR_UNKNOWN) is no field of the form: the payment is computed, so it keeps its name.
 */
export const LIFTING_RESUBMISSION_FIELDS: ScreeningFields = {
  referral: 'move.referral',
  settlementFrom: 'move.settlementFrom',
  settlementTo: 'move.settlementTo',
  arrivalDate: 'move.arrivalDate',
  familyMembers: 'move.familyMembers',
  infrastructureProject: 'move.infrastructureProject',
  employer: 'move.employer',
};

/** Where the lifting screening's reasons (workflows/lifting/eligibility.ts) point in `submitLiftingApplication`'s input. */
export const LIFTING_SUBMISSION_FIELDS: ScreeningFields = {
  ...LIFTING_RESUBMISSION_FIELDS,
  iin: 'applicant.iin',
  regionCode: 'regionCode',
};
