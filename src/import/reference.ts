import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../workflows/rules/roles';
import { moneyFromNumeric } from '../../workflows/rules/money';
import type { Violation } from '../../workflows/errors';
import type { FiscalYearRecord, PlanRecord } from './format';

/** What a reference record did: changed the data (with a revision), found it as the file says, or was refused. */
export interface ReferenceOutcome {
  status: 'APPLIED' | 'UNCHANGED' | 'REFUSED';
  refusal: Violation | null;
}

const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : moneyFromNumeric(a) === moneyFromNumeric(b));

/**
 * A fiscal year of the file: added when the programme does not know it, left alone when it holds
 * the same MCI and minimum wage. Different stored values are refused rather than overwritten —
 * correcting a year's parameters is an administrator's decision (`upsertFiscalYear`), not a side
 * effect of an import.
 */
export async function applyFiscalYear(base: EntityManager, record: FiscalYearRecord, administrator: Actor): Promise<ReferenceOutcome> {
  const em = base.fork();
  const [row] = await em.execute<Array<{ mci: string; minimum_wage: string }>>('select mci::text as mci, minimum_wage::text as minimum_wage from fiscal_year where year = ?', [record.year]);
  if (row) {
    if (same(row.mci, record.mci) && same(row.minimum_wage, record.minimumWage)) return { status: 'UNCHANGED', refusal: null };
    return {
      status: 'REFUSED',
      refusal: {
        field: 'mci',
        rule: 'FISCAL_YEAR_DIFFERS',
        message: `the programme holds ${record.year} with MCI ${row.mci} and minimum wage ${row.minimum_wage}, the file says ${record.mci} and ${record.minimumWage}; an administrator corrects a year with upsertFiscalYear`,
      },
    };
  }
  await em.execute('insert into fiscal_year (year, mci, minimum_wage, note, updated_by, updated_at) values (?, ?::numeric, ?::numeric, ?, ?, now())', [
    record.year,
    record.mci,
    record.minimumWage,
    record.note ?? null,
    administrator.id,
  ]);
  return { status: 'APPLIED', refusal: null };
}

/**
 * A region's limit and plan of the file, set as the administrator's `setFundingLimit` sets them:
 * one conditional upsert (never below what is reserved and committed) and a revision row, in
 * one transaction; nothing when the stored row already says the same.
 */
export async function applyPlan(base: EntityManager, record: PlanRecord, administrator: Actor): Promise<ReferenceOutcome> {
  const em = base.fork();
  const [region] = await em.execute('select 1 from region where code = ?', [record.regionCode]);
  if (!region) return { status: 'REFUSED', refusal: { field: 'regionCode', rule: 'REGION_UNKNOWN', message: `there is no region "${record.regionCode}"` } };
  const [year] = await em.execute('select 1 from fiscal_year where year = ?', [record.year]);
  if (!year) return { status: 'REFUSED', refusal: { field: 'year', rule: 'FISCAL_YEAR_UNKNOWN', message: `${record.year} is not a fiscal year the programme knows` } };
  const [stored] = await em.execute<Array<{ limit_amount: string; planned_count: number | null; planned_amount: string | null; planned_jobs: number | null }>>(
    'select limit_amount::text as limit_amount, planned_count, planned_amount::text as planned_amount, planned_jobs from funding_limit where region_code = ? and kind = ? and year = ?',
    [record.regionCode, record.kind, record.year],
  );
  if (
    stored &&
    same(stored.limit_amount, record.limitAmount) &&
    stored.planned_count === record.plannedCount &&
    same(stored.planned_amount, record.plannedAmount) &&
    stored.planned_jobs === (record.plannedJobs ?? null)
  ) {
    return { status: 'UNCHANGED', refusal: null };
  }
  const params = [record.regionCode, record.kind, record.year, record.limitAmount, record.plannedCount, record.plannedAmount, record.plannedJobs ?? null, record.note ?? null, administrator.id];
  const applied = await em.transactional(async (tx) => {
    const rows = await tx.execute(
      `insert into funding_limit (region_code, kind, year, limit_amount, planned_count, planned_amount, planned_jobs, note, updated_by, updated_at)
       values (?, ?, ?, ?::numeric, ?, ?::numeric, ?, ?, ?, now())
       on conflict (region_code, kind, year) do update
         set limit_amount = excluded.limit_amount, planned_count = excluded.planned_count, planned_amount = excluded.planned_amount,
             planned_jobs = excluded.planned_jobs, note = excluded.note, updated_by = excluded.updated_by, updated_at = now()
         where funding_limit.reserved + funding_limit.committed <= excluded.limit_amount
       returning year`,
      params,
    );
    if (rows.length === 0) return false;
    await tx.execute(
      `insert into funding_limit_revision (region_code, kind, year, limit_amount, planned_count, planned_amount, planned_jobs, note, changed_by, changed_at)
       values (?, ?, ?, ?::numeric, ?, ?::numeric, ?, ?, ?, now())`,
      params,
    );
    return true;
  });
  return applied
    ? { status: 'APPLIED', refusal: null }
    : { status: 'REFUSED', refusal: { field: 'limitAmount', rule: 'LIMIT_BELOW_USED', message: 'the limit cannot be lower than what is already reserved and committed against it' } };
}
