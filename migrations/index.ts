import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126115219_initial } from './Migration20261126115219_initial';
import { Migration20261126121901_microcredit } from './Migration20261126121901_microcredit';
import { Migration20261126123446_lifting } from './Migration20261126123446_lifting';
import { Migration20261126124531_budgets } from './Migration20261126124531_budgets';
import { Migration20261126130532_payments } from './Migration20261126130532_payments';
import { Migration20261126151650_region_listing } from './Migration20261126151650_region_listing';
import { Migration20261201120000_runtime_role } from './Migration20261201120000_runtime_role';
import { Migration20261210120000_reference_notify } from './Migration20261210120000_reference_notify';
import { Migration20261202011037_listing_orders } from './Migration20261202011037_listing_orders';
import { Migration20261211120000_business_dates } from './Migration20261211120000_business_dates';
import { Migration20261211130000_reference_revisions } from './Migration20261211130000_reference_revisions';

/**
 * Every migration, in order. `npm run migration:create -- name` writes a new file from the
 * difference between the entities and the committed snapshot; add it here.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261126115219_initial', class: Migration20261126115219_initial },
  { name: 'Migration20261126121901_microcredit', class: Migration20261126121901_microcredit },
  { name: 'Migration20261126123446_lifting', class: Migration20261126123446_lifting },
  { name: 'Migration20261126124531_budgets', class: Migration20261126124531_budgets },
  { name: 'Migration20261126130532_payments', class: Migration20261126130532_payments },
  { name: 'Migration20261126151650_region_listing', class: Migration20261126151650_region_listing },
  { name: 'Migration20261201120000_runtime_role', class: Migration20261201120000_runtime_role },
  { name: 'Migration20261210120000_reference_notify', class: Migration20261210120000_reference_notify },
  { name: 'Migration20261202011037_listing_orders', class: Migration20261202011037_listing_orders },
  { name: 'Migration20261211120000_business_dates', class: Migration20261211120000_business_dates },
  { name: 'Migration20261211130000_reference_revisions', class: Migration20261211130000_reference_revisions },
];
