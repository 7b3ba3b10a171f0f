import { Applicant } from './applicant.entity';
import { Application } from './application.entity';
import { FiscalYear } from './fiscal-year.entity';
import { Region } from './region.entity';
import { TransitionLogEntry } from './transition.entity';

export { Applicant, Application, FiscalYear, Region, TransitionLogEntry };
export const ENTITIES = [Region, FiscalYear, Applicant, Application, TransitionLogEntry];
