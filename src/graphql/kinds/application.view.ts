import type { ApplicationKind } from '../../../workflows/definition';
import type { Stamp } from '../../../workflows/grant/v1';
import type { PaymentRecord } from '../../../workflows/payment';
import type { ApplicationColumn, ApplicationRecord } from '../../db/application-records';
import { moneyFromNumeric, type Tiyn } from '../../../workflows/rules/money';
import type { ApplicationNode, ChangeRequestType, PaymentType, StampType } from '../types/application.type';

/**
 * Where a field's value comes from: columns of `application`, top-level keys of the machine's
 * context (read as jsonb paths), or the whole snapshot. Each kind lists a source for each of its
 * fields next to its view, so what is read and what is shown change together.
 */
export interface FieldSource {
  columns?: readonly ApplicationColumn[];
  context?: readonly string[];
  snapshot?: true;
}

/** A source for every field of a view type: the compiler refuses a field without one. */
export type FieldSources<T> = { readonly [K in keyof T]-?: FieldSource };

/** The fields every kind has, the interface's own resolvers (applicant, region, history, actions, diagram) included. */
export const APPLICATION_FIELDS: FieldSources<Omit<ApplicationNode, 'typeName' | 'row'>> &
  Record<'applicant' | 'region' | 'history' | 'availableActions' | 'diagram', FieldSource> = {
  id: {},
  kind: {},
  status: { columns: ['state'] },
  state: { columns: ['state'] },
  version: { columns: ['version'] },
  machineVersion: { columns: ['machineVersion'] },
  finished: { columns: ['finishedAt'] },
  regionCode: {},
  requestedAmount: { columns: ['requestedAmount'] },
  approvedAmount: { columns: ['approvedAmount'] },
  disbursedAmount: { columns: ['disbursedAmount'] },
  decisionFiscalYear: { columns: ['decisionFiscalYear'] },
  submittedAt: {},
  updatedAt: { columns: ['updatedAt'] },
  finishedAt: { columns: ['finishedAt'] },
  deadline: { columns: ['deadlineAt'] },
  payment: { context: ['payment'] },
  // the applicant's own columns are joined (see kinds/index.ts); the region comes from memory
  applicant: {},
  region: {},
  history: {},
  availableActions: { columns: ['machineVersion'], snapshot: true },
  diagram: { columns: ['machineVersion', 'state'] },
};

export const money = (value: string): Tiyn => moneyFromNumeric(value);
export const optionalMoney = (value: string | null | undefined): Tiyn | null => (value === null || value === undefined ? null : moneyFromNumeric(value));
export const stamp = (value: Stamp): StampType => ({ by: value.by, at: new Date(value.at) });

export function changeRequestView(r: Stamp & { note: string; resubmittedAt: string | null; resubmissionNote: string | null }): ChangeRequestType {
  return { ...stamp(r), note: r.note, resubmittedAt: r.resubmittedAt ? new Date(r.resubmittedAt) : null, resubmissionNote: r.resubmissionNote };
}

function paymentView(payment: PaymentRecord | null | undefined): PaymentType | null {
  if (!payment) return null;
  return {
    ...payment,
    settlementStatus: payment.status,
    orderedAt: new Date(payment.orderedAt),
    settledAt: payment.settledAt ? new Date(payment.settledAt) : null,
    retriedBy: payment.retriedBy && stamp(payment.retriedBy),
  };
}

/**
 * The GraphQL view of a stored application, one getter per field: graphql-js reads only the
 * fields a query selected, so nothing else is computed (a loan's schedule, arrears and payoff
 * only when asked for). `C` is the kind's machine context.
 */
export abstract class ApplicationView<C extends object> implements Omit<ApplicationNode, 'typeName'> {
  abstract readonly typeName: string;

  constructor(
    readonly row: ApplicationRecord,
    /** "today" (local date) for schedules and arrears */
    protected readonly asOf: string,
  ) {}

  /** the machine's context, or the keys of it the projection read */
  protected get c(): C {
    return (this.row.snapshot as { context: C }).context;
  }

  get id(): string {
    return this.row.id;
  }
  get kind(): ApplicationKind {
    return this.row.kind;
  }
  get status(): string {
    return this.row.state;
  }
  get state(): string {
    return this.row.state;
  }
  get version(): number {
    return this.row.version;
  }
  get machineVersion(): number {
    return this.row.machineVersion;
  }
  get finished(): boolean {
    return this.row.finishedAt !== null;
  }
  get regionCode(): string {
    return this.row.region.code;
  }
  get requestedAmount(): Tiyn {
    return this.row.requestedAmount;
  }
  get approvedAmount(): Tiyn | null {
    return this.row.approvedAmount;
  }
  get disbursedAmount(): Tiyn | null {
    return this.row.disbursedAmount;
  }
  get decisionFiscalYear(): number | null {
    return this.row.decisionFiscalYear;
  }
  get submittedAt(): Date {
    return this.row.submittedAt;
  }
  get updatedAt(): Date {
    return this.row.updatedAt;
  }
  get finishedAt(): Date | null {
    return this.row.finishedAt;
  }
  get deadline(): Date | null {
    return this.row.deadlineAt ?? null;
  }
  get payment(): PaymentType | null {
    return paymentView((this.c as { payment?: PaymentRecord | null }).payment);
  }
}

/**
 * What an application's field resolvers take as their root. An interface on purpose: type-graphql
 * copies a root whose declared type is a class into a new instance of that class (own properties
 * only), which would drop the views' getters; a root declared as an interface is passed as it is.
 */
export interface ApplicationRoot {
  readonly row: ApplicationRecord;
  readonly id: string;
  readonly state: string;
  readonly regionCode: string;
}
