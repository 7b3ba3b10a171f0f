import type { Violation } from '../errors';
import { multiplyMoney, type Tiyn } from '../rules/money';

/** A lifting payment is two minimum wages of the fiscal year of the decision. */
export const LIFTING_MINIMUM_WAGES = 2n;

export function liftingAmount(minimumWage: Tiyn): Tiyn {
  return multiplyMoney(minimumWage, LIFTING_MINIMUM_WAGES);
}

/** Settlement names as people type them: case, spaces and the "village of" prefix differ. */
export function normaliseSettlement(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    // a word prefix needs its space; "Selolikha" is not "village Likha"
    .replace(/^(?:(?:village of|town of|city of|selo)\s+|(?:s\.|g\.)\s*)/, '');
}

function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The date `days` working days (Monday to Friday) after `date`. Public holidays are not counted
 * out: the programme's deadline is a service target, and a day early is the safe side.
 */
export function addWorkingDays(date: string, days: number): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = nextDay(current);
    const day = weekday(current);
    if (day !== 0 && day !== 6) left -= 1;
  }
  return current;
}

export interface Referral {
  employmentCentre: string;
  number: string;
  issuedOn: string;
}

export interface Move {
  referral: Referral | null;
  settlementFrom: string;
  settlementTo: string;
  arrivalDate: string;
}

/** The rules a move must meet to be paid for (DOMAIN.md "Lifting"); empty when it does. */
export function checkMove(move: Move, today: string): Violation[] {
  const reasons: Violation[] = [];
  if (move.referral === null) {
    reasons.push({ field: 'referral', rule: 'REFERRAL_REQUIRED', message: 'a referral from an employment centre is required' });
  } else if (move.referral.issuedOn > today) {
    reasons.push({ field: 'referral.issuedOn', rule: 'IN_FUTURE', message: 'the referral cannot be dated in the future' });
  }
  if (normaliseSettlement(move.settlementFrom) === normaliseSettlement(move.settlementTo)) {
    reasons.push({ field: 'settlementTo', rule: 'SAME_SETTLEMENT', message: 'the settlement moved to must differ from the one moved from' });
  }
  if (move.arrivalDate > today) {
    reasons.push({ field: 'arrivalDate', rule: 'IN_FUTURE', message: 'the arrival date cannot be in the future' });
  }
  if (move.referral && move.arrivalDate < move.referral.issuedOn) {
    reasons.push({ field: 'arrivalDate', rule: 'BEFORE_REFERRAL', message: `the arrival (${move.arrivalDate}) is before the referral (${move.referral.issuedOn})` });
  }
  return reasons;
}

/**
 * What makes two applications the same move of one person: from where, to where, in which
 * year. A different referral number or arrival day for the same move is still the same move.
 */
export function moveKey(move: Pick<Move, 'settlementFrom' | 'settlementTo' | 'arrivalDate'>): string {
  return `${normaliseSettlement(move.settlementFrom)} -> ${normaliseSettlement(move.settlementTo)} @ ${move.arrivalDate.slice(0, 4)}`;
}
