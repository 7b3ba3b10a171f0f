import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { persist, restoreSnapshot, type ApplicationKind, type WorkflowDefinition } from '../../workflows/definition';
import { ForbiddenError, ValidationError, type Violation } from '../../workflows/errors';
import { MIGRATE, migrateSnapshot, planViolations, type MigrateEvent, type StateMapping } from '../../workflows/migration';
import { allWorkflows } from '../../workflows/registry';
import { localDateOf } from '../../workflows/rules/fiscal';
import { actorRef, hasRole, type Actor } from '../../workflows/rules/roles';
import { CHANGE_CHANNEL, type TransitionCommitted } from '../db/change-feed';
import { TransactionSql, type Statement } from '../db/pg-sql';
import { gatherFacts, type ProgrammeSettings } from './facts';

/** What an administrator asks: which applications move from which version to which, state by state, and why. */
export interface MigrationRequest {
  kind: ApplicationKind;
  fromVersion: number;
  toVersion: number;
  stateMapping: readonly StateMapping[];
  /** only these applications; every in-flight application of the kind on `fromVersion` when absent */
  applicationIds?: readonly string[] | null;
  reason: string;
  /** list what would move and what cannot, and write nothing */
  dryRun: boolean;
}

/** One application of a migration: where it stands, where it goes, and why it cannot (when it cannot). */
export interface MigrationItem {
  applicationId: string;
  regionCode: string;
  fromState: string;
  /** the mapped state; null when its state has no target */
  toState: string | null;
  /** the row version: before the move in a dry run and for what cannot move, after it for what moved */
  version: number;
  reasons: Violation[];
}

export interface MigrationResult {
  /** the id every MIGRATE event of this run carries; null for a dry run */
  migrationId: string | null;
  dryRun: boolean;
  kind: ApplicationKind;
  fromVersion: number;
  toVersion: number;
  /** what would move (dry run), or what was checked movable before the run */
  movable: MigrationItem[];
  /** what cannot move, with the reasons */
  unmovable: MigrationItem[];
  /** what moved (empty in a dry run) */
  migrated: MigrationItem[];
}

interface CandidateRow {
  id: string;
  kind: ApplicationKind;
  machine_version: number;
  state: string;
  version: number;
  snapshot: Record<string, unknown>;
  region_code: string;
  finished: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const COLUMNS = 'a.id, a.kind, a.machine_version, a.state, a.version, a.snapshot, a.region_code, a.finished_at is not null as finished';

const SQL = {
  byIds: { name: 'migration_by_ids', text: `select ${COLUMNS} from application a where a.id = any($1::uuid[])` },
  inFlight: {
    name: 'migration_in_flight',
    text: `select ${COLUMNS} from application a where a.kind = $1::application_kind and a.machine_version = $2 and a.finished_at is null order by a.submitted_at, a.id`,
  },
  lock: { name: 'migration_lock', text: `select ${COLUMNS} from application a where a.id = $1 for update` },
  // as the engine's write: the row (only of the version read under the lock), one log row made
  // from the updated row, and the notification PostgreSQL sends at commit. The log row's business
  // date is the day of the migration (the event's `on`); the application's previous business date
  // (last_occurred_on) stays where it was: a migration is no event in the world, and must not stop
  // a decision taken before it from being keyed in afterwards.
  write: {
    name: 'migration_write',
    text: `with updated as (
             update application
                set machine_id = $3, machine_version = $4::int, state = $5, version = $6, snapshot = $7::jsonb,
                    requested_amount = $8::numeric, approved_amount = $9::numeric, disbursed_amount = $10::numeric,
                    decision_fiscal_year = $11::int, deadline_at = $12::timestamptz, next_due_on = $13::date,
                    escalated_at = $14::timestamptz, dedup_key = $15::text, updated_at = $16::timestamptz
              where id = $1 and version = $2
              returning id, version),
           logged as (
             insert into transition_log (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at, occurred_on)
             select id, version, $4::int, '${MIGRATE}', $17::text, $5::text, $18::text, $19::text[], $20::jsonb, $16::timestamptz, ($20::jsonb->>'on')::date from updated
             returning seq)
           select pg_notify($21, $22) from logged`,
  },
} satisfies Record<string, Statement>;

function versionOf(kind: ApplicationKind, version: number): WorkflowDefinition | undefined {
  return allWorkflows().find((def) => def.kind === kind && def.version === version);
}

/**
 * An administrator's migration of in-flight applications between machine versions of a kind
 * (README "Versions and migration"): checked as a whole first — the plan, then every selected
 * application — and refused with one VALIDATION when anything cannot move, nothing written; then
 * one MIGRATE event per application, each in its own transaction under the row lock, as an
 * action of the engine. A dry run answers the same lists and writes nothing.
 */
export class ApplicationMigrations {
  constructor(
    private readonly orm: MikroORM,
    private readonly now: () => Date,
    private readonly settings: ProgrammeSettings,
  ) {}

  async migrate(request: MigrationRequest, actor: Actor): Promise<MigrationResult> {
    if (!hasRole(actor, 'admin')) throw new ForbiddenError('only an administrator migrates applications between machine versions');
    const { from, to } = this.checkPlan(request);
    const ids = request.applicationIds ? [...new Set(request.applicationIds)] : null;
    const mapping = new Map(request.stateMapping.map((line) => [line.from, line.to]));
    const migrationId = request.dryRun ? null : randomUUID();

    // every selected application checked as it stands now, in one transaction that writes nothing
    const checked = await TransactionSql.transaction(this.orm, async (sql) => {
      const rows = ids ? await this.selected(sql, ids, request) : await sql.query<CandidateRow>(SQL.inFlight, [request.kind, request.fromVersion]);
      const items: MigrationItem[] = [];
      for (const row of rows) items.push(await this.check(sql, row, from, to, mapping, request, actor, migrationId ?? 'dry-run'));
      return items;
    });
    const movable = checked.filter((item) => item.reasons.length === 0);
    const unmovable = checked.filter((item) => item.reasons.length > 0);
    const result: MigrationResult = { migrationId, dryRun: request.dryRun, kind: request.kind, fromVersion: from.version, toVersion: to.version, movable, unmovable, migrated: [] };
    if (request.dryRun) return result;
    if (unmovable.length > 0) throw new ValidationError(unmovable.map((item) => this.refusalOf(item, ids)));

    for (const item of movable) {
      const outcome = await TransactionSql.transaction(this.orm, (sql) => this.move(sql, item.applicationId, from, to, mapping, request, actor, migrationId!));
      if (outcome.reasons.length > 0) result.unmovable.push(outcome);
      else result.migrated.push(outcome);
    }
    return result;
  }

  /** The plan's own errors (versions, mapping, reason) and the named applications', all in one refusal. */
  private checkPlan(request: MigrationRequest): { from: WorkflowDefinition; to: WorkflowDefinition } {
    const violations: Violation[] = [];
    const from = versionOf(request.kind, request.fromVersion);
    const to = versionOf(request.kind, request.toVersion);
    if (!from) violations.push({ field: 'fromVersion', rule: 'VERSION_UNKNOWN', message: `${request.kind} has no machine version ${request.fromVersion}` });
    if (!to) violations.push({ field: 'toVersion', rule: 'VERSION_UNKNOWN', message: `${request.kind} has no machine version ${request.toVersion}` });
    if (request.fromVersion === request.toVersion) {
      violations.push({ field: 'toVersion', rule: 'SAME_VERSION', message: 'an application is migrated to another version than its own' });
    }
    if (request.reason.trim() === '') violations.push({ field: 'reason', rule: 'REQUIRED', message: 'say why the applications are migrated' });
    if (request.stateMapping.length === 0) violations.push({ field: 'stateMapping', rule: 'REQUIRED', message: 'map at least one state' });
    (request.applicationIds ?? []).forEach((id, i) => {
      if (!UUID.test(id)) violations.push({ field: `applicationIds.${i}`, rule: 'APPLICATION_UNKNOWN', message: `there is no application ${id}` });
    });
    if (from && to && from !== to) violations.push(...planViolations(from, to, request.stateMapping));
    if (violations.length > 0 || !from || !to) throw new ValidationError(violations);
    return { from, to };
  }

  /** The named applications, each of the kind, on the source version and in flight, or refused naming it. */
  private async selected(sql: TransactionSql, ids: string[], request: MigrationRequest): Promise<CandidateRow[]> {
    const rows = await sql.query<CandidateRow>(SQL.byIds, [ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const violations: Violation[] = [];
    (request.applicationIds ?? []).forEach((id, i) => {
      const row = byId.get(id);
      const field = `applicationIds.${i}`;
      if (!row || row.kind !== request.kind) {
        violations.push({ field, rule: 'APPLICATION_UNKNOWN', message: `there is no ${request.kind} application ${id}` });
      } else if (row.machine_version !== request.fromVersion) {
        violations.push({ field, rule: 'NOT_ON_VERSION', message: `application ${id} is on version ${row.machine_version}, not ${request.fromVersion}` });
      } else if (row.finished) {
        violations.push({ field, rule: 'FINISHED', message: `application ${id} is finished ("${row.state}"): only applications in flight are migrated` });
      }
    });
    if (violations.length > 0) throw new ValidationError(violations);
    return ids.map((id) => byId.get(id)!);
  }

  /** The MIGRATE event of one application as it stands, with the facts the target version's adoption reads. */
  private async eventFor(
    sql: TransactionSql,
    row: CandidateRow,
    to: WorkflowDefinition,
    toState: string,
    request: MigrationRequest,
    actor: Actor,
    migrationId: string,
  ): Promise<MigrateEvent> {
    const at = this.now().toISOString();
    const on = localDateOf(at);
    const facts = await gatherFacts(sql, to.factsFor.MIGRATE ?? [], { regionCode: row.region_code, on }, this.settings);
    return {
      type: MIGRATE,
      actor: actorRef(actor),
      at,
      migrationId,
      fromVersion: request.fromVersion,
      toVersion: request.toVersion,
      fromState: row.state,
      toState,
      reason: request.reason.trim(),
      on,
      ...(Object.keys(facts).length > 0 ? { facts } : {}),
    };
  }

  private async check(
    sql: TransactionSql,
    row: CandidateRow,
    from: WorkflowDefinition,
    to: WorkflowDefinition,
    mapping: Map<string, string>,
    request: MigrationRequest,
    actor: Actor,
    migrationId: string,
  ): Promise<MigrationItem> {
    const item = { applicationId: row.id, regionCode: row.region_code, fromState: row.state, version: row.version };
    const toState = mapping.get(row.state);
    if (toState === undefined) {
      return { ...item, toState: null, reasons: [{ field: 'stateMapping', rule: 'STATE_UNMAPPED', message: `"${row.state}" has no target in the mapping` }] };
    }
    const event = await this.eventFor(sql, row, to, toState, request, actor, migrationId);
    const moved = migrateSnapshot(from, to, restoreSnapshot(from, row.snapshot as never), event);
    return { ...item, toState, reasons: 'reasons' in moved ? moved.reasons : [] };
  }

  /** One application moved, under its row lock: checked again as it stands, then the row and one MIGRATE log row. */
  private async move(
    sql: TransactionSql,
    applicationId: string,
    from: WorkflowDefinition,
    to: WorkflowDefinition,
    mapping: Map<string, string>,
    request: MigrationRequest,
    actor: Actor,
    migrationId: string,
  ): Promise<MigrationItem> {
    const [row] = await sql.query<CandidateRow>(SQL.lock, [applicationId]);
    const toState = row ? mapping.get(row.state) : undefined;
    if (!row || row.machine_version !== from.version || row.finished || toState === undefined) {
      const reason: Violation = { field: 'applicationIds', rule: 'CHANGED', message: 'the application changed since it was checked: it is no longer in a mapped state of the source version' };
      return { applicationId, regionCode: row?.region_code ?? '', fromState: row?.state ?? '', toState: toState ?? null, version: row?.version ?? 0, reasons: [reason] };
    }
    const event = await this.eventFor(sql, row, to, toState, request, actor, migrationId);
    const moved = migrateSnapshot(from, to, restoreSnapshot(from, row.snapshot as never), event);
    const item = { applicationId, regionCode: row.region_code, fromState: row.state, toState };
    if ('reasons' in moved) return { ...item, version: row.version, reasons: moved.reasons };

    const version = row.version + 1;
    const p = to.project(moved.snapshot.context);
    const change: TransitionCommitted = {
      applicationId,
      kind: row.kind,
      regionCode: row.region_code,
      eventType: MIGRATE,
      fromState: row.state,
      toState,
      version,
      at: event.at,
    };
    const written = await sql.query(SQL.write, [
      applicationId,
      row.version,
      to.machine.id,
      to.version,
      toState,
      version,
      JSON.stringify(persist(to, moved.snapshot)),
      p.requestedAmount,
      p.approvedAmount,
      p.disbursedAmount,
      p.decisionFiscalYear,
      p.deadlineAt ?? null,
      p.nextDueOn ?? null,
      p.escalatedAt ?? null,
      p.dedupKey ?? null,
      event.at,
      row.state,
      event.actor.id,
      event.actor.roles,
      JSON.stringify(event),
      CHANGE_CHANNEL,
      JSON.stringify(change),
    ]);
    if (written.length !== 1) throw new Error(`application ${applicationId} changed under its lock: version ${row.version} was not found`);
    return { ...item, version, reasons: [] };
  }

  /** Why a run is refused for one application that cannot move: placed on the input that selected it. */
  private refusalOf(item: MigrationItem, ids: string[] | null): Violation {
    const reason = item.reasons[0]!;
    const index = ids?.indexOf(item.applicationId) ?? -1;
    const field = reason.rule === 'STATE_UNMAPPED' ? 'stateMapping' : index >= 0 ? `applicationIds.${index}` : 'applicationIds';
    return { field, rule: reason.rule, message: `application ${item.applicationId} ("${item.fromState}"): ${item.reasons.map((r) => r.message).join('; ')}` };
  }
}
