import { Applicant } from './applicant.entity';
import { Application } from './application.entity';
import { BackEntryRevision } from './back-entry-revision.entity';
import { BudgetMovement } from './budget-movement.entity';
import { FiscalYear } from './fiscal-year.entity';
import { FiscalYearRevision } from './fiscal-year-revision.entity';
import { FundingLimit } from './funding-limit.entity';
import { FundingLimitRevision } from './funding-limit-revision.entity';
import { MicrocreditTerms } from './microcredit-terms.entity';
import { Region } from './region.entity';
import { ResettlementQuota } from './resettlement-quota.entity';
import { ResettlementQuotaRevision } from './resettlement-quota-revision.entity';
import { TransitionLogEntry } from './transition.entity';
import { TreasuryPayment } from './treasury-payment.entity';

export { Applicant, Application, BackEntryRevision, BudgetMovement, FiscalYear, FundingLimit, FundingLimitRevision, MicrocreditTerms, Region, ResettlementQuota, TransitionLogEntry, TreasuryPayment };
export const ENTITIES = [
  Region,
  FiscalYear,
  FiscalYearRevision,
  MicrocreditTerms,
  ResettlementQuota,
  ResettlementQuotaRevision,
  FundingLimit,
  FundingLimitRevision,
  Applicant,
  Application,
  TransitionLogEntry,
  BudgetMovement,
  TreasuryPayment,
  BackEntryRevision,
];

// the revisions of reference data an administrator edits (migration reference_revisions)
export { FiscalYearRevision, ResettlementQuotaRevision };
