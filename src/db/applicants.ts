import type { ApplicantCategory, Locality } from '../../workflows/rules/categories';
import { parseIin } from '../../workflows/rules/iin';
import type { Statement, TransactionSql } from './pg-sql';

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
 * ones, in the submission's transaction. One statement (INSERT … ON CONFLICT), so two first
 * applications at once cannot collide. Returns the applicant's id.
 */
export async function saveApplicant(sql: TransactionSql, profile: ApplicantProfile): Promise<string> {
  const iin = parseIin(profile.iin);
  if (!iin.ok) throw new Error('saveApplicant: the IIN must be screened before it is stored');
  const [row] = await sql.query<{ id: string }>(SAVE_APPLICANT, [
    profile.iin,
    profile.fullName.trim(),
    iin.value.birthDate,
    iin.value.sex,
    [...new Set(profile.categories)],
    profile.locality,
    profile.regionCode,
    profile.settlement.trim(),
    profile.phone ?? null,
    new Date().toISOString(),
  ]);
  return row!.id;
}

const SAVE_APPLICANT: Statement = {
  name: 'save_applicant',
  text: `insert into applicant (iin, full_name, birth_date, sex, categories, locality, region_code, settlement, phone, updated_at)
         values ($1, $2, $3::date, $4, $5::text[], $6, $7, $8, $9, $10::timestamptz)
         on conflict (iin) do update
            set full_name = excluded.full_name, birth_date = excluded.birth_date, sex = excluded.sex, categories = excluded.categories,
                locality = excluded.locality, region_code = excluded.region_code, settlement = excluded.settlement, phone = excluded.phone,
                updated_at = excluded.updated_at
         returning id`,
};
