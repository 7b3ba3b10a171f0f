import { describe, it, expect } from 'vitest';
import type { ApplicantCategory } from '../../workflows/rules/categories';
import type { FiscalFact } from '../../workflows/rules/fiscal';
import { screenGrant, type GrantScreeningInput } from '../../workflows/grant/eligibility';
import { makeIin } from '../../workflows/rules/iin';

const FY2026: FiscalFact = { year: 2026, mci: '4325.00', minimumWage: '85000.00' };
const FY2020: FiscalFact = { year: 2020, mci: '2778.00', minimumWage: '42500.00' };
const VALID_IIN = makeIin('1985-07-14', 'female', 321);

function input(overrides: Partial<GrantScreeningInput> = {}): GrantScreeningInput {
  return {
    iin: VALID_IIN,
    categories: ['UNEMPLOYED'],
    amount: '500000.00',
    certificate: { number: 'BB-2025-000042', issuedOn: '2025-10-01' },
    regionCode: 'AKM',
    regionExists: true,
    fiscalYear: FY2026,
    ...overrides,
  };
}

function rules(overrides: Partial<GrantScreeningInput>): string[] {
  return screenGrant(input(overrides)).map((r) => r.rule);
}

describe('screenGrant', () => {
  it('returns no reasons for an eligible application', () => {
    expect(screenGrant(input())).toEqual([]);
  });

  it('returns every broken rule at once, in a stable order, each with its field', () => {
    const reasons = screenGrant(
      input({ iin: '900101300127', regionCode: 'ZZZ', regionExists: false, amount: '865000.01', certificate: null, categories: [] }),
    );
    expect(reasons.map((r) => [r.field, r.rule])).toEqual([
      ['iin', 'IIN_INVALID'],
      ['regionCode', 'REGION_UNKNOWN'],
      ['amount', 'AMOUNT_OVER_CAP'],
      ['certificate', 'CERTIFICATE_REQUIRED'],
    ]);
    expect(reasons[0]!.message).toContain('check digit');
    expect(reasons[1]!.message).toContain('"ZZZ"');
    expect(reasons[2]!.message).toContain('865 000.01 ₸');
    expect(reasons[2]!.message).toContain('865 000.00 ₸');
    expect(reasons[2]!.message).toContain('2026');
    expect(reasons[3]!.message).toContain('Bastau Business');
  });

  it('reports the unknown fiscal year together with the other reasons', () => {
    expect(rules({ iin: '1', regionExists: false, fiscalYear: null, certificate: null })).toEqual([
      'IIN_INVALID',
      'REGION_UNKNOWN',
      'FISCAL_YEAR_UNKNOWN',
      'CERTIFICATE_REQUIRED',
    ]);
  });

  describe('the cap of 200 MCI', () => {
    it.each<{ year: FiscalFact; atCap: string; overCap: string; capText: string }>([
      { year: FY2026, atCap: '865000.00', overCap: '865000.01', capText: '865 000.00 ₸' },
      { year: FY2020, atCap: '555600.00', overCap: '555600.01', capText: '555 600.00 ₸' },
    ])('$year.year: $atCap is accepted, $overCap refused with the cap in tenge', ({ year, atCap, overCap, capText }) => {
      expect(screenGrant(input({ amount: atCap, fiscalYear: year }))).toEqual([]);
      const reasons = screenGrant(input({ amount: overCap, fiscalYear: year }));
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatchObject({ field: 'amount', rule: 'AMOUNT_OVER_CAP' });
      expect(reasons[0]!.message).toContain(capText);
      expect(reasons[0]!.message).toContain(String(year.year));
      expect(reasons[0]!.message).toContain('200 MCI');
    });

    it('matches the documented 2020 example: 600 000 is over the 555 600 cap, and no certificate', () => {
      const reasons = screenGrant(input({ amount: '600000.00', certificate: null, categories: [], fiscalYear: FY2020 }));
      expect(reasons.map((r) => r.rule)).toEqual(['AMOUNT_OVER_CAP', 'CERTIFICATE_REQUIRED']);
      expect(reasons[0]!.message).toBe('600 000.00 ₸ is over the grant cap of 200 MCI for 2020 (555 600.00 ₸)');
    });
  });

  describe('the amount', () => {
    it.each<[string, string]>([
      ['0', 'AMOUNT_ZERO'],
      ['0.00', 'AMOUNT_ZERO'],
      ['-5.00', 'AMOUNT_NEGATIVE'],
      ['12.345', 'AMOUNT_PRECISION'],
      ['1e5', 'AMOUNT_FORMAT'],
      ['', 'AMOUNT_FORMAT'],
      ['1 000', 'AMOUNT_FORMAT'],
    ])('%j → %s', (amount, rule) => {
      const reasons = screenGrant(input({ amount }));
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatchObject({ field: 'amount', rule });
      expect(reasons[0]!.message.length).toBeGreaterThan(0);
    });

    it('a malformed amount is reported once, without the fiscal year check', () => {
      expect(rules({ amount: 'abc', fiscalYear: null })).toEqual(['AMOUNT_FORMAT']);
    });

    it('a zero amount is refused even when the fiscal year is unknown', () => {
      expect(rules({ amount: '0.00', fiscalYear: null })).toEqual(['AMOUNT_ZERO']);
    });

    it('the unknown fiscal year is explained: the cap cannot be computed', () => {
      const reasons = screenGrant(input({ fiscalYear: null }));
      expect(reasons).toEqual([{ field: 'amount', rule: 'FISCAL_YEAR_UNKNOWN', message: expect.stringContaining('MCI') }]);
    });
  });

  describe('the IIN', () => {
    it.each<[string, string]>([
      ['wrong check digit', '900101300127'],
      ['too short', '90010130012'],
      ['letters', '90010130012A'],
      ['century digit 0', '900101000126'],
      ['impossible birth date', '901301300126'],
    ])('%s → IIN_INVALID with the parser\'s message', (_what, iin) => {
      const reasons = screenGrant(input({ iin }));
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatchObject({ field: 'iin', rule: 'IIN_INVALID' });
      expect(reasons[0]!.message).toContain(iin);
    });
  });

  describe('the Bastau Business certificate and the TSA exception', () => {
    it.each<{ categories: ApplicantCategory[]; needsCertificate: boolean }>([
      { categories: [], needsCertificate: true },
      { categories: ['TSA_RECIPIENT'], needsCertificate: true },
      { categories: ['LARGE_FAMILY'], needsCertificate: true },
      { categories: ['LOW_INCOME_FAMILY'], needsCertificate: true },
      { categories: ['LARGE_FAMILY', 'LOW_INCOME_FAMILY'], needsCertificate: true },
      { categories: ['DISABILITY', 'YOUTH', 'KANDAS'], needsCertificate: true },
      { categories: ['TSA_RECIPIENT', 'LARGE_FAMILY'], needsCertificate: false },
      { categories: ['LOW_INCOME_FAMILY', 'TSA_RECIPIENT'], needsCertificate: false },
      { categories: ['TSA_RECIPIENT', 'LARGE_FAMILY', 'LOW_INCOME_FAMILY'], needsCertificate: false },
    ])('categories $categories without a certificate → needs one: $needsCertificate', ({ categories, needsCertificate }) => {
      expect(rules({ categories, certificate: null })).toEqual(needsCertificate ? ['CERTIFICATE_REQUIRED'] : []);
    });

    it('with a certificate, no category is needed', () => {
      expect(rules({ categories: [] })).toEqual([]);
    });
  });

  it('an unknown region names the code it was given', () => {
    expect(screenGrant(input({ regionCode: 'ATLANTIS', regionExists: false }))).toEqual([
      { field: 'regionCode', rule: 'REGION_UNKNOWN', message: 'there is no region "ATLANTIS"' },
    ]);
  });
});
