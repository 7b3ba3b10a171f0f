import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** A former name of a region and the last year it was used (Nur-Sultan until 2022, …). */
export interface FormerName {
  name: string;
  until: number;
}

@Entity({ tableName: 'region' })
export class Region {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  /** 'REGION' (oblys) or 'CITY' (city of republican significance) */
  @Property({ type: 'text' })
  type!: 'REGION' | 'CITY';

  @Property({ type: 'jsonb', default: '[]' })
  formerNames: FormerName[] = [];

  /** the year a region was formed, for the three formed in 2022; null for the older ones */
  @Property({ type: 'integer', nullable: true })
  establishedYear: number | null = null;

  /** the region it was carved out of */
  @Property({ type: 'text', nullable: true })
  formedFrom: string | null = null;
}
