// Written by `npm run codegen` (schema/codegen/type-policies-plugin.ts) from schema/schema.graphql: do not edit.
import type { TypePolicies, TypePolicy } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Normalized as `GrantApplication:<id>` where the operation selected the id, kept inside its
 * parent where it did not: `keyFields: ['id']` would make Apollo throw on such a selection (and
 * spell the key `GrantApplication:{"id":"<id>"}`).
 */
const byId: TypePolicy['keyFields'] = (object, { typename }) => (object.id === undefined ? false : `${typename}:${String(object.id)}`);

/** The object types normalized by their `id: ID!` (where selected). */
export const identifiedTypes = ['Applicant', 'GrantApplication', 'LiftingApplication', 'MicrocreditApplication', 'Region'] as const;

/** The object types whose `id` is not an identity (not of type ID): kept inside their parent. */
export const embeddedTypes = ['ActorRef', 'Viewer'] as const;

/** Every field returning a connection, with the arguments that key its pages. */
export const connectionFields = [
  { type: 'Query', field: 'applications', keyArgs: ['filter', 'orderBy'] },
] as const;

/** `new InMemoryCache({ possibleTypes, typePolicies })`. */
export const typePolicies: TypePolicies = {
  ActorRef: {
    keyFields: false,
  },
  Applicant: {
    keyFields: byId,
  },
  GrantApplication: {
    keyFields: byId,
  },
  LiftingApplication: {
    keyFields: byId,
  },
  MicrocreditApplication: {
    keyFields: byId,
  },
  Query: {
    fields: {
      applications: relayStylePagination(['filter', 'orderBy']),
    },
  },
  Region: {
    keyFields: byId,
  },
  Viewer: {
    keyFields: false,
  },
};
