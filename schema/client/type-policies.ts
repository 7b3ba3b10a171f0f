// Written by `npm run codegen` (schema/codegen/type-policies-plugin.ts) from schema/schema.graphql: do not edit.
import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The object types normalized by their `id: ID!`. */
export const identifiedTypes = ['Applicant', 'GrantApplication', 'LiftingApplication', 'MicrocreditApplication'] as const;

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
    keyFields: ['id'],
  },
  GrantApplication: {
    keyFields: ['id'],
  },
  LiftingApplication: {
    keyFields: ['id'],
  },
  MicrocreditApplication: {
    keyFields: ['id'],
  },
  Query: {
    fields: {
      applications: relayStylePagination(['filter', 'orderBy']),
    },
  },
  Viewer: {
    keyFields: false,
  },
};
