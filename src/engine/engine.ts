import { LockMode, UniqueConstraintViolationException, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  explainRefusal,
  persist,
  replay,
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
import { hasRole, actorRef, type Actor } from '../domain/roles';
import { moneyFromNumeric } from '../domain/money';
import { Applicant, Application, Region, TransitionLogEntry } from '../db/entities';
import {
  AppError,
  DuplicateApplicationError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../errors';
import { assertMayAct } from '../auth/scope';
import { notifyChange } from '../db/change-feed';
import { runEffects, type TransactionalQueue } from './effects';
import { gatherFacts, type ProgrammeSettings } from './facts';

export const DEFAULT_SETTINGS: ProgrammeSettings = { liftingDecisionWorkingDays: 10 };

/**
 * What happened, told to listeners after the transaction has committed, and to every replica's
 * subscribers through the change feed (db/change-feed.ts), sent inside the transaction.
 */
export interface TransitionCommitted {
  applicationId: string;
  kind: ApplicationKind;
  regionCode: string;
  eventType: string;
  fromState: string | null;
  toState: string;
  version: number;
  at: string;
}

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

/** An event as a caller sends it: its type and payload; the engine adds actor, time and facts. */
export type EventInput = { type: string } & Record<string, unknown>;

export interface SubmitRequest {
  kind: ApplicationKind;
  actor: Actor;
  regionCode: string;
  /** the submission's payload (everything but actor, time, id and facts) */
  payload: Record<string, unknown>;
  /** writes or updates the applicant row; called only once the submission is accepted */
  saveApplicant(em: EntityManager): Promise<Applicant>;
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

/** JSON as PostgreSQL's jsonb will hand it back: what a stored snapshot is compared against. */
function asStored<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

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

  /** Opens an application: the submission is the first event of the log. */
  async submit(request: SubmitRequest): Promise<Application> {
    const def = latestWorkflow(request.kind);
    if (!hasRole(request.actor, ...def.submitRoles)) {
      throw new ForbiddenError(`only ${def.submitRoles.join(' or ')} may submit a ${request.kind} application`);
    }
    const started = performance.now();
    const { application, change } = await this.orm.em
      .fork()
      .transactional((em) => this.open(em, def, request))
      .catch((error: unknown) => {
        throw constraintRefusal(error) ?? error;
      });
    this.publish({ ...change, durationMs: performance.now() - started });
    return application;
  }

  /** The submission's transaction: the first event, the row and the first log entry. */
  private async open(
    em: EntityManager,
    def: WorkflowDefinition,
    request: SubmitRequest,
  ): Promise<{ application: Application; change: TransitionCommitted }> {
    const at = this.now().toISOString();
    const applicationId = randomUUID();
    const facts = await gatherFacts(em, def.factsFor.SUBMIT ?? [], { regionCode: request.regionCode, at }, this.settings);
    const event = {
      ...request.payload,
      type: 'SUBMIT',
      actor: actorRef(request.actor),
      at,
      applicationId,
      regionCode: request.regionCode,
      facts,
    } as WorkflowEvent;
    const snapshot = start(def, event);
    const reasons = def.submissionRefusal(snapshot.context);
    if (reasons.length > 0) throw new ValidationError(reasons);

    const applicant = await request.saveApplicant(em);
    const state = stateOf(snapshot);
    const application = em.create(Application, {
      id: applicationId,
      kind: def.kind,
      machineId: def.machine.id,
      machineVersion: def.version,
      state,
      version: 1,
      snapshot: asStored(persist(def, snapshot)) as Record<string, unknown>,
      applicant,
      region: em.getReference(Region, request.regionCode),
      ...this.projection(def, snapshot.context),
      submittedAt: new Date(at),
      updatedAt: new Date(at),
      finishedAt: def.finalStates.includes(state) ? new Date(at) : null,
    });
    em.create(TransitionLogEntry, { ...this.logRow(applicationId, 1, def, event, null, state), application });
    await em.flush();
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
    await notifyChange(em, change);
    return { application, change };
  }

  /**
   * Sends one event to one application. `expectedVersion`, when given, must be the version the
   * caller last read, or the action is refused with VERSION_CONFLICT.
   */
  async send(applicationId: string, input: EventInput, actor: Actor, expectedVersion?: number): Promise<Application> {
    const started = performance.now();
    const { application, change } = await this.orm.em
      .fork()
      .transactional((em) => this.transition(em, applicationId, input, actor, expectedVersion))
      .catch((error: unknown) => {
        throw constraintRefusal(error) ?? error;
      });
    this.publish({ ...change, durationMs: performance.now() - started });
    return application;
  }

  /** Steps 1–6 of the flow of one action, inside the caller's transaction. */
  private async transition(
    em: EntityManager,
    applicationId: string,
    input: EventInput,
    actor: Actor,
    expectedVersion: number | undefined,
  ): Promise<{ application: Application; change: TransitionCommitted }> {
    // read once, under the row lock, and not tracked: step 6 writes it back explicitly
    const application = await em.findOne(Application, { id: applicationId }, { lockMode: LockMode.PESSIMISTIC_WRITE, disableIdentityMap: true });
    if (!application) throw new NotFoundError(`there is no application ${applicationId}`);
    await assertMayAct(em, actor, application);
    if (expectedVersion !== undefined && expectedVersion !== application.version) {
      throw new VersionConflictError(expectedVersion, application.version);
    }

    const def = workflowFor(application.kind, application.machineVersion);
    const snapshot = restoreSnapshot(def, application.snapshot as never);
    const at = this.now().toISOString();
    const probe = { ...input, actor: actorRef(actor), at } as WorkflowEvent;
    // role and state are checked before any fact is read: a refused action costs one query
    const early = explainRefusal(def, snapshot, probe, { actorOnly: true });
    if (early) throw this.refusal(early, application.state, input.type);

    const facts = await gatherFacts(em, def.factsFor[input.type] ?? [], { regionCode: application.region.code, at }, this.settings);
    const event = { ...probe, ...(Object.keys(facts).length > 0 ? { facts } : {}) } as WorkflowEvent;
    const stepped = stepWithEffects(def, snapshot, event);
    if (stepped === null) {
      const refusal = explainRefusal(def, snapshot, event);
      throw this.refusal(
        refusal ?? { code: 'INVALID_TRANSITION', rule: 'STATE', message: `"${input.type}" is not accepted now` },
        application.state,
        input.type,
      );
    }

    const { snapshot: next, effects } = stepped;
    // step 5: the transactional effects (quota, budget); a refusal here rolls everything back
    await runEffects(em, effects, { application, at, context: next.context, queue: this.queue });
    const fromState = application.state;
    const toState = stateOf(next);
    const changes = {
      state: toState,
      version: application.version + 1,
      snapshot: asStored(persist(def, next)) as Record<string, unknown>,
      ...this.projection(def, next.context),
      updatedAt: new Date(at),
      finishedAt: def.finalStates.includes(toState) ? new Date(at) : null,
    };
    // step 6 as one UPDATE and one INSERT: the ORM's change tracking (cloning and comparing the
    // snapshot, the log row as a managed entity) cost more than the statements themselves
    await em.nativeUpdate(Application, { id: applicationId }, changes);
    Object.assign(application, changes);
    await em.insert(TransitionLogEntry, this.logRow(applicationId, application.version, def, event, fromState, toState));
    const change: TransitionCommitted = {
      applicationId,
      kind: application.kind,
      regionCode: application.region.code,
      eventType: input.type,
      fromState,
      toState,
      version: application.version,
      at,
    };
    await notifyChange(em, change);
    return { application, change };
  }

  /**
   * Answers whether `actor` may send this event now and which state would follow, by running
   * the whole action — facts, machine, effects — in a transaction that is always rolled back.
   * Nothing is written and nothing is published.
   */
  async preview(applicationId: string, input: EventInput, actor: Actor): Promise<ActionPreview> {
    try {
      await this.orm.em.fork().transactional(async (em) => {
        const { change } = await this.transition(em, applicationId, input, actor, undefined);
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
   * Replays an application's log through its machine version and compares the result with the
   * stored snapshot. A mismatch means something changed the row outside the engine.
   */
  async verifyReplay(applicationId: string): Promise<ReplayReport> {
    const em = this.orm.em.fork();
    const application = await em.findOne(Application, { id: applicationId });
    if (!application) throw new NotFoundError(`there is no application ${applicationId}`);
    const log = await em.find(TransitionLogEntry, { application: applicationId }, { orderBy: { seq: 'asc' } });
    const def = workflowFor(application.kind, application.machineVersion);
    const replayed = replay(
      def,
      log.map((row) => ({ event: row.event as unknown as WorkflowEvent, toState: row.toState })),
    );
    const contiguous = log.every((row, index) => row.seq === index + 1) && log.length === application.version;
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

  /** The transition log's row of one accepted event: who, when, from, to, the event and its facts. */
  private logRow(applicationId: string, seq: number, def: WorkflowDefinition, event: WorkflowEvent, fromState: string | null, toState: string) {
    return {
      application: applicationId,
      seq,
      machineVersion: def.version,
      eventType: event.type,
      fromState,
      toState,
      actorId: event.actor.id,
      actorRoles: event.actor.roles,
      event: asStored(event) as unknown as Record<string, unknown>,
      at: new Date(event.at),
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
