import { daysBetween, isCalendarDate } from '../../workflows/rules/calendar';
import { fiscalYearOfDate } from '../../workflows/rules/fiscal';
import { ValidationError } from '../../workflows/errors';
import type { Statement, TransactionSql } from '../db/pg-sql';

/**
 * Fields of an event that already say when it happened: a payment's or a repayment's `paidOn`,
 * a contract's `signedOn`, a grant's site visit's `visitedOn`. When an event carries one, that is its business date.
 */
export const OWN_DATE_FIELDS = ['paidOn', 'signedOn', 'visitedOn'] as const;

/** The business date of one action, and the input field a refusal of it points at. */
export interface BusinessDate {
  /** YYYY-MM-DD, programme time */
  on: string;
  /** `occurredOn`, or the event's own date field when that is where the date came from */
  field: string;
}

function refuse(field: string, rule: string, message: string): ValidationError {
  return new ValidationError([{ field, rule, message }]);
}

/**
 * The business date of an action: `occurredOn` when sent, else the event's own date field
 * (`paidOn`, `signedOn`), else today in the programme's zone. An `occurredOn` that differs from
 * the event's own date is refused (`DATE_CONFLICT`): a payment has one date, and which of two
 * the caller meant is not the gateway's guess.
 *
 * @example
 * businessDateOfInput({ type: 'APPROVE', occurredOn: '2025-12-31' }, '2026-01-05'); // { on: '2025-12-31', field: 'occurredOn' }
 * businessDateOfInput({ type: 'CONFIRM_DISBURSEMENT', paidOn: '2026-01-03' }, '2026-01-05'); // { on: '2026-01-03', field: 'paidOn' }
 */
export function businessDateOfInput(input: Record<string, unknown>, today: string): BusinessDate {
  const sent = input.occurredOn;
  if (sent !== undefined && sent !== null && !isCalendarDate(sent)) {
    throw refuse('occurredOn', 'INVALID_DATE', 'the date it happened must be a real date written YYYY-MM-DD');
  }
  const ownField = OWN_DATE_FIELDS.find((field) => isCalendarDate(input[field]));
  const own = ownField === undefined ? undefined : (input[ownField] as string);
  if (typeof sent === 'string') {
    if (own !== undefined && own !== sent) {
      throw refuse('occurredOn', 'DATE_CONFLICT', `the event is dated ${own} by its ${ownField}; leave occurredOn out or send the same date`);
    }
    return { on: sent, field: 'occurredOn' };
  }
  if (ownField !== undefined) return { on: own!, field: ownField };
  return { on: today, field: 'occurredOn' };
}

const SQL = {
  backEntryOpen: {
    name: 'business_date_back_entry_open',
    text: 'select open from back_entry_revision where year = $1 order by id desc limit 1',
  },
} satisfies Record<string, Statement>;

/** Whether an administrator has opened a fiscal year for back-entry: its latest revision says so. */
export async function backEntryOpen(sql: TransactionSql, year: number): Promise<boolean> {
  const [row] = await sql.query<{ open: boolean }>(SQL.backEntryOpen, [year]);
  return row?.open === true;
}

/**
 * The rules every business date keeps, each a `VALIDATION` on the field it came from: not after
 * today (`IN_FUTURE`); not before the application's previous business date
 * (`BEFORE_PREVIOUS_EVENT`, read under the row lock); at most `backEntryDays` days back unless
 * an administrator has opened its fiscal year for back-entry (`BACK_ENTRY_CLOSED`).
 */
export async function checkBusinessDate(
  sql: TransactionSql,
  date: BusinessDate,
  options: { today: string; previous: string | null; backEntryDays: number },
): Promise<void> {
  const { on, field } = date;
  if (on > options.today) {
    throw refuse(field, 'IN_FUTURE', `${on} is in the future: today is ${options.today} in programme time`);
  }
  if (options.previous !== null && on < options.previous) {
    throw refuse(field, 'BEFORE_PREVIOUS_EVENT', `${on} is before ${options.previous}, the date of the application's previous event`);
  }
  if (daysBetween(on, options.today) > options.backEntryDays) {
    const year = fiscalYearOfDate(on);
    if (!(await backEntryOpen(sql, year))) {
      throw refuse(
        field,
        'BACK_ENTRY_CLOSED',
        `${on} is more than ${options.backEntryDays} days back; an administrator opens ${year} for back-entry (setFiscalYearBackEntry) to record it`,
      );
    }
  }
}
