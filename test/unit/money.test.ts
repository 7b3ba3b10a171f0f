import { describe, it, expect } from 'vitest';
import {
  MAX_AMOUNT_TIYN,
  describeMoney,
  formatMoney,
  moneyFromNumeric,
  multiplyMoney,
  parseMoney,
  tenge,
  type MoneyErrorReason,
  type MoneyParseResult,
  type Tiyn,
} from '../../workflows/rules/money';

function expectOk(result: MoneyParseResult): Tiyn {
  if (!result.ok) {
    throw new Error(`expected ok, got ${result.reason}: ${result.message}`);
  }
  return result.value;
}

function expectReason(input: string, reason: MoneyErrorReason, options?: { allowZero?: boolean }): string {
  const result = parseMoney(input, options);
  const shown = JSON.stringify(String(input).slice(0, 80));
  expect(result.ok, `parseMoney(${shown})`).toBe(false);
  if (result.ok) {
    throw new Error('unreachable');
  }
  expect(result.reason, `reason for ${shown}`).toBe(reason);
  expect(result.message.length).toBeGreaterThan(0);
  return result.message;
}

/** Deterministic pseudo-random generator (xorshift32), so the property loops are reproducible. */
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

function randomTiyn(next: () => number, max: Tiyn): Tiyn {
  const raw = (BigInt(next()) << 32n) | BigInt(next());
  return raw % (max + 1n);
}

describe('MAX_AMOUNT_TIYN', () => {
  it('is one trillion tenge', () => {
    expect(MAX_AMOUNT_TIYN).toBe(100_000_000_000_000n);
    expect(MAX_AMOUNT_TIYN).toBe(tenge(1_000_000_000_000));
    expect(formatMoney(MAX_AMOUNT_TIYN)).toBe('1000000000000.00');
  });
});

describe('parseMoney', () => {
  it.each([
    ['5', 500n],
    ['5.5', 550n],
    ['5.50', 550n],
    ['5.05', 505n],
    ['0.01', 1n],
    ['0.1', 10n],
    ['0.99', 99n],
    ['1', 100n],
    ['10', 1000n],
    ['100.00', 10_000n],
    ['555600.00', 55_560_000n],
    ['555600', 55_560_000n],
    ['1234.5', 123_450n],
  ])('accepts %j as %s tiyn', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '1e9',
    '1E9',
    '5e-2',
    '',
    ' 5',
    '5 ',
    '5\n',
    '+5',
    '.5',
    '5.',
    '1,000',
    '1 000',
    '5,50',
    'abc',
    '0x10',
    '0b1',
    '007',
    '00',
    '00.5',
    '01.00',
    'NaN',
    'Infinity',
    '-Infinity',
    '-',
    '--5',
    '-+5',
    '5-',
    '5..5',
    '5.5.5',
    '1_000',
    '١٢٣', // Arabic-Indic digits are not ASCII digits
    '５', // full-width digit
    '-1e9',
    '-.5',
  ])('rejects %j as FORMAT', (input) => {
    expectReason(input, 'FORMAT');
  });

  it.each(['-5', '-0.01', '-555600.00', '-5.5', '-0', '-0.00'])('rejects %j as NEGATIVE', (input) => {
    expectReason(input, 'NEGATIVE');
  });

  it('rejects a negative even when zero is allowed', () => {
    expectReason('-5', 'NEGATIVE', { allowZero: true });
  });

  it.each(['12.345', '0.001', '5.000', '5.100', '1.999999', '-12.345'])('rejects %j as PRECISION', (input) => {
    expectReason(input, 'PRECISION');
  });

  it('rejects zero by default and accepts it with allowZero', () => {
    for (const zero of ['0', '0.0', '0.00']) {
      expectReason(zero, 'ZERO');
      expectReason(zero, 'ZERO', { allowZero: false });
      expect(parseMoney(zero, { allowZero: true })).toEqual({ ok: true, value: 0n });
    }
    // allowZero does not change anything else
    expect(parseMoney('0.01', { allowZero: true })).toEqual({ ok: true, value: 1n });
    expectReason('00', 'FORMAT', { allowZero: true });
  });

  it('accepts MAX exactly and rejects MAX + 1 tiyn', () => {
    expect(parseMoney('1000000000000.00')).toEqual({ ok: true, value: MAX_AMOUNT_TIYN });
    expect(parseMoney('1000000000000')).toEqual({ ok: true, value: MAX_AMOUNT_TIYN });
    expect(parseMoney('999999999999.99')).toEqual({ ok: true, value: MAX_AMOUNT_TIYN - 1n });
    expectReason('1000000000000.01', 'TOO_LARGE');
    expectReason(formatMoney(MAX_AMOUNT_TIYN + 1n), 'TOO_LARGE');
    expectReason('1000000000001', 'TOO_LARGE');
    expectReason('9999999999999999', 'TOO_LARGE'); // 16 digits: converted, then above MAX
    expectReason('99999999999999999', 'TOO_LARGE'); // 17 digits: rejected by length
  });

  it('rejects a 40-digit number as TOO_LARGE', () => {
    const forty = '1234567890'.repeat(4);
    expect(forty).toHaveLength(40);
    const message = expectReason(forty, 'TOO_LARGE');
    expect(message).toContain('1000000000000.00');
    expectReason(`${forty}.50`, 'TOO_LARGE');
  });

  it('rejects very long input cheaply as FORMAT or TOO_LARGE, with a short message', () => {
    const longDigits = '9'.repeat(1_000_000);
    const started = Date.now();
    const tooLarge = expectReason(longDigits, 'TOO_LARGE');
    expectReason(`${longDigits}.00`, 'TOO_LARGE');
    expectReason('a'.repeat(1_000_000), 'FORMAT');
    expectReason(`${'1'.repeat(100)}x`, 'FORMAT');
    expectReason(`${'0'.repeat(65)}`, 'FORMAT');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(tooLarge.length).toBeLessThan(300);
    // exactly 65 characters is already "long"
    const sixtyFive = `1${'0'.repeat(64)}`;
    expect(sixtyFive).toHaveLength(65);
    expectReason(sixtyFive, 'TOO_LARGE');
  });

  it('writes messages that name the problem and quote the input', () => {
    expect(expectReason('1e9', 'FORMAT')).toContain('"1e9"');
    expect(expectReason('-5', 'NEGATIVE')).toMatch(/"-5".*negative/);
    expect(expectReason('12.345', 'PRECISION')).toMatch(/"12\.345".*decimal places/);
    expect(expectReason('0', 'ZERO')).toMatch(/"0".*zero/);
    expect(expectReason('1000000000000.01', 'TOO_LARGE')).toMatch(/"1000000000000\.01".*too large/);
  });

  it('rejects non-string input at runtime as FORMAT', () => {
    const notAString = 5 as unknown as string;
    expectReason(notAString, 'FORMAT');
  });
});

describe('formatMoney', () => {
  it.each([
    [0n, '0.00'],
    [1n, '0.01'],
    [10n, '0.10'],
    [99n, '0.99'],
    [100n, '1.00'],
    [123_450n, '1234.50'],
    [55_560_000n, '555600.00'],
    [MAX_AMOUNT_TIYN, '1000000000000.00'],
    [-1n, '-0.01'],
    [-50n, '-0.50'],
    [-1230n, '-12.30'],
    [-123_456n, '-1234.56'],
    [10n ** 30n + 7n, '10000000000000000000000000000.07'],
  ])('formats %s tiyn as %j', (value, expected) => {
    expect(formatMoney(value)).toBe(expected);
  });

  it('round-trips through parseMoney for many values in range', () => {
    const next = rng(20240601);
    const values: Tiyn[] = [1n, 9n, 10n, 11n, 99n, 100n, 101n, MAX_AMOUNT_TIYN - 1n, MAX_AMOUNT_TIYN];
    for (let i = 0; i < 5_000; i += 1) {
      values.push(randomTiyn(next, MAX_AMOUNT_TIYN));
      values.push(randomTiyn(next, 1_000_000n)); // small amounts exercise short strings
    }
    for (const value of values) {
      const text = formatMoney(value);
      expect(text).toMatch(/^(0|[1-9]\d*)\.\d{2}$/);
      expect(parseMoney(text, { allowZero: true })).toEqual({ ok: true, value });
      expect(moneyFromNumeric(text)).toBe(value);
      expect(moneyFromNumeric(formatMoney(-value))).toBe(-value);
    }
  });

  it('is the canonical form of every accepted spelling', () => {
    const next = rng(7);
    for (let i = 0; i < 2_000; i += 1) {
      const whole = next() % 10_000_000;
      const cents = next() % 100;
      const spellings = [`${whole}.${String(cents).padStart(2, '0')}`];
      if (cents % 10 === 0) spellings.push(`${whole}.${cents / 10}`);
      if (cents === 0) spellings.push(String(whole));
      for (const spelling of spellings) {
        const value = expectOk(parseMoney(spelling, { allowZero: true }));
        expect(value).toBe(BigInt(whole) * 100n + BigInt(cents));
        expect(formatMoney(value)).toBe(`${whole}.${String(cents).padStart(2, '0')}`);
      }
    }
  });
});

describe('moneyFromNumeric', () => {
  it.each([
    ['555600.00', 55_560_000n],
    ['555600', 55_560_000n],
    ['0.5', 50n],
    ['0.05', 5n],
    ['-12.30', -1230n],
    ['-12.3', -1230n],
    ['-0.01', -1n],
    ['0', 0n],
    ['0.00', 0n],
    ['-0.00', 0n],
    ['12.300', 1230n], // a wider-scale column: the extra decimals are zeros, so the value is exact
    ['12.3000000', 1230n],
    ['007', 700n],
    ['1000000000000.00', MAX_AMOUNT_TIYN],
    ['99999999999999999999.99', 9_999_999_999_999_999_999_999n], // sums may exceed MAX; trusted data
  ])('converts %j to %s tiyn', (text, expected) => {
    expect(moneyFromNumeric(text)).toBe(expected);
  });

  it.each(['12.345', '0.001', '-12.301', '1.0000001'])('throws on a fraction of a tiyn: %j', (text) => {
    expect(() => moneyFromNumeric(text)).toThrow(Error);
    expect(() => moneyFromNumeric(text)).toThrow(/more than two decimal places/);
  });

  it.each(['', 'abc', 'NaN', 'Infinity', '-Infinity', '1e5', ' 5', '5 ', '.5', '5.', '+5', '1,000', '--5', '0x10'])(
    'throws on non-numeric %j',
    (text) => {
      expect(() => moneyFromNumeric(text)).toThrow(Error);
    },
  );

  it('throws a plain Error, not a RangeError or TypeError', () => {
    try {
      moneyFromNumeric('NaN');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).constructor).toBe(Error);
    }
  });
});

describe('tenge', () => {
  it('converts whole tenge to tiyn', () => {
    expect(tenge(0)).toBe(0n);
    expect(tenge(1)).toBe(100n);
    expect(tenge(2778)).toBe(277_800n);
    expect(tenge(2778n)).toBe(277_800n);
    expect(tenge(-5)).toBe(-500n);
    expect(tenge(Number.MAX_SAFE_INTEGER)).toBe(BigInt(Number.MAX_SAFE_INTEGER) * 100n);
    expect(tenge(10n ** 20n)).toBe(10n ** 22n);
  });

  it.each([0.5, 2778.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 60])(
    'throws RangeError for %s',
    (value) => {
      expect(() => tenge(value)).toThrow(RangeError);
    },
  );
});

describe('multiplyMoney', () => {
  it('computes 200 MCI of 2778 tenge exactly', () => {
    const grant = multiplyMoney(tenge(2778), 200);
    expect(grant).toBe(55_560_000n);
    expect(formatMoney(grant)).toBe('555600.00');
    expect(multiplyMoney(tenge(2778), 200n)).toBe(55_560_000n);
  });

  it('is exact where floats are not', () => {
    // 0.1 + 0.2 style drift cannot happen: 3 * 0.10 is exactly 0.30
    expect(formatMoney(multiplyMoney(10n, 3))).toBe('0.30');
    expect(multiplyMoney(MAX_AMOUNT_TIYN, 1_000_000n)).toBe(10n ** 20n);
    expect(multiplyMoney(1n, Number.MAX_SAFE_INTEGER)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('handles zero and negative factors', () => {
    expect(multiplyMoney(12_345n, 0)).toBe(0n);
    expect(multiplyMoney(12_345n, -2)).toBe(-24_690n);
    expect(multiplyMoney(-5n, -3n)).toBe(15n);
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('throws RangeError for factor %s', (factor) => {
    expect(() => multiplyMoney(100n, factor)).toThrow(RangeError);
  });
});

describe('describeMoney', () => {
  it.each([
    [55_560_000n, '555 600.00 ₸'],
    [0n, '0.00 ₸'],
    [5n, '0.05 ₸'],
    [99_900n, '999.00 ₸'],
    [100_000n, '1 000.00 ₸'],
    [123_456_789n, '1 234 567.89 ₸'],
    [MAX_AMOUNT_TIYN, '1 000 000 000 000.00 ₸'],
    [-123_450n, '-1 234.50 ₸'],
    [-50n, '-0.50 ₸'],
  ])('describes %s tiyn as %j', (value, expected) => {
    expect(describeMoney(value)).toBe(expected);
  });
});
