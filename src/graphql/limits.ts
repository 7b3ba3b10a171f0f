import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Limits that stop abusive documents before anything runs. The schema's own types have no
 * cycles; the depth limit is for introspection's recursive ofType chain, and leaves room for the
 * standard introspection query (15 levels) that tools such as Apollo Sandbox send.
 */
export const QUERY_LIMITS = { maxDepth: 16, maxAliases: 30, maxDirectives: 20 } as const;

/** Operations one batched HTTP request may carry (Apollo Client's BatchHttpLink sends up to 10). */
export const MAX_BATCH_OPERATIONS = 10;

function refusal(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: code } });
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      const fragment = fragments[name];
      if (fragment) deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Refuses operations nested deeper than the limit (fragments followed). */
export const depthLimit: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = Object.fromEntries(
    context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, fragments, new Set());
      if (depth > QUERY_LIMITS.maxDepth) {
        context.reportError(refusal(`the operation is nested ${depth} levels deep; the limit is ${QUERY_LIMITS.maxDepth}`, 'DEPTH'));
      }
    },
  };
};

/** Refuses documents with more aliases or directives than the limits (alias amplification). */
export const aliasAndDirectiveLimit: ValidationRule = (context: ValidationContext): ASTVisitor => {
  let aliases = 0;
  let directives = 0;
  return {
    Field(node) {
      if (node.alias) aliases += 1;
    },
    Directive() {
      directives += 1;
    },
    Document: {
      leave() {
        if (aliases > QUERY_LIMITS.maxAliases) {
          context.reportError(refusal(`the document has ${aliases} aliases; the limit is ${QUERY_LIMITS.maxAliases}`, 'ALIASES'));
        }
        if (directives > QUERY_LIMITS.maxDirectives) {
          context.reportError(refusal(`the document has ${directives} directives; the limit is ${QUERY_LIMITS.maxDirectives}`, 'DIRECTIVES'));
        }
      },
    },
  };
};
