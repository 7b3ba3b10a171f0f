import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Applicant, Region, TransitionLogEntry } from '../db/entities';

/**
 * Batches the relations a list of applications reaches, one query per relation per request
 * however long the list (no N+1).
 */
export function createLoaders(em: EntityManager) {
  return {
    applicant: new DataLoader<string, Applicant | undefined>(async (ids) => {
      const rows = await em.find(Applicant, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
    region: new DataLoader<string, Region | undefined>(async (codes) => {
      const rows = await em.find(Region, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code));
    }),
    history: new DataLoader<string, TransitionLogEntry[]>(async (applicationIds) => {
      const rows = await em.find(
        TransitionLogEntry,
        { application: { $in: [...applicationIds] } },
        { orderBy: { application: 'asc', seq: 'asc' } },
      );
      const byApplication = new Map<string, TransitionLogEntry[]>();
      for (const row of rows) {
        const list = byApplication.get(row.application.id) ?? [];
        list.push(row);
        byApplication.set(row.application.id, list);
      }
      return applicationIds.map((id) => byApplication.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
