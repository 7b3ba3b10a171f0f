import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ApplicantCategory, Locality } from '../domain/categories';
import { Region, type TransitionLogEntry } from '../db/entities';

/** What a page shows of an applicant. */
export interface ApplicantRow {
  id: string;
  iin: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  categories: ApplicantCategory[];
  locality: Locality;
  regionCode: string;
  settlement: string;
}

/** One entry of an application's transition log, as a page shows it. */
export type HistoryRow = Pick<TransitionLogEntry, 'seq' | 'eventType' | 'fromState' | 'toState' | 'machineVersion' | 'event' | 'at'>;

/**
 * Batches the relations a list of applications reaches, one query per relation per request
 * however long the list (no N+1).
 *
 * Applicants and history entries are read as plain rows, not ORM entities: a page is read-only,
 * and hydrating and tracking ~300 entities per reviewer page cost more than the rest of the
 * request (measured with `npm run bench`: see the README's Performance section).
 */
export function createLoaders(em: EntityManager) {
  return {
    applicant: new DataLoader<string, ApplicantRow | undefined>(async (ids) => {
      const rows = await em.execute<ApplicantRow[]>(
        `select id, iin, full_name as "fullName", birth_date::text as "birthDate", sex, categories, locality,
                region_code as "regionCode", settlement
           from applicant where id in (?)`,
        [[...ids]],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
    region: new DataLoader<string, Region | undefined>(async (codes) => {
      const rows = await em.find(Region, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code));
    }),
    history: new DataLoader<string, HistoryRow[]>(async (applicationIds) => {
      const rows = await em.execute<Array<Omit<HistoryRow, 'at'> & { applicationId: string; at: string }>>(
        `select application_id as "applicationId", seq, event_type as "eventType", from_state as "fromState",
                to_state as "toState", machine_version as "machineVersion", event, at
           from transition_log where application_id in (?) order by application_id, seq`,
        [[...applicationIds]],
      );
      const byApplication = new Map<string, HistoryRow[]>();
      for (const { applicationId, at, ...entry } of rows) {
        const list = byApplication.get(applicationId) ?? [];
        list.push({ ...entry, at: new Date(at) });
        byApplication.set(applicationId, list);
      }
      return applicationIds.map((id) => byApplication.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
