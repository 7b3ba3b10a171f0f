import { GraphQLError, getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { limitRefusal } from './limit-refusal';

/**
 * The cost of an operation: every field costs 1, and a list multiplies what is selected under it
 * by its size — `first`/`last` when the caller gives them, otherwise an assumed size for lists
 * without paging (an application's history, a repayment schedule). A connection's `edges` are
 * already counted by the `first` of the field above them.
 *
 * Every selected field counts, a field selected twice twice, and a fragment where it is spread.
 * graphql-query-complexity walks a fragment again at each spread, so its walk is capped at
 * `maxSelections` nodes: a document past that is refused as over the cost without being walked
 * further (the limits in front, src/graphql/limits.ts, refuse most such documents already).
 *
 * The limit lets a reviewer's page of 100 applications with applicant, region, history and
 * actions through several times over (see test/integration/limits.test.ts), and stops a
 * document that multiplies pages by aliases or nests lists inside lists.
 */
export const COST_LIMITS = { maxCost: 25_000, assumedListSize: 10, maxSelections: 25_000 } as const;

/** graphql-query-complexity's message when its walk reaches `maxQueryNodes`. */
const TOO_MANY_NODES = 'Query exceeds the maximum allowed number of nodes.';

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

/** The operation's cost (Infinity past the walk's cap), or null when its variables do not fit it (execution refuses those). */
function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators,
      maxQueryNodes: COST_LIMITS.maxSelections,
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.message === TOO_MANY_NODES) return Infinity;
    // variables that do not fit the operation are refused by execution, with their own message
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}

/** The refusal of an operation over the limit, shaped as the other limits' refusals. */
function costRefusal(cost: number): GraphQLError {
  if (cost === Infinity) {
    return limitRefusal(`the operation selects more than ${COST_LIMITS.maxSelections} fields where its fragments are spread; the cost limit is ${COST_LIMITS.maxCost}`, 'COST', {
      maxCost: COST_LIMITS.maxCost,
    });
  }
  return limitRefusal(`the operation would cost ${cost}; the limit is ${COST_LIMITS.maxCost} (lists count by their size)`, 'COST', { cost, maxCost: COST_LIMITS.maxCost });
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
