import { Migration } from '@mikro-orm/migrations';

/** The test kind's migration: its name in the `application_kind` type; it stores no new column. */
export class Migration20261202120000_practice_kind extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "application_kind" add value if not exists 'practice';`);
  }
}
