import type { ScreeningFields } from '../form';

/** Where the microcredit screening's reasons point in `resubmitMicrocreditApplication`'s input. */
export const MICROCREDIT_RESUBMISSION_FIELDS: ScreeningFields = {
  amount: 'request.amount',
  rate: 'request.rate',
  termMonths: 'request.termMonths',
  jobsToCreate: 'request.jobsToCreate',
  guaranteeShare: 'request.guaranteeShare',
};

/** Where the microcredit screening's reasons (workflows/microcredit/terms.ts, v1.ts) point in `submitMicrocreditApplication`'s input. */
export const MICROCREDIT_SUBMISSION_FIELDS: ScreeningFields = {
  ...MICROCREDIT_RESUBMISSION_FIELDS,
  iin: 'applicant.iin',
  regionCode: 'regionCode',
};
