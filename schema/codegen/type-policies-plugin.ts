import {
  getNullableType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A graphql-codegen plugin (codegen.yml) writing `schema/client/type-policies.ts`: Apollo
 * Client's type policies, derived from the schema so that a new type or connection cannot be
 * forgotten:
 * - every object type with an `id: ID!` field is normalized by it where the operation selected
 *   it (`GrantApplication:<id>`), and kept inside its parent where it did not (`keyFields: byId`):
 *   a plain `keyFields: ['id']` makes Apollo throw on any selection without the id
 *   (`applicant { fullName }`), and the operations are free to leave it out;
 * - an object type with an `id` of another type or nullable (`ActorRef`, `Viewer`: a user name,
 *   not the identity of the record) is kept inside its parent (`keyFields: false`) — Apollo would
 *   otherwise normalize it by that `id` and merge, say, every history entry of one officer;
 * - every field returning a connection (a type with `edges` and `pageInfo`) pages through
 *   `relayStylePagination`, keyed by its arguments other than `first`/`after`/`last`/`before`,
 *   so each filter (or order) keeps its own list.
 */
export function plugin(schema: GraphQLSchema): string {
  const types = Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .sort(byName);
  const identified: string[] = [];
  const embedded: string[] = [];
  for (const type of types) {
    const id = type.getFields().id;
    if (!id) continue;
    (isIdentity(id) ? identified : embedded).push(type.name);
  }
  const connections = connectionFields(schema);

  const policies = new Map<string, string[]>();
  const policy = (type: string) => policies.get(type) ?? policies.set(type, []).get(type)!;
  for (const name of identified) policy(name).push(`keyFields: byId`);
  for (const name of embedded) policy(name).push(`keyFields: false`);
  const byType = new Map<string, ConnectionField[]>();
  for (const connection of connections) byType.set(connection.type, [...(byType.get(connection.type) ?? []), connection]);
  for (const [type, fields] of byType) {
    const entries = fields.map((f) => `      ${f.field}: relayStylePagination(${f.keyArgs.length ? `[${f.keyArgs.map((a) => `'${a}'`).join(', ')}]` : 'false'}),`);
    policy(type).push(`fields: {\n${entries.join('\n')}\n    }`);
  }

  const lines = [
    '// Written by `npm run codegen` (schema/codegen/type-policies-plugin.ts) from schema/schema.graphql: do not edit.',
    "import type { TypePolicies, TypePolicy } from '@apollo/client';",
    "import { relayStylePagination } from '@apollo/client/utilities';",
    '',
    '/**',
    ' * Normalized as `GrantApplication:<id>` where the operation selected the id, kept inside its',
    " * parent where it did not: `keyFields: ['id']` would make Apollo throw on such a selection (and",
    ' * spell the key `GrantApplication:{"id":"<id>"}`).',
    ' */',
    "const byId: TypePolicy['keyFields'] = (object, { typename }) => (object.id === undefined ? false : `${typename}:${String(object.id)}`);",
    '',
    '/** The object types normalized by their `id: ID!` (where selected). */',
    `export const identifiedTypes = [${identified.map((n) => `'${n}'`).join(', ')}] as const;`,
    '',
    '/** The object types whose `id` is not an identity (not of type ID): kept inside their parent. */',
    `export const embeddedTypes = [${embedded.map((n) => `'${n}'`).join(', ')}] as const;`,
    '',
    '/** Every field returning a connection, with the arguments that key its pages. */',
    'export const connectionFields = [',
    ...connections.map((c) => `  { type: '${c.type}', field: '${c.field}', keyArgs: [${c.keyArgs.map((a) => `'${a}'`).join(', ')}] },`),
    '] as const;',
    '',
    '/** `new InMemoryCache({ possibleTypes, typePolicies })`. */',
    'export const typePolicies: TypePolicies = {',
    ...[...policies.keys()].sort().map((type) => `  ${type}: {\n${policies.get(type)!.map((p) => `    ${p},`).join('\n')}\n  },`),
    '};',
    '',
  ];
  return lines.join('\n');
}

interface ConnectionField {
  type: string;
  field: string;
  keyArgs: string[];
}

const PAGING_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);

/** Fields (of object types, root types included) returning a type with `edges` and `pageInfo`. */
export function connectionFields(schema: GraphQLSchema): ConnectionField[] {
  const found: ConnectionField[] = [];
  for (const type of Object.values(schema.getTypeMap()).sort(byName)) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()).sort(byName)) {
      if (!isConnection(getNullableType(field.type))) continue;
      const keyArgs = field.args.map((a) => a.name).filter((name) => !PAGING_ARGUMENTS.has(name)).sort();
      found.push({ type: type.name, field: field.name, keyArgs });
    }
  }
  return found;
}

function isConnection(type: unknown): boolean {
  // a list of connections is no connection field: relayStylePagination pages one connection
  if (!isObjectType(type) && !isInterfaceType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

/** `id: ID!`: a nullable id cannot key a record (Apollo refuses a missing key field). */
function isIdentity(field: GraphQLField<unknown, unknown>): boolean {
  return isNonNullType(field.type) && isScalarType(field.type.ofType) && field.type.ofType.name === 'ID';
}

function byName(a: GraphQLNamedType | { name: string }, b: GraphQLNamedType | { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
