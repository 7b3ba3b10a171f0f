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

/**
 * Kazakhstan keeps one time zone, UTC+5, since March 2024; fiscal years follow local dates, so
 * a decision at 23:30 UTC on 31 December belongs to the next year.
 */
const LOCAL_OFFSET_MS = 5 * 60 * 60 * 1000;

/** The fiscal year (calendar year, local time) in which an instant falls. */
export function fiscalYearOf(at: Date | string): number {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + LOCAL_OFFSET_MS).getUTCFullYear();
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDateOf(at: Date | string): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + LOCAL_OFFSET_MS).toISOString().slice(0, 10);
}
