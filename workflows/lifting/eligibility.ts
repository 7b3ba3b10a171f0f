import type { Violation } from '../errors';
import { localDateOf } from '../rules/calendar';
import type { FiscalFact } from '../rules/fiscal';
import { parseIin } from '../rules/iin';
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

/** What the screening of a lifting application looks at; the facts are gathered by the engine. */
export interface LiftingScreeningInput {
  iin: string;
  regionCode: string;
  move: Move & { familyMembers: number; infrastructureProject: string; employer: string };
  regionExists: boolean;
  fiscalYear: FiscalFact | null;
  /** the instant of the submission or resubmission */
  at: string;
  /** its business date: the move's dates are checked against it (the local date of `at` when absent) */
  on?: string;
}

/** The lifting programme's entry rules (DOMAIN.md "Lifting"); every reason at once, empty when eligible. */
export function screenLifting(input: LiftingScreeningInput): Violation[] {
  const { move } = input;
  const reasons: Violation[] = [];
  if (!input.fiscalYear) {
    reasons.push({ field: 'amount', rule: 'FISCAL_YEAR_UNKNOWN', message: 'the minimum wage of the current year is not set, so the payment cannot be computed' });
  }
  const parsed = parseIin(input.iin);
  if (!parsed.ok) reasons.push({ field: 'iin', rule: 'IIN_INVALID', message: parsed.message });
  if (!input.regionExists) reasons.push({ field: 'regionCode', rule: 'REGION_UNKNOWN', message: `there is no region "${input.regionCode}"` });
  reasons.push(...checkMove(move, input.on ?? localDateOf(input.at)));
  if (!Number.isInteger(move.familyMembers) || move.familyMembers < 0) {
    reasons.push({ field: 'familyMembers', rule: 'FAMILY_MEMBERS_NEGATIVE', message: 'the number of family members moving is a whole number, zero or more' });
  }
  if (!move.infrastructureProject.trim()) reasons.push({ field: 'infrastructureProject', rule: 'REQUIRED', message: 'name the infrastructure project' });
  if (!move.employer.trim()) reasons.push({ field: 'employer', rule: 'REQUIRED', message: 'name the employer' });
  return reasons;
}
