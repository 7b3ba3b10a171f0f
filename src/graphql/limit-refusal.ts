import { GraphQLError } from 'graphql';

/** The limits a document can be refused by (README, Limits). */
export type LimitName = 'TOKENS' | 'DEPTH' | 'ALIASES' | 'DIRECTIVES' | 'REPEATS' | 'COST';

/**
 * The one shape of every limit's refusal, on every transport: `GRAPHQL_VALIDATION_FAILED` with
 * `extensions.limit` naming the limit (and its figures), answered with HTTP 400.
 */
export function limitRefusal(message: string, limit: LimitName, figures: Record<string, number> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, ...figures, http: { status: 400 } } });
}
