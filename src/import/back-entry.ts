import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../workflows/rules/roles';

/**
 * The administrator's opening of a fiscal year for back-entry (issue 15 point 1), as the CLI's
 * explicit `--open-back-entry <year>`: the import itself never opens a year. Business dates
 * beyond the window into a closed year are refused by the engine (BACK_ENTRY_CLOSED) and the
 * summary says how to open it. One revision row, with who and when, as the mutation writes.
 */
export async function openBackEntry(base: EntityManager, year: number, administrator: Actor, note: string): Promise<{ message: string }> {
  const em = base.fork();
  await em.execute('insert into back_entry_revision (year, open, note, changed_by, changed_at) values (?, true, ?, ?, now())', [year, note, administrator.id]);
  return { message: `${year} is open for back-entry (by ${administrator.id})` };
}
