import { Migration } from '@mikro-orm/migrations';

/**
 * Every change an administrator makes to reference data is kept, with who and when, as the
 * funding limits' changes already are (funding_limit_revision): the fiscal years' parameters and
 * the resettlement quotas get their revision tables. Written by hand. The runtime role may read
 * and insert them and nothing more, so a revision cannot be rewritten by the gateway.
 */
export class Migration20261211130000_reference_revisions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "fiscal_year_revision" ("id" bigserial primary key, "year" int not null, "mci" numeric(18,2) not null, "minimum_wage" numeric(18,2) not null, "note" text null, "changed_by" text not null, "changed_at" timestamptz not null);`);
    this.addSql(`create index "fiscal_year_revision_year_idx" on "fiscal_year_revision" ("year", "id");`);
    this.addSql(`create table "resettlement_quota_revision" ("id" bigserial primary key, "region_code" text not null, "year" int not null, "people" int not null, "families" int not null, "note" text null, "changed_by" text not null, "changed_at" timestamptz not null);`);
    this.addSql(`create index "resettlement_quota_revision_key_idx" on "resettlement_quota_revision" ("region_code", "year", "id");`);
    this.addSql(`grant select, insert on "fiscal_year_revision", "resettlement_quota_revision" to gateway_runtime;`);
    this.addSql(`grant usage, select on sequence "fiscal_year_revision_id_seq", "resettlement_quota_revision_id_seq" to gateway_runtime;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "resettlement_quota_revision" cascade;`);
    this.addSql(`drop table if exists "fiscal_year_revision" cascade;`);
  }

}
