import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { ApplicationKind } from '../../../workflows/definition';
import type { Tiyn } from '../../../workflows/rules/money';
import { MoneyType } from '../money-type';
import { Applicant } from './applicant.entity';
import { Region } from './region.entity';

/**
 * One application of any kind. The machine's persisted snapshot is the source of truth; state,
 * version and the amount columns are kept in step with it by the engine in the same
 * transaction, so lists and reports can filter and sum in SQL.
 */
@Entity({ tableName: 'application' })
@Index({ name: 'application_listing_idx', properties: ['submittedAt', 'id'] })
@Index({ name: 'application_region_state_idx', properties: ['region', 'kind', 'state', 'submittedAt', 'id'] })
// a region's list newest first, whatever states it asks for (a reviewer's queue): keyset order within the region
@Index({ name: 'application_region_listing_idx', properties: ['region', 'submittedAt', 'id'] })
// a region's list by last change, and by running deadline (none sorts as infinitely far: the list's order key)
@Index({ name: 'application_region_updated_idx', properties: ['region', 'updatedAt', 'id'] })
@Index({
  name: 'application_region_deadline_idx',
  expression: `create index "application_region_deadline_idx" on "application" ("region_code", (coalesce("deadline_at", 'infinity'::timestamptz)), "id")`,
})
@Index({ name: 'application_applicant_idx', properties: ['applicant', 'submittedAt', 'id'] })
@Index({ name: 'application_deadline_idx', properties: ['deadlineAt'] })
// one live claim per applicant and claim key (a lifting payment per person per move)
@Unique({
  name: 'application_dedup_key',
  expression: `create unique index "application_dedup_key" on "application" ("kind", "applicant_id", "dedup_key") where "dedup_key" is not null and "state" not in ('rejected', 'withdrawn', 'ineligible')`,
})
@Index({ name: 'application_next_due_idx', properties: ['kind', 'state', 'nextDueOn'] })
@Check({ name: 'application_version_check', expression: 'version >= 1' })
@Check({ name: 'application_amounts_check', expression: 'requested_amount > 0 and coalesce(approved_amount, 0) >= 0 and coalesce(disbursed_amount, 0) >= 0' })
export class Application {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: ['grant', 'microcredit', 'lifting'], nativeEnumName: 'application_kind' })
  kind!: ApplicationKind;

  @Property({ type: 'text' })
  machineId!: string;

  @Property({ type: 'integer' })
  machineVersion!: number;

  @Property({ type: 'text' })
  state!: string;

  /** the number of transitions so far; the transition log has one row per version */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @ManyToOne(() => Applicant, { ref: true })
  applicant!: Ref<Applicant>;

  @ManyToOne(() => Region, { ref: true, fieldName: 'region_code' })
  region!: Ref<Region>;

  @Property({ type: MoneyType })
  requestedAmount!: Tiyn;

  @Property({ type: MoneyType, nullable: true })
  approvedAmount: Tiyn | null = null;

  @Property({ type: MoneyType, nullable: true })
  disbursedAmount: Tiyn | null = null;

  /** the fiscal year whose parameters the decision used */
  @Property({ type: 'integer', nullable: true })
  decisionFiscalYear: number | null = null;

  /** a durable deadline the jobs act on when it passes (an unsigned contract) */
  @Property({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null = null;

  /** when the application missed its service deadline and was escalated */
  @Property({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null = null;

  /** what makes two applications the same claim (a lifting payment's move); unique while live */
  @Property({ type: 'text', nullable: true })
  dedupKey: string | null = null;

  /** the due date of the oldest unpaid instalment of a loan, for the daily overdue scan */
  @Property({ type: 'date', nullable: true })
  nextDueOn: string | null = null;

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** set when the application reaches a final state */
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  /** the latest business date of its events (the gateway's own leave it): a new event may not be dated earlier */
  @Property({ type: 'date' })
  lastOccurredOn!: string;
}
