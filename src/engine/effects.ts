import type { EntityManager } from '@mikro-orm/postgresql';
import type { Effect } from '../../workflows/definition';
import type { Application } from '../db/entities';
import { fiscalYearOf } from '../domain/fiscal';
import { BudgetExhaustedError, QuotaExhaustedError } from '../errors';
import { describeMoney, formatMoney, moneyFromNumeric } from '../domain/money';
import type { BudgetMovementType } from '../db/entities/budget-movement.entity';

/** Enqueues a job inside the caller's transaction: it exists only if the transaction commits. */
export interface TransactionalQueue {
  send(em: EntityManager, queue: string, data: object): Promise<void>;
}

/** What an effect may look at: the application row (before its update), the new context, the time. */
export interface EffectSubject {
  application: Application;
  /** the machine's context after the transition */
  context: unknown;
  at: string;
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

type EffectHandler = (em: EntityManager, subject: EffectSubject, params: Record<string, unknown>) => Promise<void>;

/**
 * Reserves room in the receiving region's resettlement quota of the year of the decision.
 * One conditional UPDATE: two approvals at once cannot both take the last place.
 */
const reserveResettlementQuota: EffectHandler = async (em, { application, at }, params) => {
  const people = Number(params.people);
  const families = Number(params.families);
  const year = fiscalYearOf(at);
  const region = application.region.code;
  const updated = await em.execute<{ people: number }[]>(
    `update resettlement_quota
        set used_people = used_people + ?, used_families = used_families + ?, updated_at = now()
      where region_code = ? and year = ? and used_people + ? <= people and used_families + ? <= families
      returning people`,
    [people, families, region, year, people, families],
  );
  if (updated.length === 1) return;
  const [quota] = await em.execute<{ people: number; families: number; used_people: number; used_families: number }[]>(
    'select people, families, used_people, used_families from resettlement_quota where region_code = ? and year = ?',
    [region, year],
  );
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

async function recordMovement(em: EntityManager, { application, at }: EffectSubject, year: number, movement: BudgetMovementType, amount: string): Promise<void> {
  await em.execute(
    `insert into budget_movement (application_id, seq, region_code, kind, year, movement, amount, at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [application.id, application.version + 1, application.region.code, application.kind, year, movement, amount, at],
  );
}

/** The reservation an application holds, if any: what a disbursement commits or a cancellation releases. */
async function reservationOf(em: EntityManager, applicationId: string): Promise<{ year: number; amount: string } | null> {
  const [row] = await em.execute<{ year: number; amount: string }[]>(
    `select year, amount::text as amount from budget_movement where application_id = ? and movement = 'RESERVE' order by id desc limit 1`,
    [applicationId],
  );
  return row ?? null;
}

/**
 * An approval reserves its amount against the region's limit for the kind and the year of the
 * decision. One conditional UPDATE: concurrent approvals can never together pass the limit.
 */
const reserveBudget: EffectHandler = async (em, subject, params) => {
  const amount = String(params.amount);
  const year = fiscalYearOf(subject.at);
  const { code: region } = subject.application.region;
  const { kind } = subject.application;
  const updated = await em.execute<{ year: number }[]>(
    `update funding_limit set reserved = reserved + ?::numeric, updated_at = now()
      where region_code = ? and kind = ? and year = ? and reserved + committed + ?::numeric <= limit_amount
      returning year`,
    [amount, region, kind, year, amount],
  );
  if (updated.length === 0) {
    const [limit] = await em.execute<LimitRow[]>(
      'select limit_amount::text, reserved::text, committed::text from funding_limit where region_code = ? and kind = ? and year = ?',
      [region, kind, year],
    );
    const left = limit ? moneyFromNumeric(limit.limit_amount) - moneyFromNumeric(limit.reserved) - moneyFromNumeric(limit.committed) : 0n;
    throw new BudgetExhaustedError(
      limit
        ? `the ${year} ${kind} limit of ${region} has ${describeMoney(left)} left; this approval needs ${describeMoney(moneyFromNumeric(amount))}`
        : `${region} has no ${kind} funding limit for ${year}; an administrator sets one`,
      { regionCode: region, kind, year, remaining: formatMoney(left), requested: amount },
    );
  }
  await recordMovement(em, subject, year, 'RESERVE', amount);
};

/** A disbursement turns the application's reservation into committed money. */
const commitBudget: EffectHandler = async (em, subject, params) => {
  const amount = String(params.amount);
  const reservation = await reservationOf(em, subject.application.id);
  const year = reservation?.year ?? fiscalYearOf(subject.at);
  const released = reservation?.amount ?? '0';
  // the check constraint keeps reserved + committed within the limit
  const updated = await em.execute<{ year: number }[]>(
    `update funding_limit set reserved = reserved - ?::numeric, committed = committed + ?::numeric, updated_at = now()
      where region_code = ? and kind = ? and year = ? returning year`,
    [released, amount, subject.application.region.code, subject.application.kind, year],
  );
  if (updated.length === 0) throw new BudgetExhaustedError(`${subject.application.region.code} has no ${subject.application.kind} funding limit for ${year}`);
  await recordMovement(em, subject, year, 'COMMIT', amount);
};

/** A cancellation after approval gives the reservation back to the limit. */
const releaseBudget: EffectHandler = async (em, subject) => {
  const reservation = await reservationOf(em, subject.application.id);
  if (!reservation) return;
  await em.execute(
    `update funding_limit set reserved = reserved - ?::numeric, updated_at = now() where region_code = ? and kind = ? and year = ?`,
    [reservation.amount, subject.application.region.code, subject.application.kind, reservation.year],
  );
  await recordMovement(em, subject, reservation.year, 'RELEASE', reservation.amount);
};

/**
 * The accountant's confirmation orders the payment: a pg-boss job enqueued in the same
 * transaction, keyed by the application, so the order exists exactly when the transition does.
 */
const enqueuePayment: EffectHandler = async (em, subject) => {
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
  await subject.queue.send(em, PAYMENTS_QUEUE, job);
};

const HANDLERS: Record<string, EffectHandler> = { reserveResettlementQuota, reserveBudget, commitBudget, releaseBudget, enqueuePayment };

/** Runs the machine's effects inside the action's transaction; a failure undoes the transition. */
export async function runEffects(em: EntityManager, effects: readonly Effect[], subject: EffectSubject): Promise<void> {
  for (const effect of effects) {
    const handler = HANDLERS[effect.type];
    if (!handler) throw new Error(`no handler for the effect ${effect.type}`);
    await handler(em, subject, effect.params);
  }
}
