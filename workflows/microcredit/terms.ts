import type { Violation } from '../errors';
import type { ApplicantCategory } from '../rules/categories';
import { parseIin } from '../rules/iin';
import { describeMoney, moneyFromNumeric, parseMoney } from '../rules/money';
import { formatRate } from '../rules/rate';

export const MICROCREDIT_PRODUCTS = ['STANDARD', 'PREFERENTIAL'] as const;
export type MicrocreditProduct = (typeof MICROCREDIT_PRODUCTS)[number];

/**
 * The terms one product of the programme allows in one year, as data: the programme changes
 * them by decree, so they live in the `microcredit_terms` table, never in code. JSON-safe,
 * because they travel on events and into snapshots as facts.
 */
export interface MicrocreditTermsFact {
  year: number;
  product: MicrocreditProduct;
  /** applicants with any of these categories get this product; empty: everyone else */
  eligibleCategories: ApplicantCategory[];
  maxAmount: string;
  maxRateBp: number;
  minTermMonths: number;
  maxTermMonths: number;
  /** days the borrower has to sign the contract after approval */
  contractDays: number;
  /** days an instalment may be overdue before an approver may write the loan off */
  writeOffAfterDays: number;
}

export interface LoanRequestTerms {
  amount: string;
  rateBp: number;
  termMonths: number;
}

/**
 * The product an applicant's categories give: a product that names one of their categories
 * (preferential terms for large and low-income families), else the one open to everyone.
 */
export function productFor(categories: readonly ApplicantCategory[], terms: readonly MicrocreditTermsFact[]): MicrocreditTermsFact | null {
  return (
    terms.find((t) => t.eligibleCategories.some((c) => categories.includes(c))) ??
    terms.find((t) => t.eligibleCategories.length === 0) ??
    null
  );
}

/** Whether an amount, rate and term fit a product; every broken limit is reported. */
export function checkLoanTerms(product: MicrocreditTermsFact, request: LoanRequestTerms, prefix = ''): Violation[] {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const reasons: Violation[] = [];
  const label = product.product === 'PREFERENTIAL' ? 'preferential' : 'standard';
  const amount = parseMoney(request.amount);
  if (!amount.ok) {
    reasons.push({ field: field('amount'), rule: `AMOUNT_${amount.reason}`, message: amount.message });
  } else if (amount.value > moneyFromNumeric(product.maxAmount)) {
    reasons.push({
      field: field('amount'),
      rule: 'AMOUNT_OVER_CAP',
      message: `${describeMoney(amount.value)} is over the ${label} maximum of ${describeMoney(moneyFromNumeric(product.maxAmount))} for ${product.year}`,
    });
  }
  if (!Number.isInteger(request.rateBp) || request.rateBp < 0) {
    reasons.push({ field: field('rate'), rule: 'RATE_NEGATIVE', message: 'the rate must not be negative' });
  } else if (request.rateBp > product.maxRateBp) {
    reasons.push({
      field: field('rate'),
      rule: 'RATE_OVER_CAP',
      message: `${formatRate(request.rateBp)} % a year is over the ${label} maximum of ${formatRate(product.maxRateBp)} %`,
    });
  }
  if (!Number.isInteger(request.termMonths) || request.termMonths < product.minTermMonths || request.termMonths > product.maxTermMonths) {
    reasons.push({
      field: field('termMonths'),
      rule: 'TERM_OUT_OF_RANGE',
      message: `the ${label} term is ${product.minTermMonths} to ${product.maxTermMonths} months, not ${request.termMonths}`,
    });
  }
  return reasons;
}

export interface MicrocreditScreeningInput {
  iin: string;
  categories: readonly ApplicantCategory[];
  regionCode: string;
  request: LoanRequestTerms;
  regionExists: boolean;
  /** the year's products; null when the year has none */
  terms: readonly MicrocreditTermsFact[] | null;
}

/** The programme's entry rules for a microcredit; empty when eligible. */
export function screenMicrocredit(input: MicrocreditScreeningInput): { product: MicrocreditTermsFact | null; reasons: Violation[] } {
  const reasons: Violation[] = [];
  const iin = parseIin(input.iin);
  if (!iin.ok) reasons.push({ field: 'iin', rule: 'IIN_INVALID', message: iin.message });
  if (!input.regionExists) {
    reasons.push({ field: 'regionCode', rule: 'REGION_UNKNOWN', message: `there is no region "${input.regionCode}"` });
  }
  const product = input.terms ? productFor(input.categories, input.terms) : null;
  if (product === null) {
    reasons.push({ field: 'amount', rule: 'TERMS_UNKNOWN', message: 'the programme has no microcredit terms for the current year' });
  } else {
    reasons.push(...checkLoanTerms(product, input.request));
  }
  return { product, reasons };
}
