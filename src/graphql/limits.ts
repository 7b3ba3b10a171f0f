import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { COST_LIMITS } from './cost';
import { limitRefusal, type LimitName } from './limit-refusal';
import { Kind, validate, type GraphQLError, type ASTVisitor, type DocumentNode, type GraphQLSchema, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Limits that stop abusive documents before anything runs, and before graphql-js's own
 * validation, whose overlapping-fields rule is quadratic in fields that merge into one place.
 *
 * - tokens: 5,000. The largest document the gateway expects is the standard introspection query
 *   (183 tokens); the largest operation in schema/operations/ has 146. Parsing stops at the limit.
 * - depth: 16, room for the introspection query's recursive `ofType` chain (the schema's own types
 *   have no cycles).
 * - aliases 30 and directives 20 per operation, counted where each fragment is spread.
 * - repeats: one place in the response (a path of response names) is selected at most 10 times,
 *   fragments counted where spread. graphql-js compares every pair of fields merging into one
 *   place, so 1,000 copies of `regions { code }` (4,000 tokens) cost it about a second; with 10
 *   the comparisons grow linearly with the document.
 */
export const QUERY_LIMITS = { maxTokens: 5_000, maxDepth: 16, maxAliases: 30, maxDirectives: 20, maxRepeats: 10 } as const;

/** Operations one batched HTTP request may carry (Apollo Client's BatchHttpLink sends up to 10). */
export const MAX_BATCH_OPERATIONS = 10;

/** Field selections a document may expand to (fragments counted where spread): each costs at least 1. */
const MAX_SELECTIONS = COST_LIMITS.maxSelections;

/** graphql-js's message (sic) when `parse(…, { maxTokens })` stops. */
const TOKEN_LIMIT_MESSAGE = /Document contains more that? \d+ tokens/;

/** The TOKENS refusal, when `error` is graphql-js stopping the parse at the token limit. */
export function tokenRefusalFor(message: string): GraphQLError | null {
  if (!TOKEN_LIMIT_MESSAGE.test(message)) return null;
  return limitRefusal(`the document has more than ${QUERY_LIMITS.maxTokens} tokens; the limit is ${QUERY_LIMITS.maxTokens}`, 'TOKENS');
}

/**
 * Brackets (`{`, `[`, `(`) a document may nest, checked on its text before it is parsed.
 * graphql-js parses by recursion, so a document nested a few thousand levels deep under the
 * token limit (`{ a { a { …`) can exhaust the stack inside the parser, or in any walk after it;
 * no real operation nests more than the depth limit's 16 selections plus a few input objects.
 */
export const MAX_NESTING = 64;

/**
 * How deep the document's brackets nest, stopping as soon as it passes `stopAbove`: one pass
 * over the text that skips strings, block strings and comments, as the lexer would.
 */
export function nestingOf(source: string, stopAbove = MAX_NESTING): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '#') {
      while (i + 1 < source.length && source[i + 1] !== '\n' && source[i + 1] !== '\r') i += 1;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        i += 3;
        while (i < source.length && !source.startsWith('"""', i)) i += source.startsWith('\\"""', i) ? 4 : 1;
        i += 2;
      } else {
        i += 1;
        while (i < source.length && source[i] !== '"' && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (c === '}' || c === ']' || c === ')') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** The DEPTH refusal of a document whose brackets nest deeper than {@link MAX_NESTING}, before it is parsed. */
export function nestingRefusalFor(source: string): GraphQLError | null {
  if (nestingOf(source) <= MAX_NESTING) return null;
  return limitRefusal(`the document nests more than ${MAX_NESTING} brackets deep; the depth limit is ${QUERY_LIMITS.maxDepth} levels`, 'DEPTH');
}

/** Options for `parse` on every transport. */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens } as const;

/** Armor reports a refusal through this callback; the refusal is reshaped to ours. */
function reportAs(limit: LimitName, max: number, what: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(limitRefusal(`the operation has ${found ?? 'more than ' + max} ${what}; the limit is ${max}`, limit));
  };
}

/**
 * Counts, per operation, how often each place in the response is selected (fragments followed
 * where spread, a fragment already on the path skipped), and stops at the first place selected
 * too often or once the selections exceed what the cost limit could ever let through.
 */
const repeatLimit: ValidationRule = (context) => {
  function walk(selectionSet: SelectionSetNode, place: string, counts: Map<string, number>, active: Set<string>, budget: { left: number }): GraphQLError | null {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        budget.left -= 1;
        if (budget.left < 0) {
          return limitRefusal(`the operation selects more than ${MAX_SELECTIONS} fields where its fragments are spread; each costs at least 1, the limit is ${COST_LIMITS.maxCost}`, 'COST', {
            maxCost: COST_LIMITS.maxCost,
          });
        }
        const key = `${place}.${(selection.alias ?? selection.name).value}`;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count > QUERY_LIMITS.maxRepeats) {
          return limitRefusal(`"${key.slice(1)}" is selected more than ${QUERY_LIMITS.maxRepeats} times in one place (fragments counted where spread); the limit is ${QUERY_LIMITS.maxRepeats}`, 'REPEATS');
        }
        const refused = selection.selectionSet ? walk(selection.selectionSet, key, counts, active, budget) : null;
        if (refused) return refused;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const refused = walk(selection.selectionSet, place, counts, active, budget);
        if (refused) return refused;
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        // a cycle is refused by graphql-js's own rule once these limits pass
        if (!fragment || active.has(name)) continue;
        active.add(name);
        const refused = walk(fragment.selectionSet, place, counts, active, budget);
        active.delete(name);
        if (refused) return refused;
      }
    }
    return null;
  }
  return {
    OperationDefinition(operation) {
      const refused = walk(operation.selectionSet, '', new Map(), new Set(), { left: MAX_SELECTIONS });
      if (refused) context.reportError(refused);
      return false;
    },
    FragmentDefinition: () => false,
  };
};

/**
 * GraphQL Armor's depth, alias and directive rules (each follows a fragment once and reuses its
 * figure, so a fragment spread twice by each of 40 fragments costs 40 steps, not 2^40) and the
 * repeat limit above.
 */
const limitRules: ValidationRule[] = [
  maxDepthRule({ n: QUERY_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: false, propagateOnRejection: false, onReject: [reportAs('DEPTH', QUERY_LIMITS.maxDepth, 'levels of nesting')] }),
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, allowList: [], propagateOnRejection: false, onReject: [reportAs('ALIASES', QUERY_LIMITS.maxAliases, 'aliases')] }),
  maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [reportAs('DIRECTIVES', QUERY_LIMITS.maxDirectives, 'directives')] }),
  repeatLimit,
];

/** The refusals of the document's limits, if any; work linear in the document. */
export function limitRefusalsOf(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  return validate(schema, document, limitRules);
}

/**
 * The limits as one validation rule, for Apollo's `validationRules` and the websocket alike. It
 * checks the whole document when validation enters it; a refused document is then hidden from
 * every other rule: in graphql-js's parallel visitor a rule that replaces a node (here with null)
 * stops the node reaching the rules after it, and `visit` does not descend into a removed node —
 * so graphql-js's own rules never walk a document over a limit, and the refusal is the only error.
 */
export const documentLimits: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Document: {
    enter(document) {
      const refusals = limitRefusalsOf(context.getSchema(), document);
      if (refusals.length === 0) return undefined;
      for (const refusal of refusals) context.reportError(refusal);
      return null;
    },
  },
});
