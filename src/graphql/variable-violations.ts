import {
  coerceInputValue,
  getNamedType,
  getNullableType,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ValidationError, type Violation } from '../../workflows/errors';

/** graphql-js stops coercing a request's variables after 50 errors; so do we. */
const MAX_VIOLATIONS = 50;

/** graphql-js's "Did you mean …?" would name the schema's own fields and values, one guess at a time. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Where each variable is used: the argument it is passed to and the input fields written around it
 * (`input: { proposal: $p }` places `$p` at `input` › `proposal`). The first use counts.
 */
type Placement = { argument: string; within: string[] };

function placementsOf(operation: OperationDefinitionNode, document: DocumentNode): Map<string, Placement> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const found = new Map<string, Placement>();
  const visitedFragments = new Set<string>();
  const inValue = (value: ValueNode, argument: string, within: string[]): void => {
    if (value.kind === Kind.VARIABLE) {
      if (!found.has(value.name.value)) found.set(value.name.value, { argument, within });
    } else if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) inValue(field.value, argument, [...within, field.name.value]);
    } else if (value.kind === Kind.LIST) {
      value.values.forEach((item, index) => inValue(item, argument, [...within, String(index)]));
    }
  };
  const inArguments = (node: { arguments?: readonly { name: { value: string }; value: ValueNode }[]; directives?: readonly { arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] }): void => {
    for (const argument of node.arguments ?? []) inValue(argument.value, argument.name.value, []);
    for (const directive of node.directives ?? []) for (const argument of directive.arguments ?? []) inValue(argument.value, argument.name.value, []);
  };
  // each fragment is walked once, however often it is spread (a walk per spread is exponential)
  const inSelections = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      inArguments(selection);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !visitedFragments.has(name)) {
          visitedFragments.add(name);
          inSelections(fragment.selectionSet);
        }
      } else if (selection.selectionSet) {
        inSelections(selection.selectionSet);
      }
    }
  };
  inArguments(operation);
  inSelections(operation.selectionSet);
  return found;
}

/** The type at `path` under `type` (list indexes included), or null when the path leaves the type. */
function typeAt(type: GraphQLInputType, path: readonly (string | number)[]): GraphQLInputType | null {
  let current: GraphQLInputType = type;
  for (const key of path) {
    const nullable = getNullableType(current);
    if (isListType(nullable) && typeof key === 'number') current = nullable.ofType;
    else if (isInputObjectType(nullable) && typeof key === 'string' && nullable.getFields()[key]) current = nullable.getFields()[key]!.type;
    else return null;
  }
  return current;
}

/** graphql-js's own wording of a missing field; its names are the schema's, never the client's. */
const NOT_PROVIDED = /^Field "([_A-Za-z][_0-9A-Za-z]*)" of required type "[^"]*" was not provided\.$/;

/**
 * Every refusal of the operation's variables as violations, each placed by its input path from the
 * argument it is passed to, the way class-validator's violations are placed (`proposal.purpose`
 * for `submitGrantApplication(input: $input)`); a whole argument missing or null is its name
 * (`input`). graphql-js's coercion is run here field by field rather than its messages parsed:
 * `coerceInputValue` hands the path, the value and the error as data. Rules: `REQUIRED` (missing
 * or null where a value is required), `ENUM` (no such value), `UNKNOWN_FIELD`, `TYPE` (a value of
 * the wrong type), or the rule of our own scalars (`AMOUNT_FORMAT`, `DATE_FORMAT`, …).
 */
export function variableViolations(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): Violation[] {
  const placements = placementsOf(operation, document);
  const inputs = variables ?? {};
  const violations: Violation[] = [];
  const seen = new Set<string>();
  const add = (violation: Violation) => {
    const key = `${violation.field}\u0000${violation.rule}`;
    if (seen.has(key) || violations.length >= MAX_VIOLATIONS) return;
    seen.add(key);
    violations.push({ ...violation, message: violation.message.replace(SUGGESTION, '') });
  };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    // an unknown or output type is the document's error, refused by validation before this runs
    if (!type) continue;
    const placement = placements.get(name);
    const fieldOf = (path: readonly (string | number)[]): string => {
      const keys = [...(placement?.within ?? []), ...path.map(String)];
      if (!placement) return ['$' + name, ...keys].join('.');
      return keys.length > 0 ? keys.join('.') : placement.argument;
    };
    const has = Object.prototype.hasOwnProperty.call(inputs, name);
    if (!has || inputs[name] === null) {
      if (isNonNullType(type) && !(definition.defaultValue && !has)) {
        add({ field: fieldOf([]), rule: 'REQUIRED', message: `a value of type ${String(type)} is required` });
      }
      continue;
    }
    coerceInputValue(inputs[name], type, (path, invalid, error) => {
      const own = error.originalError instanceof ValidationError ? error.originalError : null;
      if (own) {
        // our scalars name their rule; the place is the path, not the scalar's generic name
        for (const violation of own.violations) add({ ...violation, field: fieldOf(path) });
        return;
      }
      const missing = NOT_PROVIDED.exec(error.message);
      if (missing) {
        add({ field: fieldOf([...path, missing[1]!]), rule: 'REQUIRED', message: error.message });
        return;
      }
      const at = typeAt(type, path);
      const expected = at ? getNullableType(at) : null;
      if (isInputObjectType(expected) && invalid !== null && typeof invalid === 'object' && !Array.isArray(invalid)) {
        const unknown = Object.keys(invalid).filter((key) => !expected.getFields()[key]);
        if (unknown.length > 0) {
          for (const key of unknown) add({ field: fieldOf([...path, key]), rule: 'UNKNOWN_FIELD', message: `"${expected.name}" has no field "${key}"` });
          return;
        }
      }
      if (invalid === null && at && isNonNullType(at)) {
        add({ field: fieldOf(path), rule: 'REQUIRED', message: `a value of type ${String(at)} is required` });
        return;
      }
      const named = at ? getNamedType(at) : null;
      add({ field: fieldOf(path), rule: isEnumType(named) ? 'ENUM' : 'TYPE', message: error.message });
    });
  }
  return violations;
}

/**
 * The one refusal of a request whose variables do not fit their types: `VALIDATION` with every
 * violation (HTTP 400), instead of graphql-js's error per variable that carries its path only in
 * its message.
 */
export function variableRefusal(violations: Violation[]): GraphQLError {
  const refusal = new ValidationError(violations);
  return new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 400 } } });
}
