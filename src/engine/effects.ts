import type { ApplicationKind, Effect } from '../../workflows/definition';
import { fiscalYearOfDate } from '../../workflows/rules/fiscal';
import { BudgetExhaustedError, QuotaExhaustedError } from '../../workflows/errors';
import { describeMoney, formatMoney, moneyFromNumeric } from '../../workflows/rules/money';
import type { Statement, TransactionSql } from '../db/pg-sql';

/** Enqueues a job inside the caller's transaction: it exists only if the transaction commits. */
export interface TransactionalQueue {
  send(sql: TransactionSql, queue: string, data: object): Promise<void>;
}

/** What an effect needs of the application: its key, kind, region and version before the update. */
export interface EffectApplication {
  id: string;
  kind: ApplicationKind;
  version: number;
  region: { code: string };
}

/** What an effect may look at: the application row (before its update), the new context, the time. */
export interface EffectSubject {
  application: EffectApplication;
  /** the machine's context after the transition */
  context: unknown;
  /** the instant the action is recorded */
  at: string;
  /** its business date (YYYY-MM-DD): the budget and quota year of a decision, the ledger's date */
  on: string;
  queue: TransactionalQueue | null;
}

export const PAYMENTS_QUEUE = 'payments';

/** The payment job's data: everything the provider needs, and the key that makes it pay once. */
export interface PaymentJob {
  applicationId: string;
  kind: string;
  amount: string;
  recipientIin: string;
  idempotencyKey: string;
}

/** An effect, run on the action's transaction (its job included: it exists only if the action commits). */
type EffectHandler = (sql: TransactionSql, subject: EffectSubject, params: Record<string, unknown>) => Promise<void>;

/** The effects' statements, prepared once per connection. */
const SQL = {
  reserveQuota: {
    name: 'effect_reserve_quota',
    text: `update resettlement_quota
              set used_people = used_people + $1::int, used_families = used_families + $2::int, updated_at = now()
            where region_code = $3 and year = $4 and used_people + $1::int <= people and used_families + $2::int <= families
            returning people`,
  },
  quota: { name: 'effect_quota', text: 'select people, families, used_people, used_families from resettlement_quota where region_code = $1 and year = $2' },
  // the conditional update and its ledger row in one statement: no row back means the limit has no room
  reserveBudget: {
    name: 'effect_reserve_budget',
    text: `with reserved as (
             update funding_limit set reserved = reserved + $1::numeric, updated_at = now()
              where region_code = $2 and kind = $3::application_kind and year = $4 and reserved + committed + $1::numeric <= limit_amount
              returning year)
           insert into budget_movement (application_id, seq, region_code, kind, year, movement, amount, at, occurred_on)
           select $5::uuid, $6::int, $2, $3::application_kind, year, 'RESERVE', $1::numeric, $7::timestamptz, $8::date from reserved
           returning year`,
  },
  limit: {
    name: 'effect_limit',
    text: 'select limit_amount::text, reserved::text, committed::text from funding_limit where region_code = $1 and kind = $2 and year = $3',
  },
  reservation: {
    name: 'effect_reservation',
    text: `select year, amount::text as amount from budget_movement where application_id = $1 and movement = 'RESERVE' order by id desc limit 1`,
  },
  // the check constraint keeps reserved + committed within the limit
  commitBudget: {
    name: 'effect_commit_budget',
    text: `with committed as (
             update funding_limit set reserved = reserved - $1::numeric, committed = committed + $2::numeric, updated_at = now()
              where region_code = $3 and kind = $4::application_kind and year = $5 returning year)
           insert into budget_movement (application_id, seq, region_code, kind, year, movement, amount, at, occurred_on)
           select $6::uuid, $7::int, $3, $4::application_kind, year, 'COMMIT', $2::numeric, $8::timestamptz, $9::date from committed
           returning year`,
  },
  releaseBudget: {
    name: 'effect_release_budget',
    text: `with released as (
             update funding_limit set reserved = reserved - $1::numeric, updated_at = now()
              where region_code = $2 and kind = $3::application_kind and year = $4 returning year)
           insert into budget_movement (application_id, seq, region_code, kind, year, movement, amount, at, occurred_on)
           values ($5, $6, $2, $3::application_kind, $4, 'RELEASE', $1::numeric, $7, $8::date)
           returning year`,
  },
} satisfies Record<string, Statement>;

/**
 * Reserves room in the receiving region's resettlement quota of the year of the decision.
 * One conditional UPDATE: two approvals at once cannot both take the last place.
 */
const reserveResettlementQuota: EffectHandler = async (sql, { application, on }, params) => {
  const people = Number(params.people);
  const families = Number(params.families);
  const year = fiscalYearOfDate(on);
  const region = application.region.code;
  const updated = await sql.query<{ people: number }>(SQL.reserveQuota, [people, families, region, year]);
  if (updated.length === 1) return;
  const [quota] = await sql.query<{ people: number; families: number; used_people: number; used_families: number }>(SQL.quota, [region, year]);
  throw new QuotaExhaustedError(
    quota
      ? `the ${year} resettlement quota of ${region} has room for ${quota.people - quota.used_people} people and ${quota.families - quota.used_families} families; this approval needs ${people} people in ${families} family. An administrator may raise the quota.`
      : `${region} has no resettlement quota for ${year}; an administrator sets one`,
    { regionCode: region, year, ...(quota ?? {}) },
  );
};

interface LimitRow {
  limit_amount: string;
  reserved: string;
  committed: string;
}

/** The ledger row's columns that come from the action: the application, its seq (the version the action makes), the time and the business date. */
function movementOf({ application, at, on }: EffectSubject): [string, number, string, string] {
  return [application.id, application.version + 1, at, on];
}

/** The reservation an application holds, if any: what a disbursement commits or a cancellation releases. */
async function reservationOf(sql: TransactionSql, applicationId: string): Promise<{ year: number; amount: string } | null> {
  const [row] = await sql.query<{ year: number; amount: string }>(SQL.reservation, [applicationId]);
  return row ?? null;
}

/**
 * An approval reserves its amount against the region's limit for the kind and the year of the
 * decision. One conditional UPDATE: concurrent approvals can never together pass the limit. The
 * ledger row is inserted by the same statement, from the updated row: no row, no room.
 */
const reserveBudget: EffectHandler = async (sql, subject, params) => {
  const amount = String(params.amount);
  const year = fiscalYearOfDate(subject.on);
  const { code: region } = subject.application.region;
  const { kind } = subject.application;
  const reserved = await sql.query<{ year: number }>(SQL.reserveBudget, [amount, region, kind, year, ...movementOf(subject)]);
  if (reserved.length === 1) return;
  const [limit] = await sql.query<LimitRow>(SQL.limit, [region, kind, year]);
  const left = limit ? moneyFromNumeric(limit.limit_amount) - moneyFromNumeric(limit.reserved) - moneyFromNumeric(limit.committed) : 0n;
  throw new BudgetExhaustedError(
    limit
      ? `the ${year} ${kind} limit of ${region} has ${describeMoney(left)} left; this approval needs ${describeMoney(moneyFromNumeric(amount))}`
      : `${region} has no ${kind} funding limit for ${year}; an administrator sets one`,
    { regionCode: region, kind, year, remaining: formatMoney(left), requested: amount },
  );
};

/** A disbursement turns the application's reservation into committed money. */
const commitBudget: EffectHandler = async (sql, subject, params) => {
  const amount = String(params.amount);
  const reservation = await reservationOf(sql, subject.application.id);
  const year = reservation?.year ?? fiscalYearOfDate(subject.on);
  const released = reservation?.amount ?? '0';
  const { code: region } = subject.application.region;
  const committed = await sql.query<{ year: number }>(SQL.commitBudget, [released, amount, region, subject.application.kind, year, ...movementOf(subject)]);
  if (committed.length === 0) throw new BudgetExhaustedError(`${region} has no ${subject.application.kind} funding limit for ${year}`);
};

/** A cancellation after approval gives the reservation back to the limit. */
const releaseBudget: EffectHandler = async (sql, subject) => {
  const reservation = await reservationOf(sql, subject.application.id);
  if (!reservation) return;
  await sql.query(SQL.releaseBudget, [reservation.amount, subject.application.region.code, subject.application.kind, reservation.year, ...movementOf(subject)]);
};

/**
 * The accountant's confirmation orders the payment: a pg-boss job enqueued in the same
 * transaction, keyed by the application, so the order exists exactly when the transition does.
 */
const enqueuePayment: EffectHandler = async (sql, subject) => {
  if (!subject.queue) throw new Error('no job queue is attached to the engine: a payment cannot be ordered');
  const context = subject.context as { disbursement: { amount: string } | null; applicantIin: string };
  if (!context.disbursement) throw new Error('a payment is ordered only after a disbursement is confirmed');
  const job: PaymentJob = {
    applicationId: subject.application.id,
    kind: subject.application.kind,
    amount: context.disbursement.amount,
    recipientIin: context.applicantIin,
    idempotencyKey: `${subject.application.id}:disbursement`,
  };
  await subject.queue.send(sql, PAYMENTS_QUEUE, job);
};

const HANDLERS: Record<string, EffectHandler> = { reserveResettlementQuota, reserveBudget, commitBudget, releaseBudget, enqueuePayment };

/** Runs the machine's effects inside the action's transaction; a failure undoes the transition. */
export async function runEffects(sql: TransactionSql, effects: readonly Effect[], subject: EffectSubject): Promise<void> {
  for (const effect of effects) {
    const handler = HANDLERS[effect.type];
    if (!handler) throw new Error(`no handler for the effect ${effect.type}`);
    await handler(sql, subject, effect.params);
  }
}
