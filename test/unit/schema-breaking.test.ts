import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/cli/schema-breaking';

// the policy of `npm run schema:breaking` (README "Schema checks"): a breaking change passes only
// as the removal of what the released schema had already deprecated
const released = /* GraphQL */ `
  type Query {
    payment: Payment
    region(code: String, legacyCode: String @deprecated(reason: "use code")): Region
    old: Old @deprecated(reason: "use payment")
  }
  type Payment {
    status: String! @deprecated(reason: "use paymentStatus")
    amount: String!
  }
  type Region { code: String! }
  type Old { x: Int }
  enum Colour { RED GREEN @deprecated(reason: "use RED") }
  input Filter { states: [String!] @deprecated(reason: "use statuses") colour: Colour }
  type Mutation { f(filter: Filter): Int }
`;

const paths = (changes: { path?: string }[]) => changes.map((c) => c.path).sort();

describe('the breaking-change check', () => {
  it('passes an identical schema and additions', async () => {
    const result = await compareSchemas(released, released.replace('amount: String!', 'amount: String!\n    paidOn: String'));
    expect(result.breaking).toEqual([]);
    expect(paths(result.safe)).toContain('Payment.paidOn');
  });

  it('allows removing a field, argument, input field, enum value and type the release deprecated', async () => {
    const next = released
      .replace('status: String! @deprecated(reason: "use paymentStatus")', '')
      .replace(', legacyCode: String @deprecated(reason: "use code")', '')
      .replace('old: Old @deprecated(reason: "use payment")', '')
      .replace('type Old { x: Int }', '')
      .replace('GREEN @deprecated(reason: "use RED")', '')
      .replace('states: [String!] @deprecated(reason: "use statuses")', '');
    const result = await compareSchemas(released, next);
    expect(result.breaking).toEqual([]);
    expect(paths(result.deprecatedRemoved)).toEqual(['Colour.GREEN', 'Filter.states', 'Old', 'Payment.status', 'Query.old', 'Query.region.legacyCode']);
  });

  it('fails removing or retyping what was not deprecated', async () => {
    const result = await compareSchemas(
      released,
      released.replace('amount: String!', '').replace('type Region { code: String! }', 'type Region { code: Int! }').replace('colour: Colour', 'colour: Colour!'),
    );
    expect(paths(result.breaking)).toEqual(['Filter.colour', 'Payment.amount', 'Region.code']);
  });

  it('fails deprecating and removing in the same release', async () => {
    const result = await compareSchemas(released, released.replace('type Region { code: String! }', 'type Region { name: String }'));
    expect(paths(result.breaking)).toEqual(['Region.code']);
  });

  it('fails removing a type still used by a field the release did not deprecate', async () => {
    const next = released.replace('payment: Payment', '').replace(/type Payment \{[^}]*\}/, '');
    const result = await compareSchemas(released, next);
    expect(paths(result.breaking)).toEqual(['Payment', 'Query.payment']);
  });

  it('finds the committed schema compatible with the committed release', async () => {
    const read = (file: string) => readFileSync(path.join(__dirname, '..', '..', 'schema', file), 'utf8');
    const result = await compareSchemas(read('released.graphql'), read('schema.graphql'));
    expect(result.breaking.map((c) => c.message)).toEqual([]);
  });
});
