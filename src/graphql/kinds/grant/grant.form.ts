import type { ScreeningFields } from '../form';

/** Where the grant screening's reasons point in `resubmitGrantApplication`'s input. */
export const GRANT_RESUBMISSION_FIELDS: ScreeningFields = {
  amount: 'proposal.amount',
  certificate: 'proposal.certificate',
};

/** Where the grant screening's reasons (workflows/grant/eligibility.ts) point in `submitGrantApplication`'s input. */
export const GRANT_SUBMISSION_FIELDS: ScreeningFields = {
  ...GRANT_RESUBMISSION_FIELDS,
  iin: 'applicant.iin',
  regionCode: 'regionCode',
};
