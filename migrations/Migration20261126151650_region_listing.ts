import { Migration } from '@mikro-orm/migrations';

export class Migration20261126151650_region_listing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "application_region_listing_idx" on "application" ("region_code", "submitted_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "application_region_listing_idx";`);
  }

}
