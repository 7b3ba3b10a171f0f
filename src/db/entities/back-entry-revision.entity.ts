import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An administrator's opening (or closing) of a fiscal year for back-entry: actions dated further
 * back than `BACK_ENTRY_DAYS` are accepted in an open year. One row per change, who and when;
 * a year's latest row holds.
 */
@Entity({ tableName: 'back_entry_revision' })
@Index({ name: 'back_entry_revision_year_idx', properties: ['year', 'id'] })
@Check({ name: 'back_entry_revision_year_check', expression: 'year >= 2000 and year <= 2100' })
export class BackEntryRevision {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'boolean' })
  open!: boolean;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  changedBy!: string;

  @Property({ type: 'timestamptz' })
  changedAt!: Date;
}
