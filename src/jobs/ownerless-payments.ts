import type { EntityManager } from '@mikro-orm/postgresql';
import { PAYMENTS_QUEUE, type PaymentJob } from '../engine/effects';

/** The last payment job of an application whose payment is still PENDING though no job is left to finish it. */
export interface OwnerlessPayment {
  jobId: string;
  order: PaymentJob;
  /** the pg-boss state the job ended in (failed, cancelled; created or retry if archived unrun) */
  state: string;
  /** the attempts the job made */
  attempts: number;
  expireSeconds: number;
  /** what pg-boss recorded as the job's output (the error of its last attempt) */
  output: unknown;
}

interface Row {
  job_id: string;
  data: PaymentJob;
  state: string;
  retry_count: number;
  started: boolean;
  expire_seconds: number;
  output: unknown;
}

/**
 * Payments no job will ever finish. The job that pays reports its result to the machine before it
 * completes, so a payment still PENDING with no payment job created, waiting for a retry or active
 * lost its owner: the worker was killed or cut off on the last attempt and pg-boss expired the job
 * without calling the handler, it was shut down while active, or it was cancelled or archived
 * unrun. Ended jobs stay in pg-boss's job table for 12 hours and in its archive for 7 days.
 *
 * Completed jobs (nearly all of them) are left out, so the candidates are few and each is checked
 * against its application by primary key, never by scanning the applications' snapshots.
 */
export async function findOwnerlessPayments(em: EntityManager, jobsSchema: string): Promise<OwnerlessPayment[]> {
  const rows = await em.execute<Row[]>(
    `with ended as (
       select id, data, state::text as state, retry_count, started_on, expire_in, output, created_on
         from ${jobsSchema}.job where name = ? and state in ('failed', 'cancelled')
       union all
       select id, data, state::text, retry_count, started_on, expire_in, output, created_on
         from ${jobsSchema}.archive where name = ? and state <> 'completed'
     ), latest as (
       select distinct on (data->>'applicationId') * from ended order by data->>'applicationId', created_on desc, id desc
     )
     select l.id::text as job_id, l.data, l.state, l.retry_count, l.started_on is not null as started,
            extract(epoch from l.expire_in)::int as expire_seconds, l.output
       from latest l
       join application a on a.id = (l.data->>'applicationId')::uuid
      where a.snapshot #>> '{context,payment,status}' = 'PENDING'
        and not exists (
              select 1 from ${jobsSchema}.job live
               where live.name = ? and live.state < 'completed' and live.data->>'applicationId' = l.data->>'applicationId')`,
    [PAYMENTS_QUEUE, PAYMENTS_QUEUE, PAYMENTS_QUEUE],
  );
  return rows.map((row) => ({
    jobId: row.job_id,
    order: row.data,
    state: row.state,
    attempts: row.started ? row.retry_count + 1 : row.retry_count,
    expireSeconds: row.expire_seconds,
    output: row.output,
  }));
}

/** pg-boss's own messages for a job it failed without its handler. */
const EXPIRED = 'job failed by timeout in active state';
const HANDLER_TIMEOUT = /^handler execution exceeded/;
const SHUTDOWN = 'pg-boss shut down while active';

function outputMessage(output: unknown): string | null {
  if (!output || typeof output !== 'object') return null;
  const { message, value } = output as { message?: unknown; value?: unknown };
  if (typeof message === 'string') return message;
  // pg-boss wraps a plain value it was failed with (its shutdown message) as { value }
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') return (value as { message: string }).message;
  return null;
}

/** The incident's cause, in the accountant's words, from how the job ended. */
export function causeOf(payment: OwnerlessPayment): string {
  const message = outputMessage(payment.output);
  switch (payment.state) {
    case 'failed':
      if (message === EXPIRED || (message !== null && HANDLER_TIMEOUT.test(message))) {
        return `the payment attempt did not finish within ${payment.expireSeconds} s (expired)`;
      }
      if (message === SHUTDOWN) return 'the payment attempt was interrupted: the server shut down while paying';
      return message ?? 'the payment job failed';
    case 'cancelled':
      return 'the payment job was cancelled';
    default:
      return 'the payment job was archived before it ran';
  }
}
