import { getNamedType, isAbstractType, isObjectType, type FieldNode, type GraphQLNamedOutputType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
// graphql-js's own field collection, the one its executor runs: the same type conditions, @skip and
// @include, and each fragment visited once per selection set (linear, not once per path)
import { collectSubfields } from 'graphql/execution/collectFields.js';

/** The fields selected under some field nodes, by response key (an aliased field twice). */
export type Subfields = Map<string, readonly FieldNode[]>;

/**
 * What a resolver's query selected, for reading only that: the selection under `fieldNodes`
 * as it will execute on the object type `type`.
 *
 * graphql-js hands every item of a list the same `fieldNodes` array (it memoises the collection
 * per execution), so the answer is kept per array: a page of 100 collects once.
 */
const collected = new WeakMap<readonly FieldNode[], Map<GraphQLObjectType, Subfields>>();

export function subfieldsOf(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Subfields {
  let byType = collected.get(fieldNodes);
  if (!byType) {
    byType = new Map();
    collected.set(fieldNodes, byType);
  }
  let fields = byType.get(type);
  if (!fields) {
    fields = collectSubfields(info.schema, info.fragments, info.variableValues, type, fieldNodes) as Subfields;
    byType.set(type, fields);
  }
  return fields;
}

/** The names of the fields (not the aliases) of a selection. */
export function fieldNamesOf(fields: Subfields): Set<string> {
  const names = new Set<string>();
  for (const nodes of fields.values()) names.add(nodes[0]!.name.value);
  return names;
}

/** Every node of the fields named `name` in a selection, whatever their aliases. */
export function nodesNamed(fields: Subfields, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  for (const nodes of fields.values()) if (nodes[0]!.name.value === name) found.push(...nodes);
  return found;
}

function objectType(info: GraphQLResolveInfo, name: string): GraphQLObjectType {
  const type = info.schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type of the schema`);
  return type;
}

/** The object type a field of `parent` returns (lists and non-null unwrapped). */
function fieldType(parent: GraphQLObjectType, field: string): GraphQLNamedOutputType {
  const definition = parent.getFields()[field];
  if (!definition) throw new Error(`${parent.name} has no field ${field}`);
  return getNamedType(definition.type);
}

/**
 * The fields selected on each object type that can appear at the end of `path` below the
 * resolver's own field (e.g. `['edges', 'node']` of a connection), with the field nodes that
 * selected them, keyed by object type name.
 */
export function selectionAt(info: GraphQLResolveInfo, path: readonly string[]): Map<string, Subfields> {
  let parent: GraphQLNamedOutputType = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const step of path) {
    if (!isObjectType(parent)) throw new Error(`cannot follow ${step} below ${parent.name}`);
    nodes = nodesNamed(subfieldsOf(info, parent, nodes), step);
    parent = fieldType(parent, step);
  }
  const types = isObjectType(parent) ? [parent] : isAbstractType(parent) ? info.schema.getPossibleTypes(parent) : [];
  const answer = new Map<string, Subfields>();
  for (const type of types) answer.set(type.name, nodes.length ? subfieldsOf(info, type, nodes) : new Map());
  return answer;
}

/** The fields selected under `nodes` on the object type named `typeName`. */
export function selectionOf(info: GraphQLResolveInfo, typeName: string, nodes: readonly FieldNode[]): Set<string> {
  return nodes.length ? fieldNamesOf(subfieldsOf(info, objectType(info, typeName), nodes)) : new Set();
}
