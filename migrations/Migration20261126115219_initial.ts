import { Migration } from '@mikro-orm/migrations';

export class Migration20261126115219_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "application_kind" as enum ('grant', 'microcredit', 'lifting');`);
    this.addSql(`create table "fiscal_year" ("year" int not null, "mci" numeric(18,2) not null, "minimum_wage" numeric(18,2) not null, "note" text null, "updated_by" text not null, "updated_at" timestamptz not null default now(), constraint "fiscal_year_pkey" primary key ("year"));`);

    this.addSql(`create table "region" ("code" text not null, "name" text not null, "type" text not null, "former_names" jsonb not null default '[]', "established_year" int null, "formed_from" text null, constraint "region_pkey" primary key ("code"));`);

    this.addSql(`create table "applicant" ("id" uuid not null default gen_random_uuid(), "iin" char(12) not null, "full_name" text not null, "birth_date" date not null, "sex" text not null, "categories" text[] not null default '{}', "locality" text not null, "region_code" text not null, "settlement" text not null, "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "applicant_pkey" primary key ("id"));`);
    this.addSql(`alter table "applicant" add constraint "applicant_iin_unique" unique ("iin");`);

    this.addSql(`create table "application" ("id" uuid not null, "kind" "application_kind" not null, "machine_id" text not null, "machine_version" int not null, "state" text not null, "version" int not null, "snapshot" jsonb not null, "applicant_id" uuid not null, "region_code" text not null, "requested_amount" numeric(18,2) not null, "approved_amount" numeric(18,2) null, "disbursed_amount" numeric(18,2) null, "decision_fiscal_year" int null, "submitted_at" timestamptz not null, "updated_at" timestamptz not null, "finished_at" timestamptz null, constraint "application_pkey" primary key ("id"));`);
    this.addSql(`create index "application_applicant_idx" on "application" ("applicant_id", "submitted_at", "id");`);
    this.addSql(`create index "application_region_state_idx" on "application" ("region_code", "kind", "state", "submitted_at", "id");`);
    this.addSql(`create index "application_listing_idx" on "application" ("submitted_at", "id");`);

    this.addSql(`create table "transition_log" ("id" bigserial primary key, "application_id" uuid not null, "seq" int not null, "machine_version" int not null, "event_type" text not null, "from_state" text null, "to_state" text not null, "actor_id" text not null, "actor_roles" text[] not null, "event" jsonb not null, "at" timestamptz not null);`);
    this.addSql(`create index "transition_log_actor_idx" on "transition_log" ("actor_id", "at");`);
    this.addSql(`alter table "transition_log" add constraint "transition_log_application_seq_key" unique ("application_id", "seq");`);

    this.addSql(`alter table "applicant" add constraint "applicant_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "application" add constraint "application_applicant_id_foreign" foreign key ("applicant_id") references "applicant" ("id") on update cascade;`);
    this.addSql(`alter table "application" add constraint "application_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "transition_log" add constraint "transition_log_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete restrict;`);

    // rules the database keeps whatever code writes
    this.addSql(`alter table "fiscal_year" add constraint "fiscal_year_year_check" check ("year" between 2000 and 2100), add constraint "fiscal_year_amounts_check" check ("mci" > 0 and "minimum_wage" > 0);`);
    this.addSql(`alter table "applicant" add constraint "applicant_iin_format_check" check ("iin" ~ '^[0-9]{12}$');`);
    this.addSql(`alter table "application" add constraint "application_version_check" check ("version" >= 1), add constraint "application_amounts_check" check ("requested_amount" > 0 and coalesce("approved_amount", 0) >= 0 and coalesce("disbursed_amount", 0) >= 0);`);
    this.addSql(`alter table "transition_log" add constraint "transition_log_seq_check" check ("seq" >= 1);`);

    // the transition log is append-only: history is never rewritten, not even by the gateway
    this.addSql(`create function transition_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'transition_log is append-only: % is not allowed', tg_op using errcode = 'P0001';
      end;
    $$;`);
    this.addSql(`create trigger transition_log_no_update_delete before update or delete on "transition_log" for each row execute function transition_log_append_only();`);
    this.addSql(`create trigger transition_log_no_truncate before truncate on "transition_log" for each statement execute function transition_log_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists transition_log_no_truncate on "transition_log";`);
    this.addSql(`drop trigger if exists transition_log_no_update_delete on "transition_log";`);
    this.addSql(`drop function if exists transition_log_append_only();`);
    this.addSql(`alter table "applicant" drop constraint "applicant_region_code_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_region_code_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_applicant_id_foreign";`);

    this.addSql(`alter table "transition_log" drop constraint "transition_log_application_id_foreign";`);

    this.addSql(`drop table if exists "fiscal_year" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "applicant" cascade;`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "transition_log" cascade;`);

    this.addSql(`drop type "application_kind";`);
  }

}
