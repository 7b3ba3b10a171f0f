import { localDateOf, localYearOf } from './calendar';
import { multiplyMoney, type Tiyn } from './money';

/** The fiscal parameters of one year, fixed by that year's republican budget law. */
export interface FiscalParameters {
  year: number;
  /** monthly calculation index, tiyn */
  mci: Tiyn;
  /** minimum wage, tiyn */
  minimumWage: Tiyn;
}

/** Fiscal parameters as they travel inside workflow events and snapshots (JSON-safe). */
export interface FiscalFact {
  year: number;
  mci: string;
  minimumWage: string;
}

/** A state grant is at most 200 MCI of the fiscal year (single cap since 2020). */
export const GRANT_CAP_MCI = 200n;

export function grantCap(mci: Tiyn): Tiyn {
  return multiplyMoney(mci, GRANT_CAP_MCI);
}

/** The fiscal year (calendar year, local time) in which an instant falls. */
export function fiscalYearOf(at: Date | string): number {
  return localYearOf(at);
}

/** The fiscal year of a local date (YYYY-MM-DD): a business date's calendar year. */
export function fiscalYearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}

// the local date of an instant belongs to the calendar; src/ reads it here beside the fiscal year
export { localDateOf };
