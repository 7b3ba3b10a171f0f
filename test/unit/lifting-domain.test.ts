import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LIFTING_MINIMUM_WAGES,
  checkMove,
  liftingAmount,
  moveKey,
  normaliseSettlement,
  type Move,
  type Referral,
} from '../../workflows/lifting/eligibility';
import { addWorkingDays } from '../../workflows/rules/calendar';
import { formatMoney, moneyFromNumeric, tenge } from '../../workflows/rules/money';

// ---------------------------------------------------------------------------------------------
// builders
// ---------------------------------------------------------------------------------------------

const REFERRAL: Referral = { employmentCentre: 'Ekibastuz employment centre', number: 'REF-2026-118', issuedOn: '2026-02-20' };
const TODAY = '2026-03-02';

function move(overrides: Partial<Move> = {}): Move {
  return { referral: REFERRAL, settlementFrom: 'Saryagash', settlementTo: 'Ekibastuz', arrivalDate: '2026-02-25', ...overrides };
}

const rulesOf = (violations: Array<{ rule: string }>) => violations.map((v) => v.rule);

/** Day of the week of a YYYY-MM-DD date, 0 = Sunday. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// liftingAmount
// ---------------------------------------------------------------------------------------------

describe('liftingAmount', () => {
  it('is two minimum wages', () => {
    expect(LIFTING_MINIMUM_WAGES).toBe(2n);
  });

  it.each([
    { year: 2020, minimumWage: 42_500, amount: '85000.00' },
    { year: 2022, minimumWage: 60_000, amount: '120000.00' },
    { year: 2023, minimumWage: 70_000, amount: '140000.00' },
    { year: 2026, minimumWage: 85_000, amount: '170000.00' },
  ])('$year: MW $minimumWage → $amount', ({ minimumWage, amount }) => {
    expect(formatMoney(liftingAmount(tenge(minimumWage)))).toBe(amount);
  });

  it('is exact to the tiyn, in bigint', () => {
    expect(liftingAmount(moneyFromNumeric('42500.55'))).toBe(8_500_110n);
    expect(liftingAmount(1n)).toBe(2n);
    expect(liftingAmount(0n)).toBe(0n);
    // far beyond what a float holds exactly
    expect(liftingAmount(2n ** 60n + 1n)).toBe(2n ** 61n + 2n);
  });

  it('is always twice its input (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (mw) => liftingAmount(mw) === mw * 2n));
  });
});

// ---------------------------------------------------------------------------------------------
// normaliseSettlement
// ---------------------------------------------------------------------------------------------

describe('normaliseSettlement', () => {
  it.each([
    ['Ekibastuz', 'ekibastuz'],
    ['EKIBASTUZ', 'ekibastuz'],
    ['  Ekibastuz  ', 'ekibastuz'],
    ['Ust-Kamenogorsk', 'ust-kamenogorsk'],
    ['Nur  Sultan', 'nur sultan'],
    ['Nur\t \nSultan', 'nur sultan'],
    ['Village of Kosshy', 'kosshy'],
    ['village  of   Kosshy', 'kosshy'],
    ['Town of Stepnogorsk', 'stepnogorsk'],
    ['City of Almaty', 'almaty'],
    ['selo Akkol', 'akkol'],
    ['Selo  Akkol', 'akkol'],
    ['s. Akkol', 'akkol'],
    ['S.Akkol', 'akkol'],
    ['g. Almaty', 'almaty'],
    ['G.Almaty', 'almaty'],
    ['  CITY OF  Almaty ', 'almaty'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseSettlement(input)).toBe(expected);
  });

  it('strips a prefix only at the start', () => {
    expect(normaliseSettlement('Krasnoe Selo')).toBe('krasnoe selo');
    expect(normaliseSettlement('Port of Aktau')).toBe('port of aktau');
  });

  it('keeps the letters of a name that merely begins like a prefix word', () => {
    // "selo" is a word ("selo Akkol"); it must not eat the start of a name such as "Selolikha"
    expect(normaliseSettlement('Selolikha')).toBe('selolikha');
    expect(normaliseSettlement('Selolikha')).not.toBe(normaliseSettlement('Likha'));
  });

  it('ignores case and spacing (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z-]{0,10}( [A-Za-z][A-Za-z-]{0,10}){0,2}$/);
    fc.assert(
      fc.property(name, fc.integer({ min: 0, max: 3 }), (n, pad) => {
        const messy = `${' '.repeat(pad)}${n.toUpperCase().replace(/ /g, '   ')}${' '.repeat(pad)}`;
        return normaliseSettlement(messy) === normaliseSettlement(n);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// addWorkingDays
// ---------------------------------------------------------------------------------------------

describe('addWorkingDays', () => {
  it.each([
    // [from, days, to]
    ['2026-03-02', 10, '2026-03-16'], // Monday → Monday two weeks on
    ['2026-03-02', 1, '2026-03-03'],
    ['2026-03-02', 4, '2026-03-06'], // Monday + 4 → Friday of the same week
    ['2026-03-02', 5, '2026-03-09'], // Monday + 5 → next Monday
    ['2026-03-06', 1, '2026-03-09'], // Friday + 1 skips the weekend
    ['2026-03-06', 10, '2026-03-20'], // Friday + 10 → Friday two weeks on
    ['2026-03-07', 1, '2026-03-09'], // Saturday + 1 → Monday
    ['2026-03-08', 1, '2026-03-09'], // Sunday + 1 → Monday
    ['2026-03-07', 10, '2026-03-20'], // Saturday + 10 → Friday two weeks on
    ['2026-12-31', 2, '2027-01-04'], // across the new year (Thursday → Friday 1 Jan, Monday 4 Jan)
    ['2028-02-28', 1, '2028-02-29'], // a leap day is a Tuesday: a working day
    ['2024-02-28', 2, '2024-03-01'], // Wednesday → Thursday 29 Feb → Friday 1 Mar
    ['2026-03-20', 1, '2026-03-23'], // public holidays (Nauryz, 21–23 March) are not counted out
  ] as const)('%s + %i working days = %s', (from, days, to) => {
    expect(addWorkingDays(from, days)).toBe(to);
  });

  it('adds nothing for zero days, even from a weekend', () => {
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-07');
  });

  it('always lands on a working day with exactly that many working days after the start (property)', () => {
    const start = fc.integer({ min: 0, max: 3_650 }).map((n) => plusDays('2020-01-01', n));
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 40 }), (from, days) => {
        const to = addWorkingDays(from, days);
        expect(to > from).toBe(true);
        expect([0, 6]).not.toContain(weekday(to));
        let count = 0;
        for (let d = plusDays(from, 1); d <= to; d = plusDays(d, 1)) if (weekday(d) !== 0 && weekday(d) !== 6) count += 1;
        expect(count).toBe(days);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// checkMove
// ---------------------------------------------------------------------------------------------

describe('checkMove', () => {
  it('accepts a move from another settlement, arrived after the referral, both in the past', () => {
    expect(checkMove(move(), TODAY)).toEqual([]);
  });

  it('accepts an arrival and a referral dated today, and an arrival on the day of the referral', () => {
    expect(checkMove(move({ arrivalDate: TODAY, referral: { ...REFERRAL, issuedOn: TODAY } }), TODAY)).toEqual([]);
    expect(checkMove(move({ arrivalDate: '2026-02-20' }), TODAY)).toEqual([]);
  });

  it('requires a referral (REFERRAL_REQUIRED)', () => {
    expect(checkMove(move({ referral: null }), TODAY)).toEqual([
      { field: 'referral', rule: 'REFERRAL_REQUIRED', message: expect.stringContaining('referral') },
    ]);
  });

  it('refuses a referral dated in the future (referral.issuedOn IN_FUTURE)', () => {
    const reasons = checkMove(move({ referral: { ...REFERRAL, issuedOn: '2026-03-03' }, arrivalDate: '2026-03-03' }), TODAY);
    expect(reasons).toContainEqual({ field: 'referral.issuedOn', rule: 'IN_FUTURE', message: expect.any(String) });
  });

  it.each([
    ['Ekibastuz', 'Ekibastuz'],
    ['Ekibastuz', 'ekibastuz'],
    ['Ekibastuz', '  EKIBASTUZ '],
    ['Nur Sultan', 'nur   sultan'],
    ['Village of Kosshy', 'kosshy'],
    ['g. Almaty', 'City of Almaty'],
  ])('refuses a move within one settlement: %j → %j (SAME_SETTLEMENT)', (from, to) => {
    expect(checkMove(move({ settlementFrom: from, settlementTo: to }), TODAY)).toEqual([
      { field: 'settlementTo', rule: 'SAME_SETTLEMENT', message: expect.any(String) },
    ]);
  });

  it('refuses an arrival in the future (arrivalDate IN_FUTURE)', () => {
    expect(checkMove(move({ arrivalDate: '2026-03-03' }), TODAY)).toEqual([
      { field: 'arrivalDate', rule: 'IN_FUTURE', message: expect.any(String) },
    ]);
  });

  it('refuses an arrival before the referral (BEFORE_REFERRAL), naming both dates', () => {
    const reasons = checkMove(move({ arrivalDate: '2026-02-19' }), TODAY);
    expect(reasons).toEqual([{ field: 'arrivalDate', rule: 'BEFORE_REFERRAL', message: expect.any(String) }]);
    expect(reasons[0]!.message).toContain('2026-02-19');
    expect(reasons[0]!.message).toContain('2026-02-20');
  });

  it('without a referral, an early arrival cannot be "before the referral"', () => {
    expect(rulesOf(checkMove(move({ referral: null, arrivalDate: '2020-01-01' }), TODAY))).toEqual(['REFERRAL_REQUIRED']);
  });

  it('reports every reason at once, in a stable order', () => {
    const reasons = checkMove(
      move({ referral: { ...REFERRAL, issuedOn: '2026-04-01' }, settlementFrom: 'Ekibastuz', settlementTo: 'EKIBASTUZ', arrivalDate: '2026-03-10' }),
      TODAY,
    );
    expect(reasons.map((r) => [r.field, r.rule])).toEqual([
      ['referral.issuedOn', 'IN_FUTURE'],
      ['settlementTo', 'SAME_SETTLEMENT'],
      ['arrivalDate', 'IN_FUTURE'],
      ['arrivalDate', 'BEFORE_REFERRAL'],
    ]);
    expect(rulesOf(checkMove(move({ referral: null, settlementTo: 'saryagash', arrivalDate: '2026-03-03' }), TODAY))).toEqual([
      'REFERRAL_REQUIRED',
      'SAME_SETTLEMENT',
      'IN_FUTURE',
    ]);
  });

  it('gives every violation a message', () => {
    const reasons = checkMove(move({ referral: null, settlementTo: 'Saryagash', arrivalDate: '2027-01-01' }), TODAY);
    for (const reason of reasons) expect(reason.message.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// moveKey
// ---------------------------------------------------------------------------------------------

describe('moveKey', () => {
  it('is from → to @ year of arrival, normalised', () => {
    expect(moveKey(move())).toBe('saryagash -> ekibastuz @ 2026');
  });

  it('is the same for the same move typed differently', () => {
    const a = moveKey({ settlementFrom: 'Saryagash', settlementTo: 'Ekibastuz', arrivalDate: '2026-02-25' });
    expect(moveKey({ settlementFrom: '  SARYAGASH ', settlementTo: 'ekibastuz', arrivalDate: '2026-02-25' })).toBe(a);
    expect(moveKey({ settlementFrom: 'Village of Saryagash', settlementTo: 'g. Ekibastuz', arrivalDate: '2026-02-25' })).toBe(a);
  });

  it('is the same for another arrival day or another referral in the same year', () => {
    const a = moveKey(move());
    expect(moveKey(move({ arrivalDate: '2026-12-31' }))).toBe(a);
    expect(moveKey(move({ referral: { ...REFERRAL, number: 'REF-OTHER' } }))).toBe(a);
    expect(moveKey(move({ referral: null }))).toBe(a);
  });

  it('differs for another year, another origin, another destination, or the way back', () => {
    const a = moveKey(move());
    expect(moveKey(move({ arrivalDate: '2027-01-01' }))).not.toBe(a);
    expect(moveKey(move({ settlementFrom: 'Turkistan' }))).not.toBe(a);
    expect(moveKey(move({ settlementTo: 'Pavlodar' }))).not.toBe(a);
    expect(moveKey(move({ settlementFrom: 'Ekibastuz', settlementTo: 'Saryagash' }))).not.toBe(a);
  });
});
