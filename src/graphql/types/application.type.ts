import type { ApplicationKind } from '../../../workflows/definition';
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { ObjectType } from './object-type';
import type { ApplicantCategory, Locality } from '../../../workflows/rules/categories';
import type { Tiyn } from '../../../workflows/rules/money';
import type { Role } from '../../../workflows/rules/roles';
import type { ApplicationRecord } from '../../db/application-records';
import { JSONObjectScalar, LocalDateScalar, MoneyScalar } from '../scalars';
import {
  ApplicantCategoryEnum,
  ApplicationKindEnum,
  LocalityEnum,
  RoleEnum,
  SexEnum,
} from './enums';

@ObjectType('Violation', { description: 'One problem with one input field.' })
export class ViolationType {
  @Field()
  field!: string;

  @Field({ description: 'a stable name of the rule, e.g. AMOUNT_OVER_CAP' })
  rule!: string;

  @Field()
  message!: string;
}

@ObjectType('Applicant', { description: 'A person who applies, identified by their IIN.' })
export class ApplicantType {
  @Field(() => ID)
  id!: string;

  @Field()
  iin!: string;

  @Field()
  fullName!: string;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field(() => SexEnum)
  sex!: 'male' | 'female';

  @Field(() => [ApplicantCategoryEnum])
  categories!: ApplicantCategory[];

  @Field(() => LocalityEnum)
  locality!: Locality;

  @Field()
  regionCode!: string;

  @Field()
  settlement!: string;
}

@ObjectType('ActorRef', { description: 'Who sent an event.' })
export class ActorRefType {
  @Field()
  id!: string;

  @Field(() => [RoleEnum])
  roles!: Role[];
}

@ObjectType('HistoryEntry', { description: 'One accepted action, from the append-only transition log.' })
export class HistoryEntryType {
  @Field(() => Int, { description: 'the application version this action produced' })
  seq!: number;

  @Field({ description: 'the workflow event, e.g. SUBMIT, APPROVE' })
  action!: string;

  @Field(() => String, { nullable: true })
  fromState!: string | null;

  @Field()
  toState!: string;

  @Field(() => ActorRefType)
  actor!: ActorRefType;

  @Field()
  at!: Date;

  @Field(() => Int)
  machineVersion!: number;

  @Field(() => JSONObjectScalar, { description: 'what the actor sent with the action' })
  details!: Record<string, unknown>;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'the facts the machine decided on (fiscal year, …)' })
  facts!: Record<string, unknown> | null;
}

@ObjectType('Stamp', { description: 'Who did something, and when.' })
export class StampType {
  @Field()
  by!: string;

  @Field()
  at!: Date;
}

@ObjectType('Payment', { description: 'The payment of a disbursement through the payment provider.' })
export class PaymentType {
  @Field({ description: 'PENDING (ordered, the job is paying), SETTLED, or FAILED (an incident to retry)' })
  status!: string;

  @Field()
  orderedAt!: Date;

  @Field(() => Int, { description: 'attempts made when it failed' })
  attempts!: number;

  @Field(() => String, { nullable: true })
  providerReference!: string | null;

  @Field(() => Date, { nullable: true })
  settledAt!: Date | null;

  @Field(() => String, { nullable: true, description: "the provider's last error" })
  error!: string | null;

  @Field(() => StampType, { nullable: true, description: 'the accountant who last retried it' })
  retriedBy!: StampType | null;
}

@InterfaceType('Node', {
  description: 'An object with a globally unique id, fetched again with `node(id)` (the Relay convention).',
  resolveType: (value: { typeName: string }) => value.typeName,
})
export abstract class NodeInterface {
  @Field(() => ID)
  id!: string;
}

@InterfaceType('Application', {
  description: 'An application of any kind, driven through its workflow by an XState machine.',
  resolveType: (value: { typeName: string }) => value.typeName,
  implements: NodeInterface,
})
export abstract class ApplicationNode implements NodeInterface {
  /** the GraphQL object type this node is */
  typeName!: string;
  /** the row behind it, for field resolvers */
  row!: ApplicationRecord;

  @Field(() => ID)
  id!: string;

  @Field(() => ApplicationKindEnum)
  kind!: ApplicationKind;

  @Field({ description: "the workflow state; see workflowDefinitions for each kind's states" })
  state!: string;

  @Field(() => Int, { description: 'increases by one with every action; send it back as expectedVersion' })
  version!: number;

  @Field(() => Int, { description: 'the machine version this application runs on for its whole life' })
  machineVersion!: number;

  @Field({ description: 'true once nothing more can happen' })
  finished!: boolean;

  @Field()
  regionCode!: string;

  @Field(() => MoneyScalar)
  requestedAmount!: Tiyn;

  @Field(() => MoneyScalar, { nullable: true })
  approvedAmount!: Tiyn | null;

  @Field(() => MoneyScalar, { nullable: true })
  disbursedAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true, description: 'the fiscal year whose parameters the approval used' })
  decisionFiscalYear!: number | null;

  @Field()
  submittedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "the deadline running now, whatever the kind: a lifting payment's decision, a microcredit's contract signature; null when none runs",
  })
  deadline!: Date | null;

  @Field(() => PaymentType, { nullable: true, description: 'the payment, once an accountant confirmed the disbursement' })
  payment!: PaymentType | null;
}

@ObjectType('ChangeRequest')
export class ChangeRequestType extends StampType {
  @Field()
  note!: string;

  @Field(() => Date, { nullable: true })
  resubmittedAt!: Date | null;

  @Field(() => String, { nullable: true })
  resubmissionNote!: string | null;
}

@ObjectType('Disbursement')
export class DisbursementType extends StampType {
  @Field(() => MoneyScalar)
  amount!: Tiyn;

  @Field()
  paymentReference!: string;

  @Field(() => LocalDateScalar)
  paidOn!: string;
}

@ObjectType('Closing')
export class NoteStampType extends StampType {
  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('Withdrawal')
export class WithdrawalType extends StampType {
  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field({ description: 'more items follow the last edge (when paging back: true when `before` was sent)' })
  hasNextPage!: boolean;

  @Field({ description: 'more items come before the first edge (when paging forward: true when `after` was sent)' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "the first edge's cursor, for `before`" })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "the last edge's cursor, for `after`" })
  endCursor!: string | null;
}

@ObjectType('ApplicationEdge')
export class ApplicationEdgeType {
  @Field()
  cursor!: string;

  @Field(() => ApplicationNode)
  node!: ApplicationNode;
}

/** Past this, a count stops: a bound keeps one count from costing a scan of the republic. */
export const TOTAL_COUNT_CAP = 100_000;

@ObjectType('ApplicationConnection')
export class ApplicationConnectionType {
  @Field(() => [ApplicationEdgeType])
  edges!: ApplicationEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int, {
    description: `how many applications the filter holds, all pages together; counted only when selected, and up to ${TOTAL_COUNT_CAP.toLocaleString('en')} (a larger list answers ${TOTAL_COUNT_CAP + 1})`,
  })
  totalCount!: number;
}
