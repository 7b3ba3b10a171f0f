import { Applicant } from './applicant.entity';
import { Application } from './application.entity';
import { BackEntryRevision } from './back-entry-revision.entity';
import { BudgetMovement } from './budget-movement.entity';
import { FiscalYear } from './fiscal-year.entity';
import { FundingLimit } from './funding-limit.entity';
import { FundingLimitRevision } from './funding-limit-revision.entity';
import { ImportedRow } from './imported-row.entity';
import { MicrocreditTerms } from './microcredit-terms.entity';
import { Region } from './region.entity';
import { ResettlementQuota } from './resettlement-quota.entity';
import { TransitionLogEntry } from './transition.entity';
import { TreasuryPayment } from './treasury-payment.entity';

export { Applicant, Application, BackEntryRevision, BudgetMovement, FiscalYear, FundingLimit, FundingLimitRevision, ImportedRow, MicrocreditTerms, Region, ResettlementQuota, TransitionLogEntry, TreasuryPayment };
export const ENTITIES = [
  Region,
  FiscalYear,
  MicrocreditTerms,
  ResettlementQuota,
  FundingLimit,
  FundingLimitRevision,
  Applicant,
  Application,
  TransitionLogEntry,
  BudgetMovement,
  TreasuryPayment,
  ImportedRow,
  BackEntryRevision,
];
