import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isInterfaceType, isNonNullType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { possibleTypes, typePolicies } from '../../schema/client';

// the committed SDL, read on its own here: the client package must cover what it declares
const schema: GraphQLSchema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const objectTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'));

describe('the client package (schema/client) against the committed schema', () => {
  it('gives Apollo every implementation of every interface and union (possibleTypes)', () => {
    const abstract = Object.values(schema.getTypeMap()).filter((t) => isInterfaceType(t) || isUnionType(t));
    expect(abstract.length).toBeGreaterThan(0);
    const expected = Object.fromEntries(abstract.map((t) => [t.name, schema.getPossibleTypes(t as never).map((o) => o.name).sort()]));
    expect(Object.fromEntries(Object.entries(possibleTypes).map(([k, v]) => [k, [...v].sort()]))).toEqual(expected);
  });

  it('pages every connection field with relayStylePagination, keyed by its arguments but the paging ones', () => {
    const connections: Array<{ type: string; field: string; keyArgs: string[] }> = [];
    for (const type of objectTypes) {
      for (const field of Object.values((type as any).getFields()) as any[]) {
        const named = isNonNullType(field.type) ? field.type.ofType : field.type;
        if (isObjectType(named) && named.name.endsWith('Connection')) {
          const keyArgs = field.args.map((a: { name: string }) => a.name).filter((n: string) => !['first', 'after', 'last', 'before'].includes(n));
          connections.push({ type: type.name, field: field.name, keyArgs: keyArgs.sort() });
        }
      }
    }
    expect(connections.map((c) => `${c.type}.${c.field}`)).toContain('Query.applications');
    for (const { type, field, keyArgs } of connections) {
      const policy = (typePolicies[type]?.fields as Record<string, any> | undefined)?.[field];
      expect(policy, `${type}.${field}`).toBeDefined();
      // relayStylePagination's shape: it reads and merges pages, keyed by the other arguments
      expect(typeof policy.read, `${type}.${field}`).toBe('function');
      expect(typeof policy.merge, `${type}.${field}`).toBe('function');
      expect(policy.keyArgs, `${type}.${field}`).toEqual(keyArgs.length ? keyArgs : false);
    }
  });

  it('normalizes every object type by its `id: ID!` where selected, and keeps those whose id is a name inside their parent', () => {
    for (const type of objectTypes) {
      const id = (type as any).getFields().id;
      if (!id) continue;
      const keyFields = typePolicies[type.name]?.keyFields;
      if (isNonNullType(id.type) && id.type.ofType.name === 'ID') {
        expect(typeof keyFields, type.name).toBe('function');
        const byId = keyFields as Extract<typeof keyFields, (...args: any[]) => unknown>;
        const context = { typename: type.name } as never;
        expect(byId({ __typename: type.name, id: '1' }, context), type.name).toBe(`${type.name}:1`);
        // a selection without the id (`applicant { fullName }`) stays inside its parent instead of throwing
        expect(byId({ __typename: type.name }, context), type.name).toBe(false);
      } else {
        expect(keyFields, type.name).toBe(false);
      }
    }
    expect(typeof typePolicies.GrantApplication?.keyFields).toBe('function');
    expect(typePolicies.ActorRef?.keyFields).toBe(false);
  });

  it('names no type the schema does not have', () => {
    for (const name of Object.keys(typePolicies)) expect(schema.getType(name), name).toBeDefined();
  });
});
