import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { APPLICANT_COLUMNS, type ApplicantRow } from '../db/applicants';
import { historyKey, historySelectList, type HistoryRow, type HistorySelection } from '../db/history-records';

export type { ApplicantRow } from '../db/applicants';
export type { HistoryColumns, HistoryRow } from '../db/history-records';

const APPLICANT_SELECT = `ap.id, ${Object.entries(APPLICANT_COLUMNS)
  .map(([name, sql]) => `${sql} as "${name}"`)
  .join(', ')}`;

function historyLoader(em: EntityManager, { last, columns }: HistorySelection): DataLoader<string, HistoryRow[]> {
  const select = historySelectList(columns);
  return new DataLoader<string, HistoryRow[]>(async (applicationIds) => {
    type Row = HistoryRow & { applicationId: string };
    // the newest `last` entries of each application, limited in SQL (the log's (application_id, seq)
    // index walked backwards per application), in one statement for the whole page
    const rows =
      last === null
        ? await em.execute<Row[]>(
            `select t.application_id as "applicationId", ${select} from transition_log t where t.application_id in (?) order by t.application_id, t.seq`,
            [[...applicationIds]],
          )
        : await em.execute<Row[]>(
            `select p.id as "applicationId", h.* from unnest(array[?]::uuid[]) as p(id)
               cross join lateral (select ${select} from transition_log t where t.application_id = p.id order by seq desc limit ?) h
              order by p.id, h.seq`,
            [[...applicationIds], last],
          );
    const byApplication = new Map<string, HistoryRow[]>();
    for (const row of rows) {
      const { applicationId } = row;
      row.at = new Date(row.at);
      const list = byApplication.get(applicationId);
      if (list) list.push(row);
      else byApplication.set(applicationId, [row]);
    }
    return applicationIds.map((id) => byApplication.get(id) ?? []);
  });
}

/**
 * Batches the relations a list of applications reaches, one query per relation per request
 * however long the list (no N+1).
 *
 * Applicants and history entries are read as plain rows, not ORM entities: a page is read-only,
 * and hydrating and tracking ~300 entities per reviewer page cost more than the rest of the
 * request (measured with `npm run bench`: see the README's Performance section). A page joins its
 * applicants in its own statement (db/application-records.ts); the applicant loader is for an
 * application read otherwise (a mutation's answer, a subscription's).
 */
export function createLoaders(em: EntityManager) {
  const histories = new Map<string, DataLoader<string, HistoryRow[]>>();
  return {
    /** an administrator's changes of the fiscal years asked for, oldest first, in one statement */
    fiscalYearRevisions: new DataLoader<number, FiscalYearRevisionRow[]>(async (years) => {
      const rows = await em.execute<FiscalYearRevisionRow[]>(
        `select year, mci::text, minimum_wage::text as "minimumWage", note, changed_by as "changedBy", changed_at as "changedAt"
           from fiscal_year_revision where year in (?) order by year, id`,
        [[...years]],
      );
      return years.map((year) => rows.filter((row) => row.year === year));
    }),
    /** the changes of the resettlement quotas asked for (key: region code and year), oldest first */
    quotaRevisions: new DataLoader<string, QuotaRevisionRow[]>(async (keys) => {
      const rows = await em.execute<(QuotaRevisionRow & { key: string })[]>(
        `select region_code || ':' || year as key, people, families, note, changed_by as "changedBy", changed_at as "changedAt"
           from resettlement_quota_revision where region_code || ':' || year in (?) order by region_code, year, id`,
        [[...keys]],
      );
      return keys.map((key) => rows.filter((row) => row.key === key));
    }),
    applicant: new DataLoader<string, ApplicantRow | undefined>(async (ids) => {
      const rows = await em.execute<ApplicantRow[]>(`select ${APPLICANT_SELECT} from applicant ap where ap.id in (?)`, [[...ids]]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
    /**
     * The history loader for one selection: the histories of applications whose statement did not
     * read them (a mutation's answer, a second selection under an alias), in one statement.
     */
    history(selection: HistorySelection): DataLoader<string, HistoryRow[]> {
      const key = historyKey(selection);
      let loader = histories.get(key);
      if (!loader) {
        loader = historyLoader(em, selection);
        histories.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** A fiscal year's revision as read: money still the database's decimal text. */
export interface FiscalYearRevisionRow {
  year: number;
  mci: string;
  minimumWage: string;
  note: string | null;
  changedBy: string;
  changedAt: Date;
}

/** A resettlement quota's revision as read. */
export interface QuotaRevisionRow {
  people: number;
  families: number;
  note: string | null;
  changedBy: string;
  changedAt: Date;
}
