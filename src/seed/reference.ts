import type { EntityManager } from '@mikro-orm/postgresql';
import { FiscalYear, FundingLimit, MicrocreditTerms, Region, ResettlementQuota } from '../db/entities';
import type { ApplicationKind } from '../../workflows/definition';
import { tenge } from '../../workflows/rules/money';
import type { FormerName } from '../db/entities/region.entity';

interface RegionSeed {
  code: string;
  name: string;
  type: 'REGION' | 'CITY';
  formerNames?: FormerName[];
  establishedYear?: number;
  formedFrom?: string;
}

/** Seventeen regions and three cities of republican significance (DOMAIN.md "Regions"). */
export const REGIONS: RegionSeed[] = [
  { code: 'ABY', name: 'Abai', type: 'REGION', establishedYear: 2022, formedFrom: 'VOS' },
  { code: 'AKM', name: 'Akmola', type: 'REGION' },
  { code: 'AKT', name: 'Aktobe', type: 'REGION' },
  { code: 'ALM', name: 'Almaty region', type: 'REGION' },
  { code: 'ATY', name: 'Atyrau', type: 'REGION' },
  { code: 'VOS', name: 'East Kazakhstan', type: 'REGION' },
  { code: 'ZHA', name: 'Jambyl', type: 'REGION', formerNames: [{ name: 'Zhambyl', until: 2018 }] },
  { code: 'ZHT', name: 'Jetisu', type: 'REGION', establishedYear: 2022, formedFrom: 'ALM' },
  { code: 'ZAP', name: 'West Kazakhstan', type: 'REGION' },
  { code: 'KAR', name: 'Karaganda', type: 'REGION' },
  { code: 'KUS', name: 'Kostanay', type: 'REGION' },
  { code: 'KZY', name: 'Kyzylorda', type: 'REGION' },
  { code: 'MAN', name: 'Mangystau', type: 'REGION' },
  { code: 'PAV', name: 'Pavlodar', type: 'REGION' },
  { code: 'SEV', name: 'North Kazakhstan', type: 'REGION' },
  { code: 'TUR', name: 'Turkistan', type: 'REGION', formerNames: [{ name: 'South Kazakhstan', until: 2018 }] },
  { code: 'ULT', name: 'Ulytau', type: 'REGION', establishedYear: 2022, formedFrom: 'KAR' },
  { code: 'AST', name: 'Astana', type: 'CITY', formerNames: [{ name: 'Nur-Sultan', until: 2022 }] },
  { code: 'ALA', name: 'Almaty', type: 'CITY' },
  { code: 'SHY', name: 'Shymkent', type: 'CITY' },
];

/** MCI and minimum wage by year, tenge (DOMAIN.md "Fiscal parameters"; 2020 from the seeds). */
export const FISCAL_YEARS: Array<{ year: number; mci: number; minimumWage: number; note: string }> = [
  { year: 2020, mci: 2778, minimumWage: 42500, note: 'republican budget law 2020: 200 MCI = 555,600 tenge' },
  { year: 2021, mci: 2917, minimumWage: 42500, note: 'seeded default' },
  { year: 2022, mci: 3063, minimumWage: 60000, note: 'seeded default; the MCI was raised mid-year, one value kept per year' },
  { year: 2023, mci: 3450, minimumWage: 70000, note: 'seeded default' },
  { year: 2024, mci: 3692, minimumWage: 85000, note: 'seeded default' },
  { year: 2025, mci: 3932, minimumWage: 85000, note: 'seeded default' },
  { year: 2026, mci: 4325, minimumWage: 85000, note: 'seeded default' },
];

/**
 * Microcredit products per year (DOMAIN.md "Microcredits"): standard terms of the seeds (at most
 * 8 million tenge, 6 %), preferential ones for large and low-income families (Nur-Sultan 2020:
 * 20 million, 5–7 years, 4 %). The standard term range, the contract deadline and the write-off
 * threshold are the programme's settings here, kept as data like the rest.
 */
export const MICROCREDIT_TERMS = FISCAL_YEARS.flatMap(({ year }) => [
  { year, product: 'STANDARD' as const, eligibleCategories: [], maxAmount: 8_000_000, maxRateBp: 600, minTermMonths: 6, maxTermMonths: 84, contractDays: 30, writeOffAfterDays: 180 },
  { year, product: 'PREFERENTIAL' as const, eligibleCategories: ['LARGE_FAMILY' as const, 'LOW_INCOME_FAMILY' as const], maxAmount: 20_000_000, maxRateBp: 400, minTermMonths: 60, maxTermMonths: 84, contractDays: 30, writeOffAfterDays: 180 },
]);

/**
 * Yearly resettlement quotas of the receiving regions. Pavlodar 2020 is from the seeds (2,325
 * people in 578 families); the others are a seeded default an administrator replaces.
 */
export const RESETTLEMENT_QUOTAS = FISCAL_YEARS.flatMap(({ year }) =>
  REGIONS.filter((r) => !r.establishedYear || r.establishedYear <= year).map((region) =>
    region.code === 'PAV' && year === 2020
      ? { region: region.code, year, people: 2325, families: 578, note: 'Pavlodar region, 2020 (the seeds)' }
      : { region: region.code, year, people: 1000, families: 250, note: 'seeded default' },
  ),
);

/** Limits and plans from the seeds (plan-versus-fact reports of 2020), tenge. */
const REPORTED_PLANS: Array<{ region: string; kind: ApplicationKind; year: number; count: number; amount: number; jobs?: number; note: string }> = [
  { region: 'AKM', kind: 'microcredit', year: 2020, count: 803, amount: 3_461_300_000, note: 'Akmola 2020: 803 microcredits planned for 3,461.3 million tenge' },
  { region: 'AKM', kind: 'grant', year: 2020, count: 640, amount: 339_300_000, note: 'Akmola 2020: 640 grants planned for 339.3 million tenge' },
  { region: 'ALA', kind: 'microcredit', year: 2020, count: 140, amount: 2_000_000_000, jobs: 545, note: 'Almaty city 2020: 140 projects planned, microcrediting budget 2 billion tenge' },
  { region: 'ALM', kind: 'microcredit', year: 2020, count: 1094, amount: 4_791_300_000, note: 'Almaty region 2020: 1,094 participants for microcrediting, 4,791.3 million tenge' },
  { region: 'ALM', kind: 'grant', year: 2020, count: 1645, amount: 804_300_000, note: 'Almaty region 2020: grants planned for 1,645 people for 804.3 million tenge' },
  { region: 'KUS', kind: 'microcredit', year: 2020, count: 584, amount: 2_500_000_000, note: 'Kostanay 2020: 584 microcredits envisaged for 2.5 billion tenge' },
  { region: 'KAR', kind: 'grant', year: 2020, count: 661, amount: 350_000_000, note: 'Karaganda 2020: annual plan 661 grants, 350 million tenge provided' },
  { region: 'ZAP', kind: 'microcredit', year: 2020, count: 1037, amount: 4_380_000_000, note: 'West Kazakhstan 2020: microcredits planned for 1,037 participants, 4,380 million tenge' },
  { region: 'MAN', kind: 'microcredit', year: 2020, count: 314, amount: 1_202_396_000, note: 'Mangystau 2020: 1,202,396 thousand tenge for microcrediting, 314 projects' },
  { region: 'VOS', kind: 'grant', year: 2020, count: 1194, amount: 664_000_000, note: 'East Kazakhstan 2020: 1,194 grants provided for 664 million tenge' },
  { region: 'ATY', kind: 'microcredit', year: 2020, count: 351, amount: 1_646_500_000, note: 'Atyrau 2020: loans of 1,646.5 million tenge planned for 351 people' },
];

/** A seeded default limit per kind where the seeds give none: an administrator sets the real one. */
const DEFAULT_LIMITS: Record<ApplicationKind, number> = {
  grant: 2_000_000_000,
  microcredit: 20_000_000_000,
  lifting: 500_000_000,
};

export const FUNDING_LIMITS = FISCAL_YEARS.flatMap(({ year }) =>
  REGIONS.filter((r) => !r.establishedYear || r.establishedYear <= year).flatMap((region) =>
    (['grant', 'microcredit', 'lifting'] as const).map((kind) => {
      const reported = REPORTED_PLANS.find((p) => p.region === region.code && p.kind === kind && p.year === year);
      return reported
        ? {
            region: region.code,
            kind,
            year,
            limitAmount: tenge(reported.amount),
            plannedCount: reported.count,
            plannedAmount: tenge(reported.amount),
            plannedJobs: reported.jobs ?? null,
            note: reported.note,
          }
        : { region: region.code, kind, year, limitAmount: tenge(DEFAULT_LIMITS[kind]), plannedCount: null, plannedAmount: null, plannedJobs: null, note: 'seeded default' };
    }),
  ),
);

/**
 * Inserts the reference data that is missing. Existing rows are left alone, so an
 * administrator's correction of a fiscal year survives every restart.
 */
export async function seedReference(em: EntityManager): Promise<void> {
  for (const region of REGIONS) {
    await em
      .createQueryBuilder(Region)
      .insert({ formerNames: [], establishedYear: null, formedFrom: null, ...region })
      .onConflict('code')
      .ignore()
      .execute();
  }
  for (const fiscal of FISCAL_YEARS) {
    await em
      .createQueryBuilder(FiscalYear)
      .insert({ year: fiscal.year, mci: tenge(fiscal.mci), minimumWage: tenge(fiscal.minimumWage), note: fiscal.note, updatedBy: 'seed', updatedAt: new Date() })
      .onConflict('year')
      .ignore()
      .execute();
  }
  for (const quota of RESETTLEMENT_QUOTAS) {
    await em
      .createQueryBuilder(ResettlementQuota)
      .insert({ ...quota, usedPeople: 0, usedFamilies: 0, updatedBy: 'seed', updatedAt: new Date() })
      .onConflict(['region', 'year'])
      .ignore()
      .execute();
  }
  for (const limit of FUNDING_LIMITS) {
    await em
      .createQueryBuilder(FundingLimit)
      .insert({ ...limit, reserved: 0n, committed: 0n, updatedBy: 'seed', updatedAt: new Date() })
      .onConflict(['region', 'kind', 'year'])
      .ignore()
      .execute();
  }
  for (const terms of MICROCREDIT_TERMS) {
    await em
      .createQueryBuilder(MicrocreditTerms)
      .insert({ ...terms, maxAmount: tenge(terms.maxAmount), note: 'seeded default' })
      .onConflict(['year', 'product'])
      .ignore()
      .execute();
  }
}

/**
 * Copies the latest known year's reference data (fiscal parameters, microcredit terms, quotas,
 * limits without plans) into `year` where that year has none, marked as carried forward. For the
 * demo and tests only: a real year's figures come from its budget law, entered by an administrator.
 */
export async function carryForwardYear(em: EntityManager, year: number): Promise<boolean> {
  const [latest] = await em.execute<{ year: number }[]>('select max(year) as year from fiscal_year where year < ?', [year]);
  if (!latest?.year || (await em.count(FiscalYear, { year })) > 0) return false;
  const from = latest.year;
  const note = `carried forward from ${from} for the demo; enter the ${year} budget law figures`;
  await em.execute(
    `insert into fiscal_year (year, mci, minimum_wage, note, updated_by, updated_at)
     select ?, mci, minimum_wage, ?, 'seed', now() from fiscal_year where year = ? on conflict do nothing`,
    [year, note, from],
  );
  await em.execute(
    `insert into microcredit_terms (year, product, eligible_categories, max_amount, max_rate_bp, min_term_months, max_term_months, contract_days, write_off_after_days, note)
     select ?, product, eligible_categories, max_amount, max_rate_bp, min_term_months, max_term_months, contract_days, write_off_after_days, ?
       from microcredit_terms where year = ? on conflict do nothing`,
    [year, note, from],
  );
  await em.execute(
    `insert into resettlement_quota (region_code, year, people, families, note, updated_by, updated_at)
     select region_code, ?, people, families, ?, 'seed', now() from resettlement_quota where year = ? on conflict do nothing`,
    [year, note, from],
  );
  await em.execute(
    `insert into funding_limit (region_code, kind, year, limit_amount, note, updated_by, updated_at)
     select region_code, kind, ?, limit_amount, ?, 'seed', now() from funding_limit where year = ? on conflict do nothing`,
    [year, note, from],
  );
  return true;
}
