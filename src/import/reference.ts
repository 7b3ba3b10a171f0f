import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../workflows/rules/roles';
import { moneyFromNumeric } from '../../workflows/rules/money';
import { ValidationError, type Violation } from '../../workflows/errors';
import { editFiscalYear, editFundingLimit, editResettlementQuota, type EditResult } from '../db/reference-edits';
import type { FiscalYearRecord, PlanRecord, QuotaRecord } from './format';

/** What a reference record did: changed the data (with a revision), found it as the file says, or was refused. */
export interface ReferenceOutcome {
  status: 'APPLIED' | 'UNCHANGED' | 'REFUSED';
  refusal: Violation | null;
}

/** The administrator's edit (src/db/reference-edits.ts, as the mutations make it) as an outcome. */
async function outcomeOf(edit: () => Promise<EditResult>): Promise<ReferenceOutcome> {
  try {
    return { status: (await edit()).changed ? 'APPLIED' : 'UNCHANGED', refusal: null };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { status: 'REFUSED', refusal: error.violations[0] ?? null };
  }
}

/**
 * A fiscal year of the file: added (with a revision, as `upsertFiscalYear` adds it) when the
 * programme does not know it, left alone when it holds the same MCI and minimum wage. Different
 * stored values are refused rather than overwritten — correcting a year's parameters is an
 * administrator's decision (`upsertFiscalYear`), not a side effect of an import.
 */
export async function applyFiscalYear(base: EntityManager, record: FiscalYearRecord, administrator: Actor): Promise<ReferenceOutcome> {
  const em = base.fork();
  const [row] = await em.execute<Array<{ mci: string; minimum_wage: string }>>('select mci::text as mci, minimum_wage::text as minimum_wage from fiscal_year where year = ?', [record.year]);
  if (row) {
    const same = moneyFromNumeric(row.mci) === moneyFromNumeric(record.mci) && moneyFromNumeric(row.minimum_wage) === moneyFromNumeric(record.minimumWage);
    if (same) return { status: 'UNCHANGED', refusal: null };
    return {
      status: 'REFUSED',
      refusal: {
        field: 'mci',
        rule: 'FISCAL_YEAR_DIFFERS',
        message: `the programme holds ${record.year} with MCI ${row.mci} and minimum wage ${row.minimum_wage}, the file says ${record.mci} and ${record.minimumWage}; an administrator corrects a year with upsertFiscalYear`,
      },
    };
  }
  return outcomeOf(() =>
    editFiscalYear(em, { year: record.year, mci: moneyFromNumeric(record.mci), minimumWage: moneyFromNumeric(record.minimumWage), note: record.note ?? null }, administrator.id),
  );
}

/**
 * A region's limit and plan of the file, set as the administrator's `setFundingLimit` sets them
 * (every field the file gives; a revision row; never below what is reserved and committed), or
 * left alone when the stored row already says the same.
 */
export async function applyPlan(base: EntityManager, record: PlanRecord, administrator: Actor): Promise<ReferenceOutcome> {
  const em = base.fork();
  const [region] = await em.execute('select 1 from region where code = ?', [record.regionCode]);
  if (!region) return { status: 'REFUSED', refusal: { field: 'regionCode', rule: 'REGION_UNKNOWN', message: `there is no region "${record.regionCode}"` } };
  const [year] = await em.execute('select 1 from fiscal_year where year = ?', [record.year]);
  if (!year) return { status: 'REFUSED', refusal: { field: 'year', rule: 'FISCAL_YEAR_UNKNOWN', message: `${record.year} is not a fiscal year the programme knows` } };
  const money = (value: string | null) => (value === null ? null : moneyFromNumeric(value));
  return outcomeOf(() =>
    editFundingLimit(
      em,
      {
        regionCode: record.regionCode,
        kind: record.kind,
        year: record.year,
        limitAmount: moneyFromNumeric(record.limitAmount),
        plannedCount: record.plannedCount,
        plannedAmount: money(record.plannedAmount),
        ...(record.kind === 'microcredit' ? { plannedJobs: record.plannedJobs ?? null } : {}),
        note: record.note ?? null,
      },
      administrator.id,
    ),
  );
}

/**
 * A receiving region's resettlement quota of the file, set as the administrator's quota edit sets
 * it (a revision row; never below what approvals already use), or left alone when the stored row
 * already says the same.
 */
export async function applyQuota(base: EntityManager, record: QuotaRecord, administrator: Actor): Promise<ReferenceOutcome> {
  const em = base.fork();
  const [region] = await em.execute('select 1 from region where code = ?', [record.regionCode]);
  if (!region) return { status: 'REFUSED', refusal: { field: 'regionCode', rule: 'REGION_UNKNOWN', message: `there is no region "${record.regionCode}"` } };
  const [year] = await em.execute('select 1 from fiscal_year where year = ?', [record.year]);
  if (!year) return { status: 'REFUSED', refusal: { field: 'year', rule: 'FISCAL_YEAR_UNKNOWN', message: `${record.year} is not a fiscal year the programme knows` } };
  return outcomeOf(() =>
    editResettlementQuota(em, { regionCode: record.regionCode, year: record.year, people: record.people, families: record.families, note: record.note ?? null }, administrator.id),
  );
}
