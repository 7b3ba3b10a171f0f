import type { GrantContext } from '../../../../workflows/grant/v1';
import type { ApplicantCategory } from '../../../../workflows/rules/categories';
import type { ApplicationNode, ChangeRequestType, DisbursementType, NoteStampType, StampType, WithdrawalType } from '../../types/application.type';
import type { BastauCertificateType, DecisionType, FundsUseReportType, GrantApplicationType, GrantScreeningType, RecommendationType, SiteVisitType } from './grant.type';
import { ApplicationView, changeRequestView, money, optionalMoney, stamp, type FieldSources } from '../application.view';

/** Where each grant field comes from: all of them from the machine's context. */
export const GRANT_FIELDS: FieldSources<Omit<GrantApplicationType, keyof ApplicationNode>> = {
  businessIdea: { context: ['proposal'] },
  purpose: { context: ['proposal'] },
  certificate: { context: ['proposal'] },
  declaredCategories: { context: ['categories'] },
  screening: { context: ['screening'] },
  reviewStarted: { context: ['reviewStarted'] },
  changeRequests: { context: ['changeRequests'] },
  siteVisit: { context: ['siteVisit'] },
  recommendation: { context: ['recommendation'] },
  decision: { context: ['decision'] },
  disbursement: { context: ['disbursement'] },
  fundsUse: { context: ['fundsUse'] },
  closing: { context: ['closing'] },
  withdrawal: { context: ['withdrawal'] },
};

export class GrantView extends ApplicationView<GrantContext> implements GrantApplicationType {
  readonly typeName = 'GrantApplication';

  get businessIdea(): string {
    return this.c.proposal.businessIdea;
  }
  get purpose(): string {
    return this.c.proposal.purpose;
  }
  get certificate(): BastauCertificateType | null {
    return this.c.proposal.certificate;
  }
  get declaredCategories(): ApplicantCategory[] {
    return this.c.categories;
  }
  get screening(): GrantScreeningType {
    const s = this.c.screening;
    return { fiscalYear: s.fiscalYear, cap: optionalMoney(s.cap), reasons: s.reasons, at: new Date(s.at) };
  }
  get reviewStarted(): StampType | null {
    return this.c.reviewStarted && stamp(this.c.reviewStarted);
  }
  get changeRequests(): ChangeRequestType[] {
    return this.c.changeRequests.map(changeRequestView);
  }
  /** a version 1 context has no site visit */
  get siteVisit(): SiteVisitType | null {
    const v = this.c.siteVisit;
    return v ? { ...stamp(v), visitedOn: v.visitedOn, findings: v.findings } : null;
  }
  get recommendation(): RecommendationType | null {
    const r = this.c.recommendation;
    return r && { ...stamp(r), amount: money(r.amount), note: r.note };
  }
  get decision(): DecisionType | null {
    const d = this.c.decision;
    return d && { ...d, ...stamp(d), amount: optionalMoney(d.amount), cap: optionalMoney(d.cap) };
  }
  get disbursement(): DisbursementType | null {
    const d = this.c.disbursement;
    return d && { ...d, ...stamp(d), amount: money(d.amount) };
  }
  get fundsUse(): FundsUseReportType | null {
    const f = this.c.fundsUse;
    return f && { ...f, ...stamp(f), amountUsed: money(f.amountUsed) };
  }
  get closing(): NoteStampType | null {
    return this.c.closing && { ...stamp(this.c.closing), note: this.c.closing.note };
  }
  get withdrawal(): WithdrawalType | null {
    return this.c.withdrawal && { ...stamp(this.c.withdrawal), reason: this.c.withdrawal.reason };
  }
}
