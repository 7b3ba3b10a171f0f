/**
 * Exact money arithmetic for tenge amounts.
 *
 * Grants, microcredits and resettlement payments are legal obligations, so amounts are never
 * held in floating point: in code an amount is a `bigint` count of tiyn (1 tenge = 100 tiyn),
 * and at the edges (GraphQL, PostgreSQL `numeric`) it is a decimal string such as "555600.00".
 * This module is pure: it depends on nothing outside the language itself.
 *
 * @packageDocumentation
 */

/** An amount of money as a whole number of tiyn (hundredths of a tenge). */
export type Tiyn = bigint;

/** Largest amount the system accepts anywhere: 1 trillion tenge (the whole Employment Roadmap budget). */
export const MAX_AMOUNT_TIYN: Tiyn = 1_000_000_000_000_00n;

/**
 * Why a client-supplied amount was rejected, so callers can map it to a stable API error code.
 * - `FORMAT`: not a plain decimal number (exponents, signs, separators, blanks, leading zeros...).
 * - `PRECISION`: more than two decimal places; tiyn is the smallest unit.
 * - `NEGATIVE`: a well-formed number with a leading minus.
 * - `ZERO`: zero where a positive amount is required.
 * - `TOO_LARGE`: above {@link MAX_AMOUNT_TIYN}.
 */
export type MoneyErrorReason = 'FORMAT' | 'PRECISION' | 'NEGATIVE' | 'ZERO' | 'TOO_LARGE';

/** Outcome of {@link parseMoney}: the amount in tiyn, or a reason and an English message. */
export type MoneyParseResult =
  | { ok: true; value: Tiyn }
  | { ok: false; reason: MoneyErrorReason; message: string };

/** Longest input that is examined in detail; longer input is rejected with cheap checks only. */
const MAX_INPUT_LENGTH = 64;
/** More integer digits than this cannot be a valid amount (MAX is 13 digits); rejected before BigInt. */
const MAX_INTEGER_DIGITS = 16;

const VALID_AMOUNT = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;
const TOO_PRECISE_AMOUNT = /^(?:0|[1-9]\d*)\.\d{3,}$/;
const LONG_NUMBER = /^-?[1-9]\d*(?:\.\d+)?$/;
const PG_NUMERIC = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Quote untrusted text for an error message, cut short so a huge input cannot bloat the message. */
function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

function fail(reason: MoneyErrorReason, message: string): MoneyParseResult {
  return { ok: false, reason, message };
}

/**
 * Parse a client-supplied decimal amount in tenge into tiyn.
 *
 * The grammar is deliberately narrow (`^(0|[1-9]\d*)(\.\d{1,2})?$`) so that every accepted
 * string has exactly one meaning: no exponents, signs, grouping, blanks or leading zeros.
 * Amounts must be positive unless `options.allowZero` is set, and never exceed
 * {@link MAX_AMOUNT_TIYN}. Oversized input is rejected without building large numbers.
 *
 * @param input - the text exactly as the client sent it (it is not trimmed).
 * @param options - `allowZero` (default `false`) accepts "0" / "0.00".
 * @returns `{ ok: true, value }` in tiyn, or `{ ok: false, reason, message }`.
 *
 * @example
 * ```ts
 * parseMoney('555600.5');  // { ok: true, value: 55560050n }
 * parseMoney('12.345');    // { ok: false, reason: 'PRECISION', message: '...' }
 * parseMoney('0', { allowZero: true }); // { ok: true, value: 0n }
 * ```
 */
export function parseMoney(input: string, options?: { allowZero?: boolean }): MoneyParseResult {
  const allowZero = options?.allowZero ?? false;
  if (typeof input !== 'string') {
    return fail('FORMAT', 'Amount must be a decimal string such as "1234.50".');
  }

  if (input.length > MAX_INPUT_LENGTH) {
    // Only linear-time checks here; never convert such input to a number.
    return LONG_NUMBER.test(input)
      ? fail('TOO_LARGE', `Amount ${quote(input)} is far too long (${input.length} characters); the maximum is ${formatMoney(MAX_AMOUNT_TIYN)}.`)
      : fail('FORMAT', `Amount ${quote(input)} is not a decimal number like "1234.50" (${input.length} characters is far too long).`);
  }

  const negative = input.startsWith('-');
  const body = negative ? input.slice(1) : input;
  const match = VALID_AMOUNT.exec(body);

  if (match === null) {
    if (TOO_PRECISE_AMOUNT.test(body)) {
      return fail('PRECISION', `Amount ${quote(input)} has more than two decimal places; the smallest unit is 0.01 tenge (1 tiyn).`);
    }
    return fail('FORMAT', `Amount ${quote(input)} is not a decimal number like "1234.50" (digits, optionally a dot and one or two decimals; no signs, spaces, exponents or leading zeros).`);
  }
  if (negative) {
    return fail('NEGATIVE', `Amount ${quote(input)} is negative; amounts must not be negative.`);
  }

  const integerPart = match[1] ?? '0';
  const fractionPart = match[2] ?? '';
  if (integerPart.length > MAX_INTEGER_DIGITS) {
    return fail('TOO_LARGE', `Amount ${quote(input)} is too large; the maximum is ${formatMoney(MAX_AMOUNT_TIYN)}.`);
  }

  const value = BigInt(integerPart) * 100n + BigInt(fractionPart.padEnd(2, '0'));
  if (value === 0n && !allowZero) {
    return fail('ZERO', `Amount ${quote(input)} is zero; the amount must be greater than zero.`);
  }
  if (value > MAX_AMOUNT_TIYN) {
    return fail('TOO_LARGE', `Amount ${quote(input)} is too large; the maximum is ${formatMoney(MAX_AMOUNT_TIYN)}.`);
  }
  return { ok: true, value };
}

/**
 * Format tiyn as the canonical API/DB decimal string: always two decimals, no grouping,
 * a leading '-' for negatives. The output of a non-negative amount parses back with
 * {@link parseMoney} to the same value.
 *
 * @example
 * ```ts
 * formatMoney(123450n); // "1234.50"
 * formatMoney(-5n);     // "-0.05"
 * ```
 */
export function formatMoney(value: Tiyn): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole.toString()}.${fraction}`;
}

/**
 * Convert a PostgreSQL `numeric` text value into tiyn.
 *
 * The value is trusted DB data, so anything unexpected is a programming or schema error and
 * throws a plain `Error` rather than returning a result. Accepts an optional leading '-',
 * any number of integer digits and any number of decimals as long as the amount is a whole
 * number of tiyn (decimals beyond the second must be zeros, e.g. "12.300" from a wider scale;
 * "12.345" throws). No upper bound is applied: sums may legitimately exceed a single amount's limit.
 *
 * @throws Error on non-numeric text ("NaN", "Infinity", "", "1e5") or a fraction of a tiyn.
 *
 * @example
 * ```ts
 * moneyFromNumeric('555600.00'); // 55560000n
 * moneyFromNumeric('0.5');       // 50n
 * moneyFromNumeric('-12.30');    // -1230n
 * ```
 */
export function moneyFromNumeric(text: string): Tiyn {
  const match = typeof text === 'string' ? PG_NUMERIC.exec(text) : null;
  if (match === null) {
    throw new Error(`Expected a PostgreSQL numeric money value, got ${typeof text === 'string' ? quote(text) : typeof text}.`);
  }
  const sign = match[1] ?? '';
  const integerPart = match[2] ?? '0';
  const fractionPart = match[3] ?? '';
  if (fractionPart.length > 2 && /[^0]/.test(fractionPart.slice(2))) {
    throw new Error(`Numeric money value ${quote(text)} has more than two decimal places (a fraction of a tiyn).`);
  }
  const magnitude = BigInt(integerPart) * 100n + BigInt(fractionPart.slice(0, 2).padEnd(2, '0'));
  return sign === '-' ? -magnitude : magnitude;
}

/** Convert an integer `number` or `bigint` to bigint, refusing fractions and imprecise numbers. */
function toIntegerBigInt(n: bigint | number, what: string): bigint {
  if (typeof n === 'bigint') {
    return n;
  }
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${what} must be a safe integer, got ${String(n)}.`);
  }
  return BigInt(n);
}

/**
 * Convert a whole number of tenge (e.g. an MCI value of 2778) into tiyn.
 *
 * @throws RangeError when a `number` is not a safe integer (fractions, NaN, Infinity, > 2^53).
 *
 * @example
 * ```ts
 * tenge(2778); // 277800n
 * ```
 */
export function tenge(whole: bigint | number): Tiyn {
  return toIntegerBigInt(whole, 'Tenge amount') * 100n;
}

/**
 * Multiply an amount by an integer factor exactly, e.g. a grant of 200 MCI.
 *
 * @throws RangeError when a `number` factor is not a safe integer; scale by fractions explicitly instead.
 *
 * @example
 * ```ts
 * multiplyMoney(tenge(2778), 200); // 55560000n, i.e. "555600.00"
 * ```
 */
export function multiplyMoney(value: Tiyn, factor: bigint | number): Tiyn {
  return value * toIntegerBigInt(factor, 'Money factor');
}

/**
 * Human-readable amount for messages and notifications: thousands grouped with spaces,
 * two decimals and the tenge sign. Not for machine use; see {@link formatMoney}.
 *
 * @example
 * ```ts
 * describeMoney(55560000n); // "555 600.00 ₸"
 * ```
 */
export function describeMoney(value: Tiyn): string {
  const plain = formatMoney(value);
  const negative = plain.startsWith('-');
  const unsigned = negative ? plain.slice(1) : plain;
  const dot = unsigned.indexOf('.');
  const grouped = unsigned.slice(0, dot).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '-' : ''}${grouped}${unsigned.slice(dot)} ₸`;
}
