import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Application } from './application.entity';

/**
 * One row per accepted event: who, when, from, to, and the event with its facts, so the log
 * replays to the stored snapshot. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity({ tableName: 'transition_log' })
@Unique({ name: 'transition_log_application_seq_key', properties: ['application', 'seq'] })
@Index({ name: 'transition_log_actor_idx', properties: ['actorId', 'at'] })
// a bank's payment reference is recorded once across all loans, whatever the concurrency
@Unique({
  name: 'transition_log_repayment_reference_key',
  expression: `create unique index "transition_log_repayment_reference_key" on "transition_log" ((event->>'reference')) where event_type = 'RECORD_REPAYMENT'`,
})
@Check({ name: 'transition_log_seq_check', expression: 'seq >= 1' })
export class TransitionLogEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application!: Ref<Application>;

  /** the application's version after this transition: 1 for the submission */
  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'integer' })
  machineVersion!: number;

  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'text', nullable: true })
  fromState: string | null = null;

  @Property({ type: 'text' })
  toState!: string;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text[]' })
  actorRoles!: string[];

  /** the whole event as the machine received it, facts included */
  @Property({ type: 'jsonb' })
  event!: Record<string, unknown>;

  /** when the gateway recorded it */
  @Property({ type: 'timestamptz' })
  at!: Date;

  /** the business date: the day it happened in the world (programme time); `event.on` on events that carry one */
  @Property({ type: 'date' })
  occurredOn!: string;
}
