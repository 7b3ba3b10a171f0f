/**
 * The programme's calendar: local dates (YYYY-MM-DD) and instants (ISO strings) in Kazakhstan's
 * one time zone. Local dates are handled as integers (never `Date` in the local zone), so nothing
 * depends on the machine's time zone. Pure.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const DAY_MS = 86_400_000;

/**
 * Kazakhstan keeps one time zone, UTC+5, since March 2024; fiscal years and deadlines follow local
 * dates, so a decision at 23:30 UTC on 31 December belongs to the next year.
 */
const LOCAL_OFFSET_MS = 5 * 60 * 60 * 1000;

/** A real calendar date written YYYY-MM-DD ("2020-02-30" is not one, whatever Date.parse says). */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDateOf(at: Date | string): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + LOCAL_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar year (local time) in which an instant falls. */
export function localYearOf(at: Date | string): number {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + LOCAL_OFFSET_MS).getUTCFullYear();
}

/** The instant a local date begins: its local midnight. */
export function startOfLocalDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00+05:00`)).toISOString();
}

/** The instant a local date ends: midnight at the start of the next local day. */
export function endOfLocalDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00+05:00`) + DAY_MS).toISOString();
}

/** The instant `days` whole days (of 24 hours) after an instant. */
export function addDaysToInstant(at: string, days: number): string {
  return new Date(Date.parse(at) + days * DAY_MS).toISOString();
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Quote untrusted text for an error message, cut short so a huge input cannot bloat it. */
export function quoteInput(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parse a strict YYYY-MM-DD string (years 0001..9999) into a real calendar date, or throw RangeError. */
export function parseCalendarDate(text: string, what: string): CalendarDate {
  const match = typeof text === 'string' ? LOCAL_DATE.exec(text) : null;
  if (match === null) {
    throw new RangeError(`${what} must be a date in YYYY-MM-DD form, got ${typeof text === 'string' ? quoteInput(text) : typeof text}.`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${what} ${quoteInput(text)} is not a real calendar date.`);
  }
  return { year, month, day };
}

/** A calendar date written YYYY-MM-DD. */
export function formatCalendarDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function dayNumber(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (date.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Add calendar months, keeping the day of month but clamping it to the target month's last day.
 *
 * Schedules call this with the disbursement date and k = 1, 2, 3... rather than chaining
 * month by month, so one short month never pulls every later due date forward.
 *
 * @param date - YYYY-MM-DD.
 * @param months - a safe integer; negative goes back.
 * @throws RangeError on a bad date, a non-integer month count, or a result outside years 0001..9999.
 *
 * @example
 * ```ts
 * addMonths('2026-01-31', 1); // "2026-02-28"
 * addMonths('2024-01-31', 1); // "2024-02-29" (leap year)
 * addMonths('2026-01-31', 3); // "2026-04-30", not 28 April
 * ```
 */
export function addMonths(date: string, months: number): string {
  const start = parseCalendarDate(date, 'Date');
  if (!Number.isSafeInteger(months)) {
    throw new RangeError(`Months to add must be a safe integer, got ${String(months)}.`);
  }
  const monthIndex = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`${date} plus ${months} months is outside years 0001..9999.`);
  }
  return formatCalendarDate({ year, month, day: Math.min(start.day, daysInMonth(year, month)) });
}

/**
 * Whole days from `a` to `b` (`b - a`; negative when `b` is earlier), e.g. for days overdue.
 *
 * @throws RangeError on a bad date.
 *
 * @example
 * ```ts
 * daysBetween('2024-02-28', '2024-03-01'); // 2
 * daysBetween('2024-03-01', '2024-02-28'); // -2
 * ```
 */
export function daysBetween(a: string, b: string): number {
  return dayNumber(parseCalendarDate(b, 'Date')) - dayNumber(parseCalendarDate(a, 'Date'));
}

function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The date `days` working days (Monday to Friday) after `date`. Public holidays are not counted
 * out: the programme's deadline is a service target, and a day early is the safe side.
 *
 * @example
 * addWorkingDays('2026-03-06', 1); // "2026-03-09" (Friday → Monday)
 */
export function addWorkingDays(date: string, days: number): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = nextDay(current);
    const day = weekday(current);
    if (day !== 0 && day !== 6) left -= 1;
  }
  return current;
}
