import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicantCategory, Locality } from '../../workflows/rules/categories';
import { parseIin } from '../../workflows/rules/iin';
import { Applicant } from './entities';

/** What the API shows of an applicant. */
export interface ApplicantRow {
  id: string;
  iin: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  categories: ApplicantCategory[];
  locality: Locality;
  regionCode: string;
  settlement: string;
}

export type ApplicantColumn = Exclude<keyof ApplicantRow, 'id'>;

/** Each shown column of `applicant` (aliased `ap`) as SQL. */
export const APPLICANT_COLUMNS: Record<ApplicantColumn, string> = {
  iin: 'ap.iin',
  fullName: 'ap.full_name',
  birthDate: 'ap.birth_date::text',
  sex: 'ap.sex',
  categories: 'ap.categories',
  locality: 'ap.locality',
  regionCode: 'ap.region_code',
  settlement: 'ap.settlement',
};

export interface ApplicantProfile {
  iin: string;
  fullName: string;
  categories: ApplicantCategory[];
  locality: Locality;
  regionCode: string;
  settlement: string;
  phone?: string | null;
}

/**
 * Creates the applicant on their first application and keeps their profile current on later
 * ones. One statement (INSERT … ON CONFLICT), so two first applications at once cannot collide.
 */
export async function saveApplicant(em: EntityManager, profile: ApplicantProfile): Promise<Applicant> {
  const iin = parseIin(profile.iin);
  if (!iin.ok) throw new Error('saveApplicant: the IIN must be screened before it is stored');
  return em.upsert(
    Applicant,
    {
      iin: profile.iin,
      fullName: profile.fullName.trim(),
      birthDate: iin.value.birthDate,
      sex: iin.value.sex,
      categories: [...new Set(profile.categories)],
      locality: profile.locality,
      region: profile.regionCode,
      settlement: profile.settlement.trim(),
      phone: profile.phone ?? null,
      updatedAt: new Date(),
    },
    { onConflictFields: ['iin'], onConflictAction: 'merge', onConflictExcludeFields: ['id', 'createdAt'] },
  );
}
