import { describe, it, expect } from 'vitest';
import type { ApplicantCategory } from '../../workflows/rules/categories';
import { makeIin } from '../../workflows/rules/iin';
import {
  checkLoanTerms,
  productFor,
  screenMicrocredit,
  type LoanRequestTerms,
  type MicrocreditScreeningInput,
  type MicrocreditTermsFact,
} from '../../workflows/microcredit/terms';
import { PREFERENTIAL_2026, STANDARD_2026, TERMS_2026 } from '../support/machine-harness';

// ---------------------------------------------------------------------------------------------
// builders (the seeded products of 2026 as facts, STANDARD_2026 and PREFERENTIAL_2026, are shared
// with the microcredit machine tests: test/support/machine-harness.ts)
// ---------------------------------------------------------------------------------------------

const VALID_IIN = makeIin('1985-07-14', 'female', 321);

function loan(overrides: Partial<LoanRequestTerms> = {}): LoanRequestTerms {
  return { amount: '3000000.00', rateBp: 500, termMonths: 36, ...overrides };
}

function screening(overrides: Partial<MicrocreditScreeningInput> = {}): MicrocreditScreeningInput {
  return {
    iin: VALID_IIN,
    categories: ['UNEMPLOYED'],
    regionCode: 'AKM',
    request: loan(),
    regionExists: true,
    terms: TERMS_2026,
    ...overrides,
  };
}

function rulesOf(product: MicrocreditTermsFact, request: Partial<LoanRequestTerms>): string[] {
  return checkLoanTerms(product, loan(request)).map((r) => r.rule);
}

// ---------------------------------------------------------------------------------------------
// productFor
// ---------------------------------------------------------------------------------------------

describe('productFor', () => {
  it.each<{ name: string; categories: ApplicantCategory[] }>([
    { name: 'a large family', categories: ['LARGE_FAMILY'] },
    { name: 'a low-income family', categories: ['LOW_INCOME_FAMILY'] },
    { name: 'both family categories', categories: ['LOW_INCOME_FAMILY', 'LARGE_FAMILY'] },
    { name: 'a large family among other categories', categories: ['UNEMPLOYED', 'YOUTH', 'LARGE_FAMILY'] },
    { name: 'a low-income family receiving TSA', categories: ['TSA_RECIPIENT', 'LOW_INCOME_FAMILY'] },
  ])('gives the preferential product to $name', ({ categories }) => {
    expect(productFor(categories, TERMS_2026)).toBe(PREFERENTIAL_2026);
  });

  it.each<{ name: string; categories: ApplicantCategory[] }>([
    { name: 'no category', categories: [] },
    { name: 'an unemployed applicant', categories: ['UNEMPLOYED'] },
    { name: 'a TSA recipient outside a large or low-income family', categories: ['TSA_RECIPIENT'] },
    { name: 'every other category', categories: ['DISABILITY', 'YOUTH', 'SELF_EMPLOYED', 'KANDAS', 'ORPHANAGE_GRADUATE', 'RELEASED_FROM_PRISON'] },
  ])('gives the standard product to $name', ({ categories }) => {
    expect(productFor(categories, TERMS_2026)).toBe(STANDARD_2026);
  });

  it('does not depend on the order of the products', () => {
    const reversed = [PREFERENTIAL_2026, STANDARD_2026];
    expect(productFor(['LARGE_FAMILY'], reversed)).toBe(PREFERENTIAL_2026);
    expect(productFor(['UNEMPLOYED'], reversed)).toBe(STANDARD_2026);
  });

  it('returns null when there are no terms at all', () => {
    expect(productFor(['UNEMPLOYED'], [])).toBeNull();
    expect(productFor(['LARGE_FAMILY'], [])).toBeNull();
  });

  it('returns null for a standard applicant when the year has only a preferential product', () => {
    expect(productFor(['UNEMPLOYED'], [PREFERENTIAL_2026])).toBeNull();
    expect(productFor(['LARGE_FAMILY'], [PREFERENTIAL_2026])).toBe(PREFERENTIAL_2026);
  });

  it('falls back to the standard product for a family when the year has no preferential one', () => {
    expect(productFor(['LARGE_FAMILY'], [STANDARD_2026])).toBe(STANDARD_2026);
  });
});

// ---------------------------------------------------------------------------------------------
// checkLoanTerms
// ---------------------------------------------------------------------------------------------

describe('checkLoanTerms', () => {
  describe('boundaries exactly at the caps are accepted', () => {
    it.each<{ name: string; product: MicrocreditTermsFact; request: LoanRequestTerms }>([
      { name: 'standard: the maximum amount, rate and shortest term', product: STANDARD_2026, request: { amount: '8000000.00', rateBp: 600, termMonths: 6 } },
      { name: 'standard: the maximum amount, rate and longest term', product: STANDARD_2026, request: { amount: '8000000.00', rateBp: 600, termMonths: 84 } },
      { name: 'standard: the maximum amount without decimals', product: STANDARD_2026, request: { amount: '8000000', rateBp: 600, termMonths: 84 } },
      { name: 'standard: the smallest amount, an interest-free loan', product: STANDARD_2026, request: { amount: '0.01', rateBp: 0, termMonths: 6 } },
      { name: 'preferential: the maximum amount, rate and shortest term', product: PREFERENTIAL_2026, request: { amount: '20000000.00', rateBp: 400, termMonths: 60 } },
      { name: 'preferential: the maximum amount, rate and longest term', product: PREFERENTIAL_2026, request: { amount: '20000000.00', rateBp: 400, termMonths: 84 } },
    ])('$name', ({ product, request }) => {
      expect(checkLoanTerms(product, request)).toEqual([]);
    });
  });

  describe('amount', () => {
    it('0.01 over the standard maximum is AMOUNT_OVER_CAP, naming both amounts, the product and the year', () => {
      const reasons = checkLoanTerms(STANDARD_2026, loan({ amount: '8000000.01' }));
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatchObject({ field: 'amount', rule: 'AMOUNT_OVER_CAP' });
      expect(reasons[0]!.message).toBe('8 000 000.01 ₸ is over the standard maximum of 8 000 000.00 ₸ for 2026');
    });

    it('0.01 over the preferential maximum is AMOUNT_OVER_CAP for the preferential product', () => {
      const reasons = checkLoanTerms(PREFERENTIAL_2026, loan({ amount: '20000000.01', rateBp: 400, termMonths: 60 }));
      expect(reasons.map((r) => r.rule)).toEqual(['AMOUNT_OVER_CAP']);
      expect(reasons[0]!.message).toBe('20 000 000.01 ₸ is over the preferential maximum of 20 000 000.00 ₸ for 2026');
    });

    it('an amount that fits the preferential product is over the standard one', () => {
      expect(rulesOf(STANDARD_2026, { amount: '15000000.00' })).toEqual(['AMOUNT_OVER_CAP']);
      expect(rulesOf(PREFERENTIAL_2026, { amount: '15000000.00', rateBp: 400, termMonths: 72 })).toEqual([]);
    });

    it.each<{ amount: string; rule: string }>([
      { amount: '0.00', rule: 'AMOUNT_ZERO' },
      { amount: '0', rule: 'AMOUNT_ZERO' },
      { amount: '-1.00', rule: 'AMOUNT_NEGATIVE' },
      { amount: '100.005', rule: 'AMOUNT_PRECISION' },
      { amount: '1e6', rule: 'AMOUNT_FORMAT' },
      { amount: '1 000 000.00', rule: 'AMOUNT_FORMAT' },
      { amount: '', rule: 'AMOUNT_FORMAT' },
      { amount: '1000000000000.01', rule: 'AMOUNT_TOO_LARGE' },
    ])('an amount of $amount is refused as $rule', ({ amount, rule }) => {
      const reasons = checkLoanTerms(STANDARD_2026, loan({ amount }));
      expect(reasons.map((r) => r.rule)).toEqual([rule]);
      expect(reasons[0]!.field).toBe('amount');
      expect(reasons[0]!.message.length).toBeGreaterThan(0);
    });
  });

  describe('rate', () => {
    it('1 bp over the standard maximum is RATE_OVER_CAP, in percent', () => {
      const reasons = checkLoanTerms(STANDARD_2026, loan({ rateBp: 601 }));
      expect(reasons).toEqual([{ field: 'rate', rule: 'RATE_OVER_CAP', message: '6.01 % a year is over the standard maximum of 6.00 %' }]);
    });

    it('450 bp is over the preferential maximum of 4 %', () => {
      const reasons = checkLoanTerms(PREFERENTIAL_2026, loan({ rateBp: 450, termMonths: 60 }));
      expect(reasons).toEqual([{ field: 'rate', rule: 'RATE_OVER_CAP', message: '4.50 % a year is over the preferential maximum of 4.00 %' }]);
    });

    it('401 bp is over the preferential maximum, 400 bp is not', () => {
      expect(rulesOf(PREFERENTIAL_2026, { rateBp: 401, termMonths: 60 })).toEqual(['RATE_OVER_CAP']);
      expect(rulesOf(PREFERENTIAL_2026, { rateBp: 400, termMonths: 60 })).toEqual([]);
    });

    it.each([-1, -600, 4.5, Number.NaN])('a rate of %s bp is refused (RATE_NEGATIVE: not a whole number of bp, zero or more)', (rateBp) => {
      const reasons = checkLoanTerms(STANDARD_2026, loan({ rateBp }));
      expect(reasons).toEqual([{ field: 'rate', rule: 'RATE_NEGATIVE', message: 'the rate must not be negative' }]);
    });
  });

  describe('term', () => {
    it.each<{ name: string; product: MicrocreditTermsFact; termMonths: number; rateBp: number }>([
      { name: 'standard, 0 months', product: STANDARD_2026, termMonths: 0, rateBp: 500 },
      { name: 'standard, 5 months (one under the minimum)', product: STANDARD_2026, termMonths: 5, rateBp: 500 },
      { name: 'standard, 85 months (one over the maximum)', product: STANDARD_2026, termMonths: 85, rateBp: 500 },
      { name: 'standard, 1000 months', product: STANDARD_2026, termMonths: 1000, rateBp: 500 },
      { name: 'standard, -12 months', product: STANDARD_2026, termMonths: -12, rateBp: 500 },
      { name: 'standard, 6.5 months', product: STANDARD_2026, termMonths: 6.5, rateBp: 500 },
      { name: 'standard, NaN months', product: STANDARD_2026, termMonths: Number.NaN, rateBp: 500 },
      { name: 'preferential, 59 months (one under the minimum)', product: PREFERENTIAL_2026, termMonths: 59, rateBp: 400 },
      { name: 'preferential, 36 months (a standard term)', product: PREFERENTIAL_2026, termMonths: 36, rateBp: 400 },
      { name: 'preferential, 85 months (one over the maximum)', product: PREFERENTIAL_2026, termMonths: 85, rateBp: 400 },
    ])('$name is TERM_OUT_OF_RANGE', ({ product, termMonths, rateBp }) => {
      const reasons = checkLoanTerms(product, loan({ termMonths, rateBp }));
      expect(reasons.map((r) => [r.field, r.rule])).toEqual([['termMonths', 'TERM_OUT_OF_RANGE']]);
    });

    it('the message gives the range of the product and the term asked for', () => {
      expect(checkLoanTerms(STANDARD_2026, loan({ termMonths: 1000 }))[0]!.message).toBe('the standard term is 6 to 84 months, not 1000');
      expect(checkLoanTerms(PREFERENTIAL_2026, loan({ termMonths: 48, rateBp: 400 }))[0]!.message).toBe('the preferential term is 60 to 84 months, not 48');
    });
  });

  it('reports every broken limit at once, in the order amount, rate, term', () => {
    const reasons = checkLoanTerms(STANDARD_2026, { amount: '9000000.00', rateBp: 700, termMonths: 100 });
    expect(reasons.map((r) => [r.field, r.rule])).toEqual([
      ['amount', 'AMOUNT_OVER_CAP'],
      ['rate', 'RATE_OVER_CAP'],
      ['termMonths', 'TERM_OUT_OF_RANGE'],
    ]);
  });

  it('reports a malformed amount together with the other limits', () => {
    expect(checkLoanTerms(PREFERENTIAL_2026, { amount: 'abc', rateBp: -5, termMonths: 0 }).map((r) => r.rule)).toEqual([
      'AMOUNT_FORMAT',
      'RATE_NEGATIVE',
      'TERM_OUT_OF_RANGE',
    ]);
  });

  it('prefixes every field when asked (the final terms of a decision)', () => {
    const reasons = checkLoanTerms(STANDARD_2026, { amount: '9000000.00', rateBp: 700, termMonths: 100 }, 'terms');
    expect(reasons.map((r) => r.field)).toEqual(['terms.amount', 'terms.rate', 'terms.termMonths']);
  });

  it('uses the limits of the product it is given, not fixed numbers', () => {
    const decree: MicrocreditTermsFact = { ...STANDARD_2026, year: 2027, maxAmount: '2000000.00', maxRateBp: 350, minTermMonths: 12, maxTermMonths: 24 };
    expect(checkLoanTerms(decree, { amount: '2000000.00', rateBp: 350, termMonths: 12 })).toEqual([]);
    const reasons = checkLoanTerms(decree, { amount: '2000000.01', rateBp: 351, termMonths: 25 });
    expect(reasons.map((r) => r.rule)).toEqual(['AMOUNT_OVER_CAP', 'RATE_OVER_CAP', 'TERM_OUT_OF_RANGE']);
    expect(reasons[0]!.message).toContain('for 2027');
    expect(reasons[1]!.message).toContain('3.50 %');
    expect(reasons[2]!.message).toContain('12 to 24 months');
  });
});

// ---------------------------------------------------------------------------------------------
// screenMicrocredit
// ---------------------------------------------------------------------------------------------

describe('screenMicrocredit', () => {
  it('an eligible standard applicant: the standard product and no reasons', () => {
    expect(screenMicrocredit(screening())).toEqual({ product: STANDARD_2026, reasons: [] });
  });

  it('an eligible large family: the preferential product and no reasons', () => {
    const result = screenMicrocredit(screening({ categories: ['LARGE_FAMILY'], request: { amount: '20000000.00', rateBp: 400, termMonths: 84 } }));
    expect(result).toEqual({ product: PREFERENTIAL_2026, reasons: [] });
  });

  it('checks the request against the applicant\'s own product: a large family asking for 36 months is out of range', () => {
    const result = screenMicrocredit(screening({ categories: ['LARGE_FAMILY'], request: loan({ rateBp: 400, termMonths: 36 }) }));
    expect(result.product).toBe(PREFERENTIAL_2026);
    expect(result.reasons.map((r) => r.rule)).toEqual(['TERM_OUT_OF_RANGE']);
  });

  it('a 450 bp rate is fine for the standard product but over the preferential cap', () => {
    expect(screenMicrocredit(screening({ request: loan({ rateBp: 450, termMonths: 60 }) })).reasons).toEqual([]);
    expect(screenMicrocredit(screening({ categories: ['LOW_INCOME_FAMILY'], request: loan({ rateBp: 450, termMonths: 60 }) })).reasons.map((r) => r.rule)).toEqual([
      'RATE_OVER_CAP',
    ]);
  });

  it('returns every reason at once, in a stable order, and still the product', () => {
    const result = screenMicrocredit(
      screening({ iin: '900101300127', regionCode: 'ZZZ', regionExists: false, request: { amount: '8000000.01', rateBp: 601, termMonths: 1000 } }),
    );
    expect(result.product).toBe(STANDARD_2026);
    expect(result.reasons.map((r) => [r.field, r.rule])).toEqual([
      ['iin', 'IIN_INVALID'],
      ['regionCode', 'REGION_UNKNOWN'],
      ['amount', 'AMOUNT_OVER_CAP'],
      ['rate', 'RATE_OVER_CAP'],
      ['termMonths', 'TERM_OUT_OF_RANGE'],
    ]);
    expect(result.reasons[0]!.message).toContain('check digit');
    expect(result.reasons[1]!.message).toBe('there is no region "ZZZ"');
  });

  it('without terms for the year: TERMS_UNKNOWN with the other reasons, and the loan terms are not checked', () => {
    const result = screenMicrocredit(screening({ iin: '123', regionExists: false, terms: null, request: { amount: '99000000.00', rateBp: 9000, termMonths: 0 } }));
    expect(result.product).toBeNull();
    expect(result.reasons.map((r) => [r.field, r.rule])).toEqual([
      ['iin', 'IIN_INVALID'],
      ['regionCode', 'REGION_UNKNOWN'],
      ['amount', 'TERMS_UNKNOWN'],
    ]);
    expect(result.reasons[2]!.message).toBe('the programme has no microcredit terms for the current year');
  });

  it('an empty list of terms, or no product for the applicant, is TERMS_UNKNOWN', () => {
    expect(screenMicrocredit(screening({ terms: [] }))).toMatchObject({ product: null, reasons: [{ rule: 'TERMS_UNKNOWN' }] });
    expect(screenMicrocredit(screening({ terms: [PREFERENTIAL_2026] }))).toMatchObject({ product: null, reasons: [{ rule: 'TERMS_UNKNOWN' }] });
  });

  it.each([
    { name: 'a wrong check digit', iin: '900101300127' },
    { name: 'eleven digits', iin: '90010130012' },
    { name: 'letters', iin: '90010130012A' },
    { name: 'an empty string', iin: '' },
  ])('an IIN with $name is IIN_INVALID', ({ iin }) => {
    const { reasons } = screenMicrocredit(screening({ iin }));
    expect(reasons.map((r) => [r.field, r.rule])).toEqual([['iin', 'IIN_INVALID']]);
  });
});
