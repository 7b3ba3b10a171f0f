/**
 * The client package of the gateway's contract, generated from schema/schema.graphql and
 * schema/operations/*.graphql by `npm run codegen` (README "Building a frontend on the API"):
 *
 * - `./graphql`: the schema's types, each operation's result and variables types
 *   (`ApplicationsQuery`, `StartReviewMutationVariables`, …) and its typed document
 *   (`ApplicationsDocument`, …), which Apollo Client, urql and graphql-request all accept;
 * - `possibleTypes`: which object types implement each interface, for Apollo's cache;
 * - `typePolicies`: key fields and relay-style paging of every connection, for Apollo's cache.
 *
 * `graphql.ts` and `possible-types.ts` need only `@graphql-typed-document-node/core`;
 * `type-policies.ts` imports `@apollo/client`. A frontend without Apollo Client imports
 * `./graphql` (and `./possible-types`) directly.
 *
 * @example
 * import { InMemoryCache } from '@apollo/client';
 * import { possibleTypes, typePolicies } from '…/schema/client';
 * const cache = new InMemoryCache({ possibleTypes, typePolicies });
 */
import introspection from './possible-types';

export * from './graphql';
export { connectionFields, embeddedTypes, identifiedTypes, typePolicies } from './type-policies';

/** `new InMemoryCache({ possibleTypes, typePolicies })`: the implementations of each interface. */
export const possibleTypes: Record<string, string[]> = introspection.possibleTypes;
