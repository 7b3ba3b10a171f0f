import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { ApplicationKind } from '../../../workflows/definition';
import type { Tiyn } from '../../domain/money';
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
@Index({ name: 'application_applicant_idx', properties: ['applicant', 'submittedAt', 'id'] })
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

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** set when the application reaches a final state */
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
