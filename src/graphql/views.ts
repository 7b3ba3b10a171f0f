import type { GrantContext, Stamp } from '../../workflows/grant/v1';
import { moneyFromNumeric } from '../domain/money';
import type { Application, Applicant, FiscalYear, Region, TransitionLogEntry } from '../db/entities';
import { grantCap } from '../domain/fiscal';
import type { ActorRef } from '../domain/roles';
import { ApplicantType, ApplicationNode, GrantApplicationType, HistoryEntryType, type StampType } from './types/application.type';
import { ApplicationKindEnum } from './types/enums';
import { FiscalYearType, RegionType } from './types/reference.type';

/** Builds the GraphQL view of stored rows; no resolver shapes data by hand. */
const money = (value: string) => moneyFromNumeric(value);
const optionalMoney = (value: string | null | undefined) => (value === null || value === undefined ? null : moneyFromNumeric(value));
const stamp = (value: Stamp): StampType => ({ by: value.by, at: new Date(value.at) });

function baseOf(row: Application): Omit<ApplicationNode, 'typeName'> {
  return {
    row,
    id: row.id,
    kind: row.kind as ApplicationKindEnum,
    state: row.state,
    version: row.version,
    machineVersion: row.machineVersion,
    finished: row.finishedAt !== null,
    regionCode: row.region.code,
    requestedAmount: row.requestedAmount,
    approvedAmount: row.approvedAmount,
    disbursedAmount: row.disbursedAmount,
    decisionFiscalYear: row.decisionFiscalYear,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  };
}

function grantView(row: Application): GrantApplicationType {
  const c = (row.snapshot as { context: GrantContext }).context;
  return Object.assign(new GrantApplicationType(), baseOf(row), {
    typeName: 'GrantApplication',
    businessIdea: c.proposal.businessIdea,
    purpose: c.proposal.purpose,
    certificate: c.proposal.certificate,
    declaredCategories: c.categories,
    screening: { fiscalYear: c.screening.fiscalYear, cap: optionalMoney(c.screening.cap), reasons: c.screening.reasons, at: new Date(c.screening.at) },
    reviewStarted: c.reviewStarted && stamp(c.reviewStarted),
    changeRequests: c.changeRequests.map((r) => ({ ...stamp(r), note: r.note, resubmittedAt: r.resubmittedAt ? new Date(r.resubmittedAt) : null, resubmissionNote: r.resubmissionNote })),
    recommendation: c.recommendation && { ...stamp(c.recommendation), amount: money(c.recommendation.amount), note: c.recommendation.note },
    decision: c.decision && { ...c.decision, ...stamp(c.decision), amount: optionalMoney(c.decision.amount), cap: optionalMoney(c.decision.cap) },
    disbursement: c.disbursement && { ...c.disbursement, ...stamp(c.disbursement), amount: money(c.disbursement.amount) },
    fundsUse: c.fundsUse && { ...c.fundsUse, ...stamp(c.fundsUse), amountUsed: money(c.fundsUse.amountUsed) },
    closing: c.closing && { ...stamp(c.closing), note: c.closing.note },
    withdrawal: c.withdrawal && { ...stamp(c.withdrawal), reason: c.withdrawal.reason },
  });
}

export function applicationView(row: Application): ApplicationNode {
  switch (row.kind) {
    case 'grant':
      return grantView(row);
    default:
      throw new Error(`no GraphQL view for ${row.kind} applications yet`);
  }
}

const ENGINE_FIELDS = new Set(['type', 'actor', 'at', 'facts', 'applicationId']);

export function historyView(row: TransitionLogEntry): HistoryEntryType {
  const event = row.event as Record<string, unknown>;
  const details = Object.fromEntries(Object.entries(event).filter(([key]) => !ENGINE_FIELDS.has(key)));
  return {
    seq: row.seq,
    action: row.eventType,
    fromState: row.fromState,
    toState: row.toState,
    actor: event.actor as ActorRef,
    at: row.at,
    machineVersion: row.machineVersion,
    details,
    facts: (event.facts as Record<string, unknown> | undefined) ?? null,
  };
}

export function applicantView(row: Applicant): ApplicantType {
  return Object.assign(new ApplicantType(), {
    id: row.id,
    iin: row.iin,
    fullName: row.fullName,
    birthDate: row.birthDate,
    sex: row.sex,
    categories: row.categories,
    locality: row.locality,
    regionCode: row.region.code,
    settlement: row.settlement,
  });
}

export function regionView(row: Region): RegionType {
  return Object.assign(new RegionType(), {
    code: row.code,
    name: row.name,
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
