import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** The history of an administrator's settings of a resettlement quota: one row per change. */
@Entity({ tableName: 'resettlement_quota_revision' })
@Index({ name: 'resettlement_quota_revision_key_idx', properties: ['regionCode', 'year', 'id'] })
export class ResettlementQuotaRevision {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  regionCode!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  people!: number;

  @Property({ type: 'integer' })
  families!: number;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  changedBy!: string;

  @Property({ type: 'timestamptz' })
  changedAt!: Date;
}
