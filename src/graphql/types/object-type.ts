import { ObjectType as TypeGraphQLObjectType } from 'type-graphql';
import type { ObjectTypeOptions } from 'type-graphql';

/**
 * type-graphql's `@ObjectType` with simple resolvers: a field without a resolver of its own is
 * read by graphql-js's default resolver, not wrapped in type-graphql's middleware runner. No
 * field here has a middleware or a role of its own (authorisation is on queries, mutations and
 * field resolvers, which keep their wrappers), and the wrapper allocated an object per field and
 * answer: 15 % of what a reviewer's page allocated (`npm run bench -- --profile`).
 */
export function ObjectType(name: string, options: ObjectTypeOptions = {}): ClassDecorator {
  return TypeGraphQLObjectType(name, { simpleResolvers: true, ...options });
}
