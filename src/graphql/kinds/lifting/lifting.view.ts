import type { LiftingContext } from '../../../../workflows/lifting/v1';
import type { Tiyn } from '../../../../workflows/rules/money';
import type { ApplicationNode, ChangeRequestType, DisbursementType, NoteStampType, StampType, ViolationType, WithdrawalType } from '../../types/application.type';
import type { LiftingApplicationType, LiftingDecisionType, LiftingScreeningType, ReferralType, VerificationType } from './lifting.type';
import { ApplicationView, changeRequestView, money, optionalMoney, stamp, type FieldSources } from '../application.view';

/** Where each lifting field comes from: all of them from the machine's context. */
export const LIFTING_FIELDS: FieldSources<Omit<LiftingApplicationType, keyof ApplicationNode>> = {
  referral: { context: ['move'] },
  settlementFrom: { context: ['move'] },
  settlementTo: { context: ['move'] },
  arrivalDate: { context: ['move'] },
  infrastructureProject: { context: ['move'] },
  employer: { context: ['move'] },
  familyMembers: { context: ['move'] },
  submittedOnBehalf: { context: ['submitted'] },
  provisionalAmount: { context: ['provisional'] },
  provisionalFiscalYear: { context: ['provisional'] },
  screening: { context: ['screening'] },
  screeningReasons: { context: ['screening'] },
  decisionDeadline: { context: ['decisionDeadline'] },
  escalated: { context: ['escalation'] },
  escalatedAt: { context: ['escalation'] },
  verificationStarted: { context: ['verificationStarted'] },
  changeRequests: { context: ['changeRequests'] },
  verification: { context: ['verification'] },
  decision: { context: ['decision'] },
  disbursement: { context: ['disbursement'] },
  closing: { context: ['closing'] },
  withdrawal: { context: ['withdrawal'] },
};

export class LiftingView extends ApplicationView<LiftingContext> implements LiftingApplicationType {
  readonly typeName = 'LiftingApplication';

  get referral(): ReferralType | null {
    return this.c.move.referral;
  }
  get settlementFrom(): string {
    return this.c.move.settlementFrom;
  }
  get settlementTo(): string {
    return this.c.move.settlementTo;
  }
  get arrivalDate(): string {
    return this.c.move.arrivalDate;
  }
  get infrastructureProject(): string {
    return this.c.move.infrastructureProject;
  }
  get employer(): string {
    return this.c.move.employer;
  }
  get familyMembers(): number {
    return this.c.move.familyMembers;
  }
  get submittedOnBehalf(): boolean {
    return this.c.submitted.onBehalf;
  }
  get provisionalAmount(): Tiyn | null {
    return optionalMoney(this.c.provisional?.amount);
  }
  get provisionalFiscalYear(): number | null {
    return this.c.provisional?.fiscalYear ?? null;
  }
  get screening(): LiftingScreeningType {
    return { reasons: this.c.screening.reasons, at: new Date(this.c.screening.at) };
  }
  get screeningReasons(): ViolationType[] {
    return this.c.screening.reasons;
  }
  get decisionDeadline(): Date {
    return new Date(this.c.decisionDeadline);
  }
  get escalated(): boolean {
    return this.c.escalation !== null;
  }
  get escalatedAt(): Date | null {
    return this.c.escalation ? new Date(this.c.escalation.at) : null;
  }
  get verificationStarted(): StampType | null {
    return this.c.verificationStarted && stamp(this.c.verificationStarted);
  }
  get changeRequests(): ChangeRequestType[] {
    return this.c.changeRequests.map(changeRequestView);
  }
  get verification(): VerificationType | null {
    return this.c.verification && { ...this.c.verification, ...stamp(this.c.verification) };
  }
  get decision(): LiftingDecisionType | null {
    const d = this.c.decision;
    return d && { ...d, ...stamp(d), amount: optionalMoney(d.amount), minimumWage: optionalMoney(d.minimumWage) };
  }
  get disbursement(): DisbursementType | null {
    const d = this.c.disbursement;
    return d && { ...d, ...stamp(d), amount: money(d.amount) };
  }
  get closing(): NoteStampType | null {
    return this.c.closing && { ...stamp(this.c.closing), note: this.c.closing.note };
  }
  get withdrawal(): WithdrawalType | null {
    return this.c.withdrawal && { ...stamp(this.c.withdrawal), reason: this.c.withdrawal.reason };
  }
}
