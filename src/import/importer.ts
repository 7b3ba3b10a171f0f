import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventInput, SubmitRequest, WorkflowEngine } from '../engine/engine';
import { PAYMENTS_QUEUE, type TransactionalQueue } from '../engine/effects';
import { AppError, ValidationError } from '../../workflows/errors';
import type { ApplicantCategory } from '../../workflows/rules/categories';
import { startOfLocalDay } from '../../workflows/rules/calendar';
import type { Actor, Role } from '../../workflows/rules/roles';
import type { Statement } from '../db/pg-sql';
import { contentHash, FormatError, parseRecord, type ApplicationRow, type ImportedEvent, type ImportRecord } from './format';
import { applyFiscalYear, applyPlan, applyQuota, type ReferenceOutcome } from './reference';

/** Why a row was not imported: a stable code (the engine's, or the import's own), a rule, a message, the event. */
export interface RowRefusal {
  code: string;
  rule: string | null;
  field: string | null;
  message: string;
  /** the event refused: its position in the row's events (0 = the first after the submission) and type; null for the submission or the row */
  event: { index: number; type: string } | null;
}

export interface RowOutcome {
  /** 1-based line of the file */
  line: number;
  record: ImportRecord['record'] | null;
  externalId: string | null;
  status: 'IMPORTED' | 'SKIPPED' | 'REFUSED' | 'APPLIED' | 'UNCHANGED';
  applicationId: string | null;
  /** what the import did or why it did not */
  reason: RowRefusal | null;
}

export interface ImportSummary {
  source: string;
  /** application rows */
  imported: number;
  skipped: number;
  refused: number;
  /** reference records (fiscal years, plans, resettlement quotas) */
  referenceApplied: number;
  referenceUnchanged: number;
  referenceRefused: number;
  /** every line that was refused, and every imported or skipped one with its application */
  rows: RowOutcome[];
  durationMs: number;
}

export interface ImportOptions {
  /** the file's name, or "mutation": kept with every imported row */
  source: string;
  /** the administrator who runs the import: reference data is changed in their name */
  administrator: Actor;
}

/**
 * The import's job queue: it orders nothing. An imported disbursement was paid when it happened;
 * the machine's CONFIRM_DISBURSEMENT still asks for the payment job, and this queue declines to
 * order it — the row must carry the settlement the file states (PAYMENT_SETTLED), sent as the
 * system's event in the same transaction (see `checkSettlements`). Any other job is refused.
 */
export const HISTORICAL_QUEUE: TransactionalQueue = {
  async send(_sql, queue) {
    if (queue !== PAYMENTS_QUEUE) throw new Error(`the historical import orders no "${queue}" job`);
  },
};

/** The role an event's actor acts in, by its type; REJECT and the like may name theirs in the file. */
const ROLE_OF: Record<string, Role> = {
  START_REVIEW: 'reviewer',
  REQUEST_CHANGES: 'reviewer',
  RECOMMEND: 'reviewer',
  SUBMIT_ASSESSMENT: 'reviewer',
  SIGN_CONTRACT: 'reviewer',
  START_VERIFICATION: 'reviewer',
  VERIFY: 'reviewer',
  CLOSE: 'reviewer',
  REJECT: 'approver',
  APPROVE: 'approver',
  WRITE_OFF: 'approver',
  CONFIRM_DISBURSEMENT: 'accountant',
  RECORD_REPAYMENT: 'accountant',
  RETRY_PAYMENT: 'accountant',
  PAYMENT_SETTLED: 'system',
  PAYMENT_FAILED: 'system',
  RESUBMIT: 'applicant',
  WITHDRAW: 'applicant',
  REPORT_FUNDS_USE: 'applicant',
};

/** Events whose business date is a field of their own: the import fills it from `on`. */
const OWN_DATE: Record<string, string> = { CONFIRM_DISBURSEMENT: 'paidOn', SIGN_CONTRACT: 'signedOn', RECORD_REPAYMENT: 'paidOn' };

/**
 * Who acted, recognisable as imported (`import:` ids): staff distinct per role and region (so
 * four eyes hold between them), or the person the file names; the applicant per row.
 */
export function importedActor(row: ApplicationRow, role: Role, by?: string): Actor {
  if (role === 'applicant') return { id: `import:applicant:${row.externalId}`, roles: ['applicant'], iin: row.applicant.iin };
  if (role === 'system') return { id: 'import:system', roles: ['system'] };
  const region = row.regionCode.toUpperCase();
  return { id: `import:${role}:${region}${by ? `:${by}` : ''}`, roles: [role], region };
}

const SQL = {
  importedAny: { text: 'select external_id, content_hash, application_id::text from imported_row where external_id = any($1::text[])' },
  // one round trip: the new row, or the one already there (a row in the same file or another run)
  record: {
    name: 'import_row_record',
    text: `with inserted as (
             insert into imported_row (external_id, content_hash, application_id, source, imported_by, imported_at)
             values ($1, $2, $3::uuid, $4, $5, now()) on conflict (external_id) do nothing
             returning content_hash, application_id::text)
           select true as inserted, content_hash, application_id from inserted
           union all
           select false, content_hash, application_id::text from imported_row where external_id = $1 and not exists (select 1 from inserted)`,
  },
} satisfies Record<string, Statement>;

/** What to do about a closed year, said where the refusal is read. */
const BACK_ENTRY_HINT =
  'an administrator opens the year for back-entry first: npm run import -- <file> --open-back-entry <year>, or the mutation setFiscalYearBackEntry(input: { year, open: true })';

function refusalOf(error: unknown, event: RowRefusal['event']): RowRefusal {
  if (error instanceof ValidationError) {
    const [first] = error.violations;
    const message = first?.rule === 'BACK_ENTRY_CLOSED' ? `${error.message} — ${BACK_ENTRY_HINT}` : error.message;
    return { code: error.code, rule: first?.rule ?? null, field: first?.field ?? null, message, event };
  }
  if (error instanceof AppError) {
    const rule = typeof error.details.rule === 'string' ? error.details.rule : null;
    return { code: error.code, rule, field: null, message: error.message, event };
  }
  // a payload the machine cannot take at all (a missing object, a wrong type): the row's fault, said plainly
  return { code: 'VALIDATION', rule: 'PAYLOAD', field: null, message: error instanceof Error ? error.message : String(error), event };
}

/** An imported disbursement orders no payment: the row must state its settlement after it. */
function checkSettlements(row: ApplicationRow): RowRefusal | null {
  for (const [index, event] of row.events.entries()) {
    if (event.type !== 'CONFIRM_DISBURSEMENT' && event.type !== 'RETRY_PAYMENT') continue;
    const outcome = row.events.slice(index + 1).find((e) => e.type === 'PAYMENT_SETTLED' || e.type === 'PAYMENT_FAILED');
    if (!outcome) {
      return {
        code: 'VALIDATION',
        rule: 'SETTLEMENT_REQUIRED',
        field: `events.${index}`,
        message: 'an imported disbursement must be followed by its settlement (PAYMENT_SETTLED): the import orders no payment, it records the one that was made',
        event: { index, type: event.type },
      };
    }
  }
  return null;
}

/** The event as the engine takes it: the file's fields, its business date, and the dated field filled from `on`. */
function eventInput(event: ImportedEvent): EventInput {
  const { on, by: _by, role: _role, ...fields } = event;
  const own = OWN_DATE[event.type];
  if (own) return { ...fields, type: event.type, [own]: fields[own] ?? on };
  if (event.type === 'PAYMENT_SETTLED') {
    return { providerReference: `import:${on}`, ...fields, type: event.type, paidAt: fields.paidAt ?? startOfLocalDay(on), occurredOn: on };
  }
  return { ...fields, type: event.type, occurredOn: on };
}

/** The outcome of one application row: imported, skipped (the same row before), or refused. */
type RowResult = Pick<RowOutcome, 'status' | 'applicationId' | 'reason'>;

/** Thrown inside the row's transaction to roll it back with the row's refusal. */
class RowRefused extends Error {
  constructor(readonly refusal: RowRefusal) {
    super(refusal.message);
  }
}

/**
 * Brings one application in: the submission and every event through the engine, in one
 * transaction with the row's external id, which is looked up first in the same transaction. A
 * refusal anywhere leaves nothing of the row.
 */
async function importApplication(engine: WorkflowEngine, row: ApplicationRow, options: ImportOptions): Promise<RowResult> {
  const hash = contentHash(row);
  let at: RowRefusal['event'] = null;
  try {
    return await engine.inOneTransaction(async (steps): Promise<RowResult> => {
      const unsettled = checkSettlements(row);
      if (unsettled) throw new RowRefused(unsettled);
      const submission = {
        kind: row.kind,
        actor: importedActor(row, 'applicant'),
        regionCode: row.regionCode,
        applicant: { ...row.applicant, categories: row.applicant.categories as ApplicantCategory[] },
        payload: row.payload,
        occurredOn: row.submittedOn,
      };
      const application = await steps.submit(submission as SubmitRequest, row.machineVersion);
      for (const [index, event] of row.events.entries()) {
        at = { index, type: event.type };
        const role = event.role ?? ROLE_OF[event.type] ?? 'reviewer';
        await steps.send(application.id, eventInput(event), importedActor(row, role, event.by));
      }
      at = null;
      // the external id's row, or the row another run recorded meanwhile: then all of this rolls back
      const [recorded] = await steps.sql.query<{ inserted: boolean; content_hash: string; application_id: string }>(SQL.record, [
        row.externalId,
        hash,
        application.id,
        options.source,
        options.administrator.id,
      ]);
      if (!recorded) {
        // another run's row, committed while this statement waited for it: not visible to it yet
        throw new RowRefused({ code: 'VALIDATION', rule: 'IMPORTED_MEANWHILE', field: 'externalId', message: `another import recorded ${row.externalId} meanwhile; nothing of this row was written — import the file again to compare`, event: null });
      }
      if (!recorded.inserted) throw new AlreadyImported(recorded);
      return { status: 'IMPORTED', applicationId: application.id, reason: null };
    });
  } catch (error) {
    if (error instanceof AlreadyImported) return alreadyImported(row, hash, error.existing);
    return { status: 'REFUSED', applicationId: null, reason: error instanceof RowRefused ? error.refusal : refusalOf(error, at) };
  }
}

/** Carries the row an earlier import recorded for the same external id out of the transaction it rolls back. */
class AlreadyImported extends Error {
  constructor(readonly existing: { content_hash: string; application_id: string }) {
    super('already imported');
  }
}

/** A row whose external id was imported before: skipped when it is the same row, refused when its content differs. */
function alreadyImported(row: ApplicationRow, hash: string, existing: { content_hash: string; application_id: string }): RowResult {
  if (existing.content_hash === hash) return { status: 'SKIPPED', applicationId: existing.application_id, reason: null };
  return {
    status: 'REFUSED',
    applicationId: existing.application_id,
    reason: {
      code: 'VALIDATION',
      rule: 'DUPLICATE_EXTERNAL_ID',
      field: 'externalId',
      message: `${row.externalId} was imported before with other content; an imported application changes through its actions, not by importing it again`,
      event: null,
    },
  };
}

/** A line as read: its number and its record, or why it is not one. */
type ReadLine = { line: number; record: ImportRecord; error: null } | { line: number; record: null; error: string };

/**
 * Imports a JSON Lines text (src/import/format.ts) through the engine and never throws for a bad
 * row: the summary says what happened to each line. Reference records (fiscal years, plans, quotas) are
 * applied first, in the file's order, through the administrator's paths; then the applications,
 * each with its events in one transaction, idempotent on the external id — `concurrency` of them
 * at a time (a row whose external id appears earlier in the file waits for the earlier one).
 */
export async function runImport(
  deps: { em: EntityManager; engine: WorkflowEngine },
  text: string,
  options: ImportOptions & { concurrency?: number },
): Promise<ImportSummary> {
  const started = performance.now();
  const engine = deps.engine.withQueue(HISTORICAL_QUEUE);
  const read: ReadLine[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    try {
      read.push({ line: index + 1, record: parseRecord(raw), error: null });
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
      read.push({ line: index + 1, record: null, error: error.message });
    }
  }
  const outcomes: RowOutcome[] = [];
  for (const entry of read) {
    if (entry.record === null) {
      outcomes.push({ line: entry.line, record: null, externalId: null, status: 'REFUSED', applicationId: null, reason: { code: 'VALIDATION', rule: 'FORMAT', field: null, message: entry.error, event: null } });
      continue;
    }
    const record = entry.record;
    if (record.record === 'application') continue;
    const outcome: ReferenceOutcome =
      record.record === 'fiscalYear'
        ? await applyFiscalYear(deps.em, record, options.administrator)
        : record.record === 'plan'
          ? await applyPlan(deps.em, record, options.administrator)
          : await applyQuota(deps.em, record, options.administrator);
    const reason = outcome.refusal ? { code: 'VALIDATION', rule: outcome.refusal.rule, field: outcome.refusal.field, message: outcome.refusal.message, event: null } : null;
    outcomes.push({ line: entry.line, record: record.record, externalId: null, status: outcome.status, applicationId: null, reason });
  }
  // the first row of each external id now, the rest after them: two of them never run at once
  const seen = new Set<string>();
  const rows = read.flatMap((entry) => (entry.record?.record === 'application' ? [{ line: entry.line, row: entry.record }] : []));
  const firsts = rows.filter(({ row }) => !seen.has(row.externalId) && seen.add(row.externalId));
  const repeats = rows.filter((r) => !firsts.includes(r));
  // rows imported before are answered from one read; the others are checked again as their transaction records them
  const known = new Map(
    (await engine.inOneTransaction((steps) => steps.sql.query<{ external_id: string; content_hash: string; application_id: string }>(SQL.importedAny, [[...seen]]))).map((r) => [r.external_id, r]),
  );
  for (const batch of [firsts, repeats]) {
    let next = 0;
    const worker = async () => {
      while (next < batch.length) {
        const { line, row } = batch[next++]!;
        const before = known.get(row.externalId);
        const result = before ? alreadyImported(row, contentHash(row), before) : await importApplication(engine, row, options);
        outcomes.push({ line, record: 'application', externalId: row.externalId, ...result });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 1, 16)) }, worker));
  }
  outcomes.sort((a, b) => a.line - b.line);
  const count = (status: RowOutcome['status'], reference: boolean) => outcomes.filter((o) => o.status === status && (o.record === 'application' || o.record === null) !== reference).length;
  return {
    source: options.source,
    imported: count('IMPORTED', false),
    skipped: count('SKIPPED', false),
    refused: count('REFUSED', false),
    referenceApplied: count('APPLIED', true),
    referenceUnchanged: count('UNCHANGED', true),
    referenceRefused: count('REFUSED', true),
    rows: outcomes,
    durationMs: Math.round(performance.now() - started),
  };
}
