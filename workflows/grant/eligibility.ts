import type { Violation } from '../errors';
import { isTsaFamilyMember, type ApplicantCategory } from '../rules/categories';
import { grantCap, type FiscalFact } from '../rules/fiscal';
import { parseIin } from '../rules/iin';
import { describeMoney, moneyFromNumeric, parseMoney } from '../rules/money';

/** Proof of the Bastau Business course in the basics of entrepreneurship. */
export interface BastauCertificate {
  number: string;
  issuedOn: string;
}

/** What the automatic screening of a grant application looks at. */
export interface GrantScreeningInput {
  iin: string;
  categories: readonly ApplicantCategory[];
  amount: string;
  certificate: BastauCertificate | null;
  regionCode: string;
  /** facts gathered by the engine at the moment of screening */
  regionExists: boolean;
  fiscalYear: FiscalFact | null;
}

/**
 * The grant programme's entry rules. Returns every rule the application breaks (empty when it
 * is eligible), so the applicant sees all reasons at once.
 *
 * @example
 * screenGrant({ iin, categories: [], amount: '600000.00', certificate: null, regionCode: 'AKM',
 *   regionExists: true, fiscalYear: { year: 2020, mci: '2778.00', minimumWage: '42500.00' } })
 * // → AMOUNT_OVER_CAP (cap 555 600.00 ₸) and CERTIFICATE_REQUIRED
 */
export function screenGrant(input: GrantScreeningInput): Violation[] {
  const reasons: Violation[] = [];
  const iin = parseIin(input.iin);
  if (!iin.ok) reasons.push({ field: 'iin', rule: 'IIN_INVALID', message: iin.message });

  if (!input.regionExists) {
    reasons.push({ field: 'regionCode', rule: 'REGION_UNKNOWN', message: `there is no region "${input.regionCode}"` });
  }

  const amount = parseMoney(input.amount);
  if (!amount.ok) {
    reasons.push({ field: 'amount', rule: `AMOUNT_${amount.reason}`, message: amount.message });
  } else if (input.fiscalYear === null) {
    reasons.push({
      field: 'amount',
      rule: 'FISCAL_YEAR_UNKNOWN',
      message: 'the fiscal parameters (MCI) of the current year are not set, so the grant cap is unknown',
    });
  } else {
    const cap = grantCap(moneyFromNumeric(input.fiscalYear.mci));
    if (amount.value > cap) {
      reasons.push({
        field: 'amount',
        rule: 'AMOUNT_OVER_CAP',
        message: `${describeMoney(amount.value)} is over the grant cap of 200 MCI for ${input.fiscalYear.year} (${describeMoney(cap)})`,
      });
    }
  }

  if (input.certificate === null && !isTsaFamilyMember(input.categories)) {
    reasons.push({
      field: 'certificate',
      rule: 'CERTIFICATE_REQUIRED',
      message:
        'a Bastau Business certificate is required, unless the applicant is a member of a large or low-income family receiving TSA',
    });
  }
  return reasons;
}
