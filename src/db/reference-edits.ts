import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationKind } from '../../workflows/definition';
import { formatMoney, moneyFromNumeric, type Tiyn } from '../../workflows/rules/money';
import { ValidationError, type Violation } from '../../workflows/errors';

/**
 * An administrator's edit of reference data, as people make them: a field left out keeps what is
 * stored, so correcting a year's MCI does not resend its minimum wage and changing a region's
 * limit keeps its plan. `null` clears a field that may be empty (a plan); a field that may not be
 * empty (an MCI, a limit) is refused with REQUIRED.
 *
 * Every real change writes one revision (the values after it, the note, who and when) in the
 * same transaction. An edit that sends no field to change is refused (NOTHING_TO_CHANGE); an edit
 * whose values are those already stored is a no-op: nothing is written, no revision, and the
 * answer says so (`changed: false`) — an import that sends the same year twice is idempotent.
 */
export interface EditResult {
  /** false when the values sent were those already stored: nothing was written */
  changed: boolean;
  /** true when the row did not exist before */
  created: boolean;
}

/** A field of an edit: left out (undefined), cleared (null) or set. */
type Sent<T> = T | null | undefined;

function refuse(violations: Violation[]): void {
  if (violations.length > 0) throw new ValidationError(violations);
}

function required(field: string, value: unknown, violations: Violation[]): void {
  if (value === null) violations.push({ field, rule: 'REQUIRED', message: `${field} cannot be cleared; leave it out to keep the stored value` });
}

function positive(field: string, value: Sent<Tiyn>, violations: Violation[]): void {
  if (typeof value === 'bigint' && value <= 0n) violations.push({ field, rule: 'AMOUNT_ZERO', message: `${field} must be more than zero` });
}

function nothingToChange(fields: readonly string[]): ValidationError {
  return ValidationError.single('input', 'NOTHING_TO_CHANGE', `send at least one of ${fields.join(', ')}: fields left out keep their values`);
}

/** The stored value where the edit left the field out. */
function merged<T>(sent: Sent<T>, stored: T | null): T | null {
  return sent === undefined ? stored : sent;
}

const money = (value: Tiyn | null) => (value === null ? null : formatMoney(value));

// ---------------------------------------------------------------------------------------------
// fiscal years
// ---------------------------------------------------------------------------------------------

export interface FiscalYearEdit {
  year: number;
  mci?: Sent<Tiyn>;
  minimumWage?: Sent<Tiyn>;
  note?: string | null;
}

/** Adds a fiscal year (MCI and minimum wage both needed) or corrects what is sent of one. */
export async function editFiscalYear(em: EntityManager, edit: FiscalYearEdit, by: string): Promise<EditResult> {
  const violations: Violation[] = [];
  required('mci', edit.mci, violations);
  required('minimumWage', edit.minimumWage, violations);
  positive('mci', edit.mci, violations);
  positive('minimumWage', edit.minimumWage, violations);
  refuse(violations);
  if (edit.mci === undefined && edit.minimumWage === undefined) throw nothingToChange(['mci', 'minimumWage']);
  return em.transactional(async (tx) => {
    const [stored] = await tx.execute<{ mci: string; minimum_wage: string }[]>(
      'select mci::text, minimum_wage::text from fiscal_year where year = ? for update',
      [edit.year],
    );
    const before = stored ? { mci: moneyFromNumeric(stored.mci), minimumWage: moneyFromNumeric(stored.minimum_wage) } : null;
    if (!before) {
      const missing: Violation[] = [];
      for (const field of ['mci', 'minimumWage'] as const) {
        if (edit[field] === undefined) missing.push({ field, rule: 'REQUIRED', message: `${edit.year} is a new fiscal year: send its ${field} too` });
      }
      refuse(missing);
    }
    const mci = merged(edit.mci, before?.mci ?? null)!;
    const minimumWage = merged(edit.minimumWage, before?.minimumWage ?? null)!;
    if (before && before.mci === mci && before.minimumWage === minimumWage) return { changed: false, created: false };
    // a year added by someone else since the select above is updated, not refused
    await tx.execute(
      `insert into fiscal_year (year, mci, minimum_wage, note, updated_by, updated_at) values (?, ?::numeric, ?::numeric, ?, ?, now())
       on conflict (year) do update set mci = excluded.mci, minimum_wage = excluded.minimum_wage, note = excluded.note,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [edit.year, formatMoney(mci), formatMoney(minimumWage), edit.note ?? null, by],
    );
    await tx.execute(
      `insert into fiscal_year_revision (year, mci, minimum_wage, note, changed_by, changed_at) values (?, ?::numeric, ?::numeric, ?, ?, now())`,
      [edit.year, formatMoney(mci), formatMoney(minimumWage), edit.note ?? null, by],
    );
    return { changed: true, created: !before };
  });
}

// ---------------------------------------------------------------------------------------------
// funding limits and plans
// ---------------------------------------------------------------------------------------------

export interface FundingLimitEdit {
  regionCode: string;
  kind: ApplicationKind;
  year: number;
  limitAmount?: Sent<Tiyn>;
  plannedCount?: Sent<number>;
  plannedAmount?: Sent<Tiyn>;
  plannedJobs?: Sent<number>;
  note?: string | null;
}

const PLAN_FIELDS = ['limitAmount', 'plannedCount', 'plannedAmount', 'plannedJobs'] as const;

/**
 * Sets what is sent of a region's limit and plan for a kind and year. The limit is never set
 * below what is reserved and committed against it (LIMIT_BELOW_USED); planned jobs are a
 * microcredit figure (JOBS_MICROCREDIT_ONLY).
 */
export async function editFundingLimit(em: EntityManager, edit: FundingLimitEdit, by: string): Promise<EditResult> {
  const violations: Violation[] = [];
  required('limitAmount', edit.limitAmount, violations);
  if (edit.plannedJobs != null && edit.kind !== 'microcredit') {
    violations.push({ field: 'plannedJobs', rule: 'JOBS_MICROCREDIT_ONLY', message: 'planned jobs are counted for microcredits only' });
  }
  refuse(violations);
  if (PLAN_FIELDS.every((field) => edit[field] === undefined)) throw nothingToChange(PLAN_FIELDS);
  return em.transactional(async (tx) => {
    type Stored = { limit_amount: string; reserved: string; committed: string; planned_count: number | null; planned_amount: string | null; planned_jobs: number | null };
    const [stored] = await tx.execute<Stored[]>(
      `select limit_amount::text, reserved::text, committed::text, planned_count, planned_amount::text, planned_jobs
         from funding_limit where region_code = ? and kind = ? and year = ? for update`,
      [edit.regionCode, edit.kind, edit.year],
    );
    const before = stored
      ? {
          limitAmount: moneyFromNumeric(stored.limit_amount),
          plannedCount: stored.planned_count,
          plannedAmount: stored.planned_amount === null ? null : moneyFromNumeric(stored.planned_amount),
          plannedJobs: stored.planned_jobs,
        }
      : null;
    if (!before && edit.limitAmount === undefined) {
      throw ValidationError.single('limitAmount', 'REQUIRED', `${edit.regionCode} has no ${edit.kind} limit for ${edit.year} yet: send its limitAmount too`);
    }
    const after = {
      limitAmount: merged(edit.limitAmount, before?.limitAmount ?? null)!,
      plannedCount: merged(edit.plannedCount, before?.plannedCount ?? null),
      plannedAmount: merged(edit.plannedAmount, before?.plannedAmount ?? null),
      plannedJobs: merged(edit.plannedJobs, before?.plannedJobs ?? null),
    };
    if (before && PLAN_FIELDS.every((field) => before[field] === after[field])) return { changed: false, created: false };
    if (stored && moneyFromNumeric(stored.reserved) + moneyFromNumeric(stored.committed) > after.limitAmount) {
      throw ValidationError.single('limitAmount', 'LIMIT_BELOW_USED', 'the limit cannot be lower than what is already reserved and committed against it');
    }
    const values = [after.limitAmount, after.plannedCount, after.plannedAmount, after.plannedJobs].map((v) => (typeof v === 'bigint' ? money(v) : v));
    // the row is locked: no approval moves reserved or committed until this commits; the
    // condition stays as a second guard (and the table's check as the third)
    const rows = await tx.execute(
      `insert into funding_limit (region_code, kind, year, limit_amount, planned_count, planned_amount, planned_jobs, note, updated_by, updated_at)
       values (?, ?, ?, ?::numeric, ?, ?::numeric, ?, ?, ?, now())
       on conflict (region_code, kind, year) do update
         set limit_amount = excluded.limit_amount, planned_count = excluded.planned_count, planned_amount = excluded.planned_amount,
             planned_jobs = excluded.planned_jobs, note = excluded.note, updated_by = excluded.updated_by, updated_at = now()
         where funding_limit.reserved + funding_limit.committed <= excluded.limit_amount
       returning year`,
      [edit.regionCode, edit.kind, edit.year, ...values, edit.note ?? null, by],
    );
    if (rows.length === 0) {
      throw ValidationError.single('limitAmount', 'LIMIT_BELOW_USED', 'the limit cannot be lower than what is already reserved and committed against it');
    }
    await tx.execute(
      `insert into funding_limit_revision (region_code, kind, year, limit_amount, planned_count, planned_amount, planned_jobs, note, changed_by, changed_at)
       values (?, ?, ?, ?::numeric, ?, ?::numeric, ?, ?, ?, now())`,
      [edit.regionCode, edit.kind, edit.year, ...values, edit.note ?? null, by],
    );
    return { changed: true, created: !before };
  });
}

// ---------------------------------------------------------------------------------------------
// resettlement quotas
// ---------------------------------------------------------------------------------------------

export interface ResettlementQuotaEdit {
  regionCode: string;
  year: number;
  people?: Sent<number>;
  families?: Sent<number>;
  note?: string | null;
}

/**
 * Sets what is sent of a receiving region's yearly quota; never below what approvals already
 * use (QUOTA_BELOW_USED, with the use in the message).
 */
export async function editResettlementQuota(em: EntityManager, edit: ResettlementQuotaEdit, by: string): Promise<EditResult> {
  const violations: Violation[] = [];
  required('people', edit.people, violations);
  required('families', edit.families, violations);
  refuse(violations);
  if (edit.people === undefined && edit.families === undefined) throw nothingToChange(['people', 'families']);
  return em.transactional(async (tx) => {
    const [stored] = await tx.execute<{ people: number; families: number; used_people: number; used_families: number }[]>(
      'select people, families, used_people, used_families from resettlement_quota where region_code = ? and year = ? for update',
      [edit.regionCode, edit.year],
    );
    if (!stored) {
      const missing: Violation[] = [];
      for (const field of ['people', 'families'] as const) {
        if (edit[field] === undefined) missing.push({ field, rule: 'REQUIRED', message: `${edit.regionCode} has no quota for ${edit.year} yet: send its ${field} too` });
      }
      refuse(missing);
    }
    const people = merged(edit.people, stored?.people ?? null)!;
    const families = merged(edit.families, stored?.families ?? null)!;
    if (stored && stored.people === people && stored.families === families) return { changed: false, created: false };
    if (stored && (stored.used_people > people || stored.used_families > families)) {
      throw ValidationError.single(
        'people',
        'QUOTA_BELOW_USED',
        `approvals already use ${stored.used_people} people and ${stored.used_families} families of the ${edit.year} quota of ${edit.regionCode}`,
      );
    }
    await tx.execute(
      `insert into resettlement_quota (region_code, year, people, families, note, updated_by, updated_at)
       values (?, ?, ?, ?, ?, ?, now())
       on conflict (region_code, year) do update
         set people = excluded.people, families = excluded.families, note = excluded.note, updated_by = excluded.updated_by, updated_at = now()`,
      [edit.regionCode, edit.year, people, families, edit.note ?? null, by],
    );
    await tx.execute(
      `insert into resettlement_quota_revision (region_code, year, people, families, note, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, now())`,
      [edit.regionCode, edit.year, people, families, edit.note ?? null, by],
    );
    return { changed: true, created: !stored };
  });
}
