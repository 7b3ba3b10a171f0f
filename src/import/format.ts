import { createHash } from 'node:crypto';
import type { ApplicationKind } from '../../workflows/definition';
import { isRole, type Role } from '../../workflows/rules/roles';

/**
 * The historical import's file: JSON Lines, one record a line (data/import/README in the main
 * README, section "Import"). A line is a unit the summary can name; an application and all its
 * events are one line, so "nothing half-imported" is "one line, one transaction".
 *
 * - `{"record":"fiscalYear","year":2020,"mci":"2778.00","minimumWage":"42500.00","note":…}`
 * - `{"record":"plan","regionCode":"AKM","kind":"microcredit","year":2020,"limitAmount":…,"plannedCount":…,"plannedAmount":…,"note":…}`
 * - `{"record":"resettlementQuota","regionCode":"ZAP","year":2020,"people":26,"families":26,"note":…}`
 * - `{"record":"application","externalId":…,"kind":…,"regionCode":…,"submittedOn":"2020-02-03",
 *    "applicant":{iin,fullName,categories,locality,settlement},"payload":{proposal|request|move},
 *    "events":[{"type":"START_REVIEW","on":"2020-02-05"},…]}`
 */
export type ImportRecord = FiscalYearRecord | PlanRecord | QuotaRecord | ApplicationRow;

export interface FiscalYearRecord {
  record: 'fiscalYear';
  year: number;
  mci: string;
  minimumWage: string;
  note?: string;
}

export interface PlanRecord {
  record: 'plan';
  regionCode: string;
  kind: ApplicationKind;
  year: number;
  limitAmount: string;
  plannedCount: number | null;
  plannedAmount: string | null;
  plannedJobs?: number | null;
  note?: string;
}

/** A receiving region's resettlement quota of a year (what a lifting approval reserves room in). */
export interface QuotaRecord {
  record: 'resettlementQuota';
  regionCode: string;
  year: number;
  people: number;
  families: number;
  note?: string;
}

export interface ImportedEvent {
  type: string;
  /** the business date: when it happened in the world */
  on: string;
  /** who acted, as the file names them (made distinct per role and region when absent) */
  by?: string;
  /** the role the actor acted in, where the event's type leaves it open (REJECT) */
  role?: Role;
  [field: string]: unknown;
}

export interface ApplicationRow {
  record: 'application';
  externalId: string;
  kind: ApplicationKind;
  regionCode: string;
  submittedOn: string;
  /** the machine version the application was opened under; the latest when absent */
  machineVersion?: number;
  applicant: { iin: string; fullName: string; categories: string[]; locality: 'RURAL' | 'URBAN'; settlement: string };
  payload: Record<string, unknown>;
  events: ImportedEvent[];
}

/** A line that cannot be read as a record: its reason, as a refusal names it. */
export class FormatError extends Error {}

const KINDS: readonly string[] = ['grant', 'microcredit', 'lifting'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONEY = /^\d{1,16}\.\d{2}$/;
const EXTERNAL_ID = /^[A-Za-z0-9][A-Za-z0-9._:\-/]{0,127}$/;

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FormatError(`${what} must be an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, what: string, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.trim() === '') throw new FormatError(`${what} must be non-empty text`);
  if (pattern && !pattern.test(value)) throw new FormatError(`${what} "${value.slice(0, 40)}" is not in the expected form`);
  return value;
}

function int(value: unknown, what: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new FormatError(`${what} must be a whole number`);
  return value as number;
}

/** Reads one line; throws FormatError naming what is wrong. Content rules (IIN, region, amounts) are the engine's. */
export function parseRecord(line: string): ImportRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new FormatError('the line is not JSON');
  }
  const record = object(raw, 'a line');
  switch (record.record) {
    case 'fiscalYear':
      return {
        record: 'fiscalYear',
        year: int(record.year, 'year'),
        mci: text(record.mci, 'mci', MONEY),
        minimumWage: text(record.minimumWage, 'minimumWage', MONEY),
        ...(typeof record.note === 'string' ? { note: record.note } : {}),
      };
    case 'plan': {
      const kind = text(record.kind, 'kind');
      if (!KINDS.includes(kind)) throw new FormatError(`kind "${kind}" is none of ${KINDS.join(', ')}`);
      return {
        record: 'plan',
        regionCode: text(record.regionCode, 'regionCode'),
        kind: kind as ApplicationKind,
        year: int(record.year, 'year'),
        limitAmount: text(record.limitAmount, 'limitAmount', MONEY),
        plannedCount: record.plannedCount == null ? null : int(record.plannedCount, 'plannedCount'),
        plannedAmount: record.plannedAmount == null ? null : text(record.plannedAmount, 'plannedAmount', MONEY),
        plannedJobs: record.plannedJobs == null ? null : int(record.plannedJobs, 'plannedJobs'),
        ...(typeof record.note === 'string' ? { note: record.note } : {}),
      };
    }
    case 'resettlementQuota':
      return {
        record: 'resettlementQuota',
        regionCode: text(record.regionCode, 'regionCode'),
        year: int(record.year, 'year'),
        people: int(record.people, 'people'),
        families: int(record.families, 'families'),
        ...(typeof record.note === 'string' ? { note: record.note } : {}),
      };
    case 'application': {
      const kind = text(record.kind, 'kind');
      if (!KINDS.includes(kind)) throw new FormatError(`kind "${kind}" is none of ${KINDS.join(', ')}`);
      const applicant = object(record.applicant, 'applicant');
      if (!Array.isArray(record.events)) throw new FormatError('events must be a list');
      const events = record.events.map((value, index): ImportedEvent => {
        const event = object(value, `events.${index}`);
        const type = text(event.type, `events.${index}.type`, /^[A-Z_]+$/);
        if (type === 'SUBMIT') throw new FormatError(`events.${index}: the submission is the row itself, not one of its events`);
        if (event.role !== undefined && (!isRole(event.role) || event.role === 'admin' || event.role === 'auditor')) {
          throw new FormatError(`events.${index}.role "${String(event.role)}" is not a role that acts on an application`);
        }
        if (event.by !== undefined) text(event.by, `events.${index}.by`, /^[A-Za-z0-9._-]{1,40}$/);
        return { ...event, type, on: text(event.on, `events.${index}.on`, DATE) };
      });
      return {
        record: 'application',
        externalId: text(record.externalId, 'externalId', EXTERNAL_ID),
        kind: kind as ApplicationKind,
        regionCode: text(record.regionCode, 'regionCode'),
        submittedOn: text(record.submittedOn, 'submittedOn', DATE),
        ...(record.machineVersion === undefined ? {} : { machineVersion: int(record.machineVersion, 'machineVersion') }),
        applicant: {
          iin: text(applicant.iin, 'applicant.iin'),
          fullName: text(applicant.fullName, 'applicant.fullName'),
          categories: Array.isArray(applicant.categories) ? applicant.categories.map((c, i) => text(c, `applicant.categories.${i}`)) : [],
          locality: applicant.locality === 'URBAN' ? 'URBAN' : applicant.locality === 'RURAL' ? 'RURAL' : (() => { throw new FormatError('applicant.locality must be RURAL or URBAN'); })(),
          settlement: text(applicant.settlement, 'applicant.settlement'),
        },
        payload: object(record.payload, 'payload'),
        events,
      };
    }
    default:
      throw new FormatError(`"record" must be fiscalYear, plan, resettlementQuota or application, not ${JSON.stringify(record.record)}`);
  }
}

/** JSON with its keys sorted at every level: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The content hash an external id is kept with: sha-256 of the row's canonical JSON. */
export function contentHash(row: ApplicationRow): string {
  return createHash('sha256').update(canonicalJson(row)).digest('hex');
}
