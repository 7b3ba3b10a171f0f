import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../workflows/rules/roles';

/**
 * The administrator's opening of a fiscal year for back-entry (issue 15 point 1), as the CLI's
 * explicit `--open-back-entry <year>`: the import itself never opens a year. Business dates
 * beyond the window into a closed year are refused by the engine (BACK_ENTRY_CLOSED) and the
 * summary says how to open it.
 */
export async function openBackEntry(base: EntityManager, year: number, administrator: Actor): Promise<{ opened: boolean; message: string }> {
  const em = base.fork();
  const rows = await em.execute<Array<{ was: boolean }>>(
    `update fiscal_year set back_entry_open = true, updated_by = ?, updated_at = now() where year = ? returning true as was`,
    [administrator.id, year],
  );
  return rows.length === 1
    ? { opened: true, message: `${year} is open for back-entry (by ${administrator.id})` }
    : { opened: false, message: `${year} is not a fiscal year the programme knows: nothing opened` };
}
