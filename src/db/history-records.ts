/** One entry of an application's transition log, as a page shows it: the columns read, no more. */
export interface HistoryRow {
  seq: number;
  eventType: string;
  fromState: string | null;
  toState: string;
  machineVersion: number;
  /** when it was recorded */
  at: Date;
  /** the business date, YYYY-MM-DD: the day it happened in the world */
  occurredOn: string;
  /** read when the actor is selected */
  actorId?: string;
  actorRoles?: string[];
  /** the whole event, read when its details are selected */
  event?: Record<string, unknown>;
  /** the event's facts, read when they are selected without the details */
  facts?: Record<string, unknown> | null;
}

/** Which of the log's larger columns a history selection needs. */
export interface HistoryColumns {
  actor: boolean;
  event: boolean;
  facts: boolean;
}

/** What a query selected of an application's history: its newest `last` entries (all for null) and the columns. */
export interface HistorySelection {
  last: number | null;
  columns: HistoryColumns;
}

/** The same selection, as a key: the history a page statement read serves only the selection it was read for. */
export function historyKey({ last, columns }: HistorySelection): string {
  return `${last ?? '*'}:${+columns.actor}${+columns.event}${+columns.facts}`;
}

/** The select list of the log's columns a selection needs (`t` is transition_log). */
export function historySelectList(columns: HistoryColumns): string {
  return [
    't.seq',
    't.event_type as "eventType"',
    't.from_state as "fromState"',
    't.to_state as "toState"',
    't.machine_version as "machineVersion"',
    't.at',
    't.occurred_on::text as "occurredOn"',
    ...(columns.actor ? ['t.actor_id as "actorId"', 't.actor_roles as "actorRoles"'] : []),
    ...(columns.event ? ['t.event'] : columns.facts ? [`t.event->'facts' as facts`] : []),
  ].join(', ');
}

/**
 * A subquery giving one application's history (`a` is application) as one JSON array, oldest
 * first: the newest `last` entries limited in SQL, through the log's (application_id, seq) index
 * walked backwards. A page reads its histories in its own statement this way, as PostGraphile
 * and the SQL floor do, instead of a second round trip.
 */
export function historyJsonSubquery(selection: HistorySelection): string {
  const { last } = selection;
  if (last !== null && !(Number.isSafeInteger(last) && last >= 1)) throw new Error(`not a history length: ${last}`);
  const entries = `select ${historySelectList(selection.columns)} from transition_log t where t.application_id = a.id order by t.seq ${
    last === null ? '' : `desc limit ${last}`
  }`;
  return `(select coalesce(json_agg(h order by h.seq), '[]'::json) from (${entries}) h)`;
}

/** The entries of a JSON history as rows: `at` back to an instant. */
export function historyRowsFromJson(entries: Array<HistoryRow & { at: Date | string }>): HistoryRow[] {
  for (const entry of entries) entry.at = new Date(entry.at);
  return entries;
}
