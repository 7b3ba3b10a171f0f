/**
 * Annual interest rates as integer basis points (1 bp = 0.01 %).
 *
 * Microcredit rates are legal terms ("at most 6 % a year"), and every repayment amount is
 * derived from them, so a rate is never a binary float: in code it is a whole number of basis
 * points (6 % = 600), and at the edges it is a decimal string of percent such as "4.50".
 * This module is pure: it depends on nothing outside the language itself.
 *
 * @packageDocumentation
 */

/**
 * Why a client-supplied rate was rejected, so callers can map it to a stable API error code.
 * - `FORMAT`: not a plain decimal number of percent (exponents, signs, blanks, leading zeros, "4.", ".5"...).
 * - `PRECISION`: more than two decimal places; one basis point (0.01 %) is the smallest unit.
 * - `NEGATIVE`: a well-formed number with a leading minus.
 * - `TOO_LARGE`: above 100 %.
 */
export type RateErrorReason = 'FORMAT' | 'PRECISION' | 'NEGATIVE' | 'TOO_LARGE';

/** Outcome of {@link parseRate}: the rate in basis points, or a reason and an English message. */
export type RateParseResult =
  | { ok: true; value: number }
  | { ok: false; reason: RateErrorReason; message: string };

/** Largest accepted rate: 100 % a year, in basis points. */
const MAX_RATE_BP = 10_000;

const VALID_RATE = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;
const TOO_PRECISE_RATE = /^(?:0|[1-9]\d*)\.\d{3,}$/;

/** Quote untrusted text for an error message, cut short so a huge input cannot bloat the message. */
function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

function fail(reason: RateErrorReason, message: string): RateParseResult {
  return { ok: false, reason, message };
}

/**
 * Parse a client-supplied annual rate in percent into basis points.
 *
 * The grammar is the one used for money (`^(0|[1-9]\d*)(\.\d{1,2})?$`), so every accepted
 * string has exactly one meaning: no exponents, signs, blanks, leading zeros, or a dot without
 * digits on both sides. Zero is accepted (interest-free loans exist); the maximum is 100 %.
 * The input is not trimmed.
 *
 * @param input - the text exactly as the client sent it, in percent a year.
 * @returns `{ ok: true, value }` in basis points, or `{ ok: false, reason, message }`.
 *
 * @example
 * ```ts
 * parseRate('6');     // { ok: true, value: 600 }
 * parseRate('4.5');   // { ok: true, value: 450 }
 * parseRate('4.555'); // { ok: false, reason: 'PRECISION', message: '...' }
 * parseRate('1e2');   // { ok: false, reason: 'FORMAT', message: '...' }
 * ```
 */
export function parseRate(input: string): RateParseResult {
  if (typeof input !== 'string') {
    return fail('FORMAT', 'Rate must be a decimal string of percent such as "4.5".');
  }
  // The patterns below run in linear time and no number is built from more than five digits,
  // so even a huge input is rejected cheaply.
  const negative = input.startsWith('-');
  const body = negative ? input.slice(1) : input;
  const match = VALID_RATE.exec(body);
  if (match === null) {
    if (TOO_PRECISE_RATE.test(body)) {
      return fail('PRECISION', `Rate ${quote(input)} has more than two decimal places; the smallest unit is 0.01 % (one basis point).`);
    }
    return fail(
      'FORMAT',
      `Rate ${quote(input)} is not a decimal number of percent like "4.5" (digits, optionally a dot and one or two decimals; no signs, spaces, exponents or leading zeros).`,
    );
  }
  if (negative) {
    return fail('NEGATIVE', `Rate ${quote(input)} is negative; a rate must not be negative.`);
  }

  const integerPart = match[1] ?? '0';
  const fractionPart = match[2] ?? '';
  // More than three integer digits is at least 1000 %: decided without building a number.
  const value = integerPart.length > 3 ? MAX_RATE_BP + 1 : Number(integerPart) * 100 + Number(fractionPart.padEnd(2, '0'));
  if (value > MAX_RATE_BP) {
    return fail('TOO_LARGE', `Rate ${quote(input)} is too large; the maximum is 100 % a year.`);
  }
  return { ok: true, value };
}

/**
 * Format basis points as the canonical API/DB percent string with two decimals, so that
 * `parseRate(formatRate(bp))` gives `bp` back for every valid rate.
 *
 * @throws RangeError when `basisPoints` is not a safe integer (a fraction of a basis point has no meaning).
 *
 * @example
 * ```ts
 * formatRate(450); // "4.50"
 * formatRate(0);   // "0.00"
 * ```
 */
export function formatRate(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints)) {
    throw new RangeError(`Rate in basis points must be a safe integer, got ${String(basisPoints)}.`);
  }
  const negative = basisPoints < 0;
  const abs = Math.abs(basisPoints);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}
