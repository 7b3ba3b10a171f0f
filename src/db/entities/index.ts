import { Applicant } from './applicant.entity';
import { Application } from './application.entity';
import { FiscalYear } from './fiscal-year.entity';
import { MicrocreditTerms } from './microcredit-terms.entity';
import { Region } from './region.entity';
import { ResettlementQuota } from './resettlement-quota.entity';
import { TransitionLogEntry } from './transition.entity';

export { Applicant, Application, FiscalYear, MicrocreditTerms, Region, ResettlementQuota, TransitionLogEntry };
export const ENTITIES = [Region, FiscalYear, MicrocreditTerms, ResettlementQuota, Applicant, Application, TransitionLogEntry];
