import { Migration } from '@mikro-orm/migrations';

export class Migration20261126123446_lifting extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "resettlement_quota" ("region_code" text not null, "year" int not null, "people" int not null, "families" int not null, "used_people" int not null default 0, "used_families" int not null default 0, "note" text null, "updated_by" text not null, "updated_at" timestamptz not null default now(), constraint "resettlement_quota_pkey" primary key ("region_code", "year"), constraint resettlement_quota_within_check check (used_people <= people and used_families <= families and used_people >= 0 and used_families >= 0));`);

    this.addSql(`alter table "resettlement_quota" add constraint "resettlement_quota_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "application" add column "escalated_at" timestamptz null, add column "dedup_key" text null;`);
    this.addSql(`create unique index "application_dedup_key" on "application" ("kind", "applicant_id", "dedup_key") where "dedup_key" is not null and "state" not in ('rejected', 'withdrawn', 'ineligible');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "resettlement_quota" cascade;`);

    this.addSql(`drop index if exists "application_dedup_key";`);
    this.addSql(`alter table "application" drop column "escalated_at", drop column "dedup_key";`);
  }

}
