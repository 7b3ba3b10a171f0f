import type { FactName } from '../../workflows/definition';
import { fiscalYearOfDate, type FiscalFact } from '../../workflows/rules/fiscal';
import { formatMoney, moneyFromNumeric } from '../../workflows/rules/money';
import type { FiscalYear, MicrocreditTerms } from '../db/entities';
import type { MicrocreditTermsFact } from '../../workflows/microcredit/terms';
import type { Statement, TransactionSql } from '../db/pg-sql';

/** What a fact is about: the region of the application (or of the submission) and the day. */
export interface FactSubject {
  regionCode: string;
  /** the event's business date (YYYY-MM-DD): the year's parameters are those of the day it happened, not of the server's clock */
  on: string;
}

/** Programme settings from the configuration that decisions depend on. */
export interface ProgrammeSettings {
  /** working days to decide a lifting application before it is escalated */
  liftingDecisionWorkingDays: number;
  /** the share of the grant cap above which a site visit comes before the recommendation (grant v2), in basis points */
  grantSiteVisitShareBp: number;
  /** how many days back a business date may be without its fiscal year opened for back-entry */
  backEntryDays: number;
}

/** The programme's settings as the configuration gives them: one mapping for the server and the import alike. */
export function programmeSettings(config: ProgrammeSettings): ProgrammeSettings {
  const { liftingDecisionWorkingDays, grantSiteVisitShareBp, backEntryDays } = config;
  return { liftingDecisionWorkingDays, grantSiteVisitShareBp, backEntryDays };
}

export function termsFact(row: MicrocreditTerms): MicrocreditTermsFact {
  return {
    year: row.year,
    product: row.product,
    eligibleCategories: [...row.eligibleCategories],
    maxAmount: formatMoney(row.maxAmount),
    maxRateBp: row.maxRateBp,
    minTermMonths: row.minTermMonths,
    maxTermMonths: row.maxTermMonths,
    contractDays: row.contractDays,
    writeOffAfterDays: row.writeOffAfterDays,
  };
}

export function fiscalFact(row: FiscalYear): FiscalFact {
  return { year: row.year, mci: formatMoney(row.mci), minimumWage: formatMoney(row.minimumWage) };
}

/** The facts' statements, prepared once per connection; money as text, never through a float. */
const SQL = {
  fiscalYear: { name: 'fact_fiscal_year', text: 'select year, mci::text as mci, minimum_wage::text as minimum_wage from fiscal_year where year = $1' },
  microcreditTerms: {
    name: 'fact_microcredit_terms',
    text: `select year, product, eligible_categories, max_amount::text as max_amount, max_rate_bp, min_term_months, max_term_months, contract_days, write_off_after_days
             from microcredit_terms where year = $1 order by product`,
  },
  regionExists: { name: 'fact_region_exists', text: 'select exists (select 1 from region where code = $1) as found' },
} satisfies Record<string, Statement>;

const money = (numeric: string): string => formatMoney(moneyFromNumeric(numeric));

/**
 * Reads the facts a workflow event needs inside the action's transaction, so the guards decide
 * on what the database holds at that moment and the log keeps what they saw. Plain rows, the
 * same facts as `fiscalFact` and `termsFact` make of the entities.
 */
export async function gatherFacts(
  sql: TransactionSql,
  names: readonly FactName[],
  subject: FactSubject,
  settings: ProgrammeSettings,
): Promise<Record<string, unknown>> {
  const facts: Record<string, unknown> = {};
  for (const name of names) {
    switch (name) {
      case 'fiscalYear': {
        const [row] = await sql.query<{ year: number; mci: string; minimum_wage: string }>(SQL.fiscalYear, [fiscalYearOfDate(subject.on)]);
        facts.fiscalYear = row ? ({ year: row.year, mci: money(row.mci), minimumWage: money(row.minimum_wage) } satisfies FiscalFact) : null;
        break;
      }
      case 'microcreditTerms': {
        const rows = await sql.query<{
          year: number;
          product: MicrocreditTermsFact['product'];
          eligible_categories: MicrocreditTermsFact['eligibleCategories'];
          max_amount: string;
          max_rate_bp: number;
          min_term_months: number;
          max_term_months: number;
          contract_days: number;
          write_off_after_days: number;
        }>(SQL.microcreditTerms, [fiscalYearOfDate(subject.on)]);
        facts.microcreditTerms =
          rows.length > 0
            ? rows.map(
                (row): MicrocreditTermsFact => ({
                  year: row.year,
                  product: row.product,
                  eligibleCategories: [...row.eligible_categories],
                  maxAmount: money(row.max_amount),
                  maxRateBp: row.max_rate_bp,
                  minTermMonths: row.min_term_months,
                  maxTermMonths: row.max_term_months,
                  contractDays: row.contract_days,
                  writeOffAfterDays: row.write_off_after_days,
                }),
              )
            : null;
        break;
      }
      case 'decisionWorkingDays':
        facts.decisionWorkingDays = settings.liftingDecisionWorkingDays;
        break;
      case 'siteVisitShareBp':
        facts.siteVisitShareBp = settings.grantSiteVisitShareBp;
        break;
      case 'regionExists': {
        const [row] = await sql.query<{ found: boolean }>(SQL.regionExists, [subject.regionCode]);
        facts.regionExists = row?.found === true;
        break;
      }
    }
  }
  return facts;
}
