import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A JSON object, at most 8 levels deep and 1000 keys and elements in all. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A calendar date, YYYY-MM-DD. */
  LocalDate: { input: string; output: string; }
  /** An amount of tenge as a decimal string with at most two decimals, e.g. "555600.00". Never a number. */
  Money: { input: string; output: string; }
  /** A percentage as a decimal string with at most two decimals, e.g. "4.5" for 4.50 % (annual rates, shares). */
  Percent: { input: string; output: string; }
};

/** Which application an action is for, and the version the caller last read. */
export type ActionInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** What an action would do now, found by running it and rolling it back. */
export type ActionPreview = {
  __typename?: 'ActionPreview';
  /** the action tried */
  action: ApplicationAction;
  /** true when the action would be accepted now */
  allowed: Scalars['Boolean']['output'];
  /** the error code the action would be refused with */
  code?: Maybe<Scalars['String']['output']>;
  /**
   * the state now, by its stored name
   * @deprecated use fromStatus, an ApplicationState
   */
  fromState?: Maybe<Scalars['String']['output']>;
  /** the state now */
  fromStatus?: Maybe<ApplicationState>;
  /** why it would be refused, for a person to read */
  message?: Maybe<Scalars['String']['output']>;
  /**
   * the state that would follow, by its stored name
   * @deprecated use toStatus, an ApplicationState
   */
  toState?: Maybe<Scalars['String']['output']>;
  /** the state that would follow */
  toStatus?: Maybe<ApplicationState>;
};

/** Who sent an event. */
export type ActorRef = {
  __typename?: 'ActorRef';
  /** the user id from the token ("system" for the engine's own events) */
  id: Scalars['String']['output'];
  /**
   * the roles the token carried
   * @deprecated use userRoles, UserRole values (REVIEWER)
   */
  roles: Array<Role>;
  /** the roles the token carried */
  userRoles: Array<UserRole>;
};

/** A recommendation or an approval, with the amount (and a microcredit's terms). */
export type AmountDecisionInput = {
  /** defaults to the amount asked for (or recommended) */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** a note kept in the history */
  note?: InputMaybe<Scalars['String']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** a microcredit's final terms, which its committee approves it with (required there; approve only) */
  terms?: InputMaybe<LoanTermsInput>;
};

/** A person who applies, identified by their IIN. */
export type Applicant = {
  __typename?: 'Applicant';
  /** from the IIN */
  birthDate: Scalars['LocalDate']['output'];
  /** the categories the applicant declared */
  categories: Array<ApplicantCategory>;
  /** as the applicant gave it */
  fullName: Scalars['String']['output'];
  /** from the IIN */
  gender: Gender;
  /** the applicant's global id */
  id: Scalars['ID']['output'];
  /** the individual identification number (12 digits) */
  iin: Scalars['String']['output'];
  /** RURAL or URBAN, where the applicant lives and works */
  locality: Locality;
  /** the applicant's region */
  regionCode: Scalars['String']['output'];
  /** the town or village */
  settlement: Scalars['String']['output'];
  /**
   * from the IIN
   * @deprecated use gender, a Gender (MALE, FEMALE)
   */
  sex: Sex;
};

/** Categories that change the programme rules for an applicant. */
export type ApplicantCategory =
  | 'DISABILITY'
  | 'KANDAS'
  | 'LARGE_FAMILY'
  | 'LOW_INCOME_FAMILY'
  | 'ORPHANAGE_GRADUATE'
  | 'RELEASED_FROM_PRISON'
  | 'SELF_EMPLOYED'
  | 'TSA_RECIPIENT'
  | 'UNEMPLOYED'
  | 'YOUTH';

/** Who applies. For an applicant, the IIN must be the one in their token. */
export type ApplicantInput = {
  /** the categories the applicant declares; checked at screening */
  categories?: Array<ApplicantCategory>;
  /** as in the identity document */
  fullName: Scalars['String']['input'];
  /** 12 digits with a valid check digit */
  iin: Scalars['String']['input'];
  /** RURAL or URBAN, where the applicant lives and works */
  locality: Locality;
  /** a contact number */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** the town or village */
  settlement: Scalars['String']['input'];
};

/** An application of any kind, driven through its workflow by an XState machine. */
export type Application = {
  /** who applies */
  applicant: Applicant;
  /** the amount approved; null before the approval */
  approvedAmount?: Maybe<Scalars['Money']['output']>;
  /** The actions the caller may send now, from the machine. */
  availableActions: Array<ApplicationAction>;
  /** the deadline running now, whatever the kind: a lifting payment's decision, a microcredit's contract signature; null when none runs */
  deadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** the fiscal year whose parameters the approval used */
  decisionFiscalYear?: Maybe<Scalars['Int']['output']>;
  /** The application's workflow as a Mermaid diagram, its current state marked. */
  diagram: Scalars['String']['output'];
  /** the amount paid out; null before the disbursement */
  disbursedAmount?: Maybe<Scalars['Money']['output']>;
  /** true once nothing more can happen */
  finished: Scalars['Boolean']['output'];
  /** when the application reached a final state */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The transition log, oldest first; `last` keeps only the newest entries. */
  history: Array<HistoryEntry>;
  /** the global id (a UUID) */
  id: Scalars['ID']['output'];
  /** which kind of support */
  kind: ApplicationKind;
  /** the machine version this application runs on for its whole life */
  machineVersion: Scalars['Int']['output'];
  /** the payment, once an accountant confirmed the disbursement */
  payment?: Maybe<Payment>;
  /** the region whose programme the application goes to (see regionCode) */
  region: Region;
  /** the region whose programme the application goes to */
  regionCode: Scalars['String']['output'];
  /** what the applicant asked for (or, for a lifting payment, the amount computed) */
  requestedAmount: Scalars['Money']['output'];
  /**
   * the workflow state's stored name, e.g. awaitingReview
   * @deprecated use status, an ApplicationState (AWAITING_REVIEW for awaitingReview)
   */
  state: Scalars['String']['output'];
  /** the workflow state; see workflowDefinitions for each kind's states */
  status: ApplicationState;
  /** when the application was submitted */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** when the last action was committed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** increases by one with every action; send it back as expectedVersion */
  version: Scalars['Int']['output'];
};


/** An application of any kind, driven through its workflow by an XState machine. */
export type ApplicationHistoryArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** An action (workflow event) that can be sent to an application. */
export type ApplicationAction =
  | 'APPROVE'
  | 'CLOSE'
  | 'CONFIRM_DISBURSEMENT'
  | 'ESCALATE'
  | 'EXPIRE_CONTRACT'
  | 'MARK_OVERDUE'
  | 'PAYMENT_FAILED'
  | 'PAYMENT_SETTLED'
  | 'RECOMMEND'
  | 'RECORD_REPAYMENT'
  | 'RECORD_SITE_VISIT'
  | 'REJECT'
  | 'REPORT_FUNDS_USE'
  | 'REQUEST_CHANGES'
  | 'RESUBMIT'
  | 'RETRY_PAYMENT'
  | 'SIGN_CONTRACT'
  | 'START_REVIEW'
  | 'START_VERIFICATION'
  | 'SUBMIT_ASSESSMENT'
  | 'VERIFY'
  | 'WITHDRAW'
  | 'WRITE_OFF';

/** One committed transition of an application, as it happened. */
export type ApplicationChange = {
  __typename?: 'ApplicationChange';
  /**
   * the workflow event, e.g. SUBMIT, APPROVE
   * @deprecated use event, an ApplicationEvent
   */
  action: Scalars['String']['output'];
  /** The application as it is now, read when the change is delivered (the same as `edge.node`). */
  application: Application;
  /** the application's global id */
  applicationId: Scalars['ID']['output'];
  /** when the transition was committed */
  at: Scalars['DateTimeISO']['output'];
  /** What the transition did to the applications the subscription follows: ADDED, UPDATED or REMOVED (applicationChanged follows one application, so always UPDATED). */
  change: ListChange;
  /** The application as a list holds it, read when the change is delivered: its `node`, and the `cursor` that `applications` gives it in the order asked (that list's default, SUBMITTED_AT DESC, when not given). What a client's cache needs to insert the application into a list, or to find it there. */
  edge: ApplicationEdge;
  /** the workflow event: SUBMIT or an action */
  event: ApplicationEvent;
  /**
   * the state before, by its stored name; null for the submission
   * @deprecated use fromStatus, an ApplicationState
   */
  fromState?: Maybe<Scalars['String']['output']>;
  /** the state before; null for the submission */
  fromStatus?: Maybe<ApplicationState>;
  /** the application's kind */
  kind: ApplicationKind;
  /** the application's region */
  regionCode: Scalars['String']['output'];
  /**
   * the state after, by its stored name
   * @deprecated use toStatus, an ApplicationState
   */
  toState: Scalars['String']['output'];
  /** the state after */
  toStatus: ApplicationState;
  /** the application version this transition produced */
  version: Scalars['Int']['output'];
};


/** One committed transition of an application, as it happened. */
export type ApplicationChangeEdgeArgs = {
  orderBy?: InputMaybe<ApplicationOrder>;
};

/** A page of applications, paged with cursors (the Relay connection convention). */
export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  /** the applications of the page, in the list's order */
  edges: Array<ApplicationEdge>;
  /** where the page sits in the list */
  pageInfo: PageInfo;
  /** how many applications the filter holds, all pages together; counted only when selected, and up to 100,000 (a larger list answers 100001) */
  totalCount: Scalars['Int']['output'];
};

/** One application of a page, with the cursor to page on from it. */
export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  /** pass as `after` or `before` to page on from this edge */
  cursor: Scalars['String']['output'];
  /** the application */
  node: Application;
};

/** An event of the transition log: SUBMIT, which created the application; MIGRATE, an administrator's move to another machine version; or an action (see ApplicationAction). */
export type ApplicationEvent =
  | 'APPROVE'
  | 'CLOSE'
  | 'CONFIRM_DISBURSEMENT'
  | 'ESCALATE'
  | 'EXPIRE_CONTRACT'
  | 'MARK_OVERDUE'
  | 'MIGRATE'
  | 'PAYMENT_FAILED'
  | 'PAYMENT_SETTLED'
  | 'RECOMMEND'
  | 'RECORD_REPAYMENT'
  | 'RECORD_SITE_VISIT'
  | 'REJECT'
  | 'REPORT_FUNDS_USE'
  | 'REQUEST_CHANGES'
  | 'RESUBMIT'
  | 'RETRY_PAYMENT'
  | 'SIGN_CONTRACT'
  | 'START_REVIEW'
  | 'START_VERIFICATION'
  | 'SUBMIT'
  | 'SUBMIT_ASSESSMENT'
  | 'VERIFY'
  | 'WITHDRAW'
  | 'WRITE_OFF';

/** Filters of the application list; all optional, combined with AND. */
export type ApplicationFilterInput = {
  /** only this applicant's applications */
  applicantIin?: InputMaybe<Scalars['String']['input']>;
  /** only applications escalated after missing their service deadline (or only not) */
  escalated?: InputMaybe<Scalars['Boolean']['input']>;
  /** only this kind */
  kind?: InputMaybe<ApplicationKind>;
  /** only this region */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** staff: applications whose applicant's IIN starts with these digits (1 to 12), or whose full name contains this text (at least 2 letters, any case) */
  search?: InputMaybe<Scalars['String']['input']>;
  /**
   * any of these states, by their stored names (awaitingReview)
   * @deprecated use statuses, ApplicationState values (AWAITING_REVIEW)
   */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** any of these states (of the filter's kind, when it names one) */
  statuses?: InputMaybe<Array<ApplicationState>>;
  /** submitted at or after this instant */
  submittedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** submitted on this local date (UTC+5) or later */
  submittedOnOrAfter?: InputMaybe<Scalars['LocalDate']['input']>;
  /** submitted on this local date (UTC+5) or earlier */
  submittedOnOrBefore?: InputMaybe<Scalars['LocalDate']['input']>;
  /** submitted before this instant */
  submittedTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The kinds of support the programme pays. */
export type ApplicationKind =
  | 'GRANT'
  | 'LIFTING'
  | 'MICROCREDIT';

/** The order of a list of applications. */
export type ApplicationOrder = {
  /** ascending or descending */
  direction: OrderDirection;
  /** what to order by */
  field: ApplicationOrderField;
};

/** What a list of applications is ordered by (ties broken by id). DEADLINE: the running deadline; applications without one come last when ascending. AMOUNT: the requested amount. */
export type ApplicationOrderField =
  | 'AMOUNT'
  | 'DEADLINE'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

/** A workflow state of an application, of any kind; workflowDefinitions lists each kind's states. */
export type ApplicationState =
  | 'APPROVED'
  | 'AWAITING_DECISION'
  | 'AWAITING_REVIEW'
  | 'AWAITING_VERIFICATION'
  | 'CANCELLED'
  | 'CHANGES_REQUESTED'
  | 'CLOSED'
  | 'CONTRACT_PENDING'
  | 'CONTRACT_SIGNED'
  | 'CREDIT_REVIEW'
  | 'DISBURSED'
  | 'DISBURSEMENT_PENDING'
  | 'FUNDS_USE_REPORTED'
  | 'INELIGIBLE'
  | 'OVERDUE'
  | 'RECOMMENDED'
  | 'REJECTED'
  | 'REPAYING'
  | 'RESUBMITTED'
  | 'SCREENING'
  | 'UNDER_REVIEW'
  | 'UNDER_VERIFICATION'
  | 'VERIFIED'
  | 'WITHDRAWN'
  | 'WRITTEN_OFF';

/** The committee's approval of a microcredit with its final terms. */
export type ApproveMicrocreditInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the committee's note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the final terms */
  terms: LoanTermsInput;
};

/** One change of a fiscal year's back-entry setting by an administrator. */
export type BackEntryRevision = {
  __typename?: 'BackEntryRevision';
  /** when it was changed */
  changedAt: Scalars['DateTimeISO']['output'];
  /** the administrator's user id */
  changedBy: Scalars['String']['output'];
  /** why it was changed */
  note?: Maybe<Scalars['String']['output']>;
  /** whether the year was opened (true) or closed (false) by this change */
  open: Scalars['Boolean']['output'];
};

/** The Bastau Business course certificate a grant applicant holds. */
export type BastauCertificate = {
  __typename?: 'BastauCertificate';
  /** the date of issue */
  issuedOn: Scalars['LocalDate']['output'];
  /** the certificate number */
  number: Scalars['String']['output'];
};

/** The Bastau Business course certificate. */
export type BastauCertificateInput = {
  /** the date of issue */
  issuedOn: Scalars['LocalDate']['input'];
  /** the certificate number */
  number: Scalars['String']['input'];
};

/** Why a microcredit was cancelled (e.g. its contract was not signed in time). */
export type Cancellation = {
  __typename?: 'Cancellation';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** why it was cancelled */
  reason: Scalars['String']['output'];
};

/** A reviewer's request for changes, and the applicant's answer once resubmitted. */
export type ChangeRequest = {
  __typename?: 'ChangeRequest';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** what the applicant should change */
  note: Scalars['String']['output'];
  /** the applicant's note with the resubmission */
  resubmissionNote?: Maybe<Scalars['String']['output']>;
  /** when the applicant resubmitted; null while waiting */
  resubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** How and by whom an application was closed. */
export type Closing = {
  __typename?: 'Closing';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** why it was closed */
  note?: Maybe<Scalars['String']['output']>;
};

/** The accountant's confirmation that the money was paid, with the treasury's reference. */
export type ConfirmDisbursementInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the payment date */
  paidOn: Scalars['LocalDate']['input'];
  /** the treasury's payment order number */
  paymentReference: Scalars['String']['input'];
};

/** The loan officer's credit review. */
export type CreditAssessment = {
  __typename?: 'CreditAssessment';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the loan officer's assessment */
  note: Scalars['String']['output'];
  /**
   * the former name of note
   * @deprecated use note, as every other stamp names it
   */
  notes: Scalars['String']['output'];
  /** the terms proposed to the committee */
  proposed: LoanTerms;
};

/** The reviewer's or the approver's decision on a grant, with the amount and the cap it was checked against. */
export type Decision = {
  __typename?: 'Decision';
  /** the approved amount */
  amount?: Maybe<Scalars['Money']['output']>;
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** 200 MCI of the decision's fiscal year */
  cap?: Maybe<Scalars['Money']['output']>;
  /** the fiscal year whose parameters the decision used */
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** the decider's note */
  note?: Maybe<Scalars['String']['output']>;
  /** approved or rejected */
  outcome: DecisionOutcome;
  /** every rejection carries one */
  reason?: Maybe<Scalars['String']['output']>;
  /** the reviewer's decision at review, or the approver's */
  stage: DecisionStage;
};

/** The outcome of a decision. */
export type DecisionOutcome =
  | 'APPROVED'
  | 'REJECTED';

/** Who decided: the reviewer at review, or the approver. */
export type DecisionStage =
  | 'APPROVAL'
  | 'REVIEW';

/** The accountant's confirmation that the money was ordered to the recipient. */
export type Disbursement = {
  __typename?: 'Disbursement';
  /** the amount paid */
  amount: Scalars['Money']['output'];
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the payment date */
  paidOn: Scalars['LocalDate']['output'];
  /** the treasury's payment order number */
  paymentReference: Scalars['String']['output'];
};

/** A year's fiscal parameters, fixed by the republican budget law. */
export type FiscalYear = {
  __typename?: 'FiscalYear';
  /** the largest grant of the year: 200 MCI */
  grantCap: Scalars['Money']['output'];
  /** monthly calculation index (MCI) */
  mci: Scalars['Money']['output'];
  /** the monthly minimum wage */
  minimumWage: Scalars['Money']['output'];
  /** why the parameters were added or last corrected */
  note?: Maybe<Scalars['String']['output']>;
  /** every change of the year's parameters by an administrator, oldest first (administrators and auditors) */
  revisions: Array<FiscalYearRevision>;
  /** when they were last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** the fiscal year */
  year: Scalars['Int']['output'];
};

/** Whether actions dated more than BACK_ENTRY_DAYS back may be recorded in a fiscal year, with every change. */
export type FiscalYearBackEntry = {
  __typename?: 'FiscalYearBackEntry';
  /** every change, oldest first */
  history: Array<BackEntryRevision>;
  /** true while an administrator has the year open for back-entry */
  open: Scalars['Boolean']['output'];
  /** the fiscal year */
  year: Scalars['Int']['output'];
};

/** Open or close a fiscal year for back-entry. */
export type FiscalYearBackEntryInput = {
  /** why, kept with the change */
  note?: InputMaybe<Scalars['String']['input']>;
  /** true to open the year for back-entry, false to close it */
  open: Scalars['Boolean']['input'];
  /** the fiscal year */
  year: Scalars['Int']['input'];
};

/** A year's MCI and minimum wage, added (both needed) or corrected (a field left out keeps its value). */
export type FiscalYearInput = {
  /** the monthly calculation index (MCI); left out, the stored one is kept */
  mci?: InputMaybe<Scalars['Money']['input']>;
  /** the monthly minimum wage; left out, the stored one is kept */
  minimumWage?: InputMaybe<Scalars['Money']['input']>;
  /** why it was added or corrected */
  note?: InputMaybe<Scalars['String']['input']>;
  /** the fiscal year */
  year: Scalars['Int']['input'];
};

/** One change of a year's fiscal parameters by an administrator: the values after it, who and when. */
export type FiscalYearRevision = {
  __typename?: 'FiscalYearRevision';
  /** when it was changed */
  changedAt: Scalars['DateTimeISO']['output'];
  /** the administrator's user id */
  changedBy: Scalars['String']['output'];
  /** the MCI after the change */
  mci: Scalars['Money']['output'];
  /** the minimum wage after the change */
  minimumWage: Scalars['Money']['output'];
  /** why it was changed */
  note?: Maybe<Scalars['String']['output']>;
  /** the fiscal year */
  year: Scalars['Int']['output'];
};

/** A name a region had before, and the last year it was used. */
export type FormerName = {
  __typename?: 'FormerName';
  /** the former name */
  name: Scalars['String']['output'];
  /** the last year the name was used */
  until: Scalars['Int']['output'];
};

/** A region's limit and plan for one kind of support in one fiscal year, and the ledger against it. */
export type FundingLimit = {
  __typename?: 'FundingLimit';
  /** limit − reserved − committed */
  available: Scalars['Money']['output'];
  /** paid out */
  committed: Scalars['Money']['output'];
  /**
   * every change, oldest first
   * @deprecated use revisions, the same list under the name every reference type uses
   */
  history: Array<FundingLimitRevision>;
  /** the kind of support */
  kind: ApplicationKind;
  /** what the region may commit for the kind in the year */
  limitAmount: Scalars['Money']['output'];
  /** the administrator's note on the last change */
  note?: Maybe<Scalars['String']['output']>;
  /** the amount the plan expects to pay out */
  plannedAmount?: Maybe<Scalars['Money']['output']>;
  /** how many applications the plan expects */
  plannedCount?: Maybe<Scalars['Int']['output']>;
  /** microcredits: jobs the plan expects */
  plannedJobs?: Maybe<Scalars['Int']['output']>;
  /** the region */
  regionCode: Scalars['String']['output'];
  /** approved, not yet paid */
  reserved: Scalars['Money']['output'];
  /** every change of the limit or plan by an administrator, oldest first: the values after it, who and when */
  revisions: Array<FundingLimitRevision>;
  /** when it was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** the fiscal year */
  year: Scalars['Int']['output'];
};

/** A region's limit and plan for one kind and fiscal year: a field left out keeps its value, null clears a plan figure. */
export type FundingLimitInput = {
  /** the kind of support */
  kind: ApplicationKind;
  /** not below what is already reserved and committed; needed for a new limit, left out the stored one is kept */
  limitAmount?: InputMaybe<Scalars['Money']['input']>;
  /** why it was set or changed; kept with the revision */
  note?: InputMaybe<Scalars['String']['input']>;
  /** the amount the plan expects to pay out; left out kept, null cleared */
  plannedAmount?: InputMaybe<Scalars['Money']['input']>;
  /** how many applications the plan expects; left out kept, null cleared */
  plannedCount?: InputMaybe<Scalars['Int']['input']>;
  /** microcredits: jobs the plan expects; left out kept, null cleared */
  plannedJobs?: InputMaybe<Scalars['Int']['input']>;
  /** the region */
  regionCode: Scalars['String']['input'];
  /** the fiscal year */
  year: Scalars['Int']['input'];
};

/** One change of a limit or plan by an administrator. */
export type FundingLimitRevision = {
  __typename?: 'FundingLimitRevision';
  /** when it was changed */
  changedAt: Scalars['DateTimeISO']['output'];
  /** the administrator's user id */
  changedBy: Scalars['String']['output'];
  /** the limit after the change */
  limitAmount: Scalars['Money']['output'];
  /** why it was changed */
  note?: Maybe<Scalars['String']['output']>;
  /** the planned amount after the change */
  plannedAmount?: Maybe<Scalars['Money']['output']>;
  /** the planned number of applications after the change */
  plannedCount?: Maybe<Scalars['Int']['output']>;
  /** the planned jobs after the change (microcredits) */
  plannedJobs?: Maybe<Scalars['Int']['output']>;
};

/** The grant recipient's report of how the money was used. */
export type FundsUseReport = {
  __typename?: 'FundsUseReport';
  /** how much of the grant was used */
  amountUsed: Scalars['Money']['output'];
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** what the grant was spent on */
  report: Scalars['String']['output'];
};

/** The applicant's administrative sex, as the IIN records it (FHIR's AdministrativeGender names it so). */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** A state grant for a new business idea, at most 200 MCI. */
export type GrantApplication = Application & Node & {
  __typename?: 'GrantApplication';
  /** who applies */
  applicant: Applicant;
  /** the amount approved; null before the approval */
  approvedAmount?: Maybe<Scalars['Money']['output']>;
  /** The actions the caller may send now, from the machine. */
  availableActions: Array<ApplicationAction>;
  /** the business the grant starts */
  businessIdea: Scalars['String']['output'];
  /** the Bastau Business certificate, if one was given */
  certificate?: Maybe<BastauCertificate>;
  /** every request for changes, oldest first */
  changeRequests: Array<ChangeRequest>;
  /** set when the application was closed */
  closing?: Maybe<Closing>;
  /** the deadline running now, whatever the kind: a lifting payment's decision, a microcredit's contract signature; null when none runs */
  deadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** the decision, once taken */
  decision?: Maybe<Decision>;
  /** the fiscal year whose parameters the approval used */
  decisionFiscalYear?: Maybe<Scalars['Int']['output']>;
  /** the categories the applicant declared, as screened */
  declaredCategories: Array<ApplicantCategory>;
  /** The application's workflow as a Mermaid diagram, its current state marked. */
  diagram: Scalars['String']['output'];
  /** the amount paid out; null before the disbursement */
  disbursedAmount?: Maybe<Scalars['Money']['output']>;
  /** the accountant's confirmation of the payment */
  disbursement?: Maybe<Disbursement>;
  /** true once nothing more can happen */
  finished: Scalars['Boolean']['output'];
  /** when the application reached a final state */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** the recipient's report on the use of the money */
  fundsUse?: Maybe<FundsUseReport>;
  /** The transition log, oldest first; `last` keeps only the newest entries. */
  history: Array<HistoryEntry>;
  /** the global id (a UUID) */
  id: Scalars['ID']['output'];
  /** which kind of support */
  kind: ApplicationKind;
  /** the machine version this application runs on for its whole life */
  machineVersion: Scalars['Int']['output'];
  /** the payment, once an accountant confirmed the disbursement */
  payment?: Maybe<Payment>;
  /** what the grant is spent on */
  purpose: GrantPurpose;
  /** the reviewer's recommendation */
  recommendation?: Maybe<Recommendation>;
  /** the region whose programme the application goes to (see regionCode) */
  region: Region;
  /** the region whose programme the application goes to */
  regionCode: Scalars['String']['output'];
  /** what the applicant asked for (or, for a lifting payment, the amount computed) */
  requestedAmount: Scalars['Money']['output'];
  /** who took it into review, and when */
  reviewStarted?: Maybe<Stamp>;
  /** the last automatic screening */
  screening: GrantScreening;
  /** the reviewer's site visit; on machine version 2, required before recommending above GRANT_SITE_VISIT_SHARE of the cap */
  siteVisit?: Maybe<SiteVisit>;
  /**
   * the workflow state's stored name, e.g. awaitingReview
   * @deprecated use status, an ApplicationState (AWAITING_REVIEW for awaitingReview)
   */
  state: Scalars['String']['output'];
  /** the workflow state; see workflowDefinitions for each kind's states */
  status: ApplicationState;
  /** when the application was submitted */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** when the last action was committed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** increases by one with every action; send it back as expectedVersion */
  version: Scalars['Int']['output'];
  /** set when the applicant withdrew */
  withdrawal?: Maybe<Withdrawal>;
};


/** A state grant for a new business idea, at most 200 MCI. */
export type GrantApplicationHistoryArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What a grant applicant asks for. */
export type GrantProposalInput = {
  /** at most 200 MCI of the fiscal year */
  amount: Scalars['Money']['input'];
  /** the business the grant starts */
  businessIdea: Scalars['String']['input'];
  /** required unless a TSA-receiving member of a large or low-income family */
  certificate?: InputMaybe<BastauCertificateInput>;
  /** what the grant is spent on */
  purpose: GrantPurpose;
};

/** What a grant is spent on. */
export type GrantPurpose =
  | 'ANIMAL_HUSBANDRY'
  | 'EQUIPMENT'
  | 'INVENTORY_AND_TOOLS'
  | 'OTHER';

/** The last automatic screening. */
export type GrantScreening = {
  __typename?: 'GrantScreening';
  /** when the screening ran */
  at: Scalars['DateTimeISO']['output'];
  /** 200 MCI of that fiscal year */
  cap?: Maybe<Scalars['Money']['output']>;
  /** the fiscal year the cap was taken from */
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** empty when eligible */
  reasons: Array<Violation>;
};

/** One accepted action, from the append-only transition log. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /**
   * the workflow event, e.g. SUBMIT, APPROVE
   * @deprecated use event, an ApplicationEvent
   */
  action: Scalars['String']['output'];
  /** who sent the action */
  actor: ActorRef;
  /** when it was recorded: the instant the gateway committed it (occurredOn is when it happened) */
  at: Scalars['DateTimeISO']['output'];
  /** what the actor sent with the action */
  details: Scalars['JSONObject']['output'];
  /** the workflow event: SUBMIT or an action */
  event: ApplicationEvent;
  /** the facts the machine decided on (fiscal year, …) */
  facts?: Maybe<Scalars['JSONObject']['output']>;
  /**
   * the state before, by its stored name; null for the submission
   * @deprecated use fromStatus, an ApplicationState
   */
  fromState?: Maybe<Scalars['String']['output']>;
  /** the state before; null for the submission */
  fromStatus?: Maybe<ApplicationState>;
  /** the machine version that accepted it */
  machineVersion: Scalars['Int']['output'];
  /** the business date: the day it happened in the world (programme time), e.g. the commission's date of a decision; the day it was recorded for events sent without one */
  occurredOn: Scalars['LocalDate']['output'];
  /** the application version this action produced */
  seq: Scalars['Int']['output'];
  /**
   * the state after, by its stored name
   * @deprecated use toStatus, an ApplicationState
   */
  toState: Scalars['String']['output'];
  /** the state after */
  toStatus: ApplicationState;
};

/** A small historical import file, as its lines (JSON Lines; README, section "Import"). */
export type ImportInput = {
  /** the file's lines, at most 200; larger files go through npm run import */
  lines: Array<Scalars['String']['input']>;
  /** the file name, kept with every imported row; "mutation" when left out */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** Why a line was not imported. */
export type ImportRefusal = {
  __typename?: 'ImportRefusal';
  /** the stable code: the engine's (VALIDATION, INVALID_TRANSITION, FORBIDDEN, BUDGET_EXHAUSTED …) */
  code: Scalars['String']['output'];
  /** the refused event's position among the row's events, from 0; null for the submission or the row */
  eventIndex?: Maybe<Scalars['Int']['output']>;
  /** the refused event's type */
  eventType?: Maybe<Scalars['String']['output']>;
  /** the field the rule is about */
  field?: Maybe<Scalars['String']['output']>;
  /** the reason in words */
  message: Scalars['String']['output'];
  /** the rule (IIN_INVALID, REGION_UNKNOWN, DUPLICATE_EXTERNAL_ID, BACK_ENTRY_CLOSED, FORMAT …) */
  rule?: Maybe<Scalars['String']['output']>;
};

/** One line of the file and what became of it. */
export type ImportRowOutcome = {
  __typename?: 'ImportRowOutcome';
  /** the application the row is (imported or skipped) */
  applicationId?: Maybe<Scalars['ID']['output']>;
  /** the row's external id */
  externalId?: Maybe<Scalars['String']['output']>;
  /** the line number, from 1 */
  line: Scalars['Int']['output'];
  /** application, plan, resettlementQuota or fiscalYear; null for a line that is not a record */
  record?: Maybe<Scalars['String']['output']>;
  /** why the line was refused; null otherwise */
  refusal?: Maybe<ImportRefusal>;
  /** what the import did with the line */
  status: ImportRowStatus;
};

/** What the import did with a line. */
export type ImportRowStatus =
  /** a reference record (fiscal year, plan, resettlement quota) changed the data, with a revision */
  | 'APPLIED'
  /** the application and all its events were brought in through the engine */
  | 'IMPORTED'
  /** nothing of the line was written; `refusal` says why */
  | 'REFUSED'
  /** the same row (same external id, same content) was imported before */
  | 'SKIPPED'
  /** a reference record the data already holds */
  | 'UNCHANGED';

/** What a historical import did: counts, and every line refused with its reason. */
export type ImportSummary = {
  __typename?: 'ImportSummary';
  /** how long the import took, in milliseconds */
  durationMs: Scalars['Int']['output'];
  /** applications brought in */
  imported: Scalars['Int']['output'];
  /** reference records that changed the data */
  referenceApplied: Scalars['Int']['output'];
  /** reference records refused */
  referenceRefused: Scalars['Int']['output'];
  /** reference records the data already held */
  referenceUnchanged: Scalars['Int']['output'];
  /** lines refused: nothing of them was written */
  refused: Scalars['Int']['output'];
  /** every line, in the file's order */
  rows: Array<ImportRowOutcome>;
  /** rows imported before with the same content */
  skipped: Scalars['Int']['output'];
  /** the file name (or "mutation") kept with every imported row */
  source: Scalars['String']['output'];
};

/** One instalment of the repayment schedule. */
export type Instalment = {
  __typename?: 'Instalment';
  /** the due date */
  dueOn: Scalars['LocalDate']['output'];
  /** the interest part */
  interest: Scalars['Money']['output'];
  /** 1 for the first instalment */
  number: Scalars['Int']['output'];
  /** principal and interest paid so far */
  paid: Scalars['Money']['output'];
  /** the principal part */
  principal: Scalars['Money']['output'];
  /** where the instalment stands as of today */
  status: InstalmentStatus;
  /** principal + interest */
  total: Scalars['Money']['output'];
};

/** Where an instalment stands today. */
export type InstalmentStatus =
  | 'DUE'
  | 'OVERDUE'
  | 'PAID'
  | 'PARTIAL'
  | 'UPCOMING';

/** A one-time resettlement ("lifting") payment of two minimum wages, once per person per move. */
export type LiftingApplication = Application & Node & {
  __typename?: 'LiftingApplication';
  /** who applies */
  applicant: Applicant;
  /** the amount approved; null before the approval */
  approvedAmount?: Maybe<Scalars['Money']['output']>;
  /** the arrival at the new place */
  arrivalDate: Scalars['LocalDate']['output'];
  /** The actions the caller may send now, from the machine. */
  availableActions: Array<ApplicationAction>;
  /** every request for changes, oldest first */
  changeRequests: Array<ChangeRequest>;
  /** set when the application was closed */
  closing?: Maybe<Closing>;
  /** the deadline running now, whatever the kind: a lifting payment's decision, a microcredit's contract signature; null when none runs */
  deadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** the decision, once taken */
  decision?: Maybe<LiftingDecision>;
  /** the decision is due before this instant (service-level deadline) */
  decisionDeadline: Scalars['DateTimeISO']['output'];
  /** the fiscal year whose parameters the approval used */
  decisionFiscalYear?: Maybe<Scalars['Int']['output']>;
  /** The application's workflow as a Mermaid diagram, its current state marked. */
  diagram: Scalars['String']['output'];
  /** the amount paid out; null before the disbursement */
  disbursedAmount?: Maybe<Scalars['Money']['output']>;
  /** the accountant's confirmation of the payment */
  disbursement?: Maybe<Disbursement>;
  /** the employer at the project */
  employer: Scalars['String']['output'];
  /** true once the deadline passed without a decision */
  escalated: Scalars['Boolean']['output'];
  /** when it was escalated */
  escalatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** people moving with the applicant */
  familyMembers: Scalars['Int']['output'];
  /** true once nothing more can happen */
  finished: Scalars['Boolean']['output'];
  /** when the application reached a final state */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The transition log, oldest first; `last` keeps only the newest entries. */
  history: Array<HistoryEntry>;
  /** the global id (a UUID) */
  id: Scalars['ID']['output'];
  /** the project the person was referred to */
  infrastructureProject: Scalars['String']['output'];
  /** which kind of support */
  kind: ApplicationKind;
  /** the machine version this application runs on for its whole life */
  machineVersion: Scalars['Int']['output'];
  /** the payment, once an accountant confirmed the disbursement */
  payment?: Maybe<Payment>;
  /** two minimum wages of the year of submission, until the decision fixes the amount */
  provisionalAmount?: Maybe<Scalars['Money']['output']>;
  /** the year whose minimum wage the provisional amount used */
  provisionalFiscalYear?: Maybe<Scalars['Int']['output']>;
  /** the employment centre's referral */
  referral?: Maybe<Referral>;
  /** the region whose programme the application goes to (see regionCode) */
  region: Region;
  /** the region whose programme the application goes to */
  regionCode: Scalars['String']['output'];
  /** what the applicant asked for (or, for a lifting payment, the amount computed) */
  requestedAmount: Scalars['Money']['output'];
  /** the last automatic screening */
  screening: LiftingScreening;
  /**
   * screening reasons; empty when eligible
   * @deprecated use screening.reasons, as every kind has it
   */
  screeningReasons: Array<Violation>;
  /** the settlement the person moved from */
  settlementFrom: Scalars['String']['output'];
  /** the settlement the person moved to */
  settlementTo: Scalars['String']['output'];
  /**
   * the workflow state's stored name, e.g. awaitingReview
   * @deprecated use status, an ApplicationState (AWAITING_REVIEW for awaitingReview)
   */
  state: Scalars['String']['output'];
  /** the workflow state; see workflowDefinitions for each kind's states */
  status: ApplicationState;
  /** when the application was submitted */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** submitted by employment-centre staff for the person */
  submittedOnBehalf: Scalars['Boolean']['output'];
  /** when the last action was committed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** the reviewer's check of the referral and the arrival */
  verification?: Maybe<Verification>;
  /** who started verifying, and when */
  verificationStarted?: Maybe<Stamp>;
  /** increases by one with every action; send it back as expectedVersion */
  version: Scalars['Int']['output'];
  /** set when the applicant withdrew */
  withdrawal?: Maybe<Withdrawal>;
};


/** A one-time resettlement ("lifting") payment of two minimum wages, once per person per move. */
export type LiftingApplicationHistoryArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The decision on a lifting payment, with the amount fixed from the minimum wage. */
export type LiftingDecision = {
  __typename?: 'LiftingDecision';
  /** two minimum wages of the fiscal year of the decision */
  amount?: Maybe<Scalars['Money']['output']>;
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the fiscal year whose parameters the decision used */
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** the minimum wage the amount was computed from */
  minimumWage?: Maybe<Scalars['Money']['output']>;
  /** the decider's note */
  note?: Maybe<Scalars['String']['output']>;
  /** approved or rejected */
  outcome: DecisionOutcome;
  /** why it was rejected */
  reason?: Maybe<Scalars['String']['output']>;
  /** the reviewer's decision at review, or the approver's */
  stage: DecisionStage;
};

/** The move a lifting payment is for. There is no amount: the system computes it. */
export type LiftingMoveInput = {
  /** the arrival at the new place */
  arrivalDate: Scalars['LocalDate']['input'];
  /** the employer at the project */
  employer: Scalars['String']['input'];
  /** people moving with the applicant (for the quota) */
  familyMembers?: Scalars['Int']['input'];
  /** the Employment Roadmap infrastructure project */
  infrastructureProject: Scalars['String']['input'];
  /** required; refused with REFERRAL_REQUIRED when missing */
  referral?: InputMaybe<ReferralInput>;
  /** the settlement the person moved from */
  settlementFrom: Scalars['String']['input'];
  /** the settlement the person moved to; must differ */
  settlementTo: Scalars['String']['input'];
};

/** The last automatic screening of the move. */
export type LiftingScreening = {
  __typename?: 'LiftingScreening';
  /** when the screening ran */
  at: Scalars['DateTimeISO']['output'];
  /** empty when eligible */
  reasons: Array<Violation>;
};

/** What a transition did to the applications a subscription follows (its region, kind and states): ADDED when the application entered them (submitted, or moved into a state followed), UPDATED when it stayed in, REMOVED when it left (moved to a state not followed). A list inserts the event's `edge`, updates its node, or removes it. */
export type ListChange =
  | 'ADDED'
  | 'REMOVED'
  | 'UPDATED';

/** The signed loan contract. */
export type LoanContract = {
  __typename?: 'LoanContract';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the contract's number */
  contractNumber: Scalars['String']['output'];
  /** the signature date */
  signedOn: Scalars['LocalDate']['output'];
};

/** The paid-out loan: amount, payment reference and date. */
export type LoanDisbursement = {
  __typename?: 'LoanDisbursement';
  /** the amount paid out */
  amount: Scalars['Money']['output'];
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the payment date */
  paidOn: Scalars['LocalDate']['output'];
  /** the payment order number */
  paymentReference: Scalars['String']['output'];
};

/** Amount, annual rate, term and schedule method of a loan. */
export type LoanTerms = {
  __typename?: 'LoanTerms';
  /** the loan amount */
  amount: Scalars['Money']['output'];
  /** how the instalments are computed */
  method: ScheduleMethod;
  /** the annual interest rate */
  rate: Scalars['Percent']['output'];
  /** the term in months */
  termMonths: Scalars['Int']['output'];
};

/** Amount, annual rate, term and schedule method. */
export type LoanTermsInput = {
  /** the loan amount */
  amount: Scalars['Money']['input'];
  /** how the instalments are computed */
  method?: ScheduleMethod;
  /** the annual interest rate */
  rate: Scalars['Percent']['input'];
  /** the term in months */
  termMonths: Scalars['Int']['input'];
};

/** Where the applicant lives and works. */
export type Locality =
  | 'RURAL'
  | 'URBAN';

/** A microcredit through a financial institution. */
export type MicrocreditApplication = Application & Node & {
  __typename?: 'MicrocreditApplication';
  /** who applies */
  applicant: Applicant;
  /** the amount approved; null before the approval */
  approvedAmount?: Maybe<Scalars['Money']['output']>;
  /** unpaid amounts of instalments past their due date */
  arrears: Scalars['Money']['output'];
  /** the loan officer's credit review */
  assessment?: Maybe<CreditAssessment>;
  /** The actions the caller may send now, from the machine. */
  availableActions: Array<ApplicationAction>;
  /** the business the loan finances */
  businessDescription: Scalars['String']['output'];
  /** set when the contract was not signed in time */
  cancellation?: Maybe<Cancellation>;
  /** every request for changes, oldest first */
  changeRequests: Array<ChangeRequest>;
  /** the signed contract */
  contract?: Maybe<LoanContract>;
  /** the deadline running now, whatever the kind: a lifting payment's decision, a microcredit's contract signature; null when none runs */
  deadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** the committee's decision, once taken */
  decision?: Maybe<MicrocreditDecision>;
  /** the fiscal year whose parameters the approval used */
  decisionFiscalYear?: Maybe<Scalars['Int']['output']>;
  /** the categories the applicant declared, as screened */
  declaredCategories: Array<ApplicantCategory>;
  /** The application's workflow as a Mermaid diagram, its current state marked. */
  diagram: Scalars['String']['output'];
  /** the amount paid out; null before the disbursement */
  disbursedAmount?: Maybe<Scalars['Money']['output']>;
  /** the paid-out loan */
  disbursement?: Maybe<LoanDisbursement>;
  /** the bank or microfinance organisation that lends */
  financialInstitution: Scalars['String']['output'];
  /** true once nothing more can happen */
  finished: Scalars['Boolean']['output'];
  /** when the application reached a final state */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** share of the loan covered by a guarantee */
  guaranteeShare?: Maybe<Scalars['Percent']['output']>;
  /** The transition log, oldest first; `last` keeps only the newest entries. */
  history: Array<HistoryEntry>;
  /** the global id (a UUID) */
  id: Scalars['ID']['output'];
  /** jobs the project promises */
  jobsToCreate: Scalars['Int']['output'];
  /** which kind of support */
  kind: ApplicationKind;
  /** RURAL or URBAN, where the business is */
  locality: Locality;
  /** the machine version this application runs on for its whole life */
  machineVersion: Scalars['Int']['output'];
  /** principal still owed */
  outstandingPrincipal: Scalars['Money']['output'];
  /** set while the loan is overdue */
  overdue?: Maybe<Overdue>;
  /** the payment, once an accountant confirmed the disbursement */
  payment?: Maybe<Payment>;
  /** what repays the whole loan today (future interest is not charged) */
  payoffAmount: Scalars['Money']['output'];
  /** what the loan is for */
  purpose: MicrocreditPurpose;
  /** the region whose programme the application goes to (see regionCode) */
  region: Region;
  /** the region whose programme the application goes to */
  regionCode: Scalars['String']['output'];
  /** every repayment received */
  repayments: Array<Repayment>;
  /** what the applicant asked for (or, for a lifting payment, the amount computed) */
  requestedAmount: Scalars['Money']['output'];
  /** the annual rate asked for */
  requestedRate: Scalars['Percent']['output'];
  /** who took it into review, and when */
  reviewStarted?: Maybe<Stamp>;
  /** empty until the loan is disbursed */
  schedule: Array<Instalment>;
  /** the last automatic screening */
  screening: MicrocreditScreening;
  /**
   * the workflow state's stored name, e.g. awaitingReview
   * @deprecated use status, an ApplicationState (AWAITING_REVIEW for awaitingReview)
   */
  state: Scalars['String']['output'];
  /** the workflow state; see workflowDefinitions for each kind's states */
  status: ApplicationState;
  /** when the application was submitted */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** the term asked for, in months */
  termMonths: Scalars['Int']['output'];
  /** when the last action was committed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** increases by one with every action; send it back as expectedVersion */
  version: Scalars['Int']['output'];
  /** set when the applicant withdrew */
  withdrawal?: Maybe<Withdrawal>;
  /** set when the loan was written off */
  writeOff?: Maybe<WriteOff>;
};


/** A microcredit through a financial institution. */
export type MicrocreditApplicationHistoryArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The credit committee's decision, with the final terms when approved. */
export type MicrocreditDecision = {
  __typename?: 'MicrocreditDecision';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the contract must be signed before this */
  contractDeadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** the fiscal year whose parameters the decision used */
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** the decider's note */
  note?: Maybe<Scalars['String']['output']>;
  /** approved or rejected */
  outcome: DecisionOutcome;
  /** why it was rejected */
  reason?: Maybe<Scalars['String']['output']>;
  /** the reviewer's decision at review, or the approver's */
  stage: DecisionStage;
  /** the final terms */
  terms?: Maybe<LoanTerms>;
};

/** Standard terms, or preferential terms for large and low-income families. */
export type MicrocreditProduct =
  | 'PREFERENTIAL'
  | 'STANDARD';

/** Starting a business or expanding one. */
export type MicrocreditPurpose =
  | 'EXPANSION'
  | 'START_UP';

/** What an entrepreneur asks for. */
export type MicrocreditRequestInput = {
  /** the amount asked for */
  amount: Scalars['Money']['input'];
  /** the business the loan finances */
  businessDescription: Scalars['String']['input'];
  /** the financial institution that lends */
  financialInstitution: Scalars['String']['input'];
  /** share of the loan covered by a guarantee */
  guaranteeShare?: InputMaybe<Scalars['Percent']['input']>;
  /** jobs the project will create */
  jobsToCreate: Scalars['Int']['input'];
  /** where the business is: rural or urban */
  locality: Locality;
  /** what the loan is for */
  purpose: MicrocreditPurpose;
  /** the annual rate asked for */
  rate: Scalars['Percent']['input'];
  /** months */
  termMonths: Scalars['Int']['input'];
};

/** The last automatic screening against the programme terms. */
export type MicrocreditScreening = {
  __typename?: 'MicrocreditScreening';
  /** when the screening ran */
  at: Scalars['DateTimeISO']['output'];
  /** the fiscal year whose terms were applied */
  fiscalYear: Scalars['Int']['output'];
  /** the product the applicant's categories give */
  product?: Maybe<MicrocreditTerms>;
  /** empty when eligible */
  reasons: Array<Violation>;
};

/** The limits of one microcredit product in one year. */
export type MicrocreditTerms = {
  __typename?: 'MicrocreditTerms';
  /** days to sign the contract after approval */
  contractDays: Scalars['Int']['output'];
  /** any of these categories gives this product; empty: everyone else */
  eligibleCategories: Array<ApplicantCategory>;
  /** the largest loan */
  maxAmount: Scalars['Money']['output'];
  /** annual */
  maxRate: Scalars['Percent']['output'];
  /** the longest term in months */
  maxTermMonths: Scalars['Int']['output'];
  /** the shortest term in months */
  minTermMonths: Scalars['Int']['output'];
  /** the programme's product */
  product: MicrocreditProduct;
  /** days overdue before an approver may write the loan off */
  writeOffAfterDays: Scalars['Int']['output'];
  /** the fiscal year */
  year: Scalars['Int']['output'];
};

/** An administrator's migration of in-flight applications from one machine version of a kind to another. */
export type MigrateApplicationsInput = {
  /** only these applications; every in-flight application of the kind on fromVersion when omitted */
  applicationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: list what would move and what cannot, and write nothing */
  dryRun: Scalars['Boolean']['input'];
  /** the machine version the applications are on */
  fromVersion: Scalars['Int']['input'];
  /** the kind whose applications move */
  kind: ApplicationKind;
  /** why they move, kept on every MIGRATE entry of the log */
  reason: Scalars['String']['input'];
  /** each state of the old version that applications may be in, and its state in the new one */
  stateMapping: Array<StateMappingInput>;
  /** the machine version they move to */
  toVersion: Scalars['Int']['input'];
};

/** One application of a migration: where it stands, where it goes, and why it cannot move. */
export type MigrationItem = {
  __typename?: 'MigrationItem';
  /** the application */
  applicationId: Scalars['ID']['output'];
  /** its state on the old version */
  fromState: ApplicationState;
  /** why it cannot move; empty when it can */
  reasons: Array<Violation>;
  /** its region's code */
  regionCode: Scalars['String']['output'];
  /** its state on the new version; null when the mapping has no target for it */
  toState?: Maybe<ApplicationState>;
  /** the application's version: after the move for what moved, as it stands for the rest */
  version: Scalars['Int']['output'];
};

/** What a migration moved, or in a dry run would move, and what it cannot. */
export type MigrationResult = {
  __typename?: 'MigrationResult';
  /** nothing was written */
  dryRun: Scalars['Boolean']['output'];
  /** the version the applications were on */
  fromVersion: Scalars['Int']['output'];
  /** the kind */
  kind: ApplicationKind;
  /** the applications moved, each with one MIGRATE entry in its history; empty in a dry run */
  migrated: Array<MigrationItem>;
  /** the id on every MIGRATE entry of this run; null for a dry run */
  migrationId?: Maybe<Scalars['ID']['output']>;
  /** the applications that can move, as checked before anything was written */
  movable: Array<MigrationItem>;
  /** the version they move to */
  toVersion: Scalars['Int']['output'];
  /** the applications that cannot move, with the reasons (a run refuses while any is selected) */
  unmovable: Array<MigrationItem>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** An approver who did not recommend it approves the application; a microcredit, by its committee (an approver who did not do the credit review), with its final terms, and its contract deadline starts. */
  approve: Application;
  /**
   * The committee (an approver who did not do the credit review) approves with final terms; the contract deadline starts.
   * @deprecated use approve, the one approval of every kind, with the final terms in its input
   */
  approveMicrocredit: MicrocreditApplication;
  /** A reviewer accepts the report on the use of funds and closes the application. */
  closeApplication: Application;
  /** An accountant who is not the approver confirms the money was paid. */
  confirmDisbursement: Application;
  /** An administrator imports a small file of past applications (at most 200 lines) through the engine: every event checked by its machine, each application in one transaction, idempotent on its external id. Refused rows are in the summary; nothing of them is written. */
  importApplications: ImportSummary;
  /** An administrator migrates in-flight applications of a kind from one machine version to another with a state mapping. A dry run lists what would move and what cannot; a run is refused (VALIDATION) while any selected application cannot move, and otherwise writes one MIGRATE event per application, each in its own transaction. */
  migrateApplications: MigrationResult;
  /** A reviewer recommends the application for approval (optionally a lower amount). */
  recommend: Application;
  /** An accountant records a repayment: oldest instalment first (interest, then principal); an overpayment prepays principal. */
  recordRepayment: MicrocreditApplication;
  /** The reviewer records a visit to the site of the business while reviewing (grant machine version 2): required before recommending above GRANT_SITE_VISIT_SHARE of the cap; recorded again, it replaces the earlier one. */
  recordSiteVisit: GrantApplication;
  /** A reviewer (at review) or an approver (at decision) rejects, with a reason. */
  reject: Application;
  /** The grant recipient reports how the money was used. */
  reportFundsUse: Application;
  /** A reviewer sends the application back to the applicant with what to change. */
  requestChanges: Application;
  /** The applicant sends the corrected proposal after changes were requested; it is screened again. */
  resubmitGrantApplication: GrantApplication;
  /** The corrected move after changes were requested, by the person or the staff. */
  resubmitLiftingApplication: LiftingApplication;
  /** The applicant sends the corrected request after changes were requested. */
  resubmitMicrocreditApplication: MicrocreditApplication;
  /** An accountant orders a failed payment again (same idempotency key: it never pays twice). */
  retryPayment: Application;
  /** An administrator opens (or closes) a fiscal year for back-entry: actions dated more than BACK_ENTRY_DAYS back are accepted in an open year, refused with BACK_ENTRY_CLOSED otherwise. Every change is kept. */
  setFiscalYearBackEntry: FiscalYearBackEntry;
  /** An administrator sets a region's limit and plan for a kind and year: a field left out keeps its value (the limit keeps the plan, the plan the limit), null clears a plan figure. Every change is kept as a revision; the same values again change nothing and write no revision. */
  setFundingLimit: FundingLimit;
  /** An administrator sets or raises a region's yearly quota (a number left out is kept); never below what approvals already use. Every change is kept as a revision. */
  setResettlementQuota: ResettlementQuota;
  /** The loan officer registers the signed contract before its deadline. */
  signContract: MicrocreditApplication;
  /** A reviewer takes an application into review. */
  startReview: Application;
  /** A reviewer starts verifying the referral and the arrival. */
  startVerification: LiftingApplication;
  /** The loan officer completes the credit review and proposes terms to the committee. */
  submitCreditAssessment: MicrocreditApplication;
  /** An applicant applies for a state grant. Screened at once: an ineligible application is refused with every reason (VALIDATION). */
  submitGrantApplication: GrantApplication;
  /** A person who moved for work applies for the lifting payment, or employment-centre staff apply on their behalf. The amount is computed, never sent; a second application for the same move is refused (DUPLICATE_APPLICATION). */
  submitLiftingApplication: LiftingApplication;
  /** An entrepreneur applies for a microcredit; screened at once against the year's terms for their categories. */
  submitMicrocreditApplication: MicrocreditApplication;
  /** An administrator adds a year's MCI and minimum wage (both needed), or corrects what is sent of them (the other is kept); caps follow at once. Every change is kept as a revision; the same values again change nothing and write no revision. */
  upsertFiscalYear: FiscalYear;
  /** The reviewer confirms the referral and the arrival; both must be confirmed. */
  verifyLiftingApplication: LiftingApplication;
  /** The applicant withdraws the application before a decision. */
  withdraw: Application;
  /** An approver writes off a loan overdue for longer than the programme allows. */
  writeOffLoan: MicrocreditApplication;
};


export type MutationApproveArgs = {
  input: AmountDecisionInput;
};


export type MutationApproveMicrocreditArgs = {
  input: ApproveMicrocreditInput;
};


export type MutationCloseApplicationArgs = {
  input: NoteActionInput;
};


export type MutationConfirmDisbursementArgs = {
  input: ConfirmDisbursementInput;
};


export type MutationImportApplicationsArgs = {
  input: ImportInput;
};


export type MutationMigrateApplicationsArgs = {
  input: MigrateApplicationsInput;
};


export type MutationRecommendArgs = {
  input: AmountDecisionInput;
};


export type MutationRecordRepaymentArgs = {
  input: RecordRepaymentInput;
};


export type MutationRecordSiteVisitArgs = {
  input: RecordSiteVisitInput;
};


export type MutationRejectArgs = {
  input: RejectInput;
};


export type MutationReportFundsUseArgs = {
  input: ReportFundsUseInput;
};


export type MutationRequestChangesArgs = {
  input: RequestChangesInput;
};


export type MutationResubmitGrantApplicationArgs = {
  input: ResubmitGrantApplicationInput;
};


export type MutationResubmitLiftingApplicationArgs = {
  input: ResubmitLiftingApplicationInput;
};


export type MutationResubmitMicrocreditApplicationArgs = {
  input: ResubmitMicrocreditApplicationInput;
};


export type MutationRetryPaymentArgs = {
  input: ActionInput;
};


export type MutationSetFiscalYearBackEntryArgs = {
  input: FiscalYearBackEntryInput;
};


export type MutationSetFundingLimitArgs = {
  input: FundingLimitInput;
};


export type MutationSetResettlementQuotaArgs = {
  input: ResettlementQuotaInput;
};


export type MutationSignContractArgs = {
  input: SignContractInput;
};


export type MutationStartReviewArgs = {
  input: ActionInput;
};


export type MutationStartVerificationArgs = {
  input: ActionInput;
};


export type MutationSubmitCreditAssessmentArgs = {
  input: SubmitCreditAssessmentInput;
};


export type MutationSubmitGrantApplicationArgs = {
  input: SubmitGrantApplicationInput;
};


export type MutationSubmitLiftingApplicationArgs = {
  input: SubmitLiftingApplicationInput;
};


export type MutationSubmitMicrocreditApplicationArgs = {
  input: SubmitMicrocreditApplicationInput;
};


export type MutationUpsertFiscalYearArgs = {
  input: FiscalYearInput;
};


export type MutationVerifyLiftingApplicationArgs = {
  input: VerifyLiftingInput;
};


export type MutationWithdrawArgs = {
  input: WithdrawInput;
};


export type MutationWriteOffLoanArgs = {
  input: WriteOffInput;
};

/** An object with a globally unique id, fetched again with `node(id)` (the Relay convention). */
export type Node = {
  /** the global id */
  id: Scalars['ID']['output'];
};

/** An action on an application with an optional note. */
export type NoteActionInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** a note kept in the history */
  note?: InputMaybe<Scalars['String']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Ascending or descending. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Arrears of a loan: since when, and for how many days. */
export type Overdue = {
  __typename?: 'Overdue';
  /** days since the oldest unpaid due date, as of today */
  daysOverdue: Scalars['Int']['output'];
  /** when the loan was marked overdue */
  markedAt: Scalars['DateTimeISO']['output'];
  /** the due date of the oldest unpaid instalment */
  since: Scalars['LocalDate']['output'];
};

/** Where a page of a connection sits in the whole list (the Relay convention). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** the last edge's cursor, for `after` */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** more items follow the last edge (when paging back: true when `before` was sent) */
  hasNextPage: Scalars['Boolean']['output'];
  /** more items come before the first edge (when paging forward: true when `after` was sent) */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** the first edge's cursor, for `before` */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The payment of a disbursement through the payment provider. */
export type Payment = {
  __typename?: 'Payment';
  /** attempts made when it failed */
  attempts: Scalars['Int']['output'];
  /** the provider's last error */
  error?: Maybe<Scalars['String']['output']>;
  /** when the payment was ordered */
  orderedAt: Scalars['DateTimeISO']['output'];
  /** the provider's reference, once it accepted the order */
  providerReference?: Maybe<Scalars['String']['output']>;
  /** the accountant who last retried it */
  retriedBy?: Maybe<Stamp>;
  /** when the provider confirmed it, if settled */
  settledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** PENDING (ordered, the job is paying), SETTLED, or FAILED (an incident to retry) */
  settlementStatus: PaymentStatus;
  /**
   * PENDING (ordered, the job is paying), SETTLED, or FAILED (an incident to retry)
   * @deprecated use settlementStatus, a PaymentStatus
   */
  status: Scalars['String']['output'];
};

/** PENDING: ordered, the payment job is paying; SETTLED: the provider confirmed it; FAILED: an incident, for an accountant to retry. */
export type PaymentStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SETTLED';

/** Plan against fact of a fiscal year as of a date, per region and kind, with the republic totals. */
export type ProgramReport = {
  __typename?: 'ProgramReport';
  /**
   * the local date the fact is counted up to, inclusive
   * @deprecated use asOfDate, a LocalDate
   */
  asOf: Scalars['String']['output'];
  /** the local date the fact is counted up to, inclusive */
  asOfDate: Scalars['LocalDate']['output'];
  /** one row per region and kind */
  rows: Array<ProgramReportRow>;
  /** the republic's totals per kind */
  totals: Array<ProgramReportRow>;
  /** the fiscal year */
  year: Scalars['Int']['output'];
};

/** Plan against fact for one region (or the republic) and one kind. */
export type ProgramReportRow = {
  __typename?: 'ProgramReportRow';
  /** the disbursed amount as a percentage of the planned amount, e.g. "32.43"; null without a planned amount */
  amountShareOfPlan?: Maybe<Scalars['Percent']['output']>;
  /** amount approved ever up to asOf, whether paid, still to pay or cancelled since */
  approvedAmount: Scalars['Money']['output'];
  /** applications approved ever up to asOf, whether paid, still to pay or cancelled since */
  approvedCount: Scalars['Int']['output'];
  /** the amount approved and not yet paid as of asOf (the open reservations) */
  approvedUnpaidAmount: Scalars['Money']['output'];
  /** applications approved and not yet paid as of asOf: reservations neither committed nor released by then */
  approvedUnpaidCount: Scalars['Int']['output'];
  /** the disbursed count as a percentage of the planned count, e.g. "35.12"; null without a planned count */
  countShareOfPlan?: Maybe<Scalars['Percent']['output']>;
  /** amount paid out up to asOf */
  disbursedAmount: Scalars['Money']['output'];
  /** applications paid out up to asOf */
  disbursedCount: Scalars['Int']['output'];
  /** jobs of the disbursed microcredit projects */
  jobs?: Maybe<Scalars['Int']['output']>;
  /** microcredits: jobs of the disbursed projects as a percentage of the planned jobs; null without planned jobs */
  jobsShareOfPlan?: Maybe<Scalars['Percent']['output']>;
  /** the kind of support */
  kind: ApplicationKind;
  /**
   * disbursed amount as a percentage of the planned amount, e.g. "32.4"
   * @deprecated use amountShareOfPlan, a Percent
   */
  percentOfPlan?: Maybe<Scalars['String']['output']>;
  /** planned amount */
  plannedAmount?: Maybe<Scalars['Money']['output']>;
  /** planned number of applications */
  plannedCount?: Maybe<Scalars['Int']['output']>;
  /** microcredits: planned jobs */
  plannedJobs?: Maybe<Scalars['Int']['output']>;
  /** null in the totals */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** null in the totals */
  regionName?: Maybe<Scalars['String']['output']>;
  /**
   * the disbursed amount as a percentage of the planned amount, e.g. "32.45"; null without a plan
   * @deprecated use amountShareOfPlan (beside countShareOfPlan and jobsShareOfPlan)
   */
  shareOfPlan?: Maybe<Scalars['Percent']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One application, if the caller may see it; null with a typed error (NOT_FOUND, FORBIDDEN) otherwise, so sibling fields still answer. */
  application?: Maybe<Application>;
  /** Applications the caller may see — an applicant's own, a region's for its staff, all for auditors — newest first unless `orderBy` says otherwise. Page forward with `first`/`after`, back with `last`/`before`. */
  applications: ApplicationConnection;
  /** One year's fiscal parameters; null when the programme does not know the year. */
  fiscalYear?: Maybe<FiscalYear>;
  /** Whether a fiscal year is open for back-entry, with every change. */
  fiscalYearBackEntry: FiscalYearBackEntry;
  /** Fiscal parameters per year, newest first. */
  fiscalYears: Array<FiscalYear>;
  /** Regions' limits and plans of a year, with reserved, committed and the history of changes. */
  fundingLimits: Array<FundingLimit>;
  /** The caller, as their token says; null with UNAUTHENTICATED without a token. */
  me?: Maybe<Viewer>;
  /** The programme's microcredit products of a year (default: the current one). */
  microcreditTerms: Array<MicrocreditTerms>;
  /** Any object by its global id (the Relay convention); today every node is an application. */
  node?: Maybe<Node>;
  /** Whether the caller may send this action to the application now and what state would follow, without writing anything. `payload` holds the fields the action needs (a reason, final terms, …). */
  previewAction?: Maybe<ActionPreview>;
  /** Plan against fact per region and kind as of a date, with the republic totals. Also as CSV (a column per field of the row, by the same names and spelling): GET /reports/program.csv?year=&asOf=&regionCode= */
  programReport?: Maybe<ProgramReport>;
  /** Regions and cities of republican significance, by code. */
  regions: Array<Region>;
  /** Receiving regions' quotas of a year and their use. */
  resettlementQuotas: Array<ResettlementQuota>;
  /** Every machine version per kind: states, actions with their roles, and a diagram. */
  workflowDefinitions: Array<WorkflowDefinition>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApplicationOrder>;
};


export type QueryFiscalYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryFiscalYearBackEntryArgs = {
  year: Scalars['Int']['input'];
};


export type QueryFundingLimitsArgs = {
  kind?: InputMaybe<ApplicationKind>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryMicrocreditTermsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPreviewActionArgs = {
  action: ApplicationAction;
  applicationId: Scalars['ID']['input'];
  payload?: InputMaybe<Scalars['JSONObject']['input']>;
};


export type QueryProgramReportArgs = {
  asOf: Scalars['LocalDate']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryResettlementQuotasArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryWorkflowDefinitionsArgs = {
  kind?: InputMaybe<ApplicationKind>;
};

/** The reviewer's recommended grant amount for the approver. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** the recommended amount */
  amount: Scalars['Money']['output'];
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the reviewer's note */
  note?: Maybe<Scalars['String']['output']>;
};

/** A repayment received from the borrower. */
export type RecordRepaymentInput = {
  /** the amount received */
  amount: Scalars['Money']['input'];
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the payment date */
  paidOn: Scalars['LocalDate']['input'];
  /** the bank's payment reference; each is recorded once */
  reference: Scalars['String']['input'];
};

/** The reviewer records a visit to the site of the business (grant machine version 2). */
export type RecordSiteVisitInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** what the visit found */
  findings: Scalars['String']['input'];
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the date of the visit: not in the future, not before the submission */
  visitedOn: Scalars['LocalDate']['input'];
};

/** The employment centre's referral to an infrastructure project. */
export type Referral = {
  __typename?: 'Referral';
  /** the employment centre that sent the person */
  employmentCentre: Scalars['String']['output'];
  /** the referral's date */
  issuedOn: Scalars['LocalDate']['output'];
  /** the referral's number */
  number: Scalars['String']['output'];
};

/** The employment centre's referral to an infrastructure project. */
export type ReferralInput = {
  /** the employment centre that sent the person */
  employmentCentre: Scalars['String']['input'];
  /** the referral's date */
  issuedOn: Scalars['LocalDate']['input'];
  /** the referral's number */
  number: Scalars['String']['input'];
};

/** A region (oblys) or a city of republican significance. */
export type Region = {
  __typename?: 'Region';
  /** the region code, as regionCode fields hold it */
  code: Scalars['String']['output'];
  /** for regions formed in 2022 */
  establishedYear?: Maybe<Scalars['Int']['output']>;
  /** the region it was formed from */
  formedFrom?: Maybe<Scalars['String']['output']>;
  /** names the region had before */
  formerNames: Array<FormerName>;
  /** a stable id, for client caches: the region code (a region keeps its code when renamed) */
  id: Scalars['ID']['output'];
  /** a region (oblys) or a city of republican significance */
  kind: RegionKind;
  /** the current name */
  name: Scalars['String']['output'];
  /**
   * REGION or CITY
   * @deprecated use kind, a RegionKind
   */
  type: Scalars['String']['output'];
};

/** A region (oblys), or a city of republican significance. */
export type RegionKind =
  | 'CITY'
  | 'REGION';

/** A rejection and its reason. */
export type RejectInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** every rejection carries a reason */
  reason: Scalars['String']['input'];
};

/** One repayment received from the borrower, as the bank reported it. */
export type Repayment = {
  __typename?: 'Repayment';
  /** the amount received */
  amount: Scalars['Money']['output'];
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the part that paid interest */
  interestPaid: Scalars['Money']['output'];
  /** the payment date */
  paidOn: Scalars['LocalDate']['output'];
  /** paid beyond the instalments due: reduces the later ones */
  prepaidPrincipal: Scalars['Money']['output'];
  /** the part that paid principal */
  principalPaid: Scalars['Money']['output'];
  /** the bank's payment reference */
  reference: Scalars['String']['output'];
};

/** The grant recipient's report of how the money was used. */
export type ReportFundsUseInput = {
  /** how much of the grant was used */
  amountUsed: Scalars['Money']['input'];
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** what the grant was spent on */
  report: Scalars['String']['input'];
};

/** Send an application back to the applicant with what to change. */
export type RequestChangesInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** what the applicant should change */
  note: Scalars['String']['input'];
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A receiving region's yearly quota of people and families, and its use. */
export type ResettlementQuota = {
  __typename?: 'ResettlementQuota';
  /** families the region receives in the year */
  families: Scalars['Int']['output'];
  /** the administrator's note on the last change */
  note?: Maybe<Scalars['String']['output']>;
  /** people the region receives in the year */
  people: Scalars['Int']['output'];
  /** the receiving region */
  regionCode: Scalars['String']['output'];
  /** families − usedFamilies */
  remainingFamilies: Scalars['Int']['output'];
  /** people − usedPeople */
  remainingPeople: Scalars['Int']['output'];
  /** every change of the quota by an administrator, oldest first (administrators and auditors) */
  revisions: Array<ResettlementQuotaRevision>;
  /** when the quota was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** families in approved applications */
  usedFamilies: Scalars['Int']['output'];
  /** people in approved applications */
  usedPeople: Scalars['Int']['output'];
  /** the fiscal year */
  year: Scalars['Int']['output'];
};

/** A receiving region's yearly quota of people and families. */
export type ResettlementQuotaInput = {
  /** families the region receives in the year; needed for a new quota, left out the stored number is kept */
  families?: InputMaybe<Scalars['Int']['input']>;
  /** why it was set or raised */
  note?: InputMaybe<Scalars['String']['input']>;
  /** people the region receives in the year; needed for a new quota, left out the stored number is kept */
  people?: InputMaybe<Scalars['Int']['input']>;
  /** the receiving region */
  regionCode: Scalars['String']['input'];
  /** the fiscal year */
  year: Scalars['Int']['input'];
};

/** One change of a region's yearly quota by an administrator: the values after it, who and when. */
export type ResettlementQuotaRevision = {
  __typename?: 'ResettlementQuotaRevision';
  /** when it was changed */
  changedAt: Scalars['DateTimeISO']['output'];
  /** the administrator's user id */
  changedBy: Scalars['String']['output'];
  /** families after the change */
  families: Scalars['Int']['output'];
  /** why it was changed */
  note?: Maybe<Scalars['String']['output']>;
  /** people after the change */
  people: Scalars['Int']['output'];
};

/** A grant proposal corrected after changes were requested. */
export type ResubmitGrantApplicationInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** corrected categories; unchanged when omitted */
  categories?: InputMaybe<Array<ApplicantCategory>>;
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** a note for the reviewer */
  note?: InputMaybe<Scalars['String']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the corrected proposal, in full */
  proposal: GrantProposalInput;
};

/** A move corrected after changes were requested. */
export type ResubmitLiftingApplicationInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the corrected move, in full */
  move: LiftingMoveInput;
  /** a note for the reviewer */
  note?: InputMaybe<Scalars['String']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A microcredit request corrected after changes were requested. */
export type ResubmitMicrocreditApplicationInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** corrected categories; unchanged when omitted */
  categories?: InputMaybe<Array<ApplicantCategory>>;
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** a note for the loan officer */
  note?: InputMaybe<Scalars['String']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the corrected request, in full */
  request: MicrocreditRequestInput;
};

/** What a user may do (lower case, from before the casing rule: see UserRole). */
export type Role =
  | 'accountant'
  | 'admin'
  | 'applicant'
  | 'approver'
  | 'auditor'
  | 'reviewer'
  | 'system';

/** ANNUITY: equal instalments; DIFFERENTIATED: equal principal parts. */
export type ScheduleMethod =
  | 'ANNUITY'
  | 'DIFFERENTIATED';

/** From the IIN (lower case, from before the casing rule: see Gender). */
export type Sex =
  | 'female'
  | 'male';

/** The signed loan contract, registered by the loan officer. */
export type SignContractInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** the contract's number */
  contractNumber: Scalars['String']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the signature date */
  signedOn: Scalars['LocalDate']['input'];
};

/** The reviewer's visit to the site of the business (grant machine version 2). */
export type SiteVisit = {
  __typename?: 'SiteVisit';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** what the visit found */
  findings: Scalars['String']['output'];
  /** the date of the visit */
  visitedOn: Scalars['LocalDate']['output'];
};

/** Who did something, and when. */
export type Stamp = {
  __typename?: 'Stamp';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
};

/** Where applications in one state of the old machine version go in the new one. */
export type StateMappingInput = {
  /** a state of the version the applications are on */
  from: ApplicationState;
  /** the state of the target version they move to */
  to: ApplicationState;
};

/** The loan officer's credit review and the terms proposed to the committee. */
export type SubmitCreditAssessmentInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the loan officer's assessment (required) */
  note?: InputMaybe<Scalars['String']['input']>;
  /**
   * the former name of note
   * @deprecated use note, as every other action names it
   */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the terms the loan officer proposes to the committee */
  proposed: LoanTermsInput;
};

/** A new grant application: who applies, where, and the proposal. */
export type SubmitGrantApplicationInput = {
  /** who applies */
  applicant: ApplicantInput;
  /** the date the application was made (programme time); today when left out. Not in the future, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** what the applicant asks for */
  proposal: GrantProposalInput;
  /** the region whose programme the application goes to */
  regionCode: Scalars['String']['input'];
};

/** A new lifting-payment application: who moved, where to, and the move. */
export type SubmitLiftingApplicationInput = {
  /** who moved */
  applicant: ApplicantInput;
  /** the move */
  move: LiftingMoveInput;
  /** the date the application was made (programme time); today when left out. Not in the future, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the receiving region */
  regionCode: Scalars['String']['input'];
};

/** A new microcredit application: who applies, where, and the request. */
export type SubmitMicrocreditApplicationInput = {
  /** who applies */
  applicant: ApplicantInput;
  /** the date the application was made (programme time); today when left out. Not in the future, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the region whose programme the application goes to */
  regionCode: Scalars['String']['input'];
  /** what the applicant asks for */
  request: MicrocreditRequestInput;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each committed transition of one application, for an applicant's or an officer's page of it. */
  applicationChanged: ApplicationChange;
  /** Each committed transition in a region (of one kind, and into, within or out of the states named, if given), for a reviewer's queue: applications arriving (ADDED), moving on (UPDATED) and leaving (REMOVED), each with its `edge` for the list. Staff of the region and auditors may subscribe. */
  reviewQueueChanged: ApplicationChange;
};


export type SubscriptionApplicationChangedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionReviewQueueChangedArgs = {
  kind?: InputMaybe<ApplicationKind>;
  region?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<ApplicationState>>;
};

/** What a user may do. */
export type UserRole =
  | 'ACCOUNTANT'
  | 'ADMIN'
  | 'APPLICANT'
  | 'APPROVER'
  | 'AUDITOR'
  | 'REVIEWER'
  | 'SYSTEM';

/** The reviewer's check of the referral and of the arrival at the project. */
export type Verification = {
  __typename?: 'Verification';
  /** the employer confirmed the arrival at the project */
  arrivalConfirmed: Scalars['Boolean']['output'];
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the reviewer's note */
  note?: Maybe<Scalars['String']['output']>;
  /** the employment centre confirmed the referral */
  referralConfirmed: Scalars['Boolean']['output'];
};

/** The reviewer's check of the referral and the arrival. */
export type VerifyLiftingInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** the employer confirmed the arrival at the project */
  arrivalConfirmed: Scalars['Boolean']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the reviewer's note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** the employment centre confirmed the referral */
  referralConfirmed: Scalars['Boolean']['input'];
};

/** Who the token says the caller is. */
export type Viewer = {
  __typename?: 'Viewer';
  /** the user id (the token's subject) */
  id: Scalars['String']['output'];
  /** an applicant's IIN; null for staff */
  iin?: Maybe<Scalars['String']['output']>;
  /** the region of a region's staff; null for others */
  region?: Maybe<Scalars['String']['output']>;
  /**
   * what the caller may do
   * @deprecated use userRoles, UserRole values (REVIEWER)
   */
  roles: Array<Role>;
  /** what the caller may do */
  userRoles: Array<UserRole>;
};

/** One problem with one input field. */
export type Violation = {
  __typename?: 'Violation';
  /** the input field the problem is with, e.g. amount */
  field: Scalars['String']['output'];
  /** what is wrong, for a person to read */
  message: Scalars['String']['output'];
  /** a stable name of the rule, e.g. AMOUNT_OVER_CAP */
  rule: Scalars['String']['output'];
};

/** The applicant's withdrawal, with an optional reason. */
export type WithdrawInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** why, if the applicant wants to say */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The applicant withdrew the application before a decision. */
export type Withdrawal = {
  __typename?: 'Withdrawal';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** the applicant's reason, if given */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One machine version of one kind, as data: states, actions, diagram. */
export type WorkflowDefinition = {
  __typename?: 'WorkflowDefinition';
  /** every action the machine accepts */
  events: Array<WorkflowEventDefinition>;
  /**
   * the state a new application starts in, by its stored name
   * @deprecated use initialStatus, an ApplicationState
   */
  initialState: Scalars['String']['output'];
  /** the state a new application starts in */
  initialStatus: ApplicationState;
  /** the kind the machine drives */
  kind: ApplicationKind;
  /** new applications start on this version */
  latest: Scalars['Boolean']['output'];
  /** a Mermaid state diagram generated from the machine */
  mermaid: Scalars['String']['output'];
  /** every state of the machine */
  states: Array<WorkflowState>;
  /** the machine version */
  version: Scalars['Int']['output'];
};

/** An action of the workflow and the roles that may send it. */
export type WorkflowEventDefinition = {
  __typename?: 'WorkflowEventDefinition';
  /** the action */
  action: ApplicationAction;
  /** the roles that may send it */
  allowedRoles: Array<UserRole>;
  /**
   * the roles that may send it
   * @deprecated use allowedRoles, UserRole values (REVIEWER)
   */
  roles: Array<Role>;
  /**
   * the action, as a string
   * @deprecated use action, an ApplicationAction
   */
  type: Scalars['String']['output'];
};

/** One state of a workflow machine. */
export type WorkflowState = {
  __typename?: 'WorkflowState';
  /** nothing more can happen */
  final: Scalars['Boolean']['output'];
  /**
   * the state's stored name, as Application.state holds it
   * @deprecated use status, an ApplicationState
   */
  name: Scalars['String']['output'];
  /** the state, as Application.status answers it */
  status: ApplicationState;
};

/** An overdue loan written off by an approver. */
export type WriteOff = {
  __typename?: 'WriteOff';
  /** when it was done */
  at: Scalars['DateTimeISO']['output'];
  /** the user id of who did it */
  by: Scalars['String']['output'];
  /** principal outstanding when written off */
  outstanding: Scalars['Money']['output'];
  /** why it was written off */
  reason: Scalars['String']['output'];
};

/** The write-off of an overdue loan, with its reason. */
export type WriteOffInput = {
  /** the application's global id */
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** the date it happened in the world (programme time, UTC+5): the commission's date for a decision; today when left out. Not in the future, not before the application's previous event, at most BACK_ENTRY_DAYS back unless its fiscal year is open for back-entry. An event with its own date (paidOn, signedOn) is dated by it; an occurredOn that differs is refused (DATE_CONFLICT) */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** why the loan is written off */
  reason: Scalars['String']['input'];
};

export type StartReviewMutationVariables = Exact<{
  input: ActionInput;
}>;


export type StartReviewMutation = { __typename?: 'Mutation', startReview: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type RequestChangesMutationVariables = Exact<{
  input: RequestChangesInput;
}>;


export type RequestChangesMutation = { __typename?: 'Mutation', requestChanges: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type RecommendMutationVariables = Exact<{
  input: AmountDecisionInput;
}>;


export type RecommendMutation = { __typename?: 'Mutation', recommend: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type ApproveMutationVariables = Exact<{
  input: AmountDecisionInput;
}>;


export type ApproveMutation = { __typename?: 'Mutation', approve: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type RejectMutationVariables = Exact<{
  input: RejectInput;
}>;


export type RejectMutation = { __typename?: 'Mutation', reject: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type WithdrawMutationVariables = Exact<{
  input: WithdrawInput;
}>;


export type WithdrawMutation = { __typename?: 'Mutation', withdraw: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type ConfirmDisbursementMutationVariables = Exact<{
  input: ConfirmDisbursementInput;
}>;


export type ConfirmDisbursementMutation = { __typename?: 'Mutation', confirmDisbursement: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type ReportFundsUseMutationVariables = Exact<{
  input: ReportFundsUseInput;
}>;


export type ReportFundsUseMutation = { __typename?: 'Mutation', reportFundsUse: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type CloseApplicationMutationVariables = Exact<{
  input: NoteActionInput;
}>;


export type CloseApplicationMutation = { __typename?: 'Mutation', closeApplication: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type RetryPaymentMutationVariables = Exact<{
  input: ActionInput;
}>;


export type RetryPaymentMutation = { __typename?: 'Mutation', retryPayment: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type FundingLimitsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ApplicationKind>;
}>;


export type FundingLimitsQuery = { __typename?: 'Query', fundingLimits: Array<{ __typename?: 'FundingLimit', regionCode: string, kind: ApplicationKind, year: number, limitAmount: string, reserved: string, committed: string, available: string, plannedCount?: number | null, plannedAmount?: string | null, plannedJobs?: number | null, note?: string | null, revisions: Array<{ __typename?: 'FundingLimitRevision', limitAmount: string, plannedCount?: number | null, plannedAmount?: string | null, plannedJobs?: number | null, note?: string | null, changedBy: string, changedAt: string }> }> };

export type SetFundingLimitMutationVariables = Exact<{
  input: FundingLimitInput;
}>;


export type SetFundingLimitMutation = { __typename?: 'Mutation', setFundingLimit: { __typename?: 'FundingLimit', regionCode: string, kind: ApplicationKind, year: number, limitAmount: string, reserved: string, committed: string, available: string, plannedCount?: number | null, plannedAmount?: string | null, plannedJobs?: number | null, revisions: Array<{ __typename?: 'FundingLimitRevision', limitAmount: string, changedBy: string }> } };

export type ReportRowFragment = { __typename?: 'ProgramReportRow', regionCode?: string | null, regionName?: string | null, kind: ApplicationKind, plannedCount?: number | null, plannedAmount?: string | null, plannedJobs?: number | null, approvedCount: number, approvedAmount: string, approvedUnpaidCount: number, approvedUnpaidAmount: string, disbursedCount: number, disbursedAmount: string, jobs?: number | null, amountShareOfPlan?: string | null, countShareOfPlan?: string | null, jobsShareOfPlan?: string | null, percentOfPlan?: string | null, shareOfPlan?: string | null };

export type ProgramReportQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  asOf: Scalars['LocalDate']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProgramReportQuery = { __typename?: 'Query', programReport?: { __typename?: 'ProgramReport', year: number, asOf: string, asOfDate: string, rows: Array<{ __typename?: 'ProgramReportRow', regionCode?: string | null, regionName?: string | null, kind: ApplicationKind, plannedCount?: number | null, plannedAmount?: string | null, plannedJobs?: number | null, approvedCount: number, approvedAmount: string, approvedUnpaidCount: number, approvedUnpaidAmount: string, disbursedCount: number, disbursedAmount: string, jobs?: number | null, amountShareOfPlan?: string | null, countShareOfPlan?: string | null, jobsShareOfPlan?: string | null, percentOfPlan?: string | null, shareOfPlan?: string | null }>, totals: Array<{ __typename?: 'ProgramReportRow', regionCode?: string | null, regionName?: string | null, kind: ApplicationKind, plannedCount?: number | null, plannedAmount?: string | null, plannedJobs?: number | null, approvedCount: number, approvedAmount: string, approvedUnpaidCount: number, approvedUnpaidAmount: string, disbursedCount: number, disbursedAmount: string, jobs?: number | null, amountShareOfPlan?: string | null, countShareOfPlan?: string | null, jobsShareOfPlan?: string | null, percentOfPlan?: string | null, shareOfPlan?: string | null }> } | null };

export type FiscalYearBackEntryQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type FiscalYearBackEntryQuery = { __typename?: 'Query', fiscalYearBackEntry: { __typename?: 'FiscalYearBackEntry', year: number, open: boolean, history: Array<{ __typename?: 'BackEntryRevision', open: boolean, note?: string | null, changedBy: string, changedAt: string }> } };

export type SetFiscalYearBackEntryMutationVariables = Exact<{
  input: FiscalYearBackEntryInput;
}>;


export type SetFiscalYearBackEntryMutation = { __typename?: 'Mutation', setFiscalYearBackEntry: { __typename?: 'FiscalYearBackEntry', year: number, open: boolean, history: Array<{ __typename?: 'BackEntryRevision', open: boolean, note?: string | null, changedBy: string, changedAt: string }> } };

type QueueRow_GrantApplication_Fragment = { __typename: 'GrantApplication', status: ApplicationState, id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', settlementStatus: PaymentStatus, status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, applicant: { __typename?: 'Applicant', id: string, fullName: string, iin: string } };

type QueueRow_LiftingApplication_Fragment = { __typename: 'LiftingApplication', escalated: boolean, status: ApplicationState, id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', settlementStatus: PaymentStatus, status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, applicant: { __typename?: 'Applicant', id: string, fullName: string, iin: string } };

type QueueRow_MicrocreditApplication_Fragment = { __typename: 'MicrocreditApplication', status: ApplicationState, id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, payment?: { __typename?: 'Payment', settlementStatus: PaymentStatus, status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, applicant: { __typename?: 'Applicant', id: string, fullName: string, iin: string } };

export type QueueRowFragment = QueueRow_GrantApplication_Fragment | QueueRow_LiftingApplication_Fragment | QueueRow_MicrocreditApplication_Fragment;

export type ConsoleQueueQueryVariables = Exact<{
  filter?: InputMaybe<ApplicationFilterInput>;
  orderBy?: InputMaybe<ApplicationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleQueueQuery = { __typename?: 'Query', applications: { __typename?: 'ApplicationConnection', totalCount: number, edges: Array<{ __typename?: 'ApplicationEdge', cursor: string, node: { __typename: 'GrantApplication', status: ApplicationState, id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', settlementStatus: PaymentStatus, status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, applicant: { __typename?: 'Applicant', id: string, fullName: string, iin: string } } | { __typename: 'LiftingApplication', escalated: boolean, status: ApplicationState, id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', settlementStatus: PaymentStatus, status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, applicant: { __typename?: 'Applicant', id: string, fullName: string, iin: string } } | { __typename: 'MicrocreditApplication', status: ApplicationState, id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, payment?: { __typename?: 'Payment', settlementStatus: PaymentStatus, status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, applicant: { __typename?: 'Applicant', id: string, fullName: string, iin: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type ConsoleApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleApplicationQuery = { __typename?: 'Query', application?: { __typename: 'GrantApplication', status: ApplicationState, machineVersion: number, diagram: string, id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, businessIdea: string, purpose: GrantPurpose, declaredCategories: Array<ApplicantCategory>, payment?: { __typename?: 'Payment', settlementStatus: PaymentStatus, orderedAt: string, status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null, retriedBy?: { __typename?: 'Stamp', by: string, at: string } | null } | null, applicant: { __typename?: 'Applicant', id: string, iin: string, fullName: string, birthDate: string, categories: Array<ApplicantCategory>, locality: Locality, settlement: string }, region: { __typename?: 'Region', id: string, code: string, name: string }, history: Array<{ __typename?: 'HistoryEntry', seq: number, event: ApplicationEvent, fromStatus?: ApplicationState | null, toStatus: ApplicationState, at: string, occurredOn: string, details: Record<string, unknown>, facts?: Record<string, unknown> | null, actor: { __typename?: 'ActorRef', id: string, userRoles: Array<UserRole> } }>, certificate?: { __typename?: 'BastauCertificate', number: string, issuedOn: string } | null, screening: { __typename?: 'GrantScreening', fiscalYear?: number | null, cap?: string | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, changeRequests: Array<{ __typename?: 'ChangeRequest', by: string, note: string, resubmittedAt?: string | null }>, recommendation?: { __typename?: 'Recommendation', by: string, amount: string, note?: string | null } | null, decision?: { __typename?: 'Decision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, cap?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, fundsUse?: { __typename?: 'FundsUseReport', report: string, amountUsed: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } | { __typename: 'LiftingApplication', status: ApplicationState, machineVersion: number, diagram: string, id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, settlementFrom: string, settlementTo: string, arrivalDate: string, infrastructureProject: string, employer: string, familyMembers: number, submittedOnBehalf: boolean, provisionalAmount?: string | null, provisionalFiscalYear?: number | null, decisionDeadline: string, escalated: boolean, escalatedAt?: string | null, payment?: { __typename?: 'Payment', settlementStatus: PaymentStatus, orderedAt: string, status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null, retriedBy?: { __typename?: 'Stamp', by: string, at: string } | null } | null, applicant: { __typename?: 'Applicant', id: string, iin: string, fullName: string, birthDate: string, categories: Array<ApplicantCategory>, locality: Locality, settlement: string }, region: { __typename?: 'Region', id: string, code: string, name: string }, history: Array<{ __typename?: 'HistoryEntry', seq: number, event: ApplicationEvent, fromStatus?: ApplicationState | null, toStatus: ApplicationState, at: string, occurredOn: string, details: Record<string, unknown>, facts?: Record<string, unknown> | null, actor: { __typename?: 'ActorRef', id: string, userRoles: Array<UserRole> } }>, referral?: { __typename?: 'Referral', employmentCentre: string, number: string, issuedOn: string } | null, screening: { __typename?: 'LiftingScreening', at: string, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, verification?: { __typename?: 'Verification', by: string, referralConfirmed: boolean, arrivalConfirmed: boolean } | null, decision?: { __typename?: 'LiftingDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, minimumWage?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, closing?: { __typename?: 'Closing', by: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } | { __typename: 'MicrocreditApplication', status: ApplicationState, machineVersion: number, diagram: string, id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, loanPurpose: MicrocreditPurpose, payment?: { __typename?: 'Payment', settlementStatus: PaymentStatus, orderedAt: string, status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null, retriedBy?: { __typename?: 'Stamp', by: string, at: string } | null } | null, applicant: { __typename?: 'Applicant', id: string, iin: string, fullName: string, birthDate: string, categories: Array<ApplicantCategory>, locality: Locality, settlement: string }, region: { __typename?: 'Region', id: string, code: string, name: string }, history: Array<{ __typename?: 'HistoryEntry', seq: number, event: ApplicationEvent, fromStatus?: ApplicationState | null, toStatus: ApplicationState, at: string, occurredOn: string, details: Record<string, unknown>, facts?: Record<string, unknown> | null, actor: { __typename?: 'ActorRef', id: string, userRoles: Array<UserRole> } }>, loanScreening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } | null };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, userRoles: Array<UserRole>, region?: string | null, iin?: string | null } | null, regions: Array<{ __typename?: 'Region', id: string, code: string, name: string }> };

export type ConsolePreviewQueryVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  action: ApplicationAction;
  payload?: InputMaybe<Scalars['JSONObject']['input']>;
}>;


export type ConsolePreviewQuery = { __typename?: 'Query', previewAction?: { __typename?: 'ActionPreview', action: ApplicationAction, allowed: boolean, fromStatus?: ApplicationState | null, toStatus?: ApplicationState | null, code?: string | null, message?: string | null } | null };

export type ConsoleLoanFragment = { __typename?: 'MicrocreditApplication', id: string, termMonths: number, requestedRate: string, locality: Locality, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, loanPurpose: MicrocreditPurpose, loanScreening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null };

export type ApproveMicrocreditMutationVariables = Exact<{
  input: ApproveMicrocreditInput;
}>;


export type ApproveMicrocreditMutation = { __typename?: 'Mutation', approveMicrocredit: { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } };

export type SubmitCreditAssessmentWithNotesMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
  proposed: LoanTermsInput;
}>;


export type SubmitCreditAssessmentWithNotesMutation = { __typename?: 'Mutation', submitCreditAssessment: { __typename?: 'MicrocreditApplication', id: string, state: string } };

export type DeprecatedFieldsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeprecatedFieldsQuery = { __typename?: 'Query', application?: { __typename: 'GrantApplication', id: string } | { __typename: 'LiftingApplication', id: string, screeningReasons: Array<{ __typename?: 'Violation', rule: string }> } | { __typename: 'MicrocreditApplication', id: string, assessment?: { __typename?: 'CreditAssessment', notes: string } | null } | null };

export type ReviewQueueChangedByRegionSubscriptionVariables = Exact<{
  region: Scalars['String']['input'];
  kind?: InputMaybe<ApplicationKind>;
}>;


export type ReviewQueueChangedByRegionSubscription = { __typename?: 'Subscription', reviewQueueChanged: { __typename?: 'ApplicationChange', applicationId: string, action: string, toState: string, application: { __typename?: 'GrantApplication', id: string, state: string } | { __typename?: 'LiftingApplication', id: string, state: string } | { __typename?: 'MicrocreditApplication', id: string, state: string } } };

type ApplicationSummary_GrantApplication_Fragment = { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null };

type ApplicationSummary_LiftingApplication_Fragment = { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null };

type ApplicationSummary_MicrocreditApplication_Fragment = { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null };

export type ApplicationSummaryFragment = ApplicationSummary_GrantApplication_Fragment | ApplicationSummary_LiftingApplication_Fragment | ApplicationSummary_MicrocreditApplication_Fragment;

export type GrantDetailsFragment = { __typename?: 'GrantApplication', id: string, businessIdea: string, purpose: GrantPurpose, declaredCategories: Array<ApplicantCategory>, certificate?: { __typename?: 'BastauCertificate', number: string, issuedOn: string } | null, screening: { __typename?: 'GrantScreening', fiscalYear?: number | null, cap?: string | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, changeRequests: Array<{ __typename?: 'ChangeRequest', by: string, note: string, resubmittedAt?: string | null }>, recommendation?: { __typename?: 'Recommendation', by: string, amount: string, note?: string | null } | null, decision?: { __typename?: 'Decision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, cap?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, fundsUse?: { __typename?: 'FundsUseReport', report: string, amountUsed: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null };

export type SubmitGrantApplicationMutationVariables = Exact<{
  input: SubmitGrantApplicationInput;
}>;


export type SubmitGrantApplicationMutation = { __typename?: 'Mutation', submitGrantApplication: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, businessIdea: string, purpose: GrantPurpose, declaredCategories: Array<ApplicantCategory>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, certificate?: { __typename?: 'BastauCertificate', number: string, issuedOn: string } | null, screening: { __typename?: 'GrantScreening', fiscalYear?: number | null, cap?: string | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, changeRequests: Array<{ __typename?: 'ChangeRequest', by: string, note: string, resubmittedAt?: string | null }>, recommendation?: { __typename?: 'Recommendation', by: string, amount: string, note?: string | null } | null, decision?: { __typename?: 'Decision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, cap?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, fundsUse?: { __typename?: 'FundsUseReport', report: string, amountUsed: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } };

export type ResubmitGrantApplicationMutationVariables = Exact<{
  input: ResubmitGrantApplicationInput;
}>;


export type ResubmitGrantApplicationMutation = { __typename?: 'Mutation', resubmitGrantApplication: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, businessIdea: string, purpose: GrantPurpose, declaredCategories: Array<ApplicantCategory>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, certificate?: { __typename?: 'BastauCertificate', number: string, issuedOn: string } | null, screening: { __typename?: 'GrantScreening', fiscalYear?: number | null, cap?: string | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, changeRequests: Array<{ __typename?: 'ChangeRequest', by: string, note: string, resubmittedAt?: string | null }>, recommendation?: { __typename?: 'Recommendation', by: string, amount: string, note?: string | null } | null, decision?: { __typename?: 'Decision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, cap?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, fundsUse?: { __typename?: 'FundsUseReport', report: string, amountUsed: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } };

export type LiftingDetailsFragment = { __typename?: 'LiftingApplication', id: string, settlementFrom: string, settlementTo: string, arrivalDate: string, infrastructureProject: string, employer: string, familyMembers: number, submittedOnBehalf: boolean, provisionalAmount?: string | null, provisionalFiscalYear?: number | null, decisionDeadline: string, escalated: boolean, escalatedAt?: string | null, referral?: { __typename?: 'Referral', employmentCentre: string, number: string, issuedOn: string } | null, screening: { __typename?: 'LiftingScreening', at: string, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, verification?: { __typename?: 'Verification', by: string, referralConfirmed: boolean, arrivalConfirmed: boolean } | null, decision?: { __typename?: 'LiftingDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, minimumWage?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, closing?: { __typename?: 'Closing', by: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null };

export type SubmitLiftingApplicationMutationVariables = Exact<{
  input: SubmitLiftingApplicationInput;
}>;


export type SubmitLiftingApplicationMutation = { __typename?: 'Mutation', submitLiftingApplication: { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, settlementFrom: string, settlementTo: string, arrivalDate: string, infrastructureProject: string, employer: string, familyMembers: number, submittedOnBehalf: boolean, provisionalAmount?: string | null, provisionalFiscalYear?: number | null, decisionDeadline: string, escalated: boolean, escalatedAt?: string | null, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, referral?: { __typename?: 'Referral', employmentCentre: string, number: string, issuedOn: string } | null, screening: { __typename?: 'LiftingScreening', at: string, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, verification?: { __typename?: 'Verification', by: string, referralConfirmed: boolean, arrivalConfirmed: boolean } | null, decision?: { __typename?: 'LiftingDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, minimumWage?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, closing?: { __typename?: 'Closing', by: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } };

export type ResubmitLiftingApplicationMutationVariables = Exact<{
  input: ResubmitLiftingApplicationInput;
}>;


export type ResubmitLiftingApplicationMutation = { __typename?: 'Mutation', resubmitLiftingApplication: { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, settlementFrom: string, settlementTo: string, arrivalDate: string, infrastructureProject: string, employer: string, familyMembers: number, submittedOnBehalf: boolean, provisionalAmount?: string | null, provisionalFiscalYear?: number | null, decisionDeadline: string, escalated: boolean, escalatedAt?: string | null, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, referral?: { __typename?: 'Referral', employmentCentre: string, number: string, issuedOn: string } | null, screening: { __typename?: 'LiftingScreening', at: string, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, verification?: { __typename?: 'Verification', by: string, referralConfirmed: boolean, arrivalConfirmed: boolean } | null, decision?: { __typename?: 'LiftingDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, minimumWage?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, closing?: { __typename?: 'Closing', by: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } };

export type StartVerificationMutationVariables = Exact<{
  input: ActionInput;
}>;


export type StartVerificationMutation = { __typename?: 'Mutation', startVerification: { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, settlementFrom: string, settlementTo: string, arrivalDate: string, infrastructureProject: string, employer: string, familyMembers: number, submittedOnBehalf: boolean, provisionalAmount?: string | null, provisionalFiscalYear?: number | null, decisionDeadline: string, escalated: boolean, escalatedAt?: string | null, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, referral?: { __typename?: 'Referral', employmentCentre: string, number: string, issuedOn: string } | null, screening: { __typename?: 'LiftingScreening', at: string, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, verification?: { __typename?: 'Verification', by: string, referralConfirmed: boolean, arrivalConfirmed: boolean } | null, decision?: { __typename?: 'LiftingDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, minimumWage?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, closing?: { __typename?: 'Closing', by: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } };

export type VerifyLiftingApplicationMutationVariables = Exact<{
  input: VerifyLiftingInput;
}>;


export type VerifyLiftingApplicationMutation = { __typename?: 'Mutation', verifyLiftingApplication: { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, settlementFrom: string, settlementTo: string, arrivalDate: string, infrastructureProject: string, employer: string, familyMembers: number, submittedOnBehalf: boolean, provisionalAmount?: string | null, provisionalFiscalYear?: number | null, decisionDeadline: string, escalated: boolean, escalatedAt?: string | null, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, referral?: { __typename?: 'Referral', employmentCentre: string, number: string, issuedOn: string } | null, screening: { __typename?: 'LiftingScreening', at: string, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, verification?: { __typename?: 'Verification', by: string, referralConfirmed: boolean, arrivalConfirmed: boolean } | null, decision?: { __typename?: 'LiftingDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, minimumWage?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, closing?: { __typename?: 'Closing', by: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } };

export type LiftingApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiftingApplicationQuery = { __typename?: 'Query', application?: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, history: Array<{ __typename?: 'HistoryEntry', seq: number, action: string, fromState?: string | null, toState: string, facts?: Record<string, unknown> | null, actor: { __typename?: 'ActorRef', id: string } }>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, settlementFrom: string, settlementTo: string, arrivalDate: string, infrastructureProject: string, employer: string, familyMembers: number, submittedOnBehalf: boolean, provisionalAmount?: string | null, provisionalFiscalYear?: number | null, decisionDeadline: string, escalated: boolean, escalatedAt?: string | null, history: Array<{ __typename?: 'HistoryEntry', seq: number, action: string, fromState?: string | null, toState: string, facts?: Record<string, unknown> | null, actor: { __typename?: 'ActorRef', id: string } }>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, referral?: { __typename?: 'Referral', employmentCentre: string, number: string, issuedOn: string } | null, screening: { __typename?: 'LiftingScreening', at: string, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, verification?: { __typename?: 'Verification', by: string, referralConfirmed: boolean, arrivalConfirmed: boolean } | null, decision?: { __typename?: 'LiftingDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, minimumWage?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, closing?: { __typename?: 'Closing', by: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, history: Array<{ __typename?: 'HistoryEntry', seq: number, action: string, fromState?: string | null, toState: string, facts?: Record<string, unknown> | null, actor: { __typename?: 'ActorRef', id: string } }>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | null };

export type ResettlementQuotasQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResettlementQuotasQuery = { __typename?: 'Query', resettlementQuotas: Array<{ __typename?: 'ResettlementQuota', regionCode: string, year: number, people: number, families: number, usedPeople: number, usedFamilies: number, remainingPeople: number, remainingFamilies: number, note?: string | null }> };

export type SetResettlementQuotaMutationVariables = Exact<{
  input: ResettlementQuotaInput;
}>;


export type SetResettlementQuotaMutation = { __typename?: 'Mutation', setResettlementQuota: { __typename?: 'ResettlementQuota', regionCode: string, year: number, people: number, families: number, usedPeople: number, usedFamilies: number, remainingPeople: number, remainingFamilies: number } };

export type MicrocreditDetailsFragment = { __typename?: 'MicrocreditApplication', id: string, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null };

export type SubmitMicrocreditApplicationMutationVariables = Exact<{
  input: SubmitMicrocreditApplicationInput;
}>;


export type SubmitMicrocreditApplicationMutation = { __typename?: 'Mutation', submitMicrocreditApplication: { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } };

export type ResubmitMicrocreditApplicationMutationVariables = Exact<{
  input: ResubmitMicrocreditApplicationInput;
}>;


export type ResubmitMicrocreditApplicationMutation = { __typename?: 'Mutation', resubmitMicrocreditApplication: { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } };

export type SubmitCreditAssessmentMutationVariables = Exact<{
  input: SubmitCreditAssessmentInput;
}>;


export type SubmitCreditAssessmentMutation = { __typename?: 'Mutation', submitCreditAssessment: { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } };

export type ApproveLoanMutationVariables = Exact<{
  input: AmountDecisionInput;
}>;


export type ApproveLoanMutation = { __typename?: 'Mutation', approve: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } };

export type SignContractMutationVariables = Exact<{
  input: SignContractInput;
}>;


export type SignContractMutation = { __typename?: 'Mutation', signContract: { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } };

export type RecordRepaymentMutationVariables = Exact<{
  input: RecordRepaymentInput;
}>;


export type RecordRepaymentMutation = { __typename?: 'Mutation', recordRepayment: { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } };

export type WriteOffLoanMutationVariables = Exact<{
  input: WriteOffInput;
}>;


export type WriteOffLoanMutation = { __typename?: 'Mutation', writeOffLoan: { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } };

export type MicrocreditApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MicrocreditApplicationQuery = { __typename?: 'Query', application?: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, history: Array<{ __typename?: 'HistoryEntry', seq: number, action: string, fromState?: string | null, toState: string, details: Record<string, unknown>, actor: { __typename?: 'ActorRef', id: string } }>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, history: Array<{ __typename?: 'HistoryEntry', seq: number, action: string, fromState?: string | null, toState: string, details: Record<string, unknown>, actor: { __typename?: 'ActorRef', id: string } }>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, termMonths: number, requestedRate: string, locality: Locality, purpose: MicrocreditPurpose, businessDescription: string, jobsToCreate: number, financialInstitution: string, guaranteeShare?: string | null, declaredCategories: Array<ApplicantCategory>, outstandingPrincipal: string, arrears: string, payoffAmount: string, history: Array<{ __typename?: 'HistoryEntry', seq: number, action: string, fromState?: string | null, toState: string, details: Record<string, unknown>, actor: { __typename?: 'ActorRef', id: string } }>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, screening: { __typename?: 'MicrocreditScreening', fiscalYear: number, product?: { __typename?: 'MicrocreditTerms', product: MicrocreditProduct, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number } | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, assessment?: { __typename?: 'CreditAssessment', by: string, note: string, proposed: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } } | null, decision?: { __typename?: 'MicrocreditDecision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, fiscalYear?: number | null, contractDeadline?: string | null, terms?: { __typename?: 'LoanTerms', amount: string, rate: string, termMonths: number, method: ScheduleMethod } | null } | null, contract?: { __typename?: 'LoanContract', contractNumber: string, signedOn: string } | null, cancellation?: { __typename?: 'Cancellation', by: string, reason: string } | null, disbursement?: { __typename?: 'LoanDisbursement', by: string, amount: string, paidOn: string } | null, schedule: Array<{ __typename?: 'Instalment', number: number, dueOn: string, principal: string, interest: string, total: string, paid: string, status: InstalmentStatus }>, repayments: Array<{ __typename?: 'Repayment', amount: string, paidOn: string, reference: string, interestPaid: string, principalPaid: string, prepaidPrincipal: string }>, overdue?: { __typename?: 'Overdue', since: string, daysOverdue: number } | null, writeOff?: { __typename?: 'WriteOff', by: string, reason: string, outstanding: string } | null } | null };

export type MicrocreditTermsQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MicrocreditTermsQuery = { __typename?: 'Query', microcreditTerms: Array<{ __typename?: 'MicrocreditTerms', year: number, product: MicrocreditProduct, eligibleCategories: Array<ApplicantCategory>, maxAmount: string, maxRate: string, minTermMonths: number, maxTermMonths: number, contractDays: number, writeOffAfterDays: number }> };

export type ApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationQuery = { __typename?: 'Query', application?: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, businessIdea: string, purpose: GrantPurpose, declaredCategories: Array<ApplicantCategory>, applicant: { __typename?: 'Applicant', id: string, iin: string, fullName: string, categories: Array<ApplicantCategory> }, region: { __typename?: 'Region', id: string, code: string, name: string }, history: Array<{ __typename?: 'HistoryEntry', seq: number, action: string, fromState?: string | null, toState: string, at: string, details: Record<string, unknown>, facts?: Record<string, unknown> | null, actor: { __typename?: 'ActorRef', id: string, roles: Array<Role> } }>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null, certificate?: { __typename?: 'BastauCertificate', number: string, issuedOn: string } | null, screening: { __typename?: 'GrantScreening', fiscalYear?: number | null, cap?: string | null, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }, changeRequests: Array<{ __typename?: 'ChangeRequest', by: string, note: string, resubmittedAt?: string | null }>, recommendation?: { __typename?: 'Recommendation', by: string, amount: string, note?: string | null } | null, decision?: { __typename?: 'Decision', outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, cap?: string | null } | null, disbursement?: { __typename?: 'Disbursement', by: string, amount: string, paymentReference: string, paidOn: string } | null, fundsUse?: { __typename?: 'FundsUseReport', report: string, amountUsed: string } | null, withdrawal?: { __typename?: 'Withdrawal', reason?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, applicant: { __typename?: 'Applicant', id: string, iin: string, fullName: string, categories: Array<ApplicantCategory> }, region: { __typename?: 'Region', id: string, code: string, name: string }, history: Array<{ __typename?: 'HistoryEntry', seq: number, action: string, fromState?: string | null, toState: string, at: string, details: Record<string, unknown>, facts?: Record<string, unknown> | null, actor: { __typename?: 'ActorRef', id: string, roles: Array<Role> } }>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, applicant: { __typename?: 'Applicant', id: string, iin: string, fullName: string, categories: Array<ApplicantCategory> }, region: { __typename?: 'Region', id: string, code: string, name: string }, history: Array<{ __typename?: 'HistoryEntry', seq: number, action: string, fromState?: string | null, toState: string, at: string, details: Record<string, unknown>, facts?: Record<string, unknown> | null, actor: { __typename?: 'ActorRef', id: string, roles: Array<Role> } }>, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | null };

export type ApplicationsQueryVariables = Exact<{
  filter?: InputMaybe<ApplicationFilterInput>;
  orderBy?: InputMaybe<ApplicationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  withTotalCount?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ApplicationsQuery = { __typename?: 'Query', applications: { __typename?: 'ApplicationConnection', totalCount?: number, edges: Array<{ __typename?: 'ApplicationEdge', cursor: string, node: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, applicant: { __typename?: 'Applicant', id: string, fullName: string }, region: { __typename?: 'Region', id: string, name: string }, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, applicant: { __typename?: 'Applicant', id: string, fullName: string }, region: { __typename?: 'Region', id: string, name: string }, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, applicant: { __typename?: 'Applicant', id: string, fullName: string }, region: { __typename?: 'Region', id: string, name: string }, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?: { __typename?: 'GrantApplication', kind: ApplicationKind, state: string, version: number, id: string } | { __typename?: 'LiftingApplication', kind: ApplicationKind, state: string, version: number, id: string } | { __typename?: 'MicrocreditApplication', kind: ApplicationKind, state: string, version: number, id: string } | null };

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, code: string, name: string, type: string, establishedYear?: number | null, formedFrom?: string | null, formerNames: Array<{ __typename?: 'FormerName', name: string, until: number }> }>, fiscalYears: Array<{ __typename?: 'FiscalYear', year: number, mci: string, minimumWage: string, grantCap: string }> };

export type UpsertFiscalYearMutationVariables = Exact<{
  input: FiscalYearInput;
}>;


export type UpsertFiscalYearMutation = { __typename?: 'Mutation', upsertFiscalYear: { __typename?: 'FiscalYear', year: number, mci: string, minimumWage: string, grantCap: string, note?: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, region?: string | null, iin?: string | null } | null };

export type PreviewActionQueryVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  action: ApplicationAction;
  payload?: InputMaybe<Scalars['JSONObject']['input']>;
}>;


export type PreviewActionQuery = { __typename?: 'Query', previewAction?: { __typename?: 'ActionPreview', action: ApplicationAction, allowed: boolean, fromState?: string | null, toState?: string | null, code?: string | null, message?: string | null } | null };

export type WorkflowDefinitionsQueryVariables = Exact<{
  kind?: InputMaybe<ApplicationKind>;
}>;


export type WorkflowDefinitionsQuery = { __typename?: 'Query', workflowDefinitions: Array<{ __typename?: 'WorkflowDefinition', kind: ApplicationKind, version: number, latest: boolean, initialState: string, mermaid: string, states: Array<{ __typename?: 'WorkflowState', name: string, final: boolean }>, events: Array<{ __typename?: 'WorkflowEventDefinition', type: string, roles: Array<Role> }> }> };

export type ApplicationDiagramQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationDiagramQuery = { __typename?: 'Query', application?: { __typename?: 'GrantApplication', id: string, state: string, diagram: string } | { __typename?: 'LiftingApplication', id: string, state: string, diagram: string } | { __typename?: 'MicrocreditApplication', id: string, state: string, diagram: string } | null };

export type ApplicationDatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationDatesQuery = { __typename?: 'Query', application?: { __typename?: 'GrantApplication', id: string, version: number, status: ApplicationState, history: Array<{ __typename?: 'HistoryEntry', seq: number, event: ApplicationEvent, occurredOn: string, at: string }> } | { __typename?: 'LiftingApplication', id: string, version: number, status: ApplicationState, history: Array<{ __typename?: 'HistoryEntry', seq: number, event: ApplicationEvent, occurredOn: string, at: string }> } | { __typename?: 'MicrocreditApplication', id: string, version: number, status: ApplicationState, history: Array<{ __typename?: 'HistoryEntry', seq: number, event: ApplicationEvent, occurredOn: string, at: string }> } | null };

export type FiscalYearRevisionsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type FiscalYearRevisionsQuery = { __typename?: 'Query', fiscalYear?: { __typename?: 'FiscalYear', year: number, mci: string, minimumWage: string, grantCap: string, note?: string | null, revisions: Array<{ __typename?: 'FiscalYearRevision', year: number, mci: string, minimumWage: string, note?: string | null, changedBy: string, changedAt: string }> } | null };

export type ResettlementQuotaRevisionsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResettlementQuotaRevisionsQuery = { __typename?: 'Query', resettlementQuotas: Array<{ __typename?: 'ResettlementQuota', regionCode: string, year: number, people: number, families: number, note?: string | null, revisions: Array<{ __typename?: 'ResettlementQuotaRevision', people: number, families: number, note?: string | null, changedBy: string, changedAt: string }> }> };

export type ApplicationChangedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationChangedSubscription = { __typename?: 'Subscription', applicationChanged: { __typename?: 'ApplicationChange', applicationId: string, action: string, fromState?: string | null, toState: string, version: number, at: string, application: { __typename?: 'GrantApplication', id: string, state: string, version: number, availableActions: Array<ApplicationAction> } | { __typename?: 'LiftingApplication', id: string, state: string, version: number, availableActions: Array<ApplicationAction> } | { __typename?: 'MicrocreditApplication', id: string, state: string, version: number, availableActions: Array<ApplicationAction> } } };

export type ReviewQueueChangedSubscriptionVariables = Exact<{
  regionCode: Scalars['String']['input'];
  kind?: InputMaybe<ApplicationKind>;
  states?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ReviewQueueChangedSubscription = { __typename?: 'Subscription', reviewQueueChanged: { __typename?: 'ApplicationChange', change: ListChange, applicationId: string, kind: ApplicationKind, regionCode: string, action: string, fromState?: string | null, toState: string, version: number, at: string, edge: { __typename?: 'ApplicationEdge', cursor: string, node: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, applicant: { __typename?: 'Applicant', id: string, fullName: string }, region: { __typename?: 'Region', id: string, name: string }, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'LiftingApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, applicant: { __typename?: 'Applicant', id: string, fullName: string }, region: { __typename?: 'Region', id: string, name: string }, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } | { __typename: 'MicrocreditApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, applicant: { __typename?: 'Applicant', id: string, fullName: string }, region: { __typename?: 'Region', id: string, name: string }, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } } } };

export type RecordSiteVisitMutationVariables = Exact<{
  input: RecordSiteVisitInput;
}>;


export type RecordSiteVisitMutation = { __typename?: 'Mutation', recordSiteVisit: { __typename: 'GrantApplication', id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, deadline?: string | null, availableActions: Array<ApplicationAction>, siteVisit?: { __typename?: 'SiteVisit', by: string, at: string, visitedOn: string, findings: string } | null, payment?: { __typename?: 'Payment', status: string, attempts: number, providerReference?: string | null, settledAt?: string | null, error?: string | null } | null } };

export type MigrationItemFieldsFragment = { __typename?: 'MigrationItem', applicationId: string, regionCode: string, fromState: ApplicationState, toState?: ApplicationState | null, version: number, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> };

export type MigrateApplicationsMutationVariables = Exact<{
  input: MigrateApplicationsInput;
}>;


export type MigrateApplicationsMutation = { __typename?: 'Mutation', migrateApplications: { __typename?: 'MigrationResult', migrationId?: string | null, dryRun: boolean, kind: ApplicationKind, fromVersion: number, toVersion: number, movable: Array<{ __typename?: 'MigrationItem', applicationId: string, regionCode: string, fromState: ApplicationState, toState?: ApplicationState | null, version: number, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }>, unmovable: Array<{ __typename?: 'MigrationItem', applicationId: string, regionCode: string, fromState: ApplicationState, toState?: ApplicationState | null, version: number, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }>, migrated: Array<{ __typename?: 'MigrationItem', applicationId: string, regionCode: string, fromState: ApplicationState, toState?: ApplicationState | null, version: number, reasons: Array<{ __typename?: 'Violation', field: string, rule: string, message: string }> }> } };

export const ReportRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnpaidCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedCount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"amountShareOfPlan"}},{"kind":"Field","name":{"kind":"Name","value":"countShareOfPlan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsShareOfPlan"}},{"kind":"Field","name":{"kind":"Name","value":"percentOfPlan"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfPlan"}}]}}]} as unknown as DocumentNode<ReportRowFragment, unknown>;
export const ApplicationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ApplicationSummaryFragment, unknown>;
export const QueueRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalated"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<QueueRowFragment, unknown>;
export const ConsoleLoanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleLoan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","alias":{"kind":"Name","value":"loanPurpose"},"name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","alias":{"kind":"Name","value":"loanScreening"},"name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoanFragment, unknown>;
export const GrantDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<GrantDetailsFragment, unknown>;
export const LiftingDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiftingDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentCentre"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementFrom"}},{"kind":"Field","name":{"kind":"Name","value":"settlementTo"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureProject"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"referralConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<LiftingDetailsFragment, unknown>;
export const MicrocreditDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<MicrocreditDetailsFragment, unknown>;
export const MigrationItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MigrationItemFieldsFragment, unknown>;
export const StartReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<StartReviewMutation, StartReviewMutationVariables>;
export const RequestChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RequestChangesMutation, RequestChangesMutationVariables>;
export const RecommendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Recommend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmountDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RecommendMutation, RecommendMutationVariables>;
export const ApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Approve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmountDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ApproveMutation, ApproveMutationVariables>;
export const RejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RejectMutation, RejectMutationVariables>;
export const WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<WithdrawMutation, WithdrawMutationVariables>;
export const ConfirmDisbursementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmDisbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ConfirmDisbursementMutation, ConfirmDisbursementMutationVariables>;
export const ReportFundsUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFundsUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFundsUseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFundsUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ReportFundsUseMutation, ReportFundsUseMutationVariables>;
export const CloseApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoteActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<CloseApplicationMutation, CloseApplicationMutationVariables>;
export const RetryPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RetryPaymentMutation, RetryPaymentMutationVariables>;
export const FundingLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"limitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<FundingLimitsQuery, FundingLimitsQueryVariables>;
export const SetFundingLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFundingLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFundingLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"limitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]}}]}}]} as unknown as DocumentNode<SetFundingLimitMutation, SetFundingLimitMutationVariables>;
export const ProgramReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"asOfDate"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnpaidCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedCount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"amountShareOfPlan"}},{"kind":"Field","name":{"kind":"Name","value":"countShareOfPlan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsShareOfPlan"}},{"kind":"Field","name":{"kind":"Name","value":"percentOfPlan"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfPlan"}}]}}]} as unknown as DocumentNode<ProgramReportQuery, ProgramReportQueryVariables>;
export const FiscalYearBackEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiscalYearBackEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYearBackEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<FiscalYearBackEntryQuery, FiscalYearBackEntryQueryVariables>;
export const SetFiscalYearBackEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFiscalYearBackEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalYearBackEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFiscalYearBackEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetFiscalYearBackEntryMutation, SetFiscalYearBackEntryMutationVariables>;
export const ConsoleQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalated"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleQueueQuery, ConsoleQueueQueryVariables>;
export const ConsoleApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantDetails"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiftingDetails"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleLoan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"diagram"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retriedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiftingDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentCentre"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementFrom"}},{"kind":"Field","name":{"kind":"Name","value":"settlementTo"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureProject"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"referralConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleLoan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","alias":{"kind":"Name","value":"loanPurpose"},"name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","alias":{"kind":"Name","value":"loanScreening"},"name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<ConsoleApplicationQuery, ConsoleApplicationQueryVariables>;
export const ConsoleMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userRoles"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsolePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payload"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"payload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payload"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ConsolePreviewQuery, ConsolePreviewQueryVariables>;
export const ApproveMicrocreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMicrocredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMicrocreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMicrocredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MicrocreditDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<ApproveMicrocreditMutation, ApproveMicrocreditMutationVariables>;
export const SubmitCreditAssessmentWithNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCreditAssessmentWithNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCreditAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"proposed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposed"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<SubmitCreditAssessmentWithNotesMutation, SubmitCreditAssessmentWithNotesMutationVariables>;
export const DeprecatedFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeprecatedFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screeningReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeprecatedFieldsQuery, DeprecatedFieldsQueryVariables>;
export const ReviewQueueChangedByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReviewQueueChangedByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueChangedByRegionSubscription, ReviewQueueChangedByRegionSubscriptionVariables>;
export const SubmitGrantApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitGrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitGrantApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitGrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SubmitGrantApplicationMutation, SubmitGrantApplicationMutationVariables>;
export const ResubmitGrantApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitGrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResubmitGrantApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitGrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ResubmitGrantApplicationMutation, ResubmitGrantApplicationMutationVariables>;
export const SubmitLiftingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitLiftingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitLiftingApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitLiftingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiftingDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiftingDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentCentre"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementFrom"}},{"kind":"Field","name":{"kind":"Name","value":"settlementTo"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureProject"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"referralConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SubmitLiftingApplicationMutation, SubmitLiftingApplicationMutationVariables>;
export const ResubmitLiftingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitLiftingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResubmitLiftingApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitLiftingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiftingDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiftingDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentCentre"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementFrom"}},{"kind":"Field","name":{"kind":"Name","value":"settlementTo"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureProject"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"referralConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ResubmitLiftingApplicationMutation, ResubmitLiftingApplicationMutationVariables>;
export const StartVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiftingDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiftingDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentCentre"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementFrom"}},{"kind":"Field","name":{"kind":"Name","value":"settlementTo"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureProject"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"referralConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<StartVerificationMutation, StartVerificationMutationVariables>;
export const VerifyLiftingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyLiftingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyLiftingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyLiftingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiftingDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiftingDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentCentre"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementFrom"}},{"kind":"Field","name":{"kind":"Name","value":"settlementTo"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureProject"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"referralConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<VerifyLiftingApplicationMutation, VerifyLiftingApplicationMutationVariables>;
export const LiftingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiftingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiftingDetails"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiftingDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiftingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentCentre"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementFrom"}},{"kind":"Field","name":{"kind":"Name","value":"settlementTo"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureProject"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"referralConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<LiftingApplicationQuery, LiftingApplicationQueryVariables>;
export const ResettlementQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResettlementQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resettlementQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"families"}},{"kind":"Field","name":{"kind":"Name","value":"usedPeople"}},{"kind":"Field","name":{"kind":"Name","value":"usedFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPeople"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ResettlementQuotasQuery, ResettlementQuotasQueryVariables>;
export const SetResettlementQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetResettlementQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResettlementQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setResettlementQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"families"}},{"kind":"Field","name":{"kind":"Name","value":"usedPeople"}},{"kind":"Field","name":{"kind":"Name","value":"usedFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPeople"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFamilies"}}]}}]}}]} as unknown as DocumentNode<SetResettlementQuotaMutation, SetResettlementQuotaMutationVariables>;
export const SubmitMicrocreditApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMicrocreditApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitMicrocreditApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMicrocreditApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MicrocreditDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<SubmitMicrocreditApplicationMutation, SubmitMicrocreditApplicationMutationVariables>;
export const ResubmitMicrocreditApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitMicrocreditApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResubmitMicrocreditApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitMicrocreditApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MicrocreditDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<ResubmitMicrocreditApplicationMutation, ResubmitMicrocreditApplicationMutationVariables>;
export const SubmitCreditAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCreditAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCreditAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCreditAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MicrocreditDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<SubmitCreditAssessmentMutation, SubmitCreditAssessmentMutationVariables>;
export const ApproveLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmountDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MicrocreditDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<ApproveLoanMutation, ApproveLoanMutationVariables>;
export const SignContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MicrocreditDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<SignContractMutation, SignContractMutationVariables>;
export const RecordRepaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRepayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRepaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MicrocreditDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<RecordRepaymentMutation, RecordRepaymentMutationVariables>;
export const WriteOffLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MicrocreditDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<WriteOffLoanMutation, WriteOffLoanMutationVariables>;
export const MicrocreditApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicrocreditApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MicrocreditDetails"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MicrocreditDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRate"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"businessDescription"}},{"kind":"Field","name":{"kind":"Name","value":"jobsToCreate"}},{"kind":"Field","name":{"kind":"Name","value":"financialInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidPrincipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<MicrocreditApplicationQuery, MicrocreditApplicationQueryVariables>;
export const MicrocreditTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicrocreditTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microcreditTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCategories"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"contractDays"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffAfterDays"}}]}}]}}]} as unknown as DocumentNode<MicrocreditTermsQuery, MicrocreditTermsQueryVariables>;
export const ApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Application"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantDetails"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ApplicationQuery, ApplicationQueryVariables>;
export const ApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Applications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTotalCount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTotalCount"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ApplicationsQuery, ApplicationsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const ReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishedYear"}},{"kind":"Field","name":{"kind":"Name","value":"formedFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mci"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}},{"kind":"Field","name":{"kind":"Name","value":"grantCap"}}]}}]}}]} as unknown as DocumentNode<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const UpsertFiscalYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertFiscalYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertFiscalYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mci"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}},{"kind":"Field","name":{"kind":"Name","value":"grantCap"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<UpsertFiscalYearMutation, UpsertFiscalYearMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const PreviewActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payload"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"payload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payload"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewActionQuery, PreviewActionQueryVariables>;
export const WorkflowDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"initialState"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"final"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mermaid"}}]}}]}}]} as unknown as DocumentNode<WorkflowDefinitionsQuery, WorkflowDefinitionsQueryVariables>;
export const ApplicationDiagramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationDiagram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"diagram"}}]}}]}}]} as unknown as DocumentNode<ApplicationDiagramQuery, ApplicationDiagramQueryVariables>;
export const ApplicationDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationDatesQuery, ApplicationDatesQueryVariables>;
export const FiscalYearRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiscalYearRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mci"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}},{"kind":"Field","name":{"kind":"Name","value":"grantCap"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mci"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<FiscalYearRevisionsQuery, FiscalYearRevisionsQueryVariables>;
export const ResettlementQuotaRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResettlementQuotaRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resettlementQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"families"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"families"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResettlementQuotaRevisionsQuery, ResettlementQuotaRevisionsQueryVariables>;
export const ApplicationChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ApplicationChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationChangedSubscription, ApplicationChangedSubscriptionVariables>;
export const ReviewQueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReviewQueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueChangedSubscription, ReviewQueueChangedSubscriptionVariables>;
export const RecordSiteVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSiteVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSiteVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSiteVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"siteVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RecordSiteVisitMutation, RecordSiteVisitMutationVariables>;
export const MigrateApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MigrateApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MigrateApplicationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrateApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrationId"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}},{"kind":"Field","name":{"kind":"Name","value":"movable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmovable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MigrateApplicationsMutation, MigrateApplicationsMutationVariables>;