import { Check, Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Region } from './region.entity';

/**
 * A receiving region's yearly resettlement quota (people and families) and how much of it
 * approvals have used. The used counters move only by a conditional UPDATE in the approval's
 * transaction, and a check keeps them within the quota whatever the concurrency.
 */
@Entity({ tableName: 'resettlement_quota' })
@Check({ name: 'resettlement_quota_within_check', expression: 'used_people <= people and used_families <= families and used_people >= 0 and used_families >= 0' })
export class ResettlementQuota {
  [PrimaryKeyProp]?: ['region', 'year'];

  @ManyToOne(() => Region, { ref: true, primary: true, fieldName: 'region_code' })
  region!: Ref<Region>;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  people!: number;

  @Property({ type: 'integer' })
  families!: number;

  @Property({ type: 'integer', default: 0 })
  usedPeople: number = 0;

  @Property({ type: 'integer', default: 0 })
  usedFamilies: number = 0;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  updatedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
