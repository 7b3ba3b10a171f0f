import { Migration } from '@mikro-orm/migrations';

/**
 * The historical import's ledger of external ids (src/import/). The runtime role inserts and
 * reads it (the administrator's import mutation), never updates or deletes: an imported row
 * stays imported.
 */
export class Migration20261202040000_imported_rows extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "imported_row" ("external_id" text not null, "content_hash" text not null, "application_id" uuid not null, "source" text not null, "imported_by" text not null, "imported_at" timestamptz not null, constraint "imported_row_pkey" primary key ("external_id"));`);
    this.addSql(`grant select, insert on "imported_row" to gateway_runtime;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "imported_row" cascade;`);
  }

}
