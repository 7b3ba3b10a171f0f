import { Migration } from '@mikro-orm/migrations';

export class Migration20261126124531_budgets extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "funding_limit_revision" ("id" bigserial primary key, "region_code" text not null, "kind" "application_kind" not null, "year" int not null, "limit_amount" numeric(18,2) not null, "planned_count" int null, "planned_amount" numeric(18,2) null, "planned_jobs" int null, "note" text null, "changed_by" text not null, "changed_at" timestamptz not null);`);
    this.addSql(`create index "funding_limit_revision_key_idx" on "funding_limit_revision" ("region_code", "kind", "year", "changed_at");`);

    this.addSql(`create table "funding_limit" ("region_code" text not null, "kind" "application_kind" not null, "year" int not null, "limit_amount" numeric(18,2) not null, "reserved" numeric(18,2) not null default 0, "committed" numeric(18,2) not null default 0, "planned_count" int null, "planned_amount" numeric(18,2) null, "planned_jobs" int null, "note" text null, "updated_by" text not null, "updated_at" timestamptz not null default now(), constraint "funding_limit_pkey" primary key ("region_code", "kind", "year"), constraint funding_limit_within_check check (reserved >= 0 and committed >= 0 and reserved + committed <= limit_amount));`);

    this.addSql(`create table "budget_movement" ("id" bigserial primary key, "application_id" uuid not null, "seq" int not null, "region_code" text not null, "kind" "application_kind" not null, "year" int not null, "movement" text check ("movement" in ('RESERVE', 'COMMIT', 'RELEASE')) not null, "amount" numeric(18,2) not null, "at" timestamptz not null, constraint budget_movement_amount_check check (amount > 0));`);
    this.addSql(`create index "budget_movement_limit_idx" on "budget_movement" ("region_code", "kind", "year");`);

    this.addSql(`alter table "funding_limit" add constraint "funding_limit_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "budget_movement" add constraint "budget_movement_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "funding_limit_revision" cascade;`);

    this.addSql(`drop table if exists "funding_limit" cascade;`);

    this.addSql(`drop table if exists "budget_movement" cascade;`);
  }

}
