import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
// the arguments of a field as graphql-js's executor coerces them (variables resolved, defaults applied)
import { getArgumentValues } from 'graphql/execution/values.js';
import type { ApplicationColumn, ApplicationProjection, ApplicationRecord } from '../../db/application-records';
import type { ApplicantColumn } from '../../db/applicants';
import { APPLICANT_COLUMNS } from '../../db/applicants';
import type { HistorySelection } from '../../db/history-records';
import { fieldNamesOf, nodesNamed, selectionAt, selectionOf, type Subfields } from '../selection';
import type { ApplicationNode } from '../types/application.type';
import { APPLICATION_FIELDS, type FieldSource } from './application.view';
import { kindModule, kindModuleOfType } from './registry';

const COMMON = APPLICATION_FIELDS as Record<string, FieldSource>;

/** The GraphQL view of an application, its kind's; `asOf` (local date) is "today" for schedules and arrears. */
export function applicationView(row: ApplicationRecord, asOf: string): ApplicationNode {
  return kindModule(row.kind).view(row, asOf);
}

const EVERY_COLUMN = new Set<ApplicationColumn>([
  'machineId', 'machineVersion', 'state', 'version', 'requestedAmount', 'approvedAmount', 'disbursedAmount',
  'decisionFiscalYear', 'deadlineAt', 'escalatedAt', 'dedupKey', 'nextDueOn', 'updatedAt', 'finishedAt',
]);

/**
 * What to read of each application for the fields a query selected, by GraphQL type name
 * (the kind-specific fields of a fragment only for its kind), and the applicant's fields when
 * `applicant` is selected: only their columns and context keys; the whole snapshot only for
 * the available actions, which the machine computes from it.
 */
export function projectionFor(selected: ReadonlyMap<string, ReadonlySet<string>>, applicantFields: ReadonlySet<string> | null): ApplicationProjection {
  const columns = new Set<ApplicationColumn>();
  const context = new Set<string>();
  let snapshot = false;
  for (const [typeName, fields] of selected) {
    const own = kindModuleOfType(typeName)?.fields;
    for (const field of fields) {
      if (field.startsWith('__')) continue;
      const source = Object.hasOwn(COMMON, field) ? COMMON[field] : own && Object.hasOwn(own, field) ? own[field] : undefined;
      if (!source) {
        // a field this map does not know yet (added to a type, not here): read everything rather than answer wrong
        snapshot = true;
        for (const column of EVERY_COLUMN) columns.add(column);
        continue;
      }
      for (const column of source.columns ?? []) columns.add(column);
      for (const key of source.context ?? []) context.add(key);
      if (source.snapshot) snapshot = true;
    }
  }
  let applicant: Set<ApplicantColumn> | null = null;
  if (applicantFields) {
    applicant = new Set();
    for (const field of applicantFields) if (Object.hasOwn(APPLICANT_COLUMNS, field)) applicant.add(field as ApplicantColumn);
    // Applicant.gender is the sex column under its schema name (the deprecated `sex` reads it too)
    if (applicantFields.has('gender')) applicant.add('sex');
  }
  return { columns, context: snapshot ? 'snapshot' : context, applicant };
}

/** Everything, for a read whose selection is not known (a mutation's answer is read whole by the engine anyway). */
export const FULL_PROJECTION: ApplicationProjection = { columns: EVERY_COLUMN, context: 'snapshot', applicant: null, history: null };

/** One selection's history per field nodes: the same for every application of a page. */
const historySelections = new WeakMap<readonly FieldNode[], HistorySelection | null>();

/**
 * What the `history` field nodes `nodes` of an application of type `type` select: the newest
 * `last` entries and the log columns their fields need; null when `last` is out of range (the
 * field refuses it when it runs).
 */
export function historySelectionOf(info: GraphQLResolveInfo, type: GraphQLObjectType, nodes: readonly FieldNode[]): HistorySelection | null {
  if (historySelections.has(nodes)) return historySelections.get(nodes)!;
  const { last } = getArgumentValues(type.getFields().history!, nodes[0]!, info.variableValues) as { last?: number | null };
  const fields = selectionOf(info, 'HistoryEntry', nodes);
  const selection =
    last === undefined || last === null || last >= 1
      ? { last: last ?? null, columns: { actor: fields.has('actor'), event: fields.has('details'), facts: fields.has('facts') } }
      : null;
  historySelections.set(nodes, selection);
  return selection;
}

/** The first history a selection asks for (any kind, any alias): the one the page's statement reads; others go through the loader. */
function firstHistorySelection(info: GraphQLResolveInfo, selected: ReadonlyMap<string, Subfields>): HistorySelection | null {
  for (const [typeName, fields] of selected) {
    const type = info.schema.getType(typeName) as GraphQLObjectType;
    for (const nodes of fields.values()) if (nodes[0]!.name.value === 'history') return historySelectionOf(info, type, nodes);
  }
  return null;
}

/**
 * The projection of what a resolver's query selected of the applications at `path` below its
 * field: `[]` for a field that returns an application, `['edges', 'node']` for a connection.
 */
export function projectionOf(info: GraphQLResolveInfo, path: readonly string[]): ApplicationProjection {
  const selected = new Map<string, Set<string>>();
  const applicantNodes = [];
  const byType = selectionAt(info, path);
  for (const [typeName, fields] of byType) {
    selected.set(typeName, fieldNamesOf(fields));
    applicantNodes.push(...nodesNamed(fields, 'applicant'));
  }
  return {
    ...projectionFor(selected, applicantNodes.length ? selectionOf(info, 'Applicant', applicantNodes) : null),
    history: firstHistorySelection(info, byType),
  };
}
