/**
 * Microcredit repayment schedules: building them, reading their state as of a date, and
 * applying repayments.
 *
 * A schedule is the borrower's legal obligation, so every amount is an exact `bigint` count of
 * tiyn inside this module; only {@link Instalment} carries decimal strings, so that a schedule
 * can be stored as a JSON snapshot. Rounding is always half up to the tiyn, and the last
 * instalment absorbs the rounding remainder so the principal parts add up to the loan exactly.
 * Dates are YYYY-MM-DD strings handled as integers (never `Date`), so nothing depends on the
 * local timezone. This module is pure.
 *
 * Invariant of every schedule built or returned here: the principal parts add up to the loan
 * principal, each `total` is `principal + interest`, and `0 ≤ paidPrincipal ≤ principal`,
 * `0 ≤ paidInterest ≤ interest`.
 *
 * @packageDocumentation
 */

import { formatMoney, moneyFromNumeric, type Tiyn } from '../rules/money';
import { addMonths, parseCalendarDate as parseDate } from '../rules/calendar';

// the view of a schedule counts days overdue with the same calendar
export { addMonths, daysBetween } from '../rules/calendar';

/** How the principal is spread: equal payments (annuity) or equal principal parts (differentiated). */
export type ScheduleMethod = 'ANNUITY' | 'DIFFERENTIATED';

/** One instalment; amounts as decimal strings of tenge so the schedule can live in a JSON snapshot. */
export interface Instalment {
  /** 1-based position in the original schedule (kept when later instalments are rebuilt). */
  number: number;
  /** Due date, YYYY-MM-DD. */
  dueOn: string;
  principal: string;
  interest: string;
  /** `principal + interest`. */
  total: string;
  paidPrincipal: string;
  paidInterest: string;
}

/**
 * Where an instalment stands on a date.
 * - `PAID`: fully paid (also an instalment of zero).
 * - `OVERDUE`: due before the date and not fully paid, whether partly paid or not.
 * - `PARTIAL`: something paid, not fully, and not overdue.
 * - `DUE`: due on the date, nothing paid.
 * - `UPCOMING`: due after the date, nothing paid.
 */
export type InstalmentStatus = 'PAID' | 'PARTIAL' | 'OVERDUE' | 'DUE' | 'UPCOMING';

/** What a schedule is built from. */
export interface LoanTerms {
  /** The loan amount in tiyn; must be positive. */
  principal: Tiyn;
  /** Annual rate in basis points, an integer 0..10000 (see `parseRate`). */
  annualRateBp: number;
  /** Number of monthly instalments, an integer 1..600. */
  termMonths: number;
  method: ScheduleMethod;
  /** Disbursement date, YYYY-MM-DD; instalment k is due k months later. */
  disbursedOn: string;
}

/** How one repayment was spread over the schedule. */
export interface RepaymentAllocation {
  /** The new schedule (a new array of new objects; the input is never mutated). */
  schedule: Instalment[];
  /** Paid towards interest parts. */
  interestPaid: Tiyn;
  /** Paid towards scheduled principal parts. */
  principalPaid: Tiyn;
  /**
   * Principal paid beyond the instalments that were due and the current period. It is added
   * to the principal part (and `paidPrincipal`) of the last instalment paid, and the remaining
   * instalments are rebuilt from what is still outstanding, so the principal parts still add
   * up to the loan.
   */
  prepaidPrincipal: Tiyn;
}

/** Outcome of {@link applyRepayment}. */
export type RepaymentResult =
  | { ok: true; value: RepaymentAllocation }
  | { ok: false; reason: 'NOT_POSITIVE' | 'MORE_THAN_OWED'; message: string };

// ---------------------------------------------------------------------------------------------
// Interest and payments
// ---------------------------------------------------------------------------------------------

/** Twelve months times 10,000 basis points: a monthly rate of `bp` is `bp / 120000`. */
const MONTHLY_RATE_DENOMINATOR = 120_000n;
const MAX_RATE_BP = 10_000;
const MAX_TERM_MONTHS = 600;

function checkRate(annualRateBp: number): void {
  if (!Number.isInteger(annualRateBp) || annualRateBp < 0 || annualRateBp > MAX_RATE_BP) {
    throw new RangeError(`Annual rate must be an integer number of basis points in 0..${MAX_RATE_BP}, got ${String(annualRateBp)}.`);
  }
}

function checkTerm(termMonths: number): void {
  if (!Number.isInteger(termMonths) || termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
    throw new RangeError(`Term must be an integer number of months in 1..${MAX_TERM_MONTHS}, got ${String(termMonths)}.`);
  }
}

function checkMethod(method: ScheduleMethod): void {
  if (method !== 'ANNUITY' && method !== 'DIFFERENTIATED') {
    throw new RangeError(`Schedule method must be ANNUITY or DIFFERENTIATED, got ${JSON.stringify(String(method))}.`);
  }
}

/** `num / den` rounded half up, for `num ≥ 0` and `den > 0`. */
function divideHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

/**
 * One month's interest on an outstanding principal: `outstanding × rate / 12`, rounded half up
 * to the tiyn. A month is always a twelfth of a year, whatever its number of days, so each
 * instalment's interest is known when the schedule is built.
 *
 * @throws RangeError on a negative amount or a rate that is not an integer in 0..10000 bp.
 *
 * @example
 * ```ts
 * monthlyInterest(120_000_000n, 1200); // 1_200_000n: 1,200,000.00 at 12 % → 12,000.00
 * monthlyInterest(100n, 600);          // 1n: 0.5 tiyn rounds up
 * ```
 */
export function monthlyInterest(outstanding: Tiyn, annualRateBp: number): Tiyn {
  checkRate(annualRateBp);
  if (outstanding < 0n) {
    throw new RangeError(`Outstanding principal must not be negative, got ${formatMoney(outstanding)}.`);
  }
  return divideHalfUp(outstanding * BigInt(annualRateBp), MONTHLY_RATE_DENOMINATOR);
}

/**
 * The annuity (equal) payment `P·i / (1 − (1 + i)^−n)` with `i = rate / 12`, rounded half up to
 * the tiyn.
 *
 * Computed exactly with bigint rationals, never floats: with `N = 120000 + bp` and
 * `D = 120000`, `(1 + i) = N / D`, so the payment is `P·bp·N^n / (D·(N^n − D^n))`. At a zero rate
 * it is `P / n` rounded half up.
 *
 * @throws RangeError on a negative principal, a rate outside 0..10000 bp or a term outside 1..600 months.
 *
 * @example
 * ```ts
 * annuityPayment(120_000_000n, 1200, 12); // 10_661_855n: 1,200,000.00 at 12 % over a year → 106,618.55
 * annuityPayment(100_000n, 0, 3);         // 33_333n
 * ```
 */
export function annuityPayment(principal: Tiyn, annualRateBp: number, termMonths: number): Tiyn {
  checkRate(annualRateBp);
  checkTerm(termMonths);
  if (principal < 0n) {
    throw new RangeError(`Principal must not be negative, got ${formatMoney(principal)}.`);
  }
  const n = BigInt(termMonths);
  if (annualRateBp === 0) {
    return divideHalfUp(principal, n);
  }
  const bp = BigInt(annualRateBp);
  const growth = (MONTHLY_RATE_DENOMINATOR + bp) ** n;
  const base = MONTHLY_RATE_DENOMINATOR ** n;
  return divideHalfUp(principal * bp * growth, MONTHLY_RATE_DENOMINATOR * (growth - base));
}

// ---------------------------------------------------------------------------------------------
// Schedules
// ---------------------------------------------------------------------------------------------

/** An instalment with exact amounts, as used inside this module. */
interface Row {
  /** The stored instalment it was read from while unchanged, so writing it back is a plain copy. */
  source?: Instalment;
  number: number;
  dueOn: string;
  principal: Tiyn;
  interest: Tiyn;
  paidPrincipal: Tiyn;
  paidInterest: Tiyn;
}

function toInstalment(row: Row): Instalment {
  const source = row.source;
  if (source !== undefined) {
    return {
      number: source.number,
      dueOn: source.dueOn,
      principal: source.principal,
      interest: source.interest,
      total: source.total,
      paidPrincipal: source.paidPrincipal,
      paidInterest: source.paidInterest,
    };
  }
  return {
    number: row.number,
    dueOn: row.dueOn,
    principal: formatMoney(row.principal),
    interest: formatMoney(row.interest),
    total: formatMoney(row.principal + row.interest),
    paidPrincipal: formatMoney(row.paidPrincipal),
    paidInterest: formatMoney(row.paidInterest),
  };
}

/** Read a stored amount; "0.00" (every unpaid part) skips the parser, as schedules are read on every call. */
function readAmount(text: string): Tiyn {
  return text === '0.00' ? 0n : moneyFromNumeric(text);
}

/** Read a stored instalment, refusing one that breaks the schedule invariants (corrupt data). */
function toRow(instalment: Instalment): Row {
  parseDate(instalment.dueOn, `Due date of instalment ${String(instalment.number)}`);
  const row: Row = {
    source: instalment,
    number: instalment.number,
    dueOn: instalment.dueOn,
    principal: readAmount(instalment.principal),
    interest: readAmount(instalment.interest),
    paidPrincipal: readAmount(instalment.paidPrincipal),
    paidInterest: readAmount(instalment.paidInterest),
  };
  const total = readAmount(instalment.total);
  if (
    total !== row.principal + row.interest ||
    row.paidPrincipal < 0n ||
    row.paidInterest < 0n ||
    row.paidPrincipal > row.principal ||
    row.paidInterest > row.interest
  ) {
    throw new RangeError(
      `Instalment ${String(instalment.number)} is inconsistent: total must be principal + interest and paid parts within 0..their part (${JSON.stringify(instalment)}).`,
    );
  }
  return row;
}

function remainingOf(row: Row): Tiyn {
  return row.principal - row.paidPrincipal + (row.interest - row.paidInterest);
}

function isRowPaid(row: Row): boolean {
  return row.paidPrincipal === row.principal && row.paidInterest === row.interest;
}

function hasPayment(row: Row): boolean {
  return row.paidPrincipal > 0n || row.paidInterest > 0n;
}

/**
 * Spread `principal` over the given slots (numbers and due dates), one month of interest each.
 * Shared by {@link buildSchedule} and the rebuild after a prepayment, so both follow one rule.
 */
function amortise(
  principal: Tiyn,
  annualRateBp: number,
  method: ScheduleMethod,
  slots: readonly { number: number; dueOn: string }[],
): Row[] {
  const count = slots.length;
  const payment = method === 'ANNUITY' ? annuityPayment(principal, annualRateBp, count) : 0n;
  const equalPart = principal / BigInt(count);
  let outstanding = principal;
  return slots.map((slot, index) => {
    const interest = monthlyInterest(outstanding, annualRateBp);
    let part: Tiyn;
    if (index === count - 1) {
      part = outstanding;
    } else if (method === 'ANNUITY') {
      const wanted = payment - interest;
      part = wanted < 0n ? 0n : wanted > outstanding ? outstanding : wanted;
    } else {
      part = equalPart;
    }
    outstanding -= part;
    return { number: slot.number, dueOn: slot.dueOn, principal: part, interest, paidPrincipal: 0n, paidInterest: 0n };
  });
}

/**
 * Build the repayment schedule of a disbursed loan. Instalment k (1-based) is due
 * `addMonths(disbursedOn, k)` and carries one month of interest on the principal outstanding
 * before it ({@link monthlyInterest}).
 *
 * - `ANNUITY`: principal part = {@link annuityPayment} − interest, clamped to [0, outstanding],
 *   so every instalment but the last totals exactly the annuity payment (but see tiny loans below).
 * - `DIFFERENTIATED`: principal part = P / n truncated to the tiyn.
 *
 * In both, the last instalment's principal is whatever is still outstanding, so the principal
 * parts add up to P exactly (the domain rule: the last instalment absorbs the rounding).
 * `paidPrincipal` and `paidInterest` start at "0.00".
 *
 * For a very small loan the rounding can pay the loan off before the last instalment (e.g.
 * 1.26 tenge interest-free over 84 months: a payment of 0.02); the remaining instalments are then
 * "0.00" and count as paid.
 *
 * @throws RangeError on principal ≤ 0, a term that is not an integer in 1..600, a rate that is
 * not an integer in 0..10000 bp, an unknown method, or a bad date.
 *
 * @example
 * ```ts
 * buildSchedule({ principal: 120_000_000n, annualRateBp: 1200, termMonths: 12, method: 'ANNUITY', disbursedOn: '2026-01-15' })[0];
 * // { number: 1, dueOn: '2026-02-15', principal: '94618.55', interest: '12000.00', total: '106618.55',
 * //   paidPrincipal: '0.00', paidInterest: '0.00' }
 * ```
 */
export function buildSchedule(terms: LoanTerms): Instalment[] {
  if (typeof terms.principal !== 'bigint' || terms.principal <= 0n) {
    throw new RangeError(`Loan principal must be a positive amount in tiyn, got ${String(terms.principal)}.`);
  }
  checkRate(terms.annualRateBp);
  checkTerm(terms.termMonths);
  checkMethod(terms.method);
  parseDate(terms.disbursedOn, 'Disbursement date');
  const slots = Array.from({ length: terms.termMonths }, (_, index) => ({
    number: index + 1,
    dueOn: addMonths(terms.disbursedOn, index + 1),
  }));
  return amortise(terms.principal, terms.annualRateBp, terms.method, slots).map(toInstalment);
}

function sum(values: readonly Tiyn[]): Tiyn {
  let total = 0n;
  for (const value of values) {
    total += value;
  }
  return total;
}

/**
 * Principal still owed: the loan principal minus every `paidPrincipal` (prepaid principal is
 * recorded as paid principal, see {@link applyRepayment}).
 *
 * @example
 * ```ts
 * outstandingPrincipal(120_000_000n, schedule); // 120_000_000n before any repayment
 * ```
 */
export function outstandingPrincipal(principal: Tiyn, schedule: readonly Instalment[]): Tiyn {
  return principal - sum(schedule.map((instalment) => toRow(instalment).paidPrincipal));
}

/**
 * Everything still to be paid under the schedule as it stands: Σ (total − paid) over all
 * instalments, future interest included. Closing the loan early costs less; see {@link payoffAmount}.
 */
export function amountOwed(schedule: readonly Instalment[]): Tiyn {
  return sum(schedule.map((instalment) => remainingOf(toRow(instalment))));
}

/**
 * Unpaid amounts of instalments due BEFORE `asOf`: an instalment due today is not yet in arrears.
 *
 * @throws RangeError on a bad date.
 *
 * @example
 * ```ts
 * arrears(schedule, '2026-02-15'); // 0n: the first instalment is due today
 * arrears(schedule, '2026-02-16'); // 10_661_855n when it was not paid
 * ```
 */
export function arrears(schedule: readonly Instalment[], asOf: string): Tiyn {
  parseDate(asOf, 'Date');
  return sum(schedule.filter((instalment) => instalment.dueOn < asOf).map((instalment) => remainingOf(toRow(instalment))));
}

/**
 * Where one instalment stands on `asOf` (see {@link InstalmentStatus}); overdue wins over
 * partly paid, because a missed instalment makes the whole loan overdue.
 *
 * @throws RangeError on a bad date.
 */
export function instalmentStatus(instalment: Instalment, asOf: string): InstalmentStatus {
  parseDate(asOf, 'Date');
  const row = toRow(instalment);
  if (isRowPaid(row)) {
    return 'PAID';
  }
  if (row.dueOn < asOf) {
    return 'OVERDUE';
  }
  if (hasPayment(row)) {
    return 'PARTIAL';
  }
  return row.dueOn === asOf ? 'DUE' : 'UPCOMING';
}

/**
 * The oldest instalment past due (`dueOn < asOf`) and not fully paid, or `null`; its due date
 * tells how long the loan has been overdue.
 *
 * @throws RangeError on a bad date.
 */
export function oldestOverdue(schedule: readonly Instalment[], asOf: string): Instalment | null {
  parseDate(asOf, 'Date');
  let oldest: Instalment | null = null;
  for (const instalment of schedule) {
    if (instalment.dueOn < asOf && !isRowPaid(toRow(instalment)) && (oldest === null || instalment.dueOn < oldest.dueOn)) {
      oldest = instalment;
    }
  }
  return oldest;
}

/** Whether every instalment is fully paid, i.e. the loan can be closed (an empty schedule counts). */
export function isFullyRepaid(schedule: readonly Instalment[]): boolean {
  return schedule.every((instalment) => isRowPaid(toRow(instalment)));
}

// ---------------------------------------------------------------------------------------------
// Repayments
// ---------------------------------------------------------------------------------------------

/**
 * Which instalments a payment on `paidOn` may touch:
 * - `open`: the last index paid as an instalment (interest and principal), i.e. everything
 *   due on or before `paidOn`, then the current period (the first instalment not yet due), and
 *   any later instalment that already has something paid (only after a back-dated payment);
 *   -1 when there is none.
 * - the instalments after `open` are the remainder that a prepayment rebuilds.
 */
function openUpTo(rows: readonly Row[], paidOn: string): number {
  let open = -1;
  let currentFound = false;
  rows.forEach((row, index) => {
    if (row.dueOn <= paidOn || hasPayment(row)) {
      open = index;
    } else if (!currentFound) {
      open = index;
    }
    if (row.dueOn > paidOn) {
      currentFound = true;
    }
  });
  return open;
}

function payoffOfRows(rows: readonly Row[], paidOn: string): Tiyn {
  const open = openUpTo(rows, paidOn);
  return sum(rows.map((row, index) => (index <= open ? remainingOf(row) : row.principal)));
}

/**
 * The amount that closes the loan on `asOf`: everything unpaid on the instalments due on or
 * before `asOf` and on the current period (the first instalment not yet due), plus the
 * principal of the later instalments, whose interest is not charged when the loan is closed
 * early. This is the most {@link applyRepayment} accepts on that date. After the last due date it
 * equals {@link amountOwed}.
 *
 * @throws RangeError on a bad date.
 *
 * @example
 * ```ts
 * // 1,200,000.00 at 12 % for 12 months, nothing paid, before the first due date:
 * payoffAmount(schedule, '2026-02-10'); // 121_200_000n: the principal plus one month's interest
 * ```
 */
export function payoffAmount(schedule: readonly Instalment[], asOf: string): Tiyn {
  parseDate(asOf, 'Date');
  return payoffOfRows(schedule.map(toRow), asOf);
}

/**
 * Apply one repayment to a schedule, returning a new schedule and how the money was spread.
 *
 * Order: first the instalments due on or before `paidOn` that are not fully paid, oldest first,
 * each one's interest, then its principal; then the current period (the first instalment not yet
 * due), interest then principal (a full month's interest, even when paid early). Whatever is left
 * prepays principal: it is added to the principal part and `paidPrincipal` of the last instalment
 * paid (the current period), so the principal parts still add up to the loan, and the remaining instalments (all with nothing paid) are rebuilt from the new outstanding
 * principal over the same number of instalments, the same due dates, method and rate, so later
 * payments become smaller. If no principal is left, the remaining instalments are removed and the
 * loan is fully repaid.
 *
 * A payment after an earlier, later-dated one (a back-dated entry) also completes any not-yet-due
 * instalments up to the last one with something paid before anything is prepaid, so the rebuilt
 * remainder never contains a paid instalment.
 *
 * Refused: zero or less (`NOT_POSITIVE`); more than {@link amountOwed}, or more than
 * {@link payoffAmount} on `paidOn`, since the surplus would pay interest that closing the loan
 * early no longer owes (`MORE_THAN_OWED`).
 *
 * @throws RangeError on a bad date, rate or method, or an inconsistent schedule.
 *
 * @example
 * ```ts
 * const result = applyRepayment(schedule, { amount: 10_661_855n, paidOn: '2026-02-15' }, { annualRateBp: 1200, method: 'ANNUITY' });
 * // result.ok === true; result.value.interestPaid === 1_200_000n, principalPaid === 9_461_855n,
 * // prepaidPrincipal === 0n; result.value.schedule[0] is fully paid
 * ```
 */
export function applyRepayment(
  schedule: readonly Instalment[],
  repayment: { amount: Tiyn; paidOn: string },
  terms: Pick<LoanTerms, 'annualRateBp' | 'method'>,
): RepaymentResult {
  checkRate(terms.annualRateBp);
  checkMethod(terms.method);
  parseDate(repayment.paidOn, 'Payment date');
  const { amount, paidOn } = repayment;
  if (typeof amount !== 'bigint' || amount <= 0n) {
    return { ok: false, reason: 'NOT_POSITIVE', message: `A repayment must be a positive amount, got ${typeof amount === 'bigint' ? formatMoney(amount) : String(amount)}.` };
  }

  const rows = schedule.map(toRow);
  rows.forEach((row, index) => {
    if (index > 0 && row.dueOn <= rows[index - 1].dueOn) {
      throw new RangeError(`Schedule due dates must strictly increase; instalment ${String(row.number)} is due ${row.dueOn}.`);
    }
  });
  const owed = sum(rows.map(remainingOf));
  if (amount > owed) {
    return {
      ok: false,
      reason: 'MORE_THAN_OWED',
      message: `A repayment of ${formatMoney(amount)} is more than the ${formatMoney(owed)} owed on the loan.`,
    };
  }
  const payoff = payoffOfRows(rows, paidOn);
  if (amount > payoff) {
    return {
      ok: false,
      reason: 'MORE_THAN_OWED',
      message: `A repayment of ${formatMoney(amount)} on ${paidOn} is more than the ${formatMoney(payoff)} that closes the loan on that date.`,
    };
  }

  let left = amount;
  let interestPaid = 0n;
  let principalPaid = 0n;
  const open = openUpTo(rows, paidOn);
  for (let index = 0; index <= open && left > 0n; index += 1) {
    const row = rows[index];
    const toInterest = minTiyn(left, row.interest - row.paidInterest);
    row.paidInterest += toInterest;
    interestPaid += toInterest;
    left -= toInterest;
    const toPrincipal = minTiyn(left, row.principal - row.paidPrincipal);
    row.paidPrincipal += toPrincipal;
    principalPaid += toPrincipal;
    left -= toPrincipal;
    if (toInterest > 0n || toPrincipal > 0n) {
      row.source = undefined;
    }
  }

  const prepaidPrincipal = left;
  let result = rows;
  if (prepaidPrincipal > 0n) {
    // Money is left only when every open instalment is now fully paid, and payoff ≥ amount
    // guarantees it is at most the remainder's principal.
    const last = rows[open];
    last.source = undefined;
    last.principal += prepaidPrincipal;
    last.paidPrincipal += prepaidPrincipal;
    const remainder = rows.slice(open + 1);
    const stillOutstanding = sum(remainder.map((row) => row.principal)) - prepaidPrincipal;
    const rebuilt = stillOutstanding > 0n ? amortise(stillOutstanding, terms.annualRateBp, terms.method, remainder) : [];
    result = [...rows.slice(0, open + 1), ...rebuilt];
  }

  return { ok: true, value: { schedule: result.map(toInstalment), interestPaid, principalPaid, prepaidPrincipal } };
}

function minTiyn(a: Tiyn, b: Tiyn): Tiyn {
  return a < b ? a : b;
}
