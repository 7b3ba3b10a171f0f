import type { GrantContext, Stamp } from '../../workflows/grant/v1';
import { moneyFromNumeric } from '../domain/money';
import type { ApplicationRecord } from '../db/application-records';
import type { FiscalYear, MicrocreditTerms, Region, ResettlementQuota } from '../db/entities';
import type { ApplicantRow, HistoryRow } from './loaders';
import type { LiftingContext } from '../../workflows/lifting/v1';
import { LiftingApplicationType, ResettlementQuotaType } from './types/lifting.type';
import type { MicrocreditTermsFact } from '../domain/microcredit-terms';
import { arrears, daysBetween, instalmentStatus, payoffAmount } from '../domain/schedule';
import { termsFact } from '../engine/facts';
import { outstandingOf, type LoanTermsInput, type MicrocreditContext } from '../../workflows/microcredit/v1';
import { MicrocreditApplicationType, type LoanTermsType, type MicrocreditTermsType } from './types/microcredit.type';
import { grantCap } from '../domain/fiscal';
import type { ActorRef } from '../domain/roles';
import { ApplicantType, ApplicationNode, GrantApplicationType, HistoryEntryType, type ChangeRequestType, type PaymentType, type StampType } from './types/application.type';
import type { PaymentRecord } from '../../workflows/payment';
import { ApplicationKindEnum } from './types/enums';
import { FiscalYearType, RegionType } from './types/reference.type';

/** Builds the GraphQL view of stored rows; no resolver shapes data by hand. */
const money = (value: string) => moneyFromNumeric(value);
const optionalMoney = (value: string | null | undefined) => (value === null || value === undefined ? null : moneyFromNumeric(value));
const stamp = (value: Stamp): StampType => ({ by: value.by, at: new Date(value.at) });

function changeRequestView(r: Stamp & { note: string; resubmittedAt: string | null; resubmissionNote: string | null }): ChangeRequestType {
  return { ...stamp(r), note: r.note, resubmittedAt: r.resubmittedAt ? new Date(r.resubmittedAt) : null, resubmissionNote: r.resubmissionNote };
}

function baseOf(row: ApplicationRecord): Omit<ApplicationNode, 'typeName'> {
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
    payment: paymentView((row.snapshot as { context: { payment?: PaymentRecord | null } }).context.payment),
  };
}

function paymentView(payment: PaymentRecord | null | undefined): PaymentType | null {
  if (!payment) return null;
  return {
    ...payment,
    orderedAt: new Date(payment.orderedAt),
    settledAt: payment.settledAt ? new Date(payment.settledAt) : null,
    retriedBy: payment.retriedBy && stamp(payment.retriedBy),
  };
}

function grantView(row: ApplicationRecord): GrantApplicationType {
  const c = (row.snapshot as { context: GrantContext }).context;
  return Object.assign(new GrantApplicationType(), baseOf(row), {
    typeName: 'GrantApplication',
    businessIdea: c.proposal.businessIdea,
    purpose: c.proposal.purpose,
    certificate: c.proposal.certificate,
    declaredCategories: c.categories,
    screening: { fiscalYear: c.screening.fiscalYear, cap: optionalMoney(c.screening.cap), reasons: c.screening.reasons, at: new Date(c.screening.at) },
    reviewStarted: c.reviewStarted && stamp(c.reviewStarted),
    changeRequests: c.changeRequests.map(changeRequestView),
    recommendation: c.recommendation && { ...stamp(c.recommendation), amount: money(c.recommendation.amount), note: c.recommendation.note },
    decision: c.decision && { ...c.decision, ...stamp(c.decision), amount: optionalMoney(c.decision.amount), cap: optionalMoney(c.decision.cap) },
    disbursement: c.disbursement && { ...c.disbursement, ...stamp(c.disbursement), amount: money(c.disbursement.amount) },
    fundsUse: c.fundsUse && { ...c.fundsUse, ...stamp(c.fundsUse), amountUsed: money(c.fundsUse.amountUsed) },
    closing: c.closing && { ...stamp(c.closing), note: c.closing.note },
    withdrawal: c.withdrawal && { ...stamp(c.withdrawal), reason: c.withdrawal.reason },
  });
}

function termsView(terms: MicrocreditTermsFact): MicrocreditTermsType {
  return { ...terms, maxAmount: money(terms.maxAmount), maxRate: terms.maxRateBp };
}

function loanTermsView(terms: LoanTermsInput): LoanTermsType {
  return { amount: money(terms.amount), rate: terms.rateBp, termMonths: terms.termMonths, method: terms.method };
}

function microcreditView(row: ApplicationRecord, asOf: string): MicrocreditApplicationType {
  const c = (row.snapshot as { context: MicrocreditContext }).context;
  return Object.assign(new MicrocreditApplicationType(), baseOf(row), {
    typeName: 'MicrocreditApplication',
    termMonths: c.request.termMonths,
    requestedRate: c.request.rateBp,
    locality: c.request.locality,
    purpose: c.request.purpose,
    businessDescription: c.request.businessDescription,
    jobsToCreate: c.request.jobsToCreate,
    financialInstitution: c.request.financialInstitution,
    guaranteeShare: c.request.guaranteeShareBp,
    declaredCategories: c.categories,
    screening: {
      fiscalYear: c.screening.fiscalYear,
      product: c.screening.product && termsView(c.screening.product),
      reasons: c.screening.reasons,
      at: new Date(c.screening.at),
    },
    reviewStarted: c.reviewStarted && stamp(c.reviewStarted),
    changeRequests: c.changeRequests.map(changeRequestView),
    assessment: c.assessment && { ...stamp(c.assessment), notes: c.assessment.notes, proposed: loanTermsView(c.assessment.proposed) },
    decision: c.decision && {
      ...stamp(c.decision),
      outcome: c.decision.outcome,
      stage: c.decision.stage,
      reason: c.decision.reason,
      terms: c.decision.terms && loanTermsView(c.decision.terms),
      fiscalYear: c.decision.fiscalYear,
      contractDeadline: c.decision.contractDeadline ? new Date(c.decision.contractDeadline) : null,
      note: c.decision.note,
    },
    contract: c.contract && { ...stamp(c.contract), contractNumber: c.contract.contractNumber, signedOn: c.contract.signedOn },
    cancellation: c.cancellation && { ...stamp(c.cancellation), reason: c.cancellation.reason },
    disbursement: c.disbursement && { ...c.disbursement, ...stamp(c.disbursement), amount: money(c.disbursement.amount) },
    schedule: c.schedule.map((i) => ({
      number: i.number,
      dueOn: i.dueOn,
      principal: money(i.principal),
      interest: money(i.interest),
      total: money(i.total),
      paid: money(i.paidPrincipal) + money(i.paidInterest),
      status: instalmentStatus(i, asOf),
    })),
    outstandingPrincipal: outstandingOf(c),
    arrears: arrears(c.schedule, asOf),
    payoffAmount: c.schedule.length > 0 ? payoffAmount(c.schedule, asOf) : 0n,
    repayments: c.repayments.map((r) => ({
      ...stamp(r),
      amount: money(r.amount),
      paidOn: r.paidOn,
      reference: r.reference,
      interestPaid: money(r.interestPaid),
      principalPaid: money(r.principalPaid),
      prepaidPrincipal: money(r.prepaidPrincipal),
    })),
    overdue: c.overdue && row.state === 'overdue' ? { since: c.overdue.since, daysOverdue: daysBetween(c.overdue.since, asOf), markedAt: new Date(c.overdue.markedAt) } : null,
    writeOff: c.writeOff && { ...stamp(c.writeOff), reason: c.writeOff.reason, outstanding: money(c.writeOff.outstanding) },
    withdrawal: c.withdrawal && { ...stamp(c.withdrawal), reason: c.withdrawal.reason },
  });
}

function liftingView(row: ApplicationRecord): LiftingApplicationType {
  const c = (row.snapshot as { context: LiftingContext }).context;
  return Object.assign(new LiftingApplicationType(), baseOf(row), {
    typeName: 'LiftingApplication',
    referral: c.move.referral,
    settlementFrom: c.move.settlementFrom,
    settlementTo: c.move.settlementTo,
    arrivalDate: c.move.arrivalDate,
    infrastructureProject: c.move.infrastructureProject,
    employer: c.move.employer,
    familyMembers: c.move.familyMembers,
    submittedOnBehalf: c.submitted.onBehalf,
    provisionalAmount: optionalMoney(c.provisional?.amount),
    provisionalFiscalYear: c.provisional?.fiscalYear ?? null,
    screeningReasons: c.screening.reasons,
    decisionDeadline: new Date(c.decisionDeadline),
    escalated: c.escalation !== null,
    escalatedAt: c.escalation ? new Date(c.escalation.at) : null,
    verificationStarted: c.verificationStarted && stamp(c.verificationStarted),
    changeRequests: c.changeRequests.map(changeRequestView),
    verification: c.verification && { ...c.verification, ...stamp(c.verification) },
    decision: c.decision && {
      ...c.decision,
      ...stamp(c.decision),
      amount: optionalMoney(c.decision.amount),
      minimumWage: optionalMoney(c.decision.minimumWage),
    },
    disbursement: c.disbursement && { ...c.disbursement, ...stamp(c.disbursement), amount: money(c.disbursement.amount) },
    closing: c.closing && { ...stamp(c.closing), note: c.closing.note },
    withdrawal: c.withdrawal && { ...stamp(c.withdrawal), reason: c.withdrawal.reason },
  });
}

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

/** The GraphQL view of an application; `asOf` (local date) is "today" for schedules and arrears. */
export function applicationView(row: ApplicationRecord, asOf: string): ApplicationNode {
  switch (row.kind) {
    case 'grant':
      return grantView(row);
    case 'microcredit':
      return microcreditView(row, asOf);
    case 'lifting':
      return liftingView(row);
  }
}

export function microcreditTermsView(row: MicrocreditTerms): MicrocreditTermsType {
  return termsView(termsFact(row));
}

const ENGINE_FIELDS = new Set(['type', 'actor', 'at', 'facts', 'applicationId']);

export function historyView(row: HistoryRow): HistoryEntryType {
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

export function applicantView(row: ApplicantRow): ApplicantType {
  return Object.assign(new ApplicantType(), {
    id: row.id,
    iin: row.iin,
    fullName: row.fullName,
    birthDate: row.birthDate,
    sex: row.sex,
    categories: row.categories,
    locality: row.locality,
    regionCode: row.regionCode,
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
