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
  ApplicationEventEnum,
  ApplicationKindEnum,
  ApplicationStateEnum,
  GenderEnum,
  LocalityEnum,
  PaymentStatusEnum,
  RoleEnum,
  SexEnum,
  UserRoleEnum,
} from './enums';

@ObjectType('Violation', { description: 'One problem with one input field.' })
export class ViolationType {
  @Field({ description: 'the input field the problem is with, e.g. amount' })
  field!: string;

  @Field({ description: 'a stable name of the rule, e.g. AMOUNT_OVER_CAP' })
  rule!: string;

  @Field({ description: 'what is wrong, for a person to read' })
  message!: string;
}

@ObjectType('Applicant', { description: 'A person who applies, identified by their IIN.' })
export class ApplicantType {
  @Field(() => ID, { description: 'the applicant\'s global id' })
  id!: string;

  @Field({ description: 'the individual identification number (12 digits)' })
  iin!: string;

  @Field({ description: 'as the applicant gave it' })
  fullName!: string;

  @Field(() => LocalDateScalar, { description: 'from the IIN' })
  birthDate!: string;

  @Field(() => GenderEnum, { description: 'from the IIN' })
  get gender(): 'male' | 'female' {
    return this.sex;
  }

  @Field(() => SexEnum, { description: 'from the IIN', deprecationReason: 'use gender, a Gender (MALE, FEMALE)' })
  sex!: 'male' | 'female';

  @Field(() => [ApplicantCategoryEnum], { description: 'the categories the applicant declared' })
  categories!: ApplicantCategory[];

  @Field(() => LocalityEnum, { description: 'RURAL or URBAN, where the applicant lives and works' })
  locality!: Locality;

  @Field({ description: 'the applicant\'s region' })
  regionCode!: string;

  @Field({ description: 'the town or village' })
  settlement!: string;
}

@ObjectType('ActorRef', { description: 'Who sent an event.' })
export class ActorRefType {
  @Field({ description: 'the user id from the token ("system" for the engine\'s own events)' })
  id!: string;

  @Field(() => [UserRoleEnum], { description: 'the roles the token carried' })
  userRoles!: Role[];

  @Field(() => [RoleEnum], { description: 'the roles the token carried', deprecationReason: 'use userRoles, UserRole values (REVIEWER)' })
  roles!: Role[];
}

@ObjectType('HistoryEntry', { description: 'One accepted action, from the append-only transition log.' })
export class HistoryEntryType {
  @Field(() => Int, { description: 'the application version this action produced' })
  seq!: number;

  @Field(() => ApplicationEventEnum, { description: 'the workflow event: SUBMIT or an action' })
  event!: string;

  @Field({ description: 'the workflow event, e.g. SUBMIT, APPROVE', deprecationReason: 'use event, an ApplicationEvent' })
  action!: string;

  @Field(() => ApplicationStateEnum, { nullable: true, description: 'the state before; null for the submission' })
  fromStatus!: string | null;

  @Field(() => ApplicationStateEnum, { description: 'the state after' })
  toStatus!: string;

  @Field(() => String, { nullable: true, description: "the state before, by its stored name; null for the submission", deprecationReason: 'use fromStatus, an ApplicationState' })
  fromState!: string | null;

  @Field({ description: 'the state after, by its stored name', deprecationReason: 'use toStatus, an ApplicationState' })
  toState!: string;

  @Field(() => ActorRefType, { description: 'who sent the action' })
  actor!: ActorRefType;

  @Field({ description: 'when it was recorded: the instant the gateway committed it (occurredOn is when it happened)' })
  at!: Date;

  @Field(() => LocalDateScalar, { description: "the business date: the day it happened in the world (programme time), e.g. the commission's date of a decision; the day it was recorded for events sent without one" })
  occurredOn!: string;

  @Field(() => Int, { description: 'the machine version that accepted it' })
  machineVersion!: number;

  @Field(() => JSONObjectScalar, { description: 'what the actor sent with the action' })
  details!: Record<string, unknown>;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'the facts the machine decided on (fiscal year, …)' })
  facts!: Record<string, unknown> | null;
}

@ObjectType('Stamp', { description: 'Who did something, and when.' })
export class StampType {
  @Field({ description: 'the user id of who did it' })
  by!: string;

  @Field({ description: 'when it was done' })
  at!: Date;
}

@ObjectType('Payment', { description: 'The payment of a disbursement through the payment provider.' })
export class PaymentType {
  @Field(() => PaymentStatusEnum, { description: 'PENDING (ordered, the job is paying), SETTLED, or FAILED (an incident to retry)' })
  settlementStatus!: 'PENDING' | 'SETTLED' | 'FAILED';

  @Field({
    description: 'PENDING (ordered, the job is paying), SETTLED, or FAILED (an incident to retry)',
    deprecationReason: 'use settlementStatus, a PaymentStatus',
  })
  status!: string;

  @Field({ description: 'when the payment was ordered' })
  orderedAt!: Date;

  @Field(() => Int, { description: 'attempts made when it failed' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'the provider\'s reference, once it accepted the order' })
  providerReference!: string | null;

  @Field(() => Date, { nullable: true, description: 'when the provider confirmed it, if settled' })
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
  @Field(() => ID, { description: 'the global id' })
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

  @Field(() => ID, { description: 'the global id (a UUID)' })
  id!: string;

  @Field(() => ApplicationKindEnum, { description: 'which kind of support' })
  kind!: ApplicationKind;

  @Field(() => ApplicationStateEnum, { description: "the workflow state; see workflowDefinitions for each kind's states" })
  status!: string;

  @Field({
    description: "the workflow state's stored name, e.g. awaitingReview",
    deprecationReason: 'use status, an ApplicationState (AWAITING_REVIEW for awaitingReview)',
  })
  state!: string;

  @Field(() => Int, { description: 'increases by one with every action; send it back as expectedVersion' })
  version!: number;

  @Field(() => Int, { description: 'the machine version this application runs on for its whole life' })
  machineVersion!: number;

  @Field({ description: 'true once nothing more can happen' })
  finished!: boolean;

  @Field({ description: 'the region whose programme the application goes to' })
  regionCode!: string;

  @Field(() => MoneyScalar, { description: 'what the applicant asked for (or, for a lifting payment, the amount computed)' })
  requestedAmount!: Tiyn;

  @Field(() => MoneyScalar, { nullable: true, description: 'the amount approved; null before the approval' })
  approvedAmount!: Tiyn | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'the amount paid out; null before the disbursement' })
  disbursedAmount!: Tiyn | null;

  @Field(() => Int, { nullable: true, description: 'the fiscal year whose parameters the approval used' })
  decisionFiscalYear!: number | null;

  @Field({ description: 'when the application was submitted' })
  submittedAt!: Date;

  @Field({ description: 'when the last action was committed' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'when the application reached a final state' })
  finishedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "the deadline running now, whatever the kind: a lifting payment's decision, a microcredit's contract signature; null when none runs",
  })
  deadline!: Date | null;

  @Field(() => PaymentType, { nullable: true, description: 'the payment, once an accountant confirmed the disbursement' })
  payment!: PaymentType | null;
}

@ObjectType('ChangeRequest', { description: 'A reviewer\'s request for changes, and the applicant\'s answer once resubmitted.' })
export class ChangeRequestType extends StampType {
  @Field({ description: 'what the applicant should change' })
  note!: string;

  @Field(() => Date, { nullable: true, description: 'when the applicant resubmitted; null while waiting' })
  resubmittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'the applicant\'s note with the resubmission' })
  resubmissionNote!: string | null;
}

@ObjectType('Disbursement', { description: 'The accountant\'s confirmation that the money was ordered to the recipient.' })
export class DisbursementType extends StampType {
  @Field(() => MoneyScalar, { description: 'the amount paid' })
  amount!: Tiyn;

  @Field({ description: 'the treasury\'s payment order number' })
  paymentReference!: string;

  @Field(() => LocalDateScalar, { description: 'the payment date' })
  paidOn!: string;
}

@ObjectType('Closing', { description: 'How and by whom an application was closed.' })
export class NoteStampType extends StampType {
  @Field(() => String, { nullable: true, description: 'why it was closed' })
  note!: string | null;
}

@ObjectType('Withdrawal', { description: 'The applicant withdrew the application before a decision.' })
export class WithdrawalType extends StampType {
  @Field(() => String, { nullable: true, description: 'the applicant\'s reason, if given' })
  reason!: string | null;
}

@ObjectType('PageInfo', { description: 'Where a page of a connection sits in the whole list (the Relay convention).' })
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

@ObjectType('ApplicationEdge', { description: 'One application of a page, with the cursor to page on from it.' })
export class ApplicationEdgeType {
  @Field({ description: 'pass as `after` or `before` to page on from this edge' })
  cursor!: string;

  @Field(() => ApplicationNode, { description: 'the application' })
  node!: ApplicationNode;
}

/** Past this, a count stops: a bound keeps one count from costing a scan of the republic. */
export const TOTAL_COUNT_CAP = 100_000;

@ObjectType('ApplicationConnection', { description: 'A page of applications, paged with cursors (the Relay connection convention).' })
export class ApplicationConnectionType {
  @Field(() => [ApplicationEdgeType], { description: 'the applications of the page, in the list\'s order' })
  edges!: ApplicationEdgeType[];

  @Field(() => PageInfoType, { description: 'where the page sits in the list' })
  pageInfo!: PageInfoType;

  @Field(() => Int, {
    description: `how many applications the filter holds, all pages together; counted only when selected, and up to ${TOTAL_COUNT_CAP.toLocaleString('en')} (a larger list answers ${TOTAL_COUNT_CAP + 1})`,
  })
  totalCount!: number;
}
