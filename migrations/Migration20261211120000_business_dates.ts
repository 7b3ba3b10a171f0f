import { Migration } from '@mikro-orm/migrations';

/**
 * Business dates (README "Business dates"): the day each event happened in the world, beside the
 * instant it was recorded. Existing rows get the local date (UTC+5, programme time) of their
 * instant, which is what the machines read as their date until now, so their replays are
 * unchanged. The transition log is append-only: its row trigger is disabled for the backfill
 * only, inside this migration's transaction, which runs as the tables' owner (the runtime role
 * cannot do the same: src/db/runtime-role.ts).
 */
export class Migration20261211120000_business_dates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "transition_log" add column "occurred_on" date null;`);
    this.addSql(`alter table "transition_log" disable trigger "transition_log_no_update_delete";`);
    this.addSql(`update "transition_log" set "occurred_on" = (("at" at time zone 'UTC') + interval '5 hours')::date;`);
    this.addSql(`alter table "transition_log" enable trigger "transition_log_no_update_delete";`);
    this.addSql(`alter table "transition_log" alter column "occurred_on" set not null;`);

    this.addSql(`alter table "budget_movement" add column "occurred_on" date null;`);
    this.addSql(`update "budget_movement" set "occurred_on" = (("at" at time zone 'UTC') + interval '5 hours')::date;`);
    this.addSql(`alter table "budget_movement" alter column "occurred_on" set not null;`);
    // the report's asOf reads the ledger by business date
    this.addSql(`create index "budget_movement_occurred_idx" on "budget_movement" ("region_code", "kind", "year", "occurred_on");`);

    // the latest business date of an application's events, read under its row lock: a new event may not be earlier
    this.addSql(`alter table "application" add column "last_occurred_on" date null;`);
    this.addSql(`update "application" a set "last_occurred_on" = coalesce((select max(t."occurred_on") from "transition_log" t where t."application_id" = a."id"), ((a."updated_at" at time zone 'UTC') + interval '5 hours')::date);`);
    this.addSql(`alter table "application" alter column "last_occurred_on" set not null;`);

    // an administrator's opening (or closing) of a fiscal year for back-entry, kept as revisions: the latest row of a year holds
    this.addSql(`create table "back_entry_revision" ("id" bigserial primary key, "year" int not null, "open" boolean not null, "note" text null, "changed_by" text not null, "changed_at" timestamptz not null, constraint back_entry_revision_year_check check (year >= 2000 and year <= 2100));`);
    this.addSql(`create index "back_entry_revision_year_idx" on "back_entry_revision" ("year", "id");`);
    this.addSql(`grant select, insert on "back_entry_revision" to gateway_runtime;`);
    this.addSql(`grant usage, select on sequence "back_entry_revision_id_seq" to gateway_runtime;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "back_entry_revision";`);
    this.addSql(`alter table "application" drop column "last_occurred_on";`);
    this.addSql(`drop index if exists "budget_movement_occurred_idx";`);
    this.addSql(`alter table "budget_movement" drop column "occurred_on";`);
    this.addSql(`alter table "transition_log" drop column "occurred_on";`);
  }

}
