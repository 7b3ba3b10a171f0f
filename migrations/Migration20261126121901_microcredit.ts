import { Migration } from '@mikro-orm/migrations';

export class Migration20261126121901_microcredit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "microcredit_terms" ("year" int not null, "product" text not null, "eligible_categories" text[] not null default '{}', "max_amount" numeric(18,2) not null, "max_rate_bp" int not null, "min_term_months" int not null, "max_term_months" int not null, "contract_days" int not null, "write_off_after_days" int not null, "note" text null, constraint "microcredit_terms_pkey" primary key ("year", "product"), constraint microcredit_terms_limits_check check (max_amount > 0 and max_rate_bp between 0 and 10000 and min_term_months >= 1 and max_term_months >= min_term_months and contract_days >= 1 and write_off_after_days >= 1));`);

    this.addSql(`alter table "application" add column "deadline_at" timestamptz null, add column "next_due_on" date null;`);
    this.addSql(`create index "application_next_due_idx" on "application" ("kind", "state", "next_due_on");`);
    this.addSql(`create index "application_deadline_idx" on "application" ("deadline_at");`);

    // a bank's payment reference is recorded once across all loans, whatever the concurrency
    this.addSql(`create unique index "transition_log_repayment_reference_key" on "transition_log" ((event->>'reference')) where event_type = 'RECORD_REPAYMENT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "transition_log_repayment_reference_key";`);
    this.addSql(`drop table if exists "microcredit_terms" cascade;`);

    this.addSql(`drop index "application_next_due_idx";`);
    this.addSql(`drop index "application_deadline_idx";`);
    this.addSql(`alter table "application" drop column "deadline_at", drop column "next_due_on";`);
  }

}
