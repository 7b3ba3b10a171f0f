/** Applicant categories that change the programme's rules (DOMAIN.md "Applicants"). */
export const APPLICANT_CATEGORIES = [
  'LARGE_FAMILY',
  'LOW_INCOME_FAMILY',
  'TSA_RECIPIENT',
  'DISABILITY',
  'YOUTH',
  'UNEMPLOYED',
  'SELF_EMPLOYED',
  'KANDAS',
  'ORPHANAGE_GRADUATE',
  'RELEASED_FROM_PRISON',
] as const;
export type ApplicantCategory = (typeof APPLICANT_CATEGORIES)[number];

export const LOCALITIES = ['RURAL', 'URBAN'] as const;
export type Locality = (typeof LOCALITIES)[number];

/**
 * Members of large or low-income families who receive targeted social assistance may get a
 * grant without the Bastau Business course.
 */
export function isTsaFamilyMember(categories: readonly ApplicantCategory[]): boolean {
  return (
    categories.includes('TSA_RECIPIENT') &&
    (categories.includes('LARGE_FAMILY') || categories.includes('LOW_INCOME_FAMILY'))
  );
}
