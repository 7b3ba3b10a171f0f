import { Migration } from '@mikro-orm/migrations';

const TABLES = ['region', 'fiscal_year', 'microcredit_terms'];

/**
 * Every replica keeps the reference data in memory (src/graphql/reference-cache.ts). A write to
 * a reference table notifies them in its own transaction, whoever writes: the admin mutation,
 * the seed of a replica that starts, a fix run by hand. PostgreSQL sends the notification at
 * commit, never for a rolled-back write; one per statement, with the table's name.
 */
export class Migration20261210120000_reference_notify extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "gateway_reference_changed"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('gateway_reference_changed', tg_table_name);
        return null;
      end $$;`);
    for (const table of TABLES) {
      this.addSql(`create trigger "${table}_reference_changed" after insert or update or delete or truncate on "${table}"
        for each statement execute function "gateway_reference_changed"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) this.addSql(`drop trigger if exists "${table}_reference_changed" on "${table}";`);
    this.addSql(`drop function if exists "gateway_reference_changed"();`);
  }

}
