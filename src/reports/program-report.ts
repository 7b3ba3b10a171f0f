import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationKind } from '../../workflows/definition';
import { FiscalYear } from '../db/entities';
import { moneyFromNumeric, type Tiyn } from '../../workflows/rules/money';
import { ValidationError } from '../../workflows/errors';
import { registeredKinds } from '../../workflows/registry';

export interface ProgramReportRow {
  /** null in the republic's totals */
  regionCode: string | null;
  regionName: string | null;
  kind: ApplicationKind;
  plannedCount: number | null;
  plannedAmount: Tiyn | null;
  plannedJobs: number | null;
  approvedCount: number;
  approvedAmount: Tiyn;
  disbursedCount: number;
  disbursedAmount: Tiyn;
  /** jobs the disbursed microcredit projects will create */
  jobs: number | null;
  /** disbursed amount as a percentage of the planned amount, one decimal; null without a plan */
  percentOfPlan: string | null;
  /** the same share in basis points (1 % = 100), two decimals of a percent; null without a plan */
  shareOfPlan: number | null;
}

export interface ProgramReport {
  year: number;
  asOf: string;
  rows: ProgramReportRow[];
  totals: ProgramReportRow[];
}

/** 10,000 × part / whole (a percentage in basis points), rounded half up, exactly (bigint). */
export function basisPointsOf(part: Tiyn, whole: Tiyn | null): number | null {
  if (whole === null || whole === 0n) return null;
  return Number((part * 20_000n + whole) / (2n * whole));
}

/** 100 × part / whole, rounded half up to one decimal, exactly (bigint). */
export function percentOf(part: Tiyn, whole: Tiyn | null): string | null {
  if (whole === null || whole === 0n) return null;
  const tenths = (part * 2000n + whole) / (2n * whole);
  return `${tenths / 10n}.${tenths % 10n}`;
}

interface Row {
  region_code: string;
  region_name: string;
  kind: ApplicationKind;
  planned_count: number | null;
  planned_amount: string | null;
  planned_jobs: number | null;
  approved_count: number;
  approved_amount: string;
  disbursed_count: number;
  disbursed_amount: string;
  jobs: number | null;
}

/**
 * Plan against fact per region and kind, as of the end of a local date: planned count and amount
 * (and jobs), approved (reservations made), disbursed (money committed) and the percentage of the
 * plan. Computed in SQL from the funding limits and the budget ledger, never by loading
 * applications.
 */
export async function programReport(em: EntityManager, params: { year: number; asOf: string; regionCode?: string | null }): Promise<ProgramReport> {
  const asOfYear = Number(params.asOf.slice(0, 4));
  const known = await em.find(FiscalYear, { year: { $in: [params.year, asOfYear] } }, { fields: ['year'] });
  if (!known.some((y) => y.year === params.year)) {
    throw ValidationError.single('year', 'FISCAL_YEAR_UNKNOWN', `${params.year} is not a fiscal year the programme knows`);
  }
  if (!known.some((y) => y.year === asOfYear)) {
    throw ValidationError.single('asOf', 'FISCAL_YEAR_UNKNOWN', `${params.asOf} falls in a year the programme does not know`);
  }
  // as of a business date: the movements of actions that happened on or before asOf, whenever they were recorded
  const until = params.asOf;
  const rows = await em.execute<Row[]>(
    `with moves as (
       select m.region_code, m.kind,
              count(*) filter (where m.movement = 'RESERVE')::int as approved_count,
              coalesce(sum(m.amount) filter (where m.movement = 'RESERVE'), 0)::text as approved_amount,
              count(*) filter (where m.movement = 'COMMIT')::int as disbursed_count,
              coalesce(sum(m.amount) filter (where m.movement = 'COMMIT'), 0)::text as disbursed_amount,
              sum((a.snapshot -> 'context' -> 'request' ->> 'jobsToCreate')::int) filter (where m.movement = 'COMMIT' and m.kind = 'microcredit')::int as jobs
         from budget_movement m
         join application a on a.id = m.application_id
        where m.year = ? and m.occurred_on <= ?::date
        group by m.region_code, m.kind)
     select r.code as region_code, r.name as region_name, k.kind,
            fl.planned_count, fl.planned_amount::text as planned_amount, fl.planned_jobs,
            coalesce(mv.approved_count, 0) as approved_count, coalesce(mv.approved_amount, '0') as approved_amount,
            coalesce(mv.disbursed_count, 0) as disbursed_count, coalesce(mv.disbursed_amount, '0') as disbursed_amount,
            mv.jobs
       from region r
      cross join unnest(enum_range(null::application_kind)) as k(kind)
       left join funding_limit fl on fl.region_code = r.code and fl.kind = k.kind and fl.year = ?
       left join moves mv on mv.region_code = r.code and mv.kind = k.kind
      where (?::text is null or r.code = ?) and (fl.region_code is not null or mv.region_code is not null)
      order by r.code, k.kind`,
    [params.year, until, params.year, params.regionCode ?? null, params.regionCode ?? null],
  );
  const reportRows: ProgramReportRow[] = rows.map((row) => {
    const plannedAmount = row.planned_amount === null ? null : moneyFromNumeric(row.planned_amount);
    const disbursedAmount = moneyFromNumeric(row.disbursed_amount);
    return {
      regionCode: row.region_code,
      regionName: row.region_name,
      kind: row.kind,
      plannedCount: row.planned_count,
      plannedAmount,
      plannedJobs: row.planned_jobs,
      approvedCount: row.approved_count,
      approvedAmount: moneyFromNumeric(row.approved_amount),
      disbursedCount: row.disbursed_count,
      disbursedAmount,
      jobs: row.kind === 'microcredit' ? (row.jobs ?? 0) : null,
      percentOfPlan: percentOf(disbursedAmount, plannedAmount),
      shareOfPlan: basisPointsOf(disbursedAmount, plannedAmount),
    };
  });
  const totals = registeredKinds().map((kind): ProgramReportRow => {
    const of = reportRows.filter((r) => r.kind === kind);
    const sum = (pick: (r: ProgramReportRow) => Tiyn | null) => of.reduce((total, r) => total + (pick(r) ?? 0n), 0n);
    const count = (pick: (r: ProgramReportRow) => number | null) => of.reduce((total, r) => total + (pick(r) ?? 0), 0);
    const planned = of.some((r) => r.plannedAmount !== null) ? sum((r) => r.plannedAmount) : null;
    const disbursed = sum((r) => r.disbursedAmount);
    return {
      regionCode: null,
      regionName: null,
      kind,
      plannedCount: of.some((r) => r.plannedCount !== null) ? count((r) => r.plannedCount) : null,
      plannedAmount: planned,
      plannedJobs: of.some((r) => r.plannedJobs !== null) ? count((r) => r.plannedJobs) : null,
      approvedCount: count((r) => r.approvedCount),
      approvedAmount: sum((r) => r.approvedAmount),
      disbursedCount: count((r) => r.disbursedCount),
      disbursedAmount: disbursed,
      jobs: kind === 'microcredit' ? count((r) => r.jobs) : null,
      percentOfPlan: percentOf(disbursed, planned),
      shareOfPlan: basisPointsOf(disbursed, planned),
    };
  });
  return { year: params.year, asOf: params.asOf, rows: reportRows, totals };
}

const CSV_COLUMNS = ['region_code', 'region_name', 'kind', 'planned_count', 'planned_amount', 'planned_jobs', 'approved_count', 'approved_amount', 'disbursed_count', 'disbursed_amount', 'jobs', 'percent_of_plan'];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV: one line per region and kind, then the republic's totals (region "TOTAL"). */
export function programReportCsv(report: ProgramReport, format: (amount: Tiyn) => string): string {
  const line = (r: ProgramReportRow) =>
    [
      r.regionCode ?? 'TOTAL',
      r.regionName ?? 'Republic of Kazakhstan',
      r.kind,
      r.plannedCount,
      r.plannedAmount === null ? null : format(r.plannedAmount),
      r.plannedJobs,
      r.approvedCount,
      format(r.approvedAmount),
      r.disbursedCount,
      format(r.disbursedAmount),
      r.jobs,
      r.percentOfPlan,
    ]
      .map(csvCell)
      .join(',');
  return [CSV_COLUMNS.join(','), ...report.rows.map(line), ...report.totals.map(line)].join('\n') + '\n';
}
