import type { QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationKind } from '../../workflows/definition';
import { moneyFromNumeric, type Tiyn } from '../domain/money';
import { Application } from './entities';

/**
 * An application as the API shows it: a managed entity, or a plain record read for a list.
 * The relations are only their keys, which is all a view needs (relations go through loaders).
 */
export type ApplicationRecord = Omit<Application, 'applicant' | 'region'> & { applicant: { id: string }; region: { code: string } };

type Column = string | number | null;

const money = (value: Column): Tiyn | null => (value === null ? null : moneyFromNumeric(String(value)));
const instant = (value: Column | Date): Date | null => (value === null ? null : value instanceof Date ? value : new Date(String(value)));

function recordOf(raw: Record<string, unknown>): ApplicationRecord {
  const column = (name: string) => raw[name] as Column;
  return {
    id: String(raw.id),
    kind: raw.kind as ApplicationKind,
    machineId: String(raw.machine_id),
    machineVersion: Number(raw.machine_version),
    state: String(raw.state),
    version: Number(raw.version),
    snapshot: raw.snapshot as Record<string, unknown>,
    applicant: { id: String(raw.applicant_id) },
    region: { code: String(raw.region_code) },
    requestedAmount: money(column('requested_amount'))!,
    approvedAmount: money(column('approved_amount')),
    disbursedAmount: money(column('disbursed_amount')),
    decisionFiscalYear: raw.decision_fiscal_year === null ? null : Number(raw.decision_fiscal_year),
    deadlineAt: instant(column('deadline_at')),
    escalatedAt: instant(column('escalated_at')),
    dedupKey: raw.dedup_key === null ? null : String(raw.dedup_key),
    nextDueOn: raw.next_due_on === null ? null : String(raw.next_due_on),
    submittedAt: instant(column('submitted_at'))!,
    updatedAt: instant(column('updated_at'))!,
    finishedAt: instant(column('finished_at')),
  };
}

/**
 * A page of applications, newest first, as plain records: a list is read-only, and hydrating and
 * tracking entities cost more than the query itself (measured: 51 applications 10.7 ms as
 * entities, 1.8 ms as rows). The filter is the ORM's own, so the query is the same as `em.find`'s.
 */
export async function findApplicationRecords(em: EntityManager, where: QBFilterQuery<Application>, limit: number): Promise<ApplicationRecord[]> {
  const rows: Array<Record<string, unknown>> = await em
    .createQueryBuilder(Application, 'a')
    .select('a.*')
    .where(where)
    .orderBy({ submittedAt: 'desc', id: 'desc' })
    .limit(limit)
    .execute('all', false);
  return rows.map(recordOf);
}
