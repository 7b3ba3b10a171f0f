import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '../../workflows/errors';
import { BackEntryRevision } from './entities';

/** A fiscal year's back-entry setting: open or not, and every change with who and when, oldest first. */
export interface BackEntrySetting {
  year: number;
  open: boolean;
  history: BackEntryRevision[];
}

/** Years a back-entry opening may name (the table's check). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** A year's back-entry setting; closed when no administrator has ever changed it. */
export async function backEntryOf(em: EntityManager, year: number): Promise<BackEntrySetting> {
  const history = await em.find(BackEntryRevision, { year }, { orderBy: { id: 'asc' } });
  return { year, open: history.at(-1)?.open ?? false, history };
}

/**
 * Opens (or closes) a fiscal year for back-entry: actions dated more than `BACK_ENTRY_DAYS` back
 * are accepted in an open year (src/engine/business-date.ts). One revision row per change, kept
 * with who and when; the latest row of a year holds. The import opens a year through here too.
 */
export async function setBackEntry(
  em: EntityManager,
  change: { year: number; open: boolean; by: string; note?: string | null; at?: Date },
): Promise<BackEntrySetting> {
  if (!Number.isInteger(change.year) || change.year < FIRST_YEAR || change.year > LAST_YEAR) {
    throw ValidationError.single('year', 'YEAR_OUT_OF_RANGE', `a fiscal year is between ${FIRST_YEAR} and ${LAST_YEAR}`);
  }
  await em.execute('insert into back_entry_revision (year, open, note, changed_by, changed_at) values (?, ?, ?, ?, ?)', [
    change.year,
    change.open,
    change.note ?? null,
    change.by,
    change.at ?? new Date(),
  ]);
  return backEntryOf(em.fork(), change.year);
}
