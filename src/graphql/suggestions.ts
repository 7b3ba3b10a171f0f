import type { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js ends the message of an unknown field, argument, type, enum value or input field
 * with " Did you mean "…"?", naming the schema's own — which, with introspection off, would
 * reveal the schema a name at a time. (GraphQL Armor's block-field-suggestions does the same
 * for envelop servers and misses the "Did you mean the enum value …?" form.)
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The error without graphql-js's suggestions: production mode answers every error through this. */
export function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  const message = error.message.replace(SUGGESTION, '');
  return message === error.message ? error : { ...error, message };
}
