import { Migration } from '@mikro-orm/migrations';

/**
 * The orders a region's list can be read in besides the newest first: by last change, and by the
 * running deadline (none sorts as infinitely far: the expression the list orders by). A list by
 * amount sorts the region's rows; it has no index of its own.
 */
export class Migration20261202011037_listing_orders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "application_region_deadline_idx" on "application" ("region_code", (coalesce("deadline_at", 'infinity'::timestamptz)), "id");`);
    this.addSql(`create index "application_region_updated_idx" on "application" ("region_code", "updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "application_region_deadline_idx";`);
    this.addSql(`drop index "application_region_updated_idx";`);
  }

}
