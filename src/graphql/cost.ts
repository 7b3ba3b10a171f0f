import { GraphQLError, Kind, getNamedType, getNullableType, isListType, typeFromAST, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { DEFAULT_PAGE_SIZE } from './connection';
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
  // a connection sent without first or last answers its default page
  const paged = getNamedType(field.type).name.endsWith('Connection') ? DEFAULT_PAGE_SIZE : undefined;
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : paged;
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

/**
 * The variables a document's cost can depend on. The cost reads variables in two places only:
 * `first`/`last` (Int) through the list-size estimator, and `@include`/`@skip` (Boolean). A
 * variable feeding either must be declared Int or Boolean (validation has checked the document),
 * so the variables of those types are the key; the others (ids, inputs, texts) never change it.
 */
function costVariables(schema: GraphQLSchema, document: DocumentNode): string[] {
  const names: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type);
      const named = type ? getNamedType(type).name : null;
      // an unknown type: key on it, to be safe
      if (named === null || named === 'Int' || named === 'Boolean') names.push(variable.variable.name.value);
    }
  }
  return names;
}

/** A document as the cost cache knows it: the schema it was costed against and its key. */
interface CostedDocument {
  schema: GraphQLSchema;
  id: number;
  variables: string[];
}

/**
 * Costs already computed, by document and the values of its cost variables. Apollo keeps a
 * parsed document in its document store and hands the same object to every request of the same
 * text, so the document's identity is its key (a WeakMap: a document Apollo evicts is forgotten).
 * Bounded: at most 10,000 keys of at most 1,000 characters.
 */
const documents = new WeakMap<DocumentNode, CostedDocument>();
const costs = new LRUCache<string, number>({ max: 10_000 });
/** keys longer than this (a long list of Int values) are costed every time, not kept */
const MAX_KEY_LENGTH = 1_000;
let nextDocumentId = 0;

function costKey(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined | null): string {
  let known = documents.get(document);
  if (!known || known.schema !== schema) {
    known = { schema, id: (nextDocumentId += 1), variables: costVariables(schema, document) };
    documents.set(document, known);
  }
  // an absent variable (its default applies) is [], a given one [value]: null and absent differ
  const values = known.variables.map((name) => (variables && Object.hasOwn(variables, name) ? [variables[name]] : []));
  return `${known.id}\u0000${operationName ?? ''}\u0000${JSON.stringify(values)}`;
}

/**
 * Refuses the operation when it costs more than the limit. A cost within the limit is remembered
 * for the document and its cost variables; an operation over it is costed again each time, so a
 * refusal (or its absence, when the variables do not fit the operation) is exactly what a fresh
 * computation says.
 */
export function assertWithinCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
): void {
  const key = costKey(schema, document, variables, operationName);
  if (costs.has(key)) return;
  const cost = operationCost(schema, document, variables, operationName);
  if (cost === null) return;
  if (cost > COST_LIMITS.maxCost) throw costRefusal(cost);
  if (key.length <= MAX_KEY_LENGTH) costs.set(key, cost);
}
