import { describe, it, expect } from 'vitest';
import {
  ageOn,
  iinCheckDigit,
  isValidIin,
  makeIin,
  parseIin,
  type IinErrorReason,
  type ParsedIin,
} from '../../workflows/rules/iin';

/*
 * Check digits computed by hand.
 *
 * A) 1990-01-01, male (1900s + male -> century digit 3), serial 0012:
 *    first 11 digits 9 0 0 1 0 1 3 0 0 1 2
 *    pass 1, weights 1..11:
 *      9*1 + 0*2 + 0*3 + 1*4 + 0*5 + 1*6 + 3*7 + 0*8 + 0*9 + 1*10 + 2*11
 *      = 9 + 0 + 0 + 4 + 0 + 6 + 21 + 0 + 0 + 10 + 22 = 72;  72 mod 11 = 72 - 66 = 6
 *    6 != 10, so the check digit is 6 -> IIN 900101300126.
 *
 * B) same birth date and sex, serial 0081:
 *    first 11 digits 9 0 0 1 0 1 3 0 0 8 1
 *    pass 1, weights 1..11:
 *      9*1 + 0*2 + 0*3 + 1*4 + 0*5 + 1*6 + 3*7 + 0*8 + 0*9 + 8*10 + 1*11
 *      = 9 + 4 + 6 + 21 + 80 + 11 = 131;  131 mod 11 = 131 - 121 = 10  -> second pass
 *    pass 2, weights 3 4 5 6 7 8 9 10 11 1 2:
 *      9*3 + 0*4 + 0*5 + 1*6 + 0*7 + 1*8 + 3*9 + 0*10 + 0*11 + 8*1 + 1*2
 *      = 27 + 6 + 8 + 27 + 8 + 2 = 78;  78 mod 11 = 78 - 77 = 1
 *    check digit 1 -> IIN 900101300811.
 *
 * C) same, serial 0080 (no check digit exists):
 *    pass 1: 9 + 4 + 6 + 21 + 80 + 0*11 = 120;  120 mod 11 = 10  -> second pass
 *    pass 2: 27 + 6 + 8 + 27 + 8 + 0*2  = 76;   76 mod 11 = 10  -> no valid IIN starts 90010130080.
 *
 * D) 2000-02-29, female (2000s + female -> 6), serial 0000:
 *    first 11 digits 0 0 0 2 2 9 6 0 0 0 0
 *    pass 1: 0 + 0 + 0 + 2*4 + 2*5 + 9*6 + 6*7 + 0 + 0 + 0 + 0 = 8 + 10 + 54 + 42 = 114
 *    114 mod 11 = 114 - 110 = 4 -> IIN 000229600004.
 */
const HAND_A = '900101300126';
const HAND_B = '900101300811';
const HAND_C_FIRST11 = '90010130080';
const HAND_D = '000229600004';

function expectValid(iin: string): ParsedIin {
  const result = parseIin(iin);
  if (!result.ok) {
    throw new Error(`expected ${iin} to be valid, got ${result.reason}: ${result.message}`);
  }
  return result.value;
}

function expectReason(input: string, reason: IinErrorReason): string {
  const result = parseIin(input);
  expect(result.ok, `parseIin(${JSON.stringify(input)})`).toBe(false);
  if (result.ok) {
    throw new Error('unreachable');
  }
  expect(result.reason, `reason for ${JSON.stringify(input)}`).toBe(reason);
  expect(result.message.length).toBeGreaterThan(0);
  expect(isValidIin(input)).toBe(false);
  return result.message;
}

/** Replace the last digit with another one. */
function withLastDigit(iin: string, digit: number): string {
  return `${iin.slice(0, 11)}${digit}`;
}

/** Independent reference implementation of the check digit, written out long-hand for the tests. */
function referenceCheckDigit(first11: string): number | null {
  const digits = first11.split('').map(Number);
  let sum = 0;
  digits.forEach((d, i) => {
    sum += d * (i + 1);
  });
  if (sum % 11 !== 10) return sum % 11;
  const second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  sum = 0;
  digits.forEach((d, i) => {
    sum += d * (second[i] ?? 0);
  });
  return sum % 11 === 10 ? null : sum % 11;
}

/** Deterministic pseudo-random generator (xorshift32). */
function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('iinCheckDigit', () => {
  it('matches the hand-computed examples', () => {
    expect(iinCheckDigit('90010130012')).toBe(6); // A: first pass
    expect(iinCheckDigit('90010130081')).toBe(1); // B: second pass
    expect(iinCheckDigit(HAND_C_FIRST11)).toBeNull(); // C: none exists
    expect(iinCheckDigit('00022960000')).toBe(4); // D
  });

  it('agrees with a reference implementation on many random inputs', () => {
    const next = rng(42);
    let firstPass = 0;
    let secondPass = 0;
    let none = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const first11 = Array.from({ length: 11 }, () => String(next() % 10)).join('');
      const expected = referenceCheckDigit(first11);
      expect(iinCheckDigit(first11)).toBe(expected);
      if (expected === null) none += 1;
      else if (first11.split('').reduce((s, d, k) => s + Number(d) * (k + 1), 0) % 11 === 10) secondPass += 1;
      else firstPass += 1;
    }
    // all three branches were exercised
    expect(firstPass).toBeGreaterThan(0);
    expect(secondPass).toBeGreaterThan(0);
    expect(none).toBeGreaterThan(0);
  });

  it('never returns 10', () => {
    const next = rng(3);
    for (let i = 0; i < 5_000; i += 1) {
      const first11 = Array.from({ length: 11 }, () => String(next() % 10)).join('');
      const digit = iinCheckDigit(first11);
      if (digit !== null) {
        expect(digit).toBeGreaterThanOrEqual(0);
        expect(digit).toBeLessThanOrEqual(9);
      }
    }
  });

  it.each(['', '9001013001', '900101300123', '9001013001a', ' 9001013001'])('throws RangeError for %j', (bad) => {
    expect(() => iinCheckDigit(bad)).toThrow(RangeError);
  });
});

describe('parseIin', () => {
  it('accepts the hand-computed IINs', () => {
    expect(parseIin(HAND_A)).toEqual({ ok: true, value: { iin: HAND_A, birthDate: '1990-01-01', sex: 'male' } });
    expect(parseIin(HAND_B)).toEqual({ ok: true, value: { iin: HAND_B, birthDate: '1990-01-01', sex: 'male' } });
    expect(parseIin(HAND_D)).toEqual({ ok: true, value: { iin: HAND_D, birthDate: '2000-02-29', sex: 'female' } });
    expect(isValidIin(HAND_A)).toBe(true);
    expect(isValidIin(HAND_B)).toBe(true);
    expect(isValidIin(HAND_D)).toBe(true);
  });

  it('decodes century and sex from digit 7 for all six codes', () => {
    const cases = [
      { digit: 1, century: 1800, sex: 'male' },
      { digit: 2, century: 1800, sex: 'female' },
      { digit: 3, century: 1900, sex: 'male' },
      { digit: 4, century: 1900, sex: 'female' },
      { digit: 5, century: 2000, sex: 'male' },
      { digit: 6, century: 2000, sex: 'female' },
    ] as const;
    for (const { digit, century, sex } of cases) {
      // take the first serial from 0042 on that has a check digit
      let serial = 42;
      while (referenceCheckDigit(`850615${digit}${String(serial).padStart(4, '0')}`) === null) serial += 1;
      const first11 = `850615${digit}${String(serial).padStart(4, '0')}`;
      const value = expectValid(`${first11}${iinCheckDigit(first11)}`);
      expect(value.birthDate).toBe(`${century + 85}-06-15`);
      expect(value.sex).toBe(sex);
    }
  });

  it('rejects 11 digits (and other digit counts) as LENGTH', () => {
    expect(expectReason(HAND_A.slice(0, 11), 'LENGTH')).toMatch(/12 digits/);
    expectReason(`${HAND_A}0`, 'LENGTH');
    expectReason('1', 'LENGTH');
    expectReason('', 'LENGTH');
    expectReason('9'.repeat(1000), 'LENGTH');
  });

  it('rejects letters and other non-digits as NOT_DIGITS, before the length check', () => {
    expectReason('90010130012A', 'NOT_DIGITS');
    expectReason('abc', 'NOT_DIGITS');
    expectReason('IIN900101300126', 'NOT_DIGITS');
    expectReason(` ${HAND_A}`, 'NOT_DIGITS');
    expectReason(`${HAND_A} `, 'NOT_DIGITS');
    expectReason('9001 0130 0126', 'NOT_DIGITS');
    expectReason('900101-300126', 'NOT_DIGITS');
    expectReason('-90010130012', 'NOT_DIGITS');
    expectReason('９００１０１３００１２６', 'NOT_DIGITS'); // full-width digits
    expectReason(`${HAND_A}\n`, 'NOT_DIGITS');
  });

  it('rejects a wrong check digit as CHECK_DIGIT', () => {
    for (const valid of [HAND_A, HAND_B, HAND_D]) {
      const correct = Number(valid[11]);
      for (let digit = 0; digit <= 9; digit += 1) {
        if (digit === correct) continue;
        expectReason(withLastDigit(valid, digit), 'CHECK_DIGIT');
      }
    }
    expect(expectReason(withLastDigit(HAND_A, 7), 'CHECK_DIGIT')).toMatch(/expected 6/);
  });

  it('rejects every last digit when no check digit exists for the first 11', () => {
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(expectReason(`${HAND_C_FIRST11}${digit}`, 'CHECK_DIGIT')).toMatch(/no check digit exists/);
    }
  });

  it.each([0, 7, 8, 9])('rejects century digit %i as CENTURY', (digit) => {
    // keep the rest of HAND_A, even recomputing a "check digit" does not help
    const first11 = `900101${digit}0012`;
    const check = referenceCheckDigit(first11) ?? 0;
    expect(expectReason(`${first11}${check}`, 'CENTURY')).toContain(String(digit));
  });

  it('rejects 30 February as BIRTH_DATE', () => {
    const first11 = '90023030012'; // 1990-02-30, male, serial 0012
    const check = referenceCheckDigit(first11) ?? 0;
    expect(expectReason(`${first11}${check}`, 'BIRTH_DATE')).toContain('1990-02-30');
  });

  it.each([
    ['000000', 3], // month 00, day 00
    ['901301', 3], // month 13
    ['900100', 3], // day 00
    ['900132', 3], // 32 January
    ['900431', 3], // 31 April
    ['010229', 5], // 29 Feb 2001, not a leap year
    ['000229', 1], // 29 Feb 1800, not a leap year (century rule)
    ['000229', 3], // 29 Feb 1900, not a leap year (century rule)
  ])('rejects birth date %s with century digit %i as BIRTH_DATE', (yymmdd, centuryDigit) => {
    const first11 = `${yymmdd}${centuryDigit}0012`;
    const check = referenceCheckDigit(first11) ?? 0;
    expectReason(`${first11}${check}`, 'BIRTH_DATE');
  });

  it('accepts 29 February in leap years, including 2000 (divisible by 400)', () => {
    expect(expectValid(makeIin('2000-02-29', 'male', 1)).birthDate).toBe('2000-02-29');
    expect(expectValid(makeIin('1996-02-29', 'female', 1)).birthDate).toBe('1996-02-29');
    expect(expectValid(makeIin('1804-02-29', 'male', 1)).birthDate).toBe('1804-02-29');
  });

  it('checks in order: NOT_DIGITS/LENGTH, CENTURY, BIRTH_DATE, CHECK_DIGIT', () => {
    // bad century and bad date and bad check digit -> CENTURY
    expectReason('901332900000', 'CENTURY');
    // bad date and bad check digit -> BIRTH_DATE
    expectReason('901332300000', 'BIRTH_DATE');
    // 11 characters with a letter -> NOT_DIGITS
    expectReason('9013329000x', 'NOT_DIGITS');
    // 11 digits with a bad century -> LENGTH
    expectReason('90133290000', 'LENGTH');
  });

  it('returns NOT_DIGITS for a non-string at runtime', () => {
    expectReason(900101300126 as unknown as string, 'NOT_DIGITS');
  });
});

describe('the no-check-digit case, found by brute force', () => {
  it('exists, yields null, and makeIin never produces it', () => {
    // Search serials of one birth date/sex prefix for 11 digits whose both passes give 10.
    const prefix = '8506154'; // 1985-06-15, female
    const impossible: string[] = [];
    for (let serial = 0; serial <= 9999; serial += 1) {
      const first11 = `${prefix}${String(serial).padStart(4, '0')}`;
      if (referenceCheckDigit(first11) === null) impossible.push(first11);
    }
    expect(impossible.length).toBeGreaterThan(0);

    const impossibleSet = new Set(impossible);
    for (const first11 of impossible) {
      expect(iinCheckDigit(first11)).toBeNull();
      const serial = Number(first11.slice(7));
      const made = makeIin('1985-06-15', 'female', serial);
      expect(impossibleSet.has(made.slice(0, 11))).toBe(false);
      // it moved on to the next serial (wrapping) that has a check digit
      let expectedSerial = serial;
      while (impossibleSet.has(`${prefix}${String(expectedSerial).padStart(4, '0')}`)) {
        expectedSerial = (expectedSerial + 1) % 10_000;
      }
      expect(made.slice(7, 11)).toBe(String(expectedSerial).padStart(4, '0'));
      expectValid(made);
    }
  });

  it('makeIin keeps a serial that already has a check digit', () => {
    expect(makeIin('1990-01-01', 'male', 12)).toBe(HAND_A);
    expect(makeIin('1990-01-01', 'male', 81)).toBe(HAND_B);
    expect(makeIin('2000-02-29', 'female', 0)).toBe(HAND_D);
    // serial 80 has none (example C), so 81 is used
    expect(makeIin('1990-01-01', 'male', 80)).toBe(HAND_B);
  });

  it('makeIin wraps from serial 9999 to 0000', () => {
    // find a date/sex whose serial 9999 has no check digit
    let found: { date: string; sex: 'male' | 'female' } | null = null;
    search: for (let year = 1950; year < 2050; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        for (const sex of ['male', 'female'] as const) {
          const digit = (year >= 2000 ? 5 : 3) + (sex === 'male' ? 0 : 1);
          const first11 = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}01${digit}9999`;
          if (referenceCheckDigit(first11) === null) {
            found = { date: iso(year, month, 1), sex };
            break search;
          }
        }
      }
    }
    expect(found).not.toBeNull();
    if (found === null) return;
    const made = makeIin(found.date, found.sex, 9999);
    expect(Number(made.slice(7, 11))).toBeLessThan(9999);
    expectValid(made);
  });
});

describe('makeIin', () => {
  it('round-trips through parseIin for many dates, sexes and serials', () => {
    const next = rng(2024);
    let count = 0;
    for (let i = 0; i < 5_000; i += 1) {
      const year = 1800 + (next() % 300);
      const month = 1 + (next() % 12);
      const day = 1 + (next() % daysIn(year, month));
      const sex = next() % 2 === 0 ? 'male' : 'female';
      const serial = next() % 10_000;
      const birthDate = iso(year, month, day);
      const iin = makeIin(birthDate, sex, serial);
      expect(iin).toMatch(/^\d{12}$/);
      expect(parseIin(iin)).toEqual({ ok: true, value: { iin, birthDate, sex } });
      count += 1;
    }
    expect(count).toBe(5_000);
  });

  it('round-trips every day of a leap year and century boundaries', () => {
    for (const year of [1800, 1899, 1900, 1999, 2000, 2024, 2099]) {
      for (let month = 1; month <= 12; month += 1) {
        for (let day = 1; day <= daysIn(year, month); day += 1) {
          for (const sex of ['male', 'female'] as const) {
            const birthDate = iso(year, month, day);
            const value = expectValid(makeIin(birthDate, sex, (day * 37 + month) % 10_000));
            expect(value.birthDate).toBe(birthDate);
            expect(value.sex).toBe(sex);
          }
        }
      }
    }
  });

  it('encodes century and sex in digit 7', () => {
    expect(makeIin('1850-03-04', 'male', 5)[6]).toBe('1');
    expect(makeIin('1850-03-04', 'female', 5)[6]).toBe('2');
    expect(makeIin('1985-03-04', 'male', 5)[6]).toBe('3');
    expect(makeIin('1985-03-04', 'female', 5)[6]).toBe('4');
    expect(makeIin('2005-03-04', 'male', 5)[6]).toBe('5');
    expect(makeIin('2005-03-04', 'female', 5)[6]).toBe('6');
    expect(makeIin('2005-03-04', 'female', 5).slice(0, 6)).toBe('050304');
  });

  it('uses the serial as digits 8-11', () => {
    const iin = makeIin('1990-01-01', 'male', 12);
    expect(iin.slice(7, 11)).toBe('0012');
  });

  it.each([
    ['1799-12-31', 'year before 1800'],
    ['2100-01-01', 'year after 2099'],
    ['1990-02-30', '30 February'],
    ['2001-02-29', '29 February in a non-leap year'],
    ['1990-13-01', 'month 13'],
    ['1990-1-1', 'unpadded'],
    ['01.01.1990', 'wrong format'],
    ['', 'empty'],
    ['1990-01-01T00:00:00Z', 'timestamp'],
  ])('throws RangeError for birth date %j (%s)', (birthDate) => {
    expect(() => makeIin(birthDate, 'male', 0)).toThrow(RangeError);
  });

  it.each([-1, 10_000, 1.5, Number.NaN])('throws RangeError for serial %s', (serial) => {
    expect(() => makeIin('1990-01-01', 'male', serial)).toThrow(RangeError);
  });

  it('throws RangeError for an unknown sex at runtime', () => {
    expect(() => makeIin('1990-01-01', 'other' as unknown as 'male', 0)).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it('counts whole years around a birthday', () => {
    expect(ageOn('1990-06-15', '1990-06-15')).toBe(0);
    expect(ageOn('1990-06-15', '1991-06-14')).toBe(0);
    expect(ageOn('1990-06-15', '1991-06-15')).toBe(1);
    expect(ageOn('1990-06-15', '2024-06-14')).toBe(33);
    expect(ageOn('1990-06-15', '2024-06-15')).toBe(34);
    expect(ageOn('1990-06-15', '2024-06-16')).toBe(34);
    expect(ageOn('1990-06-15', '2024-05-31')).toBe(33);
    expect(ageOn('1990-06-15', '2024-07-01')).toBe(34);
    expect(ageOn('1990-12-31', '2008-12-30')).toBe(17);
    expect(ageOn('1990-12-31', '2008-12-31')).toBe(18);
    expect(ageOn('1991-01-01', '2008-12-31')).toBe(17);
    expect(ageOn('1991-01-01', '2009-01-01')).toBe(18);
  });

  it('handles 29 February births: the year completes on 28 February in non-leap years', () => {
    expect(ageOn('2004-02-29', '2005-02-27')).toBe(0);
    expect(ageOn('2004-02-29', '2005-02-28')).toBe(1);
    expect(ageOn('2004-02-29', '2005-03-01')).toBe(1);
    expect(ageOn('2004-02-29', '2022-02-27')).toBe(17);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(18);
    // in leap years the birthday is 29 February itself
    expect(ageOn('2004-02-29', '2024-02-28')).toBe(19);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
    expect(ageOn('2004-02-29', '2024-03-01')).toBe(20);
    // 2100 is not a leap year
    expect(ageOn('2096-02-29', '2100-02-27')).toBe(3);
    expect(ageOn('2096-02-29', '2100-02-28')).toBe(4);
  });

  it('handles 28 February and 1 March births across leap years', () => {
    expect(ageOn('2003-02-28', '2004-02-28')).toBe(1);
    expect(ageOn('2003-02-28', '2004-02-27')).toBe(0);
    expect(ageOn('2003-03-01', '2004-02-29')).toBe(0);
    expect(ageOn('2003-03-01', '2004-03-01')).toBe(1);
  });

  it('agrees with a naive year-by-year count on many random pairs', () => {
    const next = rng(99);
    for (let i = 0; i < 3_000; i += 1) {
      const by = 1900 + (next() % 150);
      const bm = 1 + (next() % 12);
      const bd = 1 + (next() % daysIn(by, bm));
      const oy = by + (next() % 90);
      const om = 1 + (next() % 12);
      const od = 1 + (next() % daysIn(oy, om));
      const birth = iso(by, bm, bd);
      const on = iso(oy, om, od);
      if (on < birth) continue;
      // count anniversaries: the anniversary in year y is (bm, min(bd, last day of bm in y))
      let age = 0;
      for (let y = by + 1; y <= oy; y += 1) {
        const anniversary = iso(y, bm, Math.min(bd, daysIn(y, bm)));
        if (anniversary <= on) age += 1;
      }
      expect(ageOn(birth, on)).toBe(age);
    }
  });

  it('does not depend on the local timezone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Asia/Almaty', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
        process.env.TZ = tz;
        expect(ageOn('2006-01-01', '2024-01-01')).toBe(18);
        expect(ageOn('2006-01-01', '2023-12-31')).toBe(17);
        expect(expectValid(makeIin('2006-01-01', 'male', 1)).birthDate).toBe('2006-01-01');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it.each([
    ['1990-02-30', '2024-01-01'],
    ['1990-01-01', '2023-02-29'],
    ['1990/01/01', '2024-01-01'],
    ['1990-01-01', ''],
  ])('throws RangeError for malformed dates %j, %j', (birth, on) => {
    expect(() => ageOn(birth, on)).toThrow(RangeError);
  });

  it('throws RangeError when the date is before birth', () => {
    expect(() => ageOn('2000-01-02', '2000-01-01')).toThrow(RangeError);
  });
});
