import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationKind } from '../../workflows/definition';
import { FiscalYear } from '../db/entities';
import { formatMoney, moneyFromNumeric, type Tiyn } from '../../workflows/rules/money';
import { formatRate } from '../../workflows/rules/rate';
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
  /** approved ever up to asOf (reservations made), whatever happened to them since */
  approvedCount: number;
  approvedAmount: Tiyn;
  /** approved and not yet paid as of asOf: reservations neither committed nor released by then */
  approvedUnpaidCount: number;
  approvedUnpaidAmount: Tiyn;
  disbursedCount: number;
  disbursedAmount: Tiyn;
  /** jobs the disbursed microcredit projects will create */
  jobs: number | null;
  /** disbursed amount as a percentage of the planned amount, one decimal; null without a plan */
  percentOfPlan: string | null;
  /** disbursed amount as a share of the planned amount in basis points (1 % = 100); null without a plan */
  amountShareOfPlan: number | null;
  /** disbursed count as a share of the planned count in basis points; null without a planned count */
  countShareOfPlan: number | null;
  /** microcredits: jobs of the disbursed projects as a share of the planned jobs; null without planned jobs */
  jobsShareOfPlan: number | null;
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

/** The same for counts (applications, jobs): null without a plan, or with a plan of zero. */
export function countBasisPointsOf(part: number | null, whole: number | null): number | null {
  return whole === null ? null : basisPointsOf(BigInt(part ?? 0), BigInt(whole));
}

/** The three shares of the plan a row shows: of the amount, of the count and of the jobs. */
function sharesOf(row: Pick<ProgramReportRow, 'plannedCount' | 'plannedAmount' | 'plannedJobs' | 'disbursedCount' | 'disbursedAmount' | 'jobs'>) {
  return {
    percentOfPlan: percentOf(row.disbursedAmount, row.plannedAmount),
    amountShareOfPlan: basisPointsOf(row.disbursedAmount, row.plannedAmount),
    countShareOfPlan: countBasisPointsOf(row.disbursedCount, row.plannedCount),
    jobsShareOfPlan: countBasisPointsOf(row.jobs, row.plannedJobs),
  };
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
  approved_unpaid_count: number;
  approved_unpaid_amount: string;
  disbursed_count: number;
  disbursed_amount: string;
  jobs: number | null;
}

/**
 * Plan against fact per region and kind, as of the end of a local date: planned count and amount
 * (and jobs), approved ever (reservations made), approved and not yet paid (reservations neither
 * committed nor released by then), disbursed (money committed) and the shares of the plan.
 * Computed in SQL from the funding limits and the budget ledger, never by loading applications.
 *
 * Every figure is read from the one set of movements the as-of filter keeps: the open reservations
 * from each application's last movement in it (an approval opens a reservation; the disbursement
 * commits it, a cancellation releases it, each closing the application's latest).
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
              sum((a.snapshot -> 'context' -> 'request' ->> 'jobsToCreate')::int) filter (where m.movement = 'COMMIT' and m.kind = 'microcredit')::int as jobs,
              jsonb_agg(jsonb_build_array(m.application_id, m.id, m.movement, m.amount)) as ledger
         from budget_movement m
         join application a on a.id = m.application_id
        where m.year = ? and m.occurred_on <= ?::date
        group by m.region_code, m.kind)
     select r.code as region_code, r.name as region_name, k.kind,
            fl.planned_count, fl.planned_amount::text as planned_amount, fl.planned_jobs,
            coalesce(mv.approved_count, 0) as approved_count, coalesce(mv.approved_amount, '0') as approved_amount,
            coalesce(op.approved_unpaid_count, 0) as approved_unpaid_count, coalesce(op.approved_unpaid_amount, '0') as approved_unpaid_amount,
            coalesce(mv.disbursed_count, 0) as disbursed_count, coalesce(mv.disbursed_amount, '0') as disbursed_amount,
            mv.jobs
       from region r
      cross join unnest(enum_range(null::application_kind)) as k(kind)
       left join funding_limit fl on fl.region_code = r.code and fl.kind = k.kind and fl.year = ?
       left join moves mv on mv.region_code = r.code and mv.kind = k.kind
       -- open reservations: applications whose last movement kept by the filter is a RESERVE
       left join lateral (
              select count(*)::int as approved_unpaid_count, coalesce(sum(latest.amount), 0)::text as approved_unpaid_amount
                from (select distinct on (e ->> 0) e ->> 2 as movement, (e ->> 3)::numeric as amount
                        from jsonb_array_elements(mv.ledger) e
                       order by e ->> 0, (e ->> 1)::bigint desc) latest
               where latest.movement = 'RESERVE') op on true
      where (?::text is null or r.code = ?) and (fl.region_code is not null or mv.region_code is not null)
      order by r.code, k.kind`,
    [params.year, until, params.year, params.regionCode ?? null, params.regionCode ?? null],
  );
  const reportRows: ProgramReportRow[] = rows.map((row) => {
    const figures = {
      plannedCount: row.planned_count,
      plannedAmount: row.planned_amount === null ? null : moneyFromNumeric(row.planned_amount),
      plannedJobs: row.planned_jobs,
      approvedCount: row.approved_count,
      approvedAmount: moneyFromNumeric(row.approved_amount),
      approvedUnpaidCount: row.approved_unpaid_count,
      approvedUnpaidAmount: moneyFromNumeric(row.approved_unpaid_amount),
      disbursedCount: row.disbursed_count,
      disbursedAmount: moneyFromNumeric(row.disbursed_amount),
      jobs: row.kind === 'microcredit' ? (row.jobs ?? 0) : null,
    };
    return { regionCode: row.region_code, regionName: row.region_name, kind: row.kind, ...figures, ...sharesOf(figures) };
  });
  const totals = registeredKinds().map((kind): ProgramReportRow => {
    const of = reportRows.filter((r) => r.kind === kind);
    const sum = (pick: (r: ProgramReportRow) => Tiyn | null) => of.reduce((total, r) => total + (pick(r) ?? 0n), 0n);
    const count = (pick: (r: ProgramReportRow) => number | null) => of.reduce((total, r) => total + (pick(r) ?? 0), 0);
    // a sum over rows that all lack a value (no plan anywhere) is no value either
    const figures = {
      plannedCount: of.some((r) => r.plannedCount !== null) ? count((r) => r.plannedCount) : null,
      plannedAmount: of.some((r) => r.plannedAmount !== null) ? sum((r) => r.plannedAmount) : null,
      plannedJobs: of.some((r) => r.plannedJobs !== null) ? count((r) => r.plannedJobs) : null,
      approvedCount: count((r) => r.approvedCount),
      approvedAmount: sum((r) => r.approvedAmount),
      approvedUnpaidCount: count((r) => r.approvedUnpaidCount),
      approvedUnpaidAmount: sum((r) => r.approvedUnpaidAmount),
      disbursedCount: count((r) => r.disbursedCount),
      disbursedAmount: sum((r) => r.disbursedAmount),
      jobs: kind === 'microcredit' ? count((r) => r.jobs) : null,
    };
    // the shares of the totals are of their own sums, not an average of the regions' shares
    return { regionCode: null, regionName: null, kind, ...figures, ...sharesOf(figures) };
  });
  return { year: params.year, asOf: params.asOf, rows: reportRows, totals };
}

/**
 * The CSV's columns: the GraphQL row's fields, by the same names, in the same spelling (money as
 * the Money scalar writes it, shares as the Percent scalar, the kind as the ApplicationKind enum:
 * GRANT). The deprecated percentOfPlan and shareOfPlan are not repeated. The totals' lines carry
 * TOTAL and the republic's name where GraphQL's `totals` have null.
 */
export const PROGRAM_REPORT_CSV_COLUMNS: ReadonlyArray<readonly [string, (row: ProgramReportRow) => string | number | null]> = [
  ['regionCode', (r) => r.regionCode ?? 'TOTAL'],
  ['regionName', (r) => r.regionName ?? 'Republic of Kazakhstan'],
  ['kind', (r) => r.kind.toUpperCase()],
  ['plannedCount', (r) => r.plannedCount],
  ['plannedAmount', (r) => (r.plannedAmount === null ? null : formatMoney(r.plannedAmount))],
  ['plannedJobs', (r) => r.plannedJobs],
  ['approvedCount', (r) => r.approvedCount],
  ['approvedAmount', (r) => formatMoney(r.approvedAmount)],
  ['approvedUnpaidCount', (r) => r.approvedUnpaidCount],
  ['approvedUnpaidAmount', (r) => formatMoney(r.approvedUnpaidAmount)],
  ['disbursedCount', (r) => r.disbursedCount],
  ['disbursedAmount', (r) => formatMoney(r.disbursedAmount)],
  ['jobs', (r) => r.jobs],
  ['amountShareOfPlan', (r) => percentText(r.amountShareOfPlan)],
  ['countShareOfPlan', (r) => percentText(r.countShareOfPlan)],
  ['jobsShareOfPlan', (r) => percentText(r.jobsShareOfPlan)],
];

function percentText(basisPoints: number | null): string | null {
  return basisPoints === null ? null : formatRate(basisPoints);
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV: a header of the columns' names, one line per region and kind, then the republic's totals. */
export function programReportCsv(report: ProgramReport): string {
  const line = (r: ProgramReportRow) => PROGRAM_REPORT_CSV_COLUMNS.map(([, value]) => csvCell(value(r))).join(',');
  return [PROGRAM_REPORT_CSV_COLUMNS.map(([name]) => name).join(','), ...report.rows.map(line), ...report.totals.map(line)].join('\n') + '\n';
}
