import type { EntityManager } from '@mikro-orm/postgresql';
import type { FactName } from '../../workflows/definition';
import { fiscalYearOf, type FiscalFact } from '../domain/fiscal';
import { formatMoney } from '../domain/money';
import { FiscalYear, MicrocreditTerms, Region } from '../db/entities';
import type { MicrocreditTermsFact } from '../domain/microcredit-terms';

/** What a fact is about: the region of the application (or of the submission) and the moment. */
export interface FactSubject {
  regionCode: string;
  at: string;
}

/** Programme settings from the configuration that decisions depend on. */
export interface ProgrammeSettings {
  /** working days to decide a lifting application before it is escalated */
  liftingDecisionWorkingDays: number;
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

/**
 * Reads the facts a workflow event needs inside the action's transaction, so the guards decide
 * on what the database holds at that moment and the log keeps what they saw.
 */
export async function gatherFacts(
  em: EntityManager,
  names: readonly FactName[],
  subject: FactSubject,
  settings: ProgrammeSettings,
): Promise<Record<string, unknown>> {
  const facts: Record<string, unknown> = {};
  for (const name of names) {
    switch (name) {
      case 'fiscalYear': {
        const row = await em.findOne(FiscalYear, { year: fiscalYearOf(subject.at) });
        facts.fiscalYear = row ? fiscalFact(row) : null;
        break;
      }
      case 'microcreditTerms': {
        const rows = await em.find(MicrocreditTerms, { year: fiscalYearOf(subject.at) }, { orderBy: { product: 'asc' } });
        facts.microcreditTerms = rows.length > 0 ? rows.map(termsFact) : null;
        break;
      }
      case 'decisionWorkingDays':
        facts.decisionWorkingDays = settings.liftingDecisionWorkingDays;
        break;
      case 'regionExists':
        facts.regionExists = (await em.count(Region, { code: subject.regionCode })) > 0;
        break;
    }
  }
  return facts;
}
