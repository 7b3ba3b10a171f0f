import type { MigrationObject } from '@mikro-orm/core';

/** Every migration, in order. `npm run migration:create` writes a new file; add it here. */
export const MIGRATIONS: MigrationObject[] = [];
