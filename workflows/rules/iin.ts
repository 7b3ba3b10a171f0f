/**
 * Kazakhstan individual identification number (IIN, ЖСН/ИИН) for natural persons.
 *
 * An IIN is 12 digits: YYMMDD birth date, one century-and-sex digit (1/2: 1800s, 3/4: 1900s,
 * 5/6: 2000s; odd = male, even = female), a 4-digit serial and a check digit. Applicants are
 * identified by IIN, and eligibility rules depend on the age and sex it encodes, so the number
 * is validated fully here. Dates are handled as integers (no `Date`), so results never depend
 * on the local timezone. This module is pure.
 *
 * @packageDocumentation
 */

import { daysInMonth, formatCalendarDate, quoteInput, type CalendarDate } from './calendar';

/**
 * Why an IIN was rejected.
 * - `NOT_DIGITS`: contains something other than ASCII digits.
 * - `LENGTH`: digits only, but not exactly 12 of them (also the empty string).
 * - `CENTURY`: digit 7 is 0, 7, 8 or 9 (not an individual's century/sex code).
 * - `BIRTH_DATE`: digits 1-6 are not a real calendar date in that century.
 * - `CHECK_DIGIT`: digit 12 is wrong, or no check digit exists for the first 11 digits.
 */
export type IinErrorReason = 'LENGTH' | 'NOT_DIGITS' | 'CENTURY' | 'BIRTH_DATE' | 'CHECK_DIGIT';

/** What a valid IIN says about its holder. */
export interface ParsedIin {
  /** The 12-digit IIN as given. */
  iin: string;
  /** Birth date as YYYY-MM-DD. */
  birthDate: string;
  sex: 'male' | 'female';
}

/** Outcome of {@link parseIin}. */
export type IinResult =
  | { ok: true; value: ParsedIin }
  | { ok: false; reason: IinErrorReason; message: string };

const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Parse a strict YYYY-MM-DD string into a real calendar date, or throw RangeError. */
function parseIsoDate(text: string, what: string): CalendarDate {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (match === null) {
    throw new RangeError(`${what} must be a date in YYYY-MM-DD form, got ${typeof text === 'string' ? quoteInput(text) : typeof text}.`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) {
    throw new RangeError(`${what} ${quoteInput(text)} is not a real calendar date.`);
  }
  return { year, month, day };
}

function weightedSumMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  }
  return sum % 11;
}

/**
 * Compute the IIN check digit for the first 11 digits.
 *
 * First pass: weights 1..11, sum mod 11. If that gives 10, second pass: weights
 * 3,4,5,6,7,8,9,10,11,1,2, sum mod 11. If that is 10 too, no check digit exists and such
 * 11 digits can never start a valid IIN.
 *
 * @param first11 - exactly 11 ASCII digits.
 * @returns the check digit 0..9, or `null` when none exists.
 * @throws RangeError when `first11` is not 11 digits (a programming error, not user input).
 *
 * @example
 * ```ts
 * iinCheckDigit('90010130012'); // 6  -> IIN "900101300126"
 * iinCheckDigit('90010130080'); // null (both passes give 10)
 * ```
 */
export function iinCheckDigit(first11: string): number | null {
  if (typeof first11 !== 'string' || !/^\d{11}$/.test(first11)) {
    throw new RangeError(`iinCheckDigit expects exactly 11 digits, got ${typeof first11 === 'string' ? quoteInput(first11) : typeof first11}.`);
  }
  const first = weightedSumMod11(first11, FIRST_PASS_WEIGHTS);
  if (first !== 10) {
    return first;
  }
  const second = weightedSumMod11(first11, SECOND_PASS_WEIGHTS);
  return second === 10 ? null : second;
}

/**
 * Validate an IIN and extract the birth date and sex it encodes.
 *
 * Checks run in this order, and the first failure is reported: NOT_DIGITS / LENGTH,
 * CENTURY, BIRTH_DATE (a real date, leap years included), CHECK_DIGIT. The input is not
 * trimmed or otherwise normalised; callers decide whether to strip spaces.
 *
 * @example
 * ```ts
 * parseIin('900101300126');
 * // { ok: true, value: { iin: '900101300126', birthDate: '1990-01-01', sex: 'male' } }
 * parseIin('90010130012'); // { ok: false, reason: 'LENGTH', message: '...' }
 * ```
 */
export function parseIin(input: string): IinResult {
  if (typeof input !== 'string') {
    return { ok: false, reason: 'NOT_DIGITS', message: 'IIN must be a string of 12 digits.' };
  }
  if (input.length > 0 && !/^\d+$/.test(input)) {
    return { ok: false, reason: 'NOT_DIGITS', message: `IIN ${quoteInput(input)} must contain digits only.` };
  }
  if (input.length !== 12) {
    return { ok: false, reason: 'LENGTH', message: `IIN ${quoteInput(input)} must be exactly 12 digits, got ${input.length}.` };
  }

  const centuryDigit = input.charCodeAt(6) - 48;
  if (centuryDigit < 1 || centuryDigit > 6) {
    return {
      ok: false,
      reason: 'CENTURY',
      message: `IIN ${quoteInput(input)} has century/sex digit ${centuryDigit} (7th digit); an individual's IIN has 1-6 there.`,
    };
  }

  const year = 1800 + Math.floor((centuryDigit - 1) / 2) * 100 + Number(input.slice(0, 2));
  const month = Number(input.slice(2, 4));
  const day = Number(input.slice(4, 6));
  if (!isRealDate(year, month, day)) {
    return {
      ok: false,
      reason: 'BIRTH_DATE',
      message: `IIN ${quoteInput(input)} encodes birth date ${pad(year, 4)}-${input.slice(2, 4)}-${input.slice(4, 6)}, which is not a real calendar date.`,
    };
  }

  const expected = iinCheckDigit(input.slice(0, 11));
  const actual = input.charCodeAt(11) - 48;
  if (expected === null) {
    return {
      ok: false,
      reason: 'CHECK_DIGIT',
      message: `IIN ${quoteInput(input)} is invalid: no check digit exists for its first 11 digits.`,
    };
  }
  if (expected !== actual) {
    return {
      ok: false,
      reason: 'CHECK_DIGIT',
      message: `IIN ${quoteInput(input)} has a wrong check digit (12th digit is ${actual}, expected ${expected}).`,
    };
  }

  return {
    ok: true,
    value: {
      iin: input,
      birthDate: formatCalendarDate({ year, month, day }),
      sex: centuryDigit % 2 === 1 ? 'male' : 'female',
    },
  };
}

/**
 * True when {@link parseIin} accepts the input; for callers that need no reason.
 *
 * @example
 * ```ts
 * isValidIin('900101300126'); // true
 * isValidIin('900101300127'); // false
 * ```
 */
export function isValidIin(input: string): boolean {
  return parseIin(input).ok;
}

/**
 * Build a valid IIN for a birth date, sex and serial; used by seeds and tests to get
 * realistic, deterministic identifiers.
 *
 * If the 4-digit serial yields no check digit, the next serials are tried (9999 wraps to 0)
 * until one does, so the serial in the result may differ from the one requested.
 *
 * @param birthDate - YYYY-MM-DD, a real date with year 1800..2099.
 * @param sex - encoded, with the century, in digit 7.
 * @param serial - integer 0..9999 for digits 8-11.
 * @throws RangeError on an invalid date, a year out of range or a bad serial.
 *
 * @example
 * ```ts
 * makeIin('1990-01-01', 'male', 12); // "900101300126"
 * ```
 */
export function makeIin(birthDate: string, sex: 'male' | 'female', serial: number): string {
  const date = parseIsoDate(birthDate, 'Birth date');
  if (date.year < 1800 || date.year > 2099) {
    throw new RangeError(`Birth date ${quoteInput(birthDate)} is outside 1800..2099, which an IIN cannot encode.`);
  }
  if (sex !== 'male' && sex !== 'female') {
    throw new RangeError(`Sex must be 'male' or 'female', got ${quoteInput(String(sex))}.`);
  }
  if (!Number.isInteger(serial) || serial < 0 || serial > 9999) {
    throw new RangeError(`IIN serial must be an integer 0..9999, got ${String(serial)}.`);
  }

  const centuryIndex = Math.floor((date.year - 1800) / 100);
  const centuryDigit = centuryIndex * 2 + (sex === 'male' ? 1 : 2);
  const prefix = `${pad(date.year % 100, 2)}${pad(date.month, 2)}${pad(date.day, 2)}${centuryDigit}`;

  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const first11 = `${prefix}${pad((serial + attempt) % 10_000, 4)}`;
    const check = iinCheckDigit(first11);
    if (check !== null) {
      return `${first11}${check}`;
    }
  }
  // Unreachable: the serial alone moves the check sums through every residue.
  throw new Error(`No serial gives a valid IIN for ${birthDate} (${sex}).`);
}

/**
 * Age in whole completed years on a given date, for eligibility rules such as age limits.
 *
 * Both dates are YYYY-MM-DD and compared as integers. Someone born on 29 February completes
 * a year on 28 February in non-leap years, following civil-law term counting (a term that
 * would end on a day the month lacks ends on that month's last day).
 *
 * @throws RangeError when a date is malformed or `onDate` is before `birthDate`.
 *
 * @example
 * ```ts
 * ageOn('1990-06-15', '2024-06-14'); // 33
 * ageOn('1990-06-15', '2024-06-15'); // 34
 * ageOn('2004-02-29', '2022-02-28'); // 18
 * ```
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = parseIsoDate(birthDate, 'Birth date');
  const on = parseIsoDate(onDate, 'Date');
  const birthKey = birth.year * 10_000 + birth.month * 100 + birth.day;
  const onKey = on.year * 10_000 + on.month * 100 + on.day;
  if (onKey < birthKey) {
    throw new RangeError(`Date ${quoteInput(onDate)} is before birth date ${quoteInput(birthDate)}.`);
  }

  // The birthday in the year of `onDate`, clamped to the month's last day (29 Feb -> 28 Feb).
  const birthdayDay = Math.min(birth.day, daysInMonth(on.year, birth.month));
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birthdayDay);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
