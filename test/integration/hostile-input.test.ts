import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewaySchema } from '../../src/graphql/schema';
import type { Actor } from '../../workflows/rules/roles';
import { SubmitGrantApplicationDocument, SubmitLiftingApplicationDocument, SubmitMicrocreditApplicationDocument } from '../../schema/client/graphql';
import { expectNothingWritten, ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { grantInput, liftingInput, manualClock, microcreditInput, newApplicant, REGION } from '../support/fixtures';

/**
 * Hostile values thrown at every mutation's input, one leaf at a time, over variables and as
 * literals written in the document: every answer is a typed refusal, nothing is written, and the
 * server keeps answering.
 */

const KNOWN_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_TRANSITION',
  'VERSION_CONFLICT',
  'DUPLICATE_APPLICATION',
  'QUOTA_EXHAUSTED',
  'BUDGET_EXHAUSTED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
];

const clock = manualClock('2026-03-02T09:00:00Z');
/** one actor who passes every role check, so that a hostile value reaches as far in as it can */
const staff: Actor = { id: 'hostile-staff', roles: ['reviewer', 'approver', 'accountant', 'admin'], region: REGION };
let t: TestGateway;
const ids: Record<'grant' | 'microcredit' | 'lifting', string> = { grant: '', microcredit: '', lifting: '' };
const applicant = newApplicant('1987-11-23');

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
  // one application of each kind, so that an action has something real it could change
  ids.grant = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
  ids.microcredit = ok(await t.op(SubmitMicrocreditApplicationDocument, { input: microcreditInput(applicant) }, applicant)).submitMicrocreditApplication.id;
  ids.lifting = ok(await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(applicant) }, applicant)).submitLiftingApplication.id;
});
afterAll(async () => {
  await t?.close();
});

/** The kind of application a mutation acts on, from its name. */
function kindOf(mutation: string): keyof typeof ids {
  if (/Microcredit|CreditAssessment|Contract|Repayment|WriteOff/.test(mutation)) return 'microcredit';
  if (/Lifting|Verification/.test(mutation)) return 'lifting';
  return 'grant';
}

/** A plausible value for a field, by its type and name: the skeleton a hostile value is put into. */
function plausible(type: GraphQLInputType, name: string, mutation: string): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [plausible(nullable.ofType as GraphQLInputType, name, mutation)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields()).map((field) => [field.name, plausible(field.type, field.name, mutation)]));
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  switch (nullable.name) {
    case 'ID':
      return ids[kindOf(mutation)];
    case 'Money':
      return '1000.00';
    case 'Percent':
      return '5';
    case 'LocalDate':
      return '2026-02-20';
    case 'Int':
      return name === 'year' ? 2026 : 1;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return '2026-02-20T10:00:00Z';
    default:
      if (name === 'iin') return applicant.iin;
      if (name === 'regionCode') return REGION;
      return `plausible ${name}`;
  }
}

/** The submissions start from the fixtures; everything else from its type. */
function skeleton(mutation: string, arg: GraphQLArgument): unknown {
  if (mutation === 'submitGrantApplication') return grantInput(applicant);
  if (mutation === 'submitMicrocreditApplication') return microcreditInput(applicant);
  if (mutation === 'submitLiftingApplication') return liftingInput(applicant, { regionCode: REGION });
  return plausible(arg.type, arg.name, mutation);
}

type Path = Array<string | number>;

/** Every leaf of a value, and every list (a hostile value may replace a whole list). */
function leavesOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => leavesOf(item, [...path, index]))];
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leavesOf(child, [...path, key]));
  return [path];
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, step) => (at as Record<string | number, unknown> | undefined)?.[step], value);
}

function replaced(value: unknown, path: Path, by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head!] = replaced(copy[head!], rest, by);
  return copy;
}

/** A JS value written as a GraphQL literal for `type` (strings at enum positions as enum values when they are names). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const nullable = type ? (getNullableType(type) as GraphQLInputType) : undefined;
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{ ${Object.entries(value)
      .map(([key, child]) => `${key}: ${literal(child, fields[key]?.type)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string' && nullable && isEnumType(nullable) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** The named type at a path of an input (list indexes step into the list). */
function typeAt(type: GraphQLInputType, path: Path): string {
  let current: GraphQLInputType = type;
  for (const step of path) {
    const nullable = getNullableType(current) as GraphQLInputType;
    if (isListType(nullable)) current = nullable.ofType as GraphQLInputType;
    else if (isInputObjectType(nullable)) current = nullable.getFields()[String(step)]!.type;
  }
  return getNamedType(current).name;
}

/** Text a free-text field may well accept ("12.345" is a fine note): only hostile when it is not plain. */
function isPlainText(value: unknown): boolean {
  // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
  return typeof value === 'string' && value.length < 10_000 && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/.test(value);
}

/** Stands in a body for a value too deep for JSON.stringify (which would overflow here, in the test). */
const DEEP_MARKER = '__deep_value__';
const DEEP_VALUES: Record<string, string> = {
  'a 50,000-deep array': `${'['.repeat(50_000)}1${']'.repeat(50_000)}`,
  'a 20,000-deep object': `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
};

const controlCharacter = fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF');
const hostile = fc.oneof(
  fc.tuple(fc.string({ maxLength: 8 }), controlCharacter, fc.string({ maxLength: 8 })).map(([a, c, b]) => `${a}${c}${b}`),
  fc.constantFrom('Aliya\u0000Nurpeisova', '\u0000', 'x'.repeat(100_000), 'Ж'.repeat(100_000)),
  fc.constantFrom(...Object.keys(DEEP_VALUES)).map((name) => ({ [DEEP_MARKER]: name })),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -1, 0.5, 1e21, -2147483649),
  fc.constantFrom('-1.00', 'NaN', 'Infinity', '-Infinity', '1e9', '12.345', '', ' 5', '0x10', '١٢٣', '9'.repeat(40)),
  fc.constantFrom('2026-02-30', '0000-00-00', '2026-13-01', '99999-01-01', 'yesterday', '2026-2-3'),
  fc.constantFrom('NOT_A_VALUE', 'grant', '__typename'),
  fc.constantFrom<unknown>({}, { a: 1 }, [], [1, { b: 2 }], true, false, [[['nested']]]),
);

interface Target {
  mutation: string;
  arg: GraphQLArgument;
  skeleton: unknown;
  leaves: Path[];
}

let targets: Target[] = [];

describe('every mutation refuses hostile input with a typed error', () => {
  beforeAll(async () => {
    const schema = await gatewaySchema();
    targets = Object.values(schema.getMutationType()!.getFields()).flatMap((field) =>
      field.args.map((arg) => {
        const value = skeleton(field.name, arg);
        return { mutation: field.name, arg, skeleton: value, leaves: leavesOf(value) };
      }),
    );
  });

  it('finds every mutation of the schema', () => {
    expect(targets.length).toBeGreaterThanOrEqual(26);
  });

  it('no hostile leaf gets an unknown code, a 5xx, a write or a silent server', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), hostile, fc.boolean(), async (targetIndex, leafIndex, value, inline) => {
        const target = targets[targetIndex % targets.length]!;
        const path = target.leaves[leafIndex % target.leaves.length]!;
        // a plain string is no attack on a free-text field, nor an empty list on a list (an applicant may belong to no category)
        fc.pre(!(typeAt(target.arg.type, path) === 'String' && isPlainText(value)));
        fc.pre(!(Array.isArray(value) && value.length === 0 && Array.isArray(valueAt(target.skeleton, path))));
        const deep = typeof value === 'object' && value !== null && DEEP_MARKER in value ? DEEP_VALUES[(value as Record<string, string>)[DEEP_MARKER]!]! : null;
        const input = replaced(target.skeleton, path, deep ? DEEP_MARKER : value);
        const asLiteral = inline && !deep;
        const argType = String(target.arg.type);
        const query = asLiteral
          ? `mutation { ${target.mutation}(${target.arg.name}: ${literal(input, target.arg.type)}) { __typename } }`
          : `mutation Hostile($v: ${argType}) { ${target.mutation}(${target.arg.name}: $v) { __typename } }`;
        const body = JSON.stringify(asLiteral ? { query } : { query, variables: { v: input } });
        const actor = /^submit(Grant|Microcredit|Lifting)/.test(target.mutation) || /^(withdraw|resubmit|reportFundsUse)/.test(target.mutation) ? applicant : staff;
        const token = await t.token(actor);
        const response = await expectNothingWritten(t, async () => {
          const answer = await fetch(t.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: deep ? body.replace(JSON.stringify(DEEP_MARKER), deep) : body,
          });
          return { status: answer.status, text: await answer.text() };
        });
        const where = `${target.mutation} ${path.join('.')} ${asLiteral ? 'inline' : 'variable'} ${JSON.stringify(value).slice(0, 80)}`;
        expect(response.status, where).toBeLessThan(500);
        const parsed = JSON.parse(response.text) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
        expect(parsed.errors?.length, `${where}: accepted ${response.text.slice(0, 300)}`).toBeGreaterThan(0);
        for (const error of parsed.errors!) expect(KNOWN_CODES, `${where}: ${response.text.slice(0, 300)}`).toContain(error.extensions?.code);
        expect(response.text).not.toContain('    at ');
        seen.add(target.mutation);
        const health = await fetch(t.url.replace(/\/graphql$/, '/healthz'));
        expect(health.status).toBe(200);
      }),
      { numRuns: Number(process.env.HOSTILE_RUNS ?? 300) },
    );
    // the runs reached most of the mutations, not a few of them many times
    expect(seen.size).toBeGreaterThan(targets.length / 2);
  }, 300_000);
});

describe('previewAction checks its payload as the action’s own mutation checks its input', () => {
  const PREVIEW = 'query($id: ID!, $action: ApplicationAction!, $p: JSONObject) { previewAction(applicationId: $id, action: $action, payload: $p) { allowed toState code message } }';

  it('an inline payload previews exactly as the same payload in a variable', async () => {
    const inline = await t.gql(`{ previewAction(applicationId: "${ids.grant}", action: START_REVIEW, payload: {}) { allowed toState code } }`, undefined, staff);
    const variable = await t.gql(PREVIEW, { id: ids.grant, action: 'START_REVIEW', p: {} }, staff);
    expect(ok(inline).previewAction).toEqual({ allowed: true, toState: 'underReview', code: null });
    expect(ok(variable).previewAction).toMatchObject({ allowed: true, toState: 'underReview' });
    // the attacker's case: an inline object on APPROVE is an answer, not an internal error
    const approve = await t.gql(`{ previewAction(applicationId: "${ids.grant}", action: APPROVE, payload: { amount: "200000.00" }) { allowed code } }`, undefined, staff);
    expect(ok(approve).previewAction).toEqual({ allowed: false, code: 'INVALID_TRANSITION' });
  });

  it('a payload the mutation would refuse is previewed as that refusal, field by field', async () => {
    const as = async (action: string, p: Record<string, unknown>) => ok(await t.gql(PREVIEW, { id: ids.grant, action, p }, staff)).previewAction;
    expect(await as('APPROVE', { amount: 200000 })).toMatchObject({ allowed: false, code: 'VALIDATION', message: expect.stringContaining('payload.amount') });
    expect(await as('APPROVE', { amount: '200000.00', discount: 'yes' })).toMatchObject({ allowed: false, code: 'VALIDATION', message: expect.stringContaining('payload.discount') });
    expect(await as('REJECT', { reason: '   ' })).toMatchObject({ allowed: false, code: 'VALIDATION', message: expect.stringContaining('payload.reason') });
    expect(await as('START_REVIEW', { type: 'APPROVE' })).toMatchObject({ allowed: false, code: 'VALIDATION' });
    expect(await as('ESCALATE', { facts: {} })).toMatchObject({ allowed: false, code: 'VALIDATION' });
  });

  it('a deep, huge or control-character payload is refused before anything walks it', async () => {
    const send = (variables: string) =>
      t.token(staff).then((token) =>
        fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: `{"query":${JSON.stringify(PREVIEW)},"variables":${variables}}` }),
      );
    const base = `"id":"${ids.grant}","action":"REJECT"`;
    const cases: Array<[string, string]> = [
      [`{${base},"p":{"reason":${'['.repeat(50_000)}1${']'.repeat(50_000)}}}`, 'JSON_TOO_DEEP'],
      [`{${base},"p":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`, 'JSON_TOO_DEEP'],
      // two lists of 600, each under the input's list bound, together over the JSON's 1,000 nodes
      [`{${base},"p":{"reason":[[${Array.from({ length: 600 }, () => '1').join(',')}],[${Array.from({ length: 600 }, () => '1').join(',')}]]}}`, 'JSON_TOO_LARGE'],
      [`{${base},"p":{"reason":[${Array.from({ length: 5000 }, () => '1').join(',')}]}}`, 'LIST_TOO_LONG'],
      [`{${base},"p":{"reason":"a\\u0000b"}}`, 'CONTROL_CHARACTER'],
      [`{${base},"p":{"rea\\u0000son":"x"}}`, 'CONTROL_CHARACTER'],
      [`{${base},"p":{"reason":"\\ud800"}}`, 'CONTROL_CHARACTER'],
    ];
    for (const [variables, rule] of cases) {
      const response = await expectNothingWritten(t, () => send(variables));
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string; violations: Array<{ rule: string }> } }> };
      expect(response.status).toBe(400);
      expect(body.errors[0]!.extensions.code).toBe('VALIDATION');
      expect(body.errors[0]!.extensions.violations.map((v) => v.rule)).toContain(rule);
    }
  });
});

describe('no input carries more than any form sends', () => {
  const LIST = 'query List($filter: ApplicationFilterInput) { applications(filter: $filter, first: 5) { edges { node { id } } } }';

  it('text over 10,000 characters is TEXT_TOO_LONG, in a variable or written in the document, before anything runs', async () => {
    const long = 'A'.repeat(900_000);
    for (const response of [
      await t.gql(LIST, { filter: { regionCode: long } }, staff),
      await t.gql(`{ applications(filter: { regionCode: "${long}" }, first: 5) { edges { node { id } } } }`, {}, staff),
    ]) {
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
      expect(response.body.errors?.[0]?.extensions?.violations).toEqual([expect.objectContaining({ rule: 'TEXT_TOO_LONG' })]);
    }
  });

  it('a list over 1,000 items is LIST_TOO_LONG, before anything walks it', async () => {
    const response = await t.gql(LIST, { filter: { states: Array.from({ length: 100_000 }, () => 'x') } }, staff);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.violations).toEqual([expect.objectContaining({ field: 'filter.states', rule: 'LIST_TOO_LONG' })]);
  });

  it('the longest free text a field takes (5,000 characters) still passes the bound', async () => {
    const response = await t.gql(LIST, { filter: { regionCode: 'A'.repeat(5000) } }, staff);
    expect(response.body.errors?.[0]?.extensions?.violations?.map((v: { rule: string }) => v.rule) ?? []).not.toContain('TEXT_TOO_LONG');
  });
});
