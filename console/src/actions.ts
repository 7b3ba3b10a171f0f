import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ApproveDocument,
  CloseApplicationDocument,
  ConfirmDisbursementDocument,
  RecommendDocument,
  RecordRepaymentDocument,
  RecordSiteVisitDocument,
  RejectDocument,
  ReportFundsUseDocument,
  RequestChangesDocument,
  RetryPaymentDocument,
  SignContractDocument,
  StartReviewDocument,
  StartVerificationDocument,
  SubmitCreditAssessmentDocument,
  VerifyLiftingApplicationDocument,
  WithdrawDocument,
  WriteOffLoanDocument,
  type ApplicationAction,
  type ApplicationKind,
  type ScheduleMethod,
} from '../../schema/client/graphql';
import { today } from './format';

/** One field of an action's form: its input field's name, as the API's violations name it. */
export interface Field {
  name: string;
  label: string;
  type: 'text' | 'textarea' | 'money' | 'date' | 'checkbox' | 'number' | 'percent' | 'method';
  required?: boolean;
  hint?: string;
  /** a date that may not be after today (programme time): the picker offers none */
  notInFuture?: boolean;
  /** the value the form starts with */
  initial?: (facts: Facts) => string | boolean;
}

/** What a form may prefill from the application. */
export interface Facts {
  kind: ApplicationKind;
  requestedAmount: string;
  recommendedAmount?: string | null;
  termMonths?: number | null;
  rate?: string | null;
}

export type Values = Record<string, string | boolean>;

/** An action the console can send: its mutation and the form for its input. */
export interface ActionForm {
  label: string;
  fields: Field[];
  /**
   * the field that carries the business date: `occurredOn`, or the event's own date (`paidOn`,
   * `signedOn`, `visitedOn`), which a refusal of `occurredOn` (DATE_CONFLICT) is shown next to
   */
  dateField: string;
  /** the mutation's input fields except applicationId and expectedVersion (previewAction's payload) */
  payload(values: Values, kind: ApplicationKind): object;
  /** sent as `{ input: { applicationId, expectedVersion, ...payload } }` */
  document: TypedDocumentNode<unknown, { input: Record<string, unknown> }>;
}

const text = (values: Values, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};
const optional = <K extends string, T>(name: K, value: T | undefined): Partial<Record<K, T>> => (value === undefined ? {} : ({ [name]: value } as Record<K, T>));
const terms = (values: Values) => ({
  amount: text(values, 'amount') ?? '',
  rate: text(values, 'rate') ?? '',
  termMonths: Number(text(values, 'termMonths') ?? 0),
  method: (text(values, 'method') ?? 'ANNUITY') as ScheduleMethod,
});
const note: Field = { name: 'note', label: 'Note', type: 'textarea' };
const loanTerms = (prefix: string): Field[] => [
  { name: 'amount', label: `${prefix} amount (₸)`, type: 'money', required: true, initial: (f) => f.recommendedAmount ?? f.requestedAmount },
  { name: 'rate', label: 'Rate, % a year', type: 'percent', required: true, initial: (f) => f.rate ?? '' },
  { name: 'termMonths', label: 'Term, months', type: 'number', required: true, initial: (f) => (f.termMonths ? String(f.termMonths) : '') },
  { name: 'method', label: 'Schedule', type: 'method', required: true, initial: () => 'ANNUITY' },
];

/** an action's input without what the console adds itself */
type PayloadOf<V> = V extends { input: infer I } ? Omit<I, 'applicationId' | 'expectedVersion'> : never;

/** the input fields an action's event may be dated by itself (README "Business dates") */
const OWN_DATES = ['paidOn', 'signedOn', 'visitedOn'];

/** when it happened in the world: empty is today (README "Business dates") */
const occurredOn: Field = {
  name: 'occurredOn',
  label: 'Happened on',
  type: 'date',
  notInFuture: true,
  hint: 'the date it happened, e.g. the commission\'s date; empty for today. Not in the future, not before the previous event',
};

/**
 * An action's form, its payload typed by the mutation's own input type (generated from the
 * schema): a renamed or newly required input field breaks the console's build. Every action
 * takes a business date: a form without a date of its own gets the optional `occurredOn` field
 * (sent only when filled in, so the gateway's today is the default).
 */
function form<R, V extends { input: { occurredOn?: unknown } }>(
  document: TypedDocumentNode<R, V>,
  spec: { label: string; fields: Field[]; payload: (values: Values, kind: ApplicationKind) => PayloadOf<V> },
): ActionForm {
  const own = spec.fields.find((field) => OWN_DATES.includes(field.name));
  const fields = own ? spec.fields : [...spec.fields, occurredOn];
  const payload = (values: Values, kind: ApplicationKind): object =>
    own ? spec.payload(values, kind) : { ...spec.payload(values, kind), ...optional('occurredOn', text(values, 'occurredOn')) };
  return { label: spec.label, fields, payload, dateField: own?.name ?? 'occurredOn', document: document as unknown as ActionForm['document'] };
}

/**
 * The forms of the actions staff and applicants send, keyed by `availableActions`' values. Each
 * field is named as the mutation's input names it, so a VALIDATION violation (`amount`,
 * `proposed.rate`) lands next to its field.
 */
export const ACTION_FORMS: Partial<Record<ApplicationAction, ActionForm>> = {
  START_REVIEW: form(StartReviewDocument, { label: 'Start review', fields: [], payload: () => ({}) }),
  START_VERIFICATION: form(StartVerificationDocument, { label: 'Start verification', fields: [], payload: () => ({}) }),
  REQUEST_CHANGES: form(RequestChangesDocument, {
    label: 'Request changes',
    fields: [{ name: 'note', label: 'What the applicant must change', type: 'textarea', required: true }],
    payload: (v) => ({ note: text(v, 'note') ?? '' }),
  }),
  RECOMMEND: form(RecommendDocument, {
    label: 'Recommend',
    fields: [{ name: 'amount', label: 'Recommended amount (₸)', type: 'money', hint: 'leave as requested, or recommend less', initial: (f) => f.requestedAmount }, note],
    payload: (v) => ({ ...optional('amount', text(v, 'amount')), ...optional('note', text(v, 'note')) }),
  }),
  APPROVE: form(ApproveDocument, {
    label: 'Approve',
    fields: [{ name: 'amount', label: 'Approved amount (₸)', type: 'money', hint: 'the recommended amount when left empty' }, note],
    payload: (v) => ({ ...optional('amount', text(v, 'amount')), ...optional('note', text(v, 'note')) }),
  }),
  REJECT: form(RejectDocument, {
    label: 'Reject',
    fields: [{ name: 'reason', label: 'Reason (the applicant reads it)', type: 'textarea', required: true }],
    payload: (v) => ({ reason: text(v, 'reason') ?? '' }),
  }),
  WITHDRAW: form(WithdrawDocument, {
    label: 'Withdraw',
    fields: [{ name: 'reason', label: 'Reason', type: 'textarea' }],
    payload: (v) => optional('reason', text(v, 'reason')),
  }),
  CONFIRM_DISBURSEMENT: form(ConfirmDisbursementDocument, {
    label: 'Confirm disbursement',
    fields: [
      { name: 'paymentReference', label: 'Payment order reference', type: 'text', required: true },
      { name: 'paidOn', label: 'Paid on', type: 'date', required: true, notInFuture: true, initial: () => today() },
    ],
    payload: (v) => ({ paymentReference: text(v, 'paymentReference') ?? '', paidOn: text(v, 'paidOn') ?? '' }),
  }),
  REPORT_FUNDS_USE: form(ReportFundsUseDocument, {
    label: 'Report the use of funds',
    fields: [
      { name: 'report', label: 'What was bought', type: 'textarea', required: true },
      { name: 'amountUsed', label: 'Amount used (₸)', type: 'money', required: true },
    ],
    payload: (v) => ({ report: text(v, 'report') ?? '', amountUsed: text(v, 'amountUsed') ?? '' }),
  }),
  CLOSE: form(CloseApplicationDocument, { label: 'Close', fields: [note], payload: (v) => optional('note', text(v, 'note')) }),
  RETRY_PAYMENT: form(RetryPaymentDocument, { label: 'Retry the payment', fields: [], payload: () => ({}) }),
  VERIFY: form(VerifyLiftingApplicationDocument, {
    label: 'Verify',
    fields: [
      { name: 'referralConfirmed', label: 'The referral is confirmed by the employment centre', type: 'checkbox', initial: () => false },
      { name: 'arrivalConfirmed', label: 'The arrival is confirmed by the employer', type: 'checkbox', initial: () => false },
      note,
    ],
    payload: (v) => ({ referralConfirmed: v.referralConfirmed === true, arrivalConfirmed: v.arrivalConfirmed === true, ...optional('note', text(v, 'note')) }),
  }),
  SUBMIT_ASSESSMENT: form(SubmitCreditAssessmentDocument, {
    label: 'Submit the credit assessment',
    fields: [...loanTerms('Proposed'), note],
    payload: (v) => ({ proposed: terms(v), ...optional('note', text(v, 'note')) }),
  }),
  SIGN_CONTRACT: form(SignContractDocument, {
    label: 'Record the signed contract',
    fields: [
      { name: 'contractNumber', label: 'Contract number', type: 'text', required: true },
      { name: 'signedOn', label: 'Signed on', type: 'date', required: true, notInFuture: true, initial: () => today() },
    ],
    payload: (v) => ({ contractNumber: text(v, 'contractNumber') ?? '', signedOn: text(v, 'signedOn') ?? '' }),
  }),
  RECORD_REPAYMENT: form(RecordRepaymentDocument, {
    label: 'Record a repayment',
    fields: [
      { name: 'amount', label: 'Amount (₸)', type: 'money', required: true },
      { name: 'paidOn', label: 'Paid on', type: 'date', required: true, notInFuture: true, initial: () => today() },
      { name: 'reference', label: 'Bank reference', type: 'text', required: true },
    ],
    payload: (v) => ({ amount: text(v, 'amount') ?? '', paidOn: text(v, 'paidOn') ?? '', reference: text(v, 'reference') ?? '' }),
  }),
  RECORD_SITE_VISIT: form(RecordSiteVisitDocument, {
    label: 'Record the site visit',
    fields: [
      { name: 'findings', label: 'What the visit found', type: 'textarea', required: true },
      { name: 'visitedOn', label: 'Visited on', type: 'date', required: true, notInFuture: true, hint: 'not before the submission', initial: () => today() },
    ],
    payload: (v) => ({ findings: text(v, 'findings') ?? '', visitedOn: text(v, 'visitedOn') ?? '' }),
  }),
  WRITE_OFF: form(WriteOffLoanDocument, {
    label: 'Write off',
    fields: [{ name: 'reason', label: 'Reason', type: 'textarea', required: true }],
    payload: (v) => ({ reason: text(v, 'reason') ?? '' }),
  }),
};

/** A microcredit's approval carries the final terms (README Microcredits, step 3). */
export function formFor(action: ApplicationAction, kind: ApplicationKind): ActionForm | undefined {
  if (action === 'APPROVE' && kind === 'MICROCREDIT') {
    return form(ApproveDocument, {
      label: 'Approve',
      fields: [...loanTerms('Final'), note],
      payload: (v) => ({ terms: terms(v), ...optional('note', text(v, 'note')) }),
    });
  }
  return ACTION_FORMS[action];
}

/**
 * The payload of a dry run that asks only whether the person may send the action now: every
 * required field filled with a plausible value, so the answer is about the person and the state
 * (four eyes, a guard), not about an empty form.
 */
export function samplePayload(form: ActionForm, facts: Facts): object {
  const values: Values = {};
  for (const field of form.fields) {
    const initial = field.initial?.(facts);
    const sample: Record<Field['type'], string | boolean> = {
      text: 'dry run',
      textarea: 'dry run',
      money: facts.requestedAmount,
      date: today(),
      checkbox: true,
      number: String(facts.termMonths ?? 12),
      percent: facts.rate ?? '6',
      method: 'ANNUITY',
    };
    // an optional date left empty is today's, as a person who leaves it empty sends it
    if (field.type === 'date' && !field.required) values[field.name] = '';
    else values[field.name] = initial !== undefined && initial !== '' ? initial : sample[field.type];
  }
  return form.payload(values, facts.kind);
}
