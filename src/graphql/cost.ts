import { GraphQLError, getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The cost of an operation: every field costs 1, and a list multiplies what is selected under it
 * by its size — `first`/`last` when the caller gives them, otherwise an assumed size for lists
 * without paging (an application's history, a repayment schedule). A connection's `edges` are
 * already counted by the `first` of the field above them.
 *
 * The limit lets a reviewer's page of 100 applications with applicant, region, history and
 * actions through several times over (see test/integration/limits.test.ts), and stops a
 * document that multiplies pages by aliases or nests lists inside lists.
 */
export const COST_LIMITS = { maxCost: 25_000, assumedListSize: 10 } as const;

const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // introspection is bounded by the depth limit, and off in production
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1;
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  if (size !== undefined) return 1 + Math.max(0, size) * childComplexity;
  if (!isListType(getNullableType(field.type))) return undefined;
  if (field.name === 'edges' || field.name === 'nodes') return 1 + childComplexity;
  return 1 + COST_LIMITS.assumedListSize * childComplexity;
};

const estimators = [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** The operation's cost, or null when its variables do not fit it (execution refuses those). */
function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
): number | null {
  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators });
  } catch (error) {
    // variables that do not fit the operation are refused by execution, with their own message
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}

/** The refusal of an operation over the limit, shaped as the other limits' refusals. */
function costRefusal(cost: number): GraphQLError {
  return new GraphQLError(`the operation would cost ${cost}; the limit is ${COST_LIMITS.maxCost} (lists count by their size)`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST', cost, maxCost: COST_LIMITS.maxCost, http: { status: 400 } },
  });
}

/** Refuses the operation when it costs more than the limit. */
export function assertWithinCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
): void {
  const cost = operationCost(schema, document, variables, operationName);
  if (cost !== null && cost > COST_LIMITS.maxCost) throw costRefusal(cost);
}
