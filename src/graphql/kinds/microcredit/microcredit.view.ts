import { outstandingOf, type LoanTermsInput, type MicrocreditContext } from '../../../../workflows/microcredit/v1';
import type { ApplicantCategory, Locality } from '../../../../workflows/rules/categories';
import type { MicrocreditTermsFact } from '../../../../workflows/microcredit/terms';
import type { Tiyn } from '../../../../workflows/rules/money';
import { arrears, daysBetween, instalmentStatus, payoffAmount } from '../../../../workflows/microcredit/schedule';
import type { ApplicationNode, ChangeRequestType, StampType, WithdrawalType } from '../../types/application.type';
import type {
  CancellationType,
  CreditAssessmentType,
  InstalmentType,
  LoanContractType,
  LoanDisbursementType,
  LoanTermsType,
  MicrocreditApplicationType,
  MicrocreditDecisionType,
  MicrocreditScreeningType,
  MicrocreditTermsType,
  OverdueType,
  RepaymentType,
  WriteOffType,
} from './microcredit.type';
import { ApplicationView, changeRequestView, money, stamp, type FieldSources } from '../application.view';

/** Where each microcredit field comes from; the schedule's figures are computed from it when asked for. */
export const MICROCREDIT_FIELDS: FieldSources<Omit<MicrocreditApplicationType, keyof ApplicationNode>> = {
  termMonths: { context: ['request'] },
  requestedRate: { context: ['request'] },
  locality: { context: ['request'] },
  purpose: { context: ['request'] },
  businessDescription: { context: ['request'] },
  jobsToCreate: { context: ['request'] },
  financialInstitution: { context: ['request'] },
  guaranteeShare: { context: ['request'] },
  declaredCategories: { context: ['categories'] },
  screening: { context: ['screening'] },
  reviewStarted: { context: ['reviewStarted'] },
  changeRequests: { context: ['changeRequests'] },
  assessment: { context: ['assessment'] },
  decision: { context: ['decision'] },
  contract: { context: ['contract'] },
  cancellation: { context: ['cancellation'] },
  disbursement: { context: ['disbursement'] },
  schedule: { context: ['schedule'] },
  outstandingPrincipal: { context: ['decision', 'disbursement', 'schedule'] },
  arrears: { context: ['schedule'] },
  payoffAmount: { context: ['schedule'] },
  repayments: { context: ['repayments'] },
  overdue: { columns: ['state'], context: ['overdue'] },
  writeOff: { context: ['writeOff'] },
  withdrawal: { context: ['withdrawal'] },
};

export function termsView(terms: MicrocreditTermsFact): MicrocreditTermsType {
  return { ...terms, maxAmount: money(terms.maxAmount), maxRate: terms.maxRateBp };
}

function loanTermsView(terms: LoanTermsInput): LoanTermsType {
  return { amount: money(terms.amount), rate: terms.rateBp, termMonths: terms.termMonths, method: terms.method };
}

export class MicrocreditView extends ApplicationView<MicrocreditContext> implements MicrocreditApplicationType {
  readonly typeName = 'MicrocreditApplication';

  get termMonths(): number {
    return this.c.request.termMonths;
  }
  get requestedRate(): number {
    return this.c.request.rateBp;
  }
  get locality(): Locality {
    return this.c.request.locality;
  }
  get purpose(): string {
    return this.c.request.purpose;
  }
  get businessDescription(): string {
    return this.c.request.businessDescription;
  }
  get jobsToCreate(): number {
    return this.c.request.jobsToCreate;
  }
  get financialInstitution(): string {
    return this.c.request.financialInstitution;
  }
  get guaranteeShare(): number | null {
    return this.c.request.guaranteeShareBp;
  }
  get declaredCategories(): ApplicantCategory[] {
    return this.c.categories;
  }
  get screening(): MicrocreditScreeningType {
    const s = this.c.screening;
    return { fiscalYear: s.fiscalYear, product: s.product && termsView(s.product), reasons: s.reasons, at: new Date(s.at) };
  }
  get reviewStarted(): StampType | null {
    return this.c.reviewStarted && stamp(this.c.reviewStarted);
  }
  get changeRequests(): ChangeRequestType[] {
    return this.c.changeRequests.map(changeRequestView);
  }
  get assessment(): CreditAssessmentType | null {
    const a = this.c.assessment;
    return a && { ...stamp(a), note: a.notes, notes: a.notes, proposed: loanTermsView(a.proposed) };
  }
  get decision(): MicrocreditDecisionType | null {
    const d = this.c.decision;
    return (
      d && {
        ...stamp(d),
        outcome: d.outcome,
        stage: d.stage,
        reason: d.reason,
        terms: d.terms && loanTermsView(d.terms),
        fiscalYear: d.fiscalYear,
        contractDeadline: d.contractDeadline ? new Date(d.contractDeadline) : null,
        note: d.note,
      }
    );
  }
  get contract(): LoanContractType | null {
    const k = this.c.contract;
    return k && { ...stamp(k), contractNumber: k.contractNumber, signedOn: k.signedOn };
  }
  get cancellation(): CancellationType | null {
    return this.c.cancellation && { ...stamp(this.c.cancellation), reason: this.c.cancellation.reason };
  }
  get disbursement(): LoanDisbursementType | null {
    const d = this.c.disbursement;
    return d && { ...d, ...stamp(d), amount: money(d.amount) };
  }
  get schedule(): InstalmentType[] {
    return this.c.schedule.map((i) => ({
      number: i.number,
      dueOn: i.dueOn,
      principal: money(i.principal),
      interest: money(i.interest),
      total: money(i.total),
      paid: money(i.paidPrincipal) + money(i.paidInterest),
      status: instalmentStatus(i, this.asOf),
    }));
  }
  get outstandingPrincipal(): Tiyn {
    return outstandingOf(this.c);
  }
  get arrears(): Tiyn {
    return arrears(this.c.schedule, this.asOf);
  }
  get payoffAmount(): Tiyn {
    return this.c.schedule.length > 0 ? payoffAmount(this.c.schedule, this.asOf) : 0n;
  }
  get repayments(): RepaymentType[] {
    return this.c.repayments.map((r) => ({
      ...stamp(r),
      amount: money(r.amount),
      paidOn: r.paidOn,
      reference: r.reference,
      interestPaid: money(r.interestPaid),
      principalPaid: money(r.principalPaid),
      prepaidPrincipal: money(r.prepaidPrincipal),
    }));
  }
  get overdue(): OverdueType | null {
    const o = this.c.overdue;
    return o && this.row.state === 'overdue' ? { since: o.since, daysOverdue: daysBetween(o.since, this.asOf), markedAt: new Date(o.markedAt) } : null;
  }
  get writeOff(): WriteOffType | null {
    const w = this.c.writeOff;
    return w && { ...stamp(w), reason: w.reason, outstanding: money(w.outstanding) };
  }
  get withdrawal(): WithdrawalType | null {
    return this.c.withdrawal && { ...stamp(this.c.withdrawal), reason: this.c.withdrawal.reason };
  }
}
