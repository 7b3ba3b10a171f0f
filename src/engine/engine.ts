import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  explainRefusal,
  persist,
  restoreSnapshot,
  start,
  stateOf,
  stepWithEffects,
  type ApplicationKind,
  type ApplicationProjection,
  type Refusal,
  type WorkflowDefinition,
  type WorkflowEvent,
} from '../../workflows/definition';
import { latestWorkflow, workflowFor } from '../../workflows/registry';
import { hasRole, actorRef, type Actor } from '../../workflows/rules/roles';
import { formatMoney, moneyFromNumeric } from '../../workflows/rules/money';
import { saveApplicant, type ApplicantProfile } from '../db/applicants';
import { Application, TransitionLogEntry } from '../db/entities';
import {
  AppError,
  DuplicateApplicationError,
  type Violation,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../../workflows/errors';
import { assertMayActOn } from '../auth/scope';
import { CHANGE_CHANNEL, type TransitionCommitted } from '../db/change-feed';
import type { ApplicationRecord } from '../db/application-records';
import { runEffects, type TransactionalQueue } from './effects';
import { gatherFacts, type ProgrammeSettings } from './facts';
import { ApplicationMigrations } from './migration';
import { replayAcrossVersions } from '../../workflows/migration';
import { businessDateOfInput, checkBusinessDate } from './business-date';
import { localDateOf } from '../../workflows/rules/calendar';
import { TransactionSql, type Statement } from '../db/pg-sql';

export const DEFAULT_SETTINGS: ProgrammeSettings = { liftingDecisionWorkingDays: 10, backEntryDays: 7, grantSiteVisitShareBp: 5000 };

/** A committed transition as in-process listeners (metrics) see it: with how long it took. */
export interface TransitionTimed extends TransitionCommitted {
  /** from the call into the engine to the commit, in milliseconds */
  durationMs: number;
}

/** What an action would do, without doing it. */
export interface ActionPreview {
  allowed: boolean;
  fromState: string | null;
  toState: string | null;
  refusal: AppError | null;
}

/** Carries a dry run's result out of the transaction it rolls back. */
class PreviewRollback extends Error {
  constructor(readonly change: TransitionCommitted) {
    super('preview');
  }
}

/**
 * An event as a caller sends it: its type and payload, and optionally the date it happened in
 * the world (`occurredOn`, YYYY-MM-DD); the engine adds actor, time, business date (`on`) and facts.
 */
export type EventInput = { type: string; occurredOn?: string } & Record<string, unknown>;

/** One submission of any kind: who sends it, who applies, and the kind's own part of it. */
export interface SubmitRequest {
  kind: ApplicationKind;
  actor: Actor;
  /** the region whose programme the application goes to; the applicant is recorded in it */
  regionCode: string;
  /** who applies; stored (or their profile updated) only once the submission is accepted */
  applicant: Omit<ApplicantProfile, 'regionCode'>;
  /** the kind's own part of the submission: a grant's proposal, a loan's request, a move */
  payload: Record<string, unknown>;
  /** the form's own checks, answered with the screening's reasons in one refusal */
  form?: FormCheck;
  /** the date the application was made (YYYY-MM-DD, programme time); today when left out */
  occurredOn?: string;
}

/**
 * What the GraphQL layer found wrong with a form (class-validator), and where the machine's
 * screening reasons point in it. A submission or resubmission with a form answers one
 * `VALIDATION`: the form's violations and the screening's reasons together, each placed by its
 * input path, so a client shows every error of the form in one round.
 */
export interface FormCheck {
  /** the input's own violations, placed by their input paths (`proposal.businessIdea`) */
  violations: Violation[];
  /** the input path of a field the screening names (`amount` → `proposal.amount`) */
  fieldOf(field: string): string;
}

/** The one refusal of a form: its own violations and the screening's reasons. */
class FormRefusal extends ValidationError {}

/**
 * The form's violations and the screening's reasons as one refusal, or null when there are none.
 * A screening reason on a field that has an input error of its own is left out: the screening
 * looked at a value the form must correct anyway (an 11-digit IIN is not also IIN_INVALID).
 */
function formRefusal(form: FormCheck | undefined, reasons: Violation[]): FormRefusal | null {
  const own = form?.violations ?? [];
  const placed = reasons.map((reason) => ({ ...reason, field: form ? form.fieldOf(reason.field) : reason.field }));
  const flagged = new Set(own.map((violation) => violation.field));
  const all = [...own, ...placed.filter((reason) => !flagged.has(reason.field))];
  return all.length > 0 ? new FormRefusal(all) : null;
}

/**
 * Whether the screening can be run for a form with errors, and how. The form's values have their
 * GraphQL types (coercion refused anything else before a resolver ran), so the event is built and
 * the pure machine screens it like any other, inside the transaction nothing is written in; what
 * class-validator refuses is text that is blank or too long and numbers out of range, which the
 * screening rules either check again or do not read. Any other refusal met on the way (who may
 * submit, the state, the version) gives way to the form's errors, as when class-validator refused
 * before anything ran, and so does a machine that cannot take the values at all.
 */
function formFirst(form: FormCheck | undefined, error: unknown): unknown {
  if (!form || form.violations.length === 0 || error instanceof FormRefusal) return error;
  return error instanceof AppError ? new FormRefusal(form.violations) : error;
}

/** The actions `inOneTransaction` offers: `submit` and `send` on its one transaction, and its SQL. */
export interface ActionSteps {
  sql: TransactionSql;
  /** `machineVersion`: the version to start on; the latest when left out */
  submit(request: SubmitRequest, machineVersion?: number): Promise<ApplicationRecord>;
  send(applicationId: string, input: EventInput, actor: Actor): Promise<ApplicationRecord>;
}

export interface ReplayReport {
  applicationId: string;
  entries: number;
  matches: boolean;
  storedState: string;
  replayedState: string;
}

/**
 * Rules the database keeps under any concurrency, named by their constraints, as the refusals
 * a client sees: the check in the machine is the friendly one, the constraint the one that holds.
 */
const CONSTRAINT_REFUSALS: Record<string, () => AppError> = {
  transition_log_repayment_reference_key: () =>
    new ValidationError([{ field: 'reference', rule: 'DUPLICATE_REFERENCE', message: 'a repayment with this payment reference is already recorded' }]),
  application_dedup_key: () =>
    new DuplicateApplicationError('this person already has an application for the same move; a lifting payment is made once per move'),
};

function constraintRefusal(error: unknown): AppError | null {
  if (!(error instanceof UniqueConstraintViolationException)) return null;
  const name = Object.keys(CONSTRAINT_REFUSALS).find((key) => error.message.includes(key));
  return name ? CONSTRAINT_REFUSALS[name]!() : null;
}

/**
 * Who may submit an application of a kind: the roles its machine names; an applicant only for
 * themself (the IIN they signed in with); staff only into their own region.
 */
function assertMaySubmit(def: WorkflowDefinition, request: SubmitRequest): void {
  const { actor } = request;
  if (!hasRole(actor, ...def.submitRoles)) {
    throw new ForbiddenError(`only ${def.submitRoles.join(' or ')} may submit a ${request.kind} application`);
  }
  if (hasRole(actor, 'applicant')) {
    if (request.applicant.iin !== actor.iin) {
      throw new ForbiddenError('an applicant applies only for themself: the IIN must be the one you signed in with');
    }
  } else if (actor.region !== request.regionCode) {
    throw new ForbiddenError('staff apply on behalf of people only in their own region');
  }
}

/** The projected columns as the engine's statements bind them, in their order there (requested amount … dedup key). */
function projectedValues(projection: ReturnType<WorkflowEngine['projection']>): unknown[] {
  const money = (value: bigint | null) => (value === null ? null : formatMoney(value));
  return [
    money(projection.requestedAmount),
    money(projection.approvedAmount),
    money(projection.disbursedAmount),
    projection.decisionFiscalYear,
    projection.deadlineAt?.toISOString() ?? null,
    projection.nextDueOn,
    projection.escalatedAt?.toISOString() ?? null,
    projection.dedupKey,
  ];
}

/** JSON as PostgreSQL's jsonb will hand it back: what a stored snapshot is compared against. */
function asStored<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The columns of the application the engine reads under the lock: what the machine, the scope and the answer need. */
interface LockedRow {
  kind: ApplicationKind;
  machine_id: string;
  machine_version: number;
  state: string;
  version: number;
  snapshot: Record<string, unknown>;
  applicant_id: string;
  region_code: string;
  /** as text: the ORM's connection leaves timestamps unparsed */
  submitted_at: string;
  /** the latest business date of the application's events (YYYY-MM-DD): a new one may not be earlier */
  last_occurred_on: string;
  applicant_iin?: string;
}

const LOCKED_COLUMNS =
  'a.kind, a.machine_id, a.machine_version, a.state, a.version, a.snapshot, a.applicant_id, a.region_code, a.submitted_at, a.last_occurred_on::text as last_occurred_on';

/** The statements of one action, prepared once per connection. */
const SQL = {
  lock: { name: 'engine_lock', text: `select ${LOCKED_COLUMNS} from application a where a.id = $1 for update` },
  lockWithIin: {
    name: 'engine_lock_iin',
    text: `select ${LOCKED_COLUMNS}, (select p.iin from applicant p where p.id = a.applicant_id) as applicant_iin from application a where a.id = $1 for update of a`,
  },
  // step 6 in one round trip: the update (only of the version read under the lock), the log row
  // made from the updated row, and the notification, which PostgreSQL sends only at commit
  write: {
    name: 'engine_write',
    text: `with updated as (
             update application
                set state = $3, version = $4, snapshot = $5::jsonb, requested_amount = $6::numeric, approved_amount = $7::numeric,
                    disbursed_amount = $8::numeric, decision_fiscal_year = $9::int, deadline_at = $10::timestamptz, next_due_on = $11::date,
                    escalated_at = $12::timestamptz, dedup_key = $13::text, updated_at = $14::timestamptz, finished_at = $15::timestamptz,
                    last_occurred_on = $25::date
              where id = $1 and version = $2
              returning id, version),
           logged as (
             insert into transition_log (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at, occurred_on)
             select id, version, $16::int, $17::text, $18::text, $3::text, $19::text, $20::text[], $21::jsonb, $14::timestamptz, $24::date from updated
             returning seq)
           select pg_notify($22, $23) from logged`,
  },
  // a submission's row, its first log row and the notification, as one statement
  open: {
    name: 'engine_open',
    text: `with inserted as (
             insert into application (id, kind, machine_id, machine_version, state, version, snapshot, applicant_id, region_code, requested_amount,
                                      approved_amount, disbursed_amount, decision_fiscal_year, deadline_at, next_due_on, escalated_at, dedup_key,
                                      submitted_at, updated_at, finished_at, last_occurred_on)
             values ($1, $2::application_kind, $3, $4::int, $5, 1, $6::jsonb, $7::uuid, $8, $9::numeric, $10::numeric, $11::numeric, $12::int,
                     $13::timestamptz, $14::date, $15::timestamptz, $16::text, $17::timestamptz, $17::timestamptz, $18::timestamptz, $24::date)
             returning id),
           logged as (
             insert into transition_log (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at, occurred_on)
             select id, 1, $4::int, 'SUBMIT', null, $5, $19::text, $20::text[], $21::jsonb, $17::timestamptz, $24::date from inserted
             returning seq)
           select pg_notify($22, $23) from logged`,
  },
} satisfies Record<string, Statement>;

/**
 * The only way an application changes state (DESIGN.md "The flow of one action"): one
 * transaction per action; the row locked; facts gathered and put on the event; the pure machine
 * decides; snapshot, state, version and one log row written together, or nothing at all.
 */
export class WorkflowEngine {
  private readonly listeners = new Set<(change: TransitionTimed) => void>();
  private queue: TransactionalQueue | null = null;

  constructor(
    private readonly orm: MikroORM,
    /** the engine's clock; every event records its time from here, never from the machine */
    readonly now: () => Date = () => new Date(),
    private readonly settings: ProgrammeSettings = DEFAULT_SETTINGS,
  ) {}

  /** An administrator's migrations between machine versions (migration.ts), on this engine's database, clock and settings. */
  get migrations(): ApplicationMigrations {
    return new ApplicationMigrations(this.orm, this.now, this.settings);
  }

  /** Gives the engine the job queue its effects enqueue into (payments). */
  attachQueue(queue: TransactionalQueue): void {
    this.queue = queue;
  }

  /**
   * In-process listeners of committed transitions (metrics); returns the unsubscribe. Subscribers
   * of every replica hear through the change feed (db/change-feed.ts) instead.
   */
  onCommitted(listener: (change: TransitionTimed) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Opens an application: the submission is the first event of the log. Every kind's submission
   * comes through here, with its checks of who may submit (see `assertMaySubmit`).
   */
  async submit(request: SubmitRequest): Promise<ApplicationRecord> {
    const def = latestWorkflow(request.kind);
    try {
      assertMaySubmit(def, request);
    } catch (error) {
      throw formFirst(request.form, error);
    }
    const started = performance.now();
    const { application, change } = await TransactionSql.transaction(this.orm, (sql) => this.open(sql, def, request)).catch((error: unknown) => {
      throw formFirst(request.form, constraintRefusal(error) ?? error);
    });
    this.publish({ ...change, durationMs: performance.now() - started });
    return application;
  }

  /**
   * The submission's transaction, as statements like an action's (no entity built): the facts,
   * the first event through the machine, the applicant, then the row, the first log row and the
   * notification as one statement.
   */
  private async open(
    sql: TransactionSql,
    def: WorkflowDefinition,
    request: SubmitRequest,
  ): Promise<{ application: ApplicationRecord; change: TransitionCommitted }> {
    const at = this.now().toISOString();
    const applicationId = randomUUID();
    const date = businessDateOfInput({ occurredOn: request.occurredOn }, localDateOf(at));
    await checkBusinessDate(sql, date, { today: localDateOf(at), previous: null, backEntryDays: this.settings.backEntryDays });
    const { on } = date;
    const facts = await gatherFacts(sql, def.factsFor.SUBMIT ?? [], { regionCode: request.regionCode, on }, this.settings);
    const event = {
      applicant: { iin: request.applicant.iin, categories: [...new Set(request.applicant.categories)] },
      ...request.payload,
      type: 'SUBMIT',
      actor: actorRef(request.actor),
      at,
      on,
      applicationId,
      regionCode: request.regionCode,
      facts,
    } as WorkflowEvent;
    let snapshot: ReturnType<typeof start>;
    let reasons: Violation[];
    try {
      snapshot = start(def, event);
      reasons = def.submissionRefusal(snapshot.context);
    } catch (error) {
      // a machine that cannot take a form's values at all: the form's errors say why
      throw request.form && request.form.violations.length > 0 ? new FormRefusal(request.form.violations) : error;
    }
    const refused = formRefusal(request.form, reasons);
    if (refused) throw refused;

    const applicantId = await saveApplicant(sql, { ...request.applicant, regionCode: request.regionCode });
    const state = stateOf(snapshot);
    const snapshotJson = JSON.stringify(persist(def, snapshot));
    const projection = this.projection(def, snapshot.context);
    const submittedAt = new Date(at);
    const finishedAt = def.finalStates.includes(state) ? submittedAt : null;
    const change: TransitionCommitted = {
      applicationId,
      kind: def.kind,
      regionCode: request.regionCode,
      eventType: 'SUBMIT',
      fromState: null,
      toState: state,
      version: 1,
      at,
    };
    await sql.query(SQL.open, [
      applicationId,
      def.kind,
      def.machine.id,
      def.version,
      state,
      snapshotJson,
      applicantId,
      request.regionCode,
      ...projectedValues(projection),
      at,
      finishedAt === null ? null : at,
      event.actor.id,
      event.actor.roles,
      JSON.stringify(event),
      CHANGE_CHANNEL,
      JSON.stringify(change),
      on,
    ]);
    const application: ApplicationRecord = {
      id: applicationId,
      kind: def.kind,
      machineId: def.machine.id,
      machineVersion: def.version,
      state,
      version: 1,
      // as jsonb hands it back
      snapshot: JSON.parse(snapshotJson) as Record<string, unknown>,
      applicant: { id: applicantId },
      region: { code: request.regionCode },
      ...projection,
      submittedAt,
      updatedAt: submittedAt,
      finishedAt,
      lastOccurredOn: on,
    };
    return { application, change };
  }

  /**
   * Sends one event to one application. `expectedVersion`, when given, must be the version the
   * caller last read, or the action is refused with VERSION_CONFLICT. Returns the application as
   * the action left it, a plain record (no entity is built on the way).
   */
  async send(applicationId: string, input: EventInput, actor: Actor, expectedVersion?: number, form?: FormCheck): Promise<ApplicationRecord> {
    const started = performance.now();
    const { application, change } = await TransactionSql.transaction(this.orm, (sql) =>
      this.transition(sql, applicationId, input, actor, expectedVersion, form),
    ).catch((error: unknown) => {
      throw formFirst(form, constraintRefusal(error) ?? error);
    });
    this.publish({ ...change, durationMs: performance.now() - started });
    return application;
  }

  /**
   * Steps 1–6 of the flow of one action, inside the caller's transaction, as parameterised
   * statements on the transaction's connection: the locked read, the facts, the effects and
   * one statement that updates the row, appends the log row and queues the notification.
   * With a `form` (a resubmission, whose event screens again), a form with errors is refused
   * after the machine's step, with the new screening's reasons, before anything is written.
   */
  private async transition(
    sql: TransactionSql,
    applicationId: string,
    input: EventInput,
    actor: Actor,
    expectedVersion: number | undefined,
    form?: FormCheck,
  ): Promise<{ application: ApplicationRecord; change: TransitionCommitted }> {
    // step 1: read once, under the row lock; an applicant's IIN only when the caller acts as one
    const [row] = await sql.query<LockedRow>(hasRole(actor, 'applicant') ? SQL.lockWithIin : SQL.lock, [applicationId]);
    if (!row) throw new NotFoundError(`there is no application ${applicationId}`);
    assertMayActOn(actor, { id: applicationId, regionCode: row.region_code, applicantIin: row.applicant_iin ?? null });
    if (expectedVersion !== undefined && expectedVersion !== row.version) {
      throw new VersionConflictError(expectedVersion, row.version);
    }

    const def = workflowFor(row.kind, row.machine_version);
    const snapshot = restoreSnapshot(def, row.snapshot as never);
    const at = this.now().toISOString();
    const today = localDateOf(at);
    const date = businessDateOfInput(input, today);
    const { occurredOn: _sent, ...payload } = input;
    const { on } = date;
    const probe = { ...payload, actor: actorRef(actor), at, on } as WorkflowEvent;
    // role and state are checked before any fact is read: a refused action costs one query
    const early = explainRefusal(def, snapshot, probe, { actorOnly: true });
    if (early) throw this.refusal(early, row.state, input.type);

    const facts = await gatherFacts(sql, def.factsFor[input.type] ?? [], { regionCode: row.region_code, on }, this.settings);
    const event = { ...probe, ...(Object.keys(facts).length > 0 ? { facts } : {}) } as WorkflowEvent;
    let stepped: ReturnType<typeof stepWithEffects>;
    try {
      stepped = stepWithEffects(def, snapshot, event);
    } catch (error) {
      // a machine that cannot take a form's values at all: the form's errors say why
      throw form && form.violations.length > 0 ? new FormRefusal(form.violations) : error;
    }
    if (stepped === null) {
      const refusal = explainRefusal(def, snapshot, event);
      throw this.refusal(
        refusal ?? { code: 'INVALID_TRANSITION', rule: 'STATE', message: `"${input.type}" is not accepted now` },
        row.state,
        input.type,
      );
    }

    const { snapshot: next, effects } = stepped;
    // the business date's rules, once the machine has taken the event: its own reasons about the
    // same date (a repayment before the disbursement) are the more precise answer. The gateway's
    // own events (deadlines, payment results) are dated today and leave the previous business
    // date where it was: a person may still key in what happened before the job ran.
    const bySystem = hasRole(actor, 'system');
    await checkBusinessDate(sql, date, { today, previous: bySystem ? null : row.last_occurred_on, backEntryDays: this.settings.backEntryDays });
    const lastOccurredOn = bySystem ? row.last_occurred_on : on;
    if (form && form.violations.length > 0) {
      // the resubmission is screened again by its step: its reasons are the new screening's
      throw formRefusal(form, def.submissionRefusal(next.context))!;
    }
    const before = { id: applicationId, kind: row.kind, version: row.version, region: { code: row.region_code } };
    // step 5: the transactional effects (quota, budget); a refusal here rolls everything back
    await runEffects(sql, effects, { application: before, at, on, context: next.context, queue: this.queue });
    const fromState = row.state;
    const toState = stateOf(next);
    const version = row.version + 1;
    const snapshotJson = JSON.stringify(persist(def, next));
    const projection = this.projection(def, next.context);
    const updatedAt = new Date(at);
    const finishedAt = def.finalStates.includes(toState) ? updatedAt : null;
    const change: TransitionCommitted = {
      applicationId,
      kind: row.kind,
      regionCode: row.region_code,
      eventType: input.type,
      fromState,
      toState,
      version,
      at,
    };
    // step 6 and the notification as one statement: the row (guarded by its version, which the
    // lock already holds still), one log row from the updated row, pg_notify sent at commit
    const written = await sql.query(SQL.write, [
      applicationId,
      row.version,
      toState,
      version,
      snapshotJson,
      ...projectedValues(projection),
      at,
      finishedAt === null ? null : at,
      def.version,
      event.type,
      fromState,
      event.actor.id,
      event.actor.roles,
      JSON.stringify(event),
      CHANGE_CHANNEL,
      JSON.stringify(change),
      on,
      lastOccurredOn,
    ]);
    if (written.length !== 1) throw new Error(`application ${applicationId} changed under its lock: version ${row.version} was not found`);
    const application: ApplicationRecord = {
      id: applicationId,
      kind: row.kind,
      machineId: row.machine_id,
      machineVersion: row.machine_version,
      state: toState,
      version,
      // as jsonb hands it back
      snapshot: JSON.parse(snapshotJson) as Record<string, unknown>,
      applicant: { id: row.applicant_id },
      region: { code: row.region_code },
      ...projection,
      submittedAt: new Date(row.submitted_at),
      updatedAt,
      finishedAt,
      lastOccurredOn,
    };
    return { application, change };
  }

  // ---- historical import (src/import/): several actions in one transaction ----------------

  /**
   * A sibling engine on the same database, clock and settings whose effects enqueue into
   * `queue`: the historical import's, which orders no payment (an imported disbursement was
   * paid long ago; its settlement is in the file and is sent as the system's PAYMENT_SETTLED).
   */
  withQueue(queue: TransactionalQueue): WorkflowEngine {
    const sibling = new WorkflowEngine(this.orm, this.now, this.settings);
    sibling.attachQueue(queue);
    return sibling;
  }

  /**
   * Runs several actions — a submission and the events after it — in ONE transaction, each
   * through the same steps as `submit` and `send` (the machine checks every event), so a
   * refusal anywhere leaves nothing of any of them. `work` may also write its own rows on the
   * same transaction (`steps.sql`). Published only once all of it has committed.
   */
  async inOneTransaction<T>(work: (steps: ActionSteps) => Promise<T>): Promise<T> {
    const started = performance.now();
    const changes: TransitionCommitted[] = [];
    const result = await TransactionSql.transaction(this.orm, (sql) =>
      work({
        sql,
        submit: async (request, machineVersion) => {
          // an imported application starts on the version it was opened under (the rules of its day)
          const def = machineVersion === undefined ? latestWorkflow(request.kind) : workflowFor(request.kind, machineVersion);
          assertMaySubmit(def, request);
          const { application, change } = await this.open(sql, def, request);
          changes.push(change);
          return application;
        },
        send: async (applicationId, input, actor) => {
          const { application, change } = await this.transition(sql, applicationId, input, actor, undefined);
          changes.push(change);
          return application;
        },
      }),
    ).catch((error: unknown) => {
      throw constraintRefusal(error) ?? error;
    });
    const durationMs = performance.now() - started;
    for (const change of changes) this.publish({ ...change, durationMs });
    return result;
  }

  /**
   * Answers whether `actor` may send this event now and which state would follow, by running
   * the whole action — facts, machine, effects — in a transaction that is always rolled back.
   * Nothing is written and nothing is published.
   */
  async preview(applicationId: string, input: EventInput, actor: Actor): Promise<ActionPreview> {
    try {
      await TransactionSql.transaction(this.orm, async (sql) => {
        const { change } = await this.transition(sql, applicationId, input, actor, undefined);
        throw new PreviewRollback(change);
      });
    } catch (error) {
      if (error instanceof PreviewRollback) {
        return { allowed: true, fromState: error.change.fromState, toState: error.change.toState, refusal: null };
      }
      const refusal = constraintRefusal(error) ?? error;
      if (refusal instanceof AppError && !(refusal instanceof NotFoundError)) {
        const [row] = await this.orm.em.fork().execute<{ state: string }[]>('select state from application where id = ?', [applicationId]);
        return { allowed: false, fromState: row?.state ?? null, toState: null, refusal };
      }
      throw refusal;
    }
    throw new Error('unreachable: a preview always rolls back');
  }

  /**
   * Replays an application's log through its machine versions (switching at each MIGRATE entry,
   * workflows/migration.ts) and compares the result with the stored snapshot. A mismatch means
   * something changed the row outside the engine.
   */
  async verifyReplay(applicationId: string): Promise<ReplayReport> {
    const em = this.orm.em.fork();
    const application = await em.findOne(Application, { id: applicationId });
    if (!application) throw new NotFoundError(`there is no application ${applicationId}`);
    const log = await em.find(TransitionLogEntry, { application: applicationId }, { orderBy: { seq: 'asc' } });
    const { def, snapshot: replayed } = replayAcrossVersions(
      log.map((row) => ({ event: row.event as unknown as WorkflowEvent, toState: row.toState, machineVersion: row.machineVersion })),
      (version) => workflowFor(application.kind, version),
    );
    const contiguous =
      log.every((row, index) => row.seq === index + 1) && log.length === application.version && def.version === application.machineVersion;
    return {
      applicationId,
      entries: log.length,
      matches: contiguous && isDeepStrictEqual(asStored(persist(def, replayed)), application.snapshot),
      storedState: application.state,
      replayedState: stateOf(replayed),
    };
  }

  private projection(
    def: WorkflowDefinition,
    context: unknown,
  ): Pick<
    Application,
    'requestedAmount' | 'approvedAmount' | 'disbursedAmount' | 'decisionFiscalYear' | 'deadlineAt' | 'nextDueOn' | 'escalatedAt' | 'dedupKey'
  > {
    const p: ApplicationProjection = def.project(context);
    const money = (value: string | null) => (value === null ? null : moneyFromNumeric(value));
    return {
      requestedAmount: moneyFromNumeric(p.requestedAmount),
      approvedAmount: money(p.approvedAmount),
      disbursedAmount: money(p.disbursedAmount),
      decisionFiscalYear: p.decisionFiscalYear,
      deadlineAt: p.deadlineAt ? new Date(p.deadlineAt) : null,
      nextDueOn: p.nextDueOn ?? null,
      escalatedAt: p.escalatedAt ? new Date(p.escalatedAt) : null,
      dedupKey: p.dedupKey ?? null,
    };
  }

  /** The machine's reason for a refusal, as the typed error the API answers with. */
  private refusal(refusal: Refusal, state: string, eventType: string): AppError {
    switch (refusal.code) {
      case 'FORBIDDEN':
        return new ForbiddenError(refusal.message, { rule: refusal.rule });
      case 'VALIDATION':
        return new ValidationError([{ field: refusal.field ?? 'input', rule: refusal.rule, message: refusal.message }]);
      case 'INVALID_TRANSITION':
        return new InvalidTransitionError(state, eventType, refusal.message);
    }
  }

  private publish(change: TransitionTimed): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // a listener's failure must not turn a committed action into an error
      }
    }
  }
}
