import type { FiscalYear, MicrocreditTerms, Region, ResettlementQuota } from '../db/entities';
import { grantCap } from '../../workflows/rules/fiscal';
import type { ActorRef, Role } from '../../workflows/rules/roles';
import { termsFact } from '../engine/facts';
import { termsView } from './kinds/microcredit/microcredit.view';
import type { ApplicantRow, HistoryRow } from './loaders';
import { ApplicantType, type ActorRefType, type HistoryEntryType } from './types/application.type';
import { ResettlementQuotaType } from './kinds/lifting/lifting.type';
import type { MicrocreditTermsType } from './kinds/microcredit/microcredit.type';
import { FiscalYearType, RegionType } from './types/reference.type';

/**
 * Builds the GraphQL view of stored rows; no resolver shapes data by hand. An application's
 * view is its kind's (src/graphql/kinds).
 */
export { applicationView } from './kinds';

export function resettlementQuotaView(row: ResettlementQuota): ResettlementQuotaType {
  return Object.assign(new ResettlementQuotaType(), {
    regionCode: row.region.code,
    year: row.year,
    people: row.people,
    families: row.families,
    usedPeople: row.usedPeople,
    usedFamilies: row.usedFamilies,
    remainingPeople: row.people - row.usedPeople,
    remainingFamilies: row.families - row.usedFamilies,
    note: row.note,
    updatedAt: row.updatedAt,
  });
}

export function microcreditTermsView(row: MicrocreditTerms): MicrocreditTermsType {
  return termsView(termsFact(row));
}

const ENGINE_FIELDS = new Set(['type', 'actor', 'at', 'on', 'facts', 'applicationId']);

/** One log entry; the actor, the details and the facts are built only when selected (and only then read). */
class HistoryEntryView implements HistoryEntryType {
  constructor(private readonly row: HistoryRow) {}

  get seq(): number {
    return this.row.seq;
  }
  get event(): string {
    return this.row.eventType;
  }
  get action(): string {
    return this.row.eventType;
  }
  get fromStatus(): string | null {
    return this.row.fromState;
  }
  get toStatus(): string {
    return this.row.toState;
  }
  get fromState(): string | null {
    return this.row.fromState;
  }
  get toState(): string {
    return this.row.toState;
  }
  get at(): Date {
    return this.row.at;
  }
  get occurredOn(): string {
    return this.row.occurredOn;
  }
  get machineVersion(): number {
    return this.row.machineVersion;
  }
  get actor(): ActorRefType {
    // the engine writes the event's actor into these columns (engine.ts), so the event need not be read
    const actor: ActorRef = this.row.actorId !== undefined ? { id: this.row.actorId, roles: this.row.actorRoles as Role[] } : (this.row.event!.actor as ActorRef);
    return { id: actor.id, userRoles: actor.roles, roles: actor.roles };
  }
  get details(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this.row.event!).filter(([key]) => !ENGINE_FIELDS.has(key)));
  }
  get facts(): Record<string, unknown> | null {
    if (this.row.event) return (this.row.event.facts as Record<string, unknown> | undefined) ?? null;
    return this.row.facts ?? null;
  }
}

export function historyView(row: HistoryRow): HistoryEntryType {
  return new HistoryEntryView(row);
}

export function applicantView(row: Partial<ApplicantRow>): ApplicantType {
  return Object.assign(new ApplicantType(), row);
}

export function regionView(row: Region): RegionType {
  return Object.assign(new RegionType(), {
    id: row.code,
    code: row.code,
    name: row.name,
    kind: row.type,
    type: row.type,
    formerNames: row.formerNames,
    establishedYear: row.establishedYear,
    formedFrom: row.formedFrom,
  });
}

export function fiscalYearView(row: FiscalYear): FiscalYearType {
  return Object.assign(new FiscalYearType(), {
    year: row.year,
    mci: row.mci,
    minimumWage: row.minimumWage,
    grantCap: grantCap(row.mci),
    note: row.note,
    updatedAt: row.updatedAt,
  });
}
