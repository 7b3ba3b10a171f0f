import { GraphQLScalarType, Kind } from 'graphql';
import { formatMoney, parseMoney, type Tiyn } from '../domain/money';
import { isCalendarDate } from '../domain/dates';
import { formatRate, parseRate } from '../domain/rate';
import { ValidationError } from '../errors';

/**
 * Money as a decimal string of tenge with at most two decimals ("555600.00"). Decimal strings
 * travel exactly through JSON; a GraphQL Float would not. Inside the server it is bigint tiyn.
 */
export const MoneyScalar = new GraphQLScalarType<Tiyn, string>({
  name: 'Money',
  description: 'An amount of tenge as a decimal string with at most two decimals, e.g. "555600.00". Never a number.',
  serialize(value) {
    if (typeof value === 'bigint') return formatMoney(value);
    throw new TypeError('Money must be serialized from bigint tiyn');
  },
  parseValue(value) {
    if (typeof value !== 'string') {
      throw ValidationError.single('amount', 'AMOUNT_FORMAT', 'money is sent as a decimal string such as "555600.00", not as a number');
    }
    const parsed = parseMoney(value, { allowZero: true });
    if (!parsed.ok) throw ValidationError.single('amount', `AMOUNT_${parsed.reason}`, parsed.message);
    return parsed.value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw ValidationError.single('amount', 'AMOUNT_FORMAT', 'money is sent as a decimal string such as "555600.00", not as a number');
    }
    const parsed = parseMoney(ast.value, { allowZero: true });
    if (!parsed.ok) throw ValidationError.single('amount', `AMOUNT_${parsed.reason}`, parsed.message);
    return parsed.value;
  },
});

function parseLocalDate(value: unknown): string {
  if (isCalendarDate(value)) return value;
  throw ValidationError.single('date', 'DATE_FORMAT', `a date is written YYYY-MM-DD and must exist, got ${JSON.stringify(value)}`);
}

/** A calendar date without time or zone, "2020-07-01". */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parsePercent(value: unknown): number {
  if (typeof value !== 'string') {
    throw ValidationError.single('rate', 'RATE_FORMAT', 'a percentage is sent as a decimal string such as "4.5", not as a number');
  }
  const parsed = parseRate(value);
  if (!parsed.ok) throw ValidationError.single('rate', `RATE_${parsed.reason}`, parsed.message);
  return parsed.value;
}

/** A percentage with at most two decimals ("4.5" = 4.50 %), kept inside as integer basis points. */
export const PercentScalar = new GraphQLScalarType<number, string>({
  name: 'Percent',
  description: 'A percentage as a decimal string with at most two decimals, e.g. "4.5" for 4.50 % (annual rates, shares).',
  serialize(value) {
    if (typeof value === 'number' && Number.isInteger(value)) return formatRate(value);
    throw new TypeError('Percent must be serialized from integer basis points');
  },
  parseValue: parsePercent,
  parseLiteral: (ast) => parsePercent(ast.kind === Kind.STRING ? ast.value : undefined),
});
