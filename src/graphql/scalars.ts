import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatMoney, parseMoney, type Tiyn } from '../../workflows/rules/money';
import { isCalendarDate } from '../../workflows/rules/calendar';
import { formatRate, parseRate } from '../../workflows/rules/rate';
import { ValidationError } from '../../workflows/errors';

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

/** How large a JSON input may be: a payload is a handful of fields, never a document. */
export const JSON_LIMITS = { maxDepth: 8, maxNodes: 1000, maxStringLength: 10_000, maxKeyLength: 100 } as const;

type JsonRefusal = { rule: string; message: string };

/** Whether one more node at `depth` still fits; the walk stops at the first refusal. */
function jsonNodeRefusal(depth: number, nodes: number): JsonRefusal | null {
  if (depth > JSON_LIMITS.maxDepth) return { rule: 'JSON_TOO_DEEP', message: `a JSON value nests at most ${JSON_LIMITS.maxDepth} levels` };
  if (nodes > JSON_LIMITS.maxNodes) return { rule: 'JSON_TOO_LARGE', message: `a JSON value holds at most ${JSON_LIMITS.maxNodes} keys and elements in all` };
  return null;
}

function stringRefusal(text: string, isKey: boolean): JsonRefusal | null {
  const max = isKey ? JSON_LIMITS.maxKeyLength : JSON_LIMITS.maxStringLength;
  return text.length > max ? { rule: 'JSON_TOO_LARGE', message: `a JSON ${isKey ? 'key' : 'string'} is at most ${max} characters` } : null;
}

/** Checks a JSON value's depth and size without recursion: a 50,000-deep array must not overflow the stack. */
function jsonValueRefusal(root: unknown): JsonRefusal | null {
  const stack: Array<[unknown, number]> = [[root, 1]];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    nodes += 1;
    const refusal = jsonNodeRefusal(depth, nodes);
    if (refusal) return refusal;
    if (typeof value === 'string') {
      const tooLong = stringRefusal(value, false);
      if (tooLong) return tooLong;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const tooLong = stringRefusal(key, true);
        if (tooLong) return tooLong;
        stack.push([child, depth + 1]);
      }
    } else if (typeof value === 'number' && !Number.isFinite(value)) {
      return { rule: 'JSON_FORMAT', message: 'a JSON number must be finite' };
    }
  }
  return null;
}

/** The same check on a literal written in the document (variables inside it included). */
function jsonLiteralRefusal(root: ValueNode, variables: Record<string, unknown> | null | undefined): JsonRefusal | null {
  const stack: Array<[ValueNode, number]> = [[root, 1]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    nodes += 1;
    const refusal = jsonNodeRefusal(depth, nodes);
    if (refusal) return refusal;
    if (node.kind === Kind.STRING) {
      const tooLong = stringRefusal(node.value, false);
      if (tooLong) return tooLong;
    } else if (node.kind === Kind.LIST) {
      for (const item of node.values) stack.push([item, depth + 1]);
    } else if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) stack.push([field.value, depth + 1]);
    } else if (node.kind === Kind.VARIABLE) {
      const refusal = jsonValueRefusal(variables?.[node.name.value]);
      if (refusal) return refusal;
    }
  }
  return null;
}

/** A literal as a plain value; only called on a literal already checked to be shallow. */
function jsonFromLiteral(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.ENUM:
      return node.value;
    case Kind.LIST:
      return node.values.map((item) => jsonFromLiteral(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, jsonFromLiteral(field.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
  }
}

function refuseJson(refusal: JsonRefusal): never {
  throw ValidationError.single('payload', refusal.rule, refusal.message);
}

function requireObject(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw ValidationError.single('payload', 'JSON_FORMAT', 'a JSON object is expected, such as {"reason": "…"}');
  }
  return value as Record<string, unknown>;
}

/**
 * A JSON object (graphql-scalars' `JSONObject`, same name and wire format) bounded in depth and
 * size before anything walks it recursively: storing, printing or copying a 50,000-deep value
 * overflows the stack. Its strings pass the same control-character check as every input.
 */
export const JSONObjectScalar = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  description: `A JSON object, at most ${JSON_LIMITS.maxDepth} levels deep and ${JSON_LIMITS.maxNodes} keys and elements in all.`,
  specifiedByURL: 'http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf',
  serialize: (value) => requireObject(value),
  parseValue(value) {
    const object = requireObject(value);
    const refusal = jsonValueRefusal(object);
    if (refusal) refuseJson(refusal);
    return object;
  },
  parseLiteral(ast, variables) {
    if (ast.kind !== Kind.OBJECT) return requireObject(undefined);
    const refusal = jsonLiteralRefusal(ast, variables);
    if (refusal) refuseJson(refusal);
    return jsonFromLiteral(ast, variables) as Record<string, unknown>;
  },
});
