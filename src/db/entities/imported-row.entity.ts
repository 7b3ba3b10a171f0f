import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row of a historical import (src/import/), keyed by the external id the file gives it:
 * the same row again is skipped, the same id with other content refused. Written in the
 * transaction of the application's events, so it exists exactly when they do.
 */
@Entity({ tableName: 'imported_row' })
export class ImportedRow {
  @PrimaryKey({ type: 'text' })
  externalId!: string;

  /** sha-256 of the row's canonical JSON */
  @Property({ type: 'text' })
  contentHash!: string;

  @Property({ type: 'uuid' })
  applicationId!: string;

  /** the file (or the mutation) it came from */
  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text' })
  importedBy!: string;

  @Property({ type: 'timestamptz' })
  importedAt!: Date;
}
