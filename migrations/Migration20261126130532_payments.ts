import { Migration } from '@mikro-orm/migrations';

export class Migration20261126130532_payments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "treasury_payment" ("id" bigserial primary key, "idempotency_key" text not null, "application_id" uuid not null, "kind" text not null, "amount" numeric(18,2) not null, "recipient_iin" text not null, "paid_at" timestamptz not null default now());`);
    this.addSql(`alter table "treasury_payment" add constraint "treasury_payment_idempotency_key" unique ("idempotency_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "treasury_payment" cascade;`);
  }

}
