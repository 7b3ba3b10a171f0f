import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatRate, parseRate, type RateErrorReason } from '../../workflows/rules/rate';

function expectBp(input: string, expected: number): void {
  const result = parseRate(input);
  expect(result, `parseRate(${JSON.stringify(input)})`).toEqual({ ok: true, value: expected });
}

function expectReason(input: string, reason: RateErrorReason): void {
  const result = parseRate(input);
  const shown = JSON.stringify(input.slice(0, 60));
  expect(result.ok, `parseRate(${shown})`).toBe(false);
  if (result.ok) {
    throw new Error('unreachable');
  }
  expect(result.reason, `reason for ${shown}`).toBe(reason);
  expect(result.message.length).toBeGreaterThan(0);
  // messages quote untrusted input but never at full length
  expect(result.message.length).toBeLessThan(300);
}

describe('parseRate', () => {
  it.each([
    ['6', 600],
    ['4.5', 450],
    ['4.50', 450],
    ['0', 0],
    ['0.0', 0],
    ['0.00', 0],
    ['0.25', 25],
    ['0.01', 1],
    ['0.1', 10],
    ['12', 1200],
    ['99.99', 9999],
    ['100', 10_000],
    ['100.0', 10_000],
    ['100.00', 10_000],
  ])('accepts %j as %i bp', (input, bp) => {
    expectBp(input, bp);
  });

  it.each(['-1', '-0', '-4.5', '-0.01', '-100', '-1000'])('refuses %j as NEGATIVE', (input) => {
    expectReason(input, 'NEGATIVE');
  });

  it.each(['4.555', '0.001', '6.000', '100.001', '-4.555'])('refuses %j as PRECISION (one basis point is the smallest unit)', (input) => {
    expectReason(input, 'PRECISION');
  });

  it.each(['100.01', '101', '1000', '999.99', '123456789012345678901234567890'])('refuses %j as TOO_LARGE (over 100 %%)', (input) => {
    expectReason(input, 'TOO_LARGE');
  });

  it.each([
    '1e2',
    '6e0',
    '',
    ' 4',
    '4 ',
    '4.',
    '.5',
    'abc',
    '007',
    '00',
    '01.5',
    '+4',
    '4,5',
    '4%',
    '4.5%',
    '-',
    '.',
    '--1',
    '0x10',
    'Infinity',
    'NaN',
    '٤',
    '4\n',
    '1_000',
  ])('refuses %j as FORMAT', (input) => {
    expectReason(input, 'FORMAT');
  });

  it('rejects huge input cheaply with a short message', () => {
    expectReason('9'.repeat(1_000_000), 'TOO_LARGE');
    expectReason(`-${'9'.repeat(100_000)}`, 'NEGATIVE');
    expectReason(`1.${'0'.repeat(100_000)}`, 'PRECISION');
    expectReason('x'.repeat(100_000), 'FORMAT');
  });

  it('refuses non-strings as FORMAT rather than throwing', () => {
    const result = parseRate(6 as unknown as string);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('FORMAT');
  });
});

describe('formatRate', () => {
  it.each([
    [450, '4.50'],
    [600, '6.00'],
    [0, '0.00'],
    [1, '0.01'],
    [25, '0.25'],
    [10_000, '100.00'],
    [-5, '-0.05'],
  ])('formats %i bp as %j', (bp, text) => {
    expect(formatRate(bp)).toBe(text);
  });

  it.each([4.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('throws RangeError on %d', (bp) => {
    expect(() => formatRate(bp)).toThrow(RangeError);
  });
});

describe('round trips', () => {
  it('parseRate(formatRate(bp)) === bp for every valid rate 0..10000 bp', () => {
    for (let bp = 0; bp <= 10_000; bp += 1) {
      const result = parseRate(formatRate(bp));
      if (!result.ok || result.value !== bp) {
        throw new Error(`round trip failed for ${bp}: ${JSON.stringify(result)}`);
      }
    }
  });

  it('formatRate(parseRate(text)) is the canonical two-decimal form of any accepted text', () => {
    const accepted = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: undefined }))
      .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole}.${fraction}`))
      .filter((text) => text === '100' || !text.startsWith('100.') || /^100\.0{1,2}$/.test(text));
    fc.assert(
      fc.property(accepted, (text) => {
        const result = parseRate(text);
        expect(result.ok).toBe(true);
        if (!result.ok) {
          return;
        }
        expect(formatRate(result.value)).toBe(Number(text).toFixed(2));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and classifies any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const result = parseRate(text);
        if (result.ok) {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(10_000);
          expect(/^(0|[1-9]\d*)(\.\d{1,2})?$/.test(text)).toBe(true);
        } else {
          expect(['FORMAT', 'PRECISION', 'NEGATIVE', 'TOO_LARGE']).toContain(result.reason);
        }
      }),
      { numRuns: 300 },
    );
  });
});
