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
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A calendar date, YYYY-MM-DD. */
  LocalDate: { input: string; output: string; }
  /** An amount of tenge as a decimal string with at most two decimals, e.g. "555600.00". Never a number. */
  Money: { input: string; output: string; }
};

/** Which application an action is for, and the version the caller last read. */
export type ActionInput = {
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** Who sent an event. */
export type ActorRef = {
  id: Scalars['String']['output'];
  roles: Array<Role>;
};

export type AmountDecisionInput = {
  /** defaults to the amount asked for (or recommended) */
  amount?: InputMaybe<Scalars['Money']['input']>;
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A person who applies, identified by their IIN. */
export type Applicant = {
  birthDate: Scalars['LocalDate']['output'];
  categories: Array<ApplicantCategory>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  iin: Scalars['String']['output'];
  locality: Locality;
  regionCode: Scalars['String']['output'];
  settlement: Scalars['String']['output'];
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
  categories?: Array<ApplicantCategory>;
  fullName: Scalars['String']['input'];
  /** 12 digits with a valid check digit */
  iin: Scalars['String']['input'];
  locality: Locality;
  phone?: InputMaybe<Scalars['String']['input']>;
  settlement: Scalars['String']['input'];
};

/** An application of any kind, driven through its workflow by an XState machine. */
export type Application = {
  applicant: Applicant;
  approvedAmount?: Maybe<Scalars['Money']['output']>;
  /** The actions the caller may send now, from the machine. */
  availableActions: Array<ApplicationAction>;
  /** the fiscal year whose parameters the approval used */
  decisionFiscalYear?: Maybe<Scalars['Int']['output']>;
  disbursedAmount?: Maybe<Scalars['Money']['output']>;
  /** true once nothing more can happen */
  finished: Scalars['Boolean']['output'];
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The transition log, oldest first; `last` keeps only the newest entries. */
  history: Array<HistoryEntry>;
  id: Scalars['ID']['output'];
  kind: ApplicationKind;
  /** the machine version this application runs on for its whole life */
  machineVersion: Scalars['Int']['output'];
  region: Region;
  regionCode: Scalars['String']['output'];
  requestedAmount: Scalars['Money']['output'];
  /** the workflow state; see workflowDefinitions for each kind's states */
  state: Scalars['String']['output'];
  submittedAt: Scalars['DateTimeISO']['output'];
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
  | 'RECOMMEND'
  | 'REJECT'
  | 'REPORT_FUNDS_USE'
  | 'REQUEST_CHANGES'
  | 'RESUBMIT'
  | 'START_REVIEW'
  | 'WITHDRAW';

export type ApplicationConnection = {
  edges: Array<ApplicationEdge>;
  pageInfo: PageInfo;
};

export type ApplicationEdge = {
  cursor: Scalars['String']['output'];
  node: Application;
};

/** Filters of the application list; all optional, combined with AND. */
export type ApplicationFilterInput = {
  applicantIin?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ApplicationKind>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** any of these states */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** submitted at or after */
  submittedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** submitted before */
  submittedTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The three kinds of support the programme pays. */
export type ApplicationKind =
  | 'GRANT'
  | 'LIFTING'
  | 'MICROCREDIT';

export type BastauCertificate = {
  issuedOn: Scalars['LocalDate']['output'];
  number: Scalars['String']['output'];
};

/** The Bastau Business course certificate. */
export type BastauCertificateInput = {
  issuedOn: Scalars['LocalDate']['input'];
  number: Scalars['String']['input'];
};

export type ChangeRequest = {
  at: Scalars['DateTimeISO']['output'];
  by: Scalars['String']['output'];
  note: Scalars['String']['output'];
  resubmissionNote?: Maybe<Scalars['String']['output']>;
  resubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type Closing = {
  at: Scalars['DateTimeISO']['output'];
  by: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

export type ConfirmDisbursementInput = {
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  paidOn: Scalars['LocalDate']['input'];
  /** the treasury's payment order number */
  paymentReference: Scalars['String']['input'];
};

export type Decision = {
  amount?: Maybe<Scalars['Money']['output']>;
  at: Scalars['DateTimeISO']['output'];
  by: Scalars['String']['output'];
  cap?: Maybe<Scalars['Money']['output']>;
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  outcome: DecisionOutcome;
  /** every rejection carries one */
  reason?: Maybe<Scalars['String']['output']>;
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

export type Disbursement = {
  amount: Scalars['Money']['output'];
  at: Scalars['DateTimeISO']['output'];
  by: Scalars['String']['output'];
  paidOn: Scalars['LocalDate']['output'];
  paymentReference: Scalars['String']['output'];
};

/** A year's fiscal parameters, fixed by the republican budget law. */
export type FiscalYear = {
  /** the largest grant of the year: 200 MCI */
  grantCap: Scalars['Money']['output'];
  /** monthly calculation index (MCI) */
  mci: Scalars['Money']['output'];
  minimumWage: Scalars['Money']['output'];
  note?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  year: Scalars['Int']['output'];
};

export type FiscalYearInput = {
  mci: Scalars['Money']['input'];
  minimumWage: Scalars['Money']['input'];
  /** why it was added or corrected */
  note?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

/** A name a region had before, and the last year it was used. */
export type FormerName = {
  name: Scalars['String']['output'];
  until: Scalars['Int']['output'];
};

export type FundsUseReport = {
  amountUsed: Scalars['Money']['output'];
  at: Scalars['DateTimeISO']['output'];
  by: Scalars['String']['output'];
  report: Scalars['String']['output'];
};

/** A state grant for a new business idea, at most 200 MCI. */
export type GrantApplication = Application & {
  applicant: Applicant;
  approvedAmount?: Maybe<Scalars['Money']['output']>;
  /** The actions the caller may send now, from the machine. */
  availableActions: Array<ApplicationAction>;
  businessIdea: Scalars['String']['output'];
  certificate?: Maybe<BastauCertificate>;
  changeRequests: Array<ChangeRequest>;
  closing?: Maybe<Closing>;
  decision?: Maybe<Decision>;
  /** the fiscal year whose parameters the approval used */
  decisionFiscalYear?: Maybe<Scalars['Int']['output']>;
  /** the categories the applicant declared, as screened */
  declaredCategories: Array<ApplicantCategory>;
  disbursedAmount?: Maybe<Scalars['Money']['output']>;
  disbursement?: Maybe<Disbursement>;
  /** true once nothing more can happen */
  finished: Scalars['Boolean']['output'];
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  fundsUse?: Maybe<FundsUseReport>;
  /** The transition log, oldest first; `last` keeps only the newest entries. */
  history: Array<HistoryEntry>;
  id: Scalars['ID']['output'];
  kind: ApplicationKind;
  /** the machine version this application runs on for its whole life */
  machineVersion: Scalars['Int']['output'];
  purpose: GrantPurpose;
  recommendation?: Maybe<Recommendation>;
  region: Region;
  regionCode: Scalars['String']['output'];
  requestedAmount: Scalars['Money']['output'];
  reviewStarted?: Maybe<Stamp>;
  screening: GrantScreening;
  /** the workflow state; see workflowDefinitions for each kind's states */
  state: Scalars['String']['output'];
  submittedAt: Scalars['DateTimeISO']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** increases by one with every action; send it back as expectedVersion */
  version: Scalars['Int']['output'];
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
  businessIdea: Scalars['String']['input'];
  /** required unless a TSA-receiving member of a large or low-income family */
  certificate?: InputMaybe<BastauCertificateInput>;
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
  at: Scalars['DateTimeISO']['output'];
  /** 200 MCI of that fiscal year */
  cap?: Maybe<Scalars['Money']['output']>;
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** empty when eligible */
  reasons: Array<Violation>;
};

/** One accepted action, from the append-only transition log. */
export type HistoryEntry = {
  /** the workflow event, e.g. SUBMIT, APPROVE */
  action: Scalars['String']['output'];
  actor: ActorRef;
  at: Scalars['DateTimeISO']['output'];
  /** what the actor sent with the action */
  details: Scalars['JSONObject']['output'];
  /** the facts the machine decided on (fiscal year, …) */
  facts?: Maybe<Scalars['JSONObject']['output']>;
  fromState?: Maybe<Scalars['String']['output']>;
  machineVersion: Scalars['Int']['output'];
  /** the application version this action produced */
  seq: Scalars['Int']['output'];
  toState: Scalars['String']['output'];
};

/** Where the applicant lives and works. */
export type Locality =
  | 'RURAL'
  | 'URBAN';

export type Mutation = {
  /** An approver who did not recommend it approves the application. */
  approve: Application;
  /** A reviewer accepts the report on the use of funds and closes the application. */
  closeApplication: Application;
  /** An accountant who is not the approver confirms the money was paid. */
  confirmDisbursement: Application;
  /** A reviewer recommends the application for approval (optionally a lower amount). */
  recommend: Application;
  /** A reviewer (at review) or an approver (at decision) rejects, with a reason. */
  reject: Application;
  /** The grant recipient reports how the money was used. */
  reportFundsUse: Application;
  /** A reviewer sends the application back to the applicant with what to change. */
  requestChanges: Application;
  /** The applicant sends the corrected proposal after changes were requested; it is screened again. */
  resubmitGrantApplication: GrantApplication;
  /** A reviewer takes an application into review. */
  startReview: Application;
  /** An applicant applies for a state grant. Screened at once: an ineligible application is refused with every reason (VALIDATION). */
  submitGrantApplication: GrantApplication;
  /** An administrator adds a year's MCI and minimum wage, or corrects them; caps follow at once. */
  upsertFiscalYear: FiscalYear;
  /** The applicant withdraws the application before a decision. */
  withdraw: Application;
};


export type MutationApproveArgs = {
  input: AmountDecisionInput;
};


export type MutationCloseApplicationArgs = {
  input: NoteActionInput;
};


export type MutationConfirmDisbursementArgs = {
  input: ConfirmDisbursementInput;
};


export type MutationRecommendArgs = {
  input: AmountDecisionInput;
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


export type MutationStartReviewArgs = {
  input: ActionInput;
};


export type MutationSubmitGrantApplicationArgs = {
  input: SubmitGrantApplicationInput;
};


export type MutationUpsertFiscalYearArgs = {
  input: FiscalYearInput;
};


export type MutationWithdrawArgs = {
  input: WithdrawInput;
};

export type NoteActionInput = {
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  /** One application, if the caller may see it. */
  application: Application;
  /** Applications the caller may see, newest first: an applicant's own, a region's for its staff, all for auditors. */
  applications: ApplicationConnection;
  fiscalYear?: Maybe<FiscalYear>;
  /** Fiscal parameters per year, newest first. */
  fiscalYears: Array<FiscalYear>;
  /** The caller, as their token says. */
  me: Viewer;
  /** Regions and cities of republican significance, by code. */
  regions: Array<Region>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryFiscalYearArgs = {
  year: Scalars['Int']['input'];
};

export type Recommendation = {
  amount: Scalars['Money']['output'];
  at: Scalars['DateTimeISO']['output'];
  by: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

/** A region (oblys) or a city of republican significance. */
export type Region = {
  code: Scalars['String']['output'];
  /** for regions formed in 2022 */
  establishedYear?: Maybe<Scalars['Int']['output']>;
  /** the region it was formed from */
  formedFrom?: Maybe<Scalars['String']['output']>;
  formerNames: Array<FormerName>;
  name: Scalars['String']['output'];
  /** REGION or CITY */
  type: Scalars['String']['output'];
};

export type RejectInput = {
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** every rejection carries a reason */
  reason: Scalars['String']['input'];
};

export type ReportFundsUseInput = {
  amountUsed: Scalars['Money']['input'];
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** what the grant was spent on */
  report: Scalars['String']['input'];
};

export type RequestChangesInput = {
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** what the applicant should change */
  note: Scalars['String']['input'];
};

export type ResubmitGrantApplicationInput = {
  applicationId: Scalars['ID']['input'];
  /** corrected categories; unchanged when omitted */
  categories?: InputMaybe<Array<ApplicantCategory>>;
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** the corrected proposal, in full */
  proposal: GrantProposalInput;
};

/** What a user may do. */
export type Role =
  | 'accountant'
  | 'admin'
  | 'applicant'
  | 'approver'
  | 'auditor'
  | 'reviewer';

/** From the IIN. */
export type Sex =
  | 'female'
  | 'male';

/** Who did something, and when. */
export type Stamp = {
  at: Scalars['DateTimeISO']['output'];
  by: Scalars['String']['output'];
};

export type SubmitGrantApplicationInput = {
  applicant: ApplicantInput;
  proposal: GrantProposalInput;
  /** the region whose programme the application goes to */
  regionCode: Scalars['String']['input'];
};

/** Who the token says the caller is. */
export type Viewer = {
  id: Scalars['String']['output'];
  iin?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
};

/** One problem with one input field. */
export type Violation = {
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** a stable name of the rule, e.g. AMOUNT_OVER_CAP */
  rule: Scalars['String']['output'];
};

export type WithdrawInput = {
  applicationId: Scalars['ID']['input'];
  /** refuse with VERSION_CONFLICT if the application has moved on since */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Withdrawal = {
  at: Scalars['DateTimeISO']['output'];
  by: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type StartReviewMutationVariables = Exact<{
  input: ActionInput;
}>;


export type StartReviewMutation = { startReview: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> } };

export type RequestChangesMutationVariables = Exact<{
  input: RequestChangesInput;
}>;


export type RequestChangesMutation = { requestChanges: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> } };

export type RecommendMutationVariables = Exact<{
  input: AmountDecisionInput;
}>;


export type RecommendMutation = { recommend: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> } };

export type ApproveMutationVariables = Exact<{
  input: AmountDecisionInput;
}>;


export type ApproveMutation = { approve: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> } };

export type RejectMutationVariables = Exact<{
  input: RejectInput;
}>;


export type RejectMutation = { reject: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> } };

export type WithdrawMutationVariables = Exact<{
  input: WithdrawInput;
}>;


export type WithdrawMutation = { withdraw: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> } };

export type ConfirmDisbursementMutationVariables = Exact<{
  input: ConfirmDisbursementInput;
}>;


export type ConfirmDisbursementMutation = { confirmDisbursement: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> } };

export type ReportFundsUseMutationVariables = Exact<{
  input: ReportFundsUseInput;
}>;


export type ReportFundsUseMutation = { reportFundsUse: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> } };

export type CloseApplicationMutationVariables = Exact<{
  input: NoteActionInput;
}>;


export type CloseApplicationMutation = { closeApplication: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> } };

export type ApplicationSummaryFragment = { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction> };

export type GrantDetailsFragment = { businessIdea: string, purpose: GrantPurpose, declaredCategories: Array<ApplicantCategory>, certificate?: { number: string, issuedOn: string } | null, screening: { fiscalYear?: number | null, cap?: string | null, reasons: Array<{ field: string, rule: string, message: string }> }, changeRequests: Array<{ by: string, note: string, resubmittedAt?: string | null }>, recommendation?: { by: string, amount: string, note?: string | null } | null, decision?: { outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, cap?: string | null } | null, disbursement?: { by: string, amount: string, paymentReference: string, paidOn: string } | null, fundsUse?: { report: string, amountUsed: string } | null, withdrawal?: { reason?: string | null } | null };

export type SubmitGrantApplicationMutationVariables = Exact<{
  input: SubmitGrantApplicationInput;
}>;


export type SubmitGrantApplicationMutation = { submitGrantApplication: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction>, businessIdea: string, purpose: GrantPurpose, declaredCategories: Array<ApplicantCategory>, certificate?: { number: string, issuedOn: string } | null, screening: { fiscalYear?: number | null, cap?: string | null, reasons: Array<{ field: string, rule: string, message: string }> }, changeRequests: Array<{ by: string, note: string, resubmittedAt?: string | null }>, recommendation?: { by: string, amount: string, note?: string | null } | null, decision?: { outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, cap?: string | null } | null, disbursement?: { by: string, amount: string, paymentReference: string, paidOn: string } | null, fundsUse?: { report: string, amountUsed: string } | null, withdrawal?: { reason?: string | null } | null } };

export type ResubmitGrantApplicationMutationVariables = Exact<{
  input: ResubmitGrantApplicationInput;
}>;


export type ResubmitGrantApplicationMutation = { resubmitGrantApplication: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction>, businessIdea: string, purpose: GrantPurpose, declaredCategories: Array<ApplicantCategory>, certificate?: { number: string, issuedOn: string } | null, screening: { fiscalYear?: number | null, cap?: string | null, reasons: Array<{ field: string, rule: string, message: string }> }, changeRequests: Array<{ by: string, note: string, resubmittedAt?: string | null }>, recommendation?: { by: string, amount: string, note?: string | null } | null, decision?: { outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, cap?: string | null } | null, disbursement?: { by: string, amount: string, paymentReference: string, paidOn: string } | null, fundsUse?: { report: string, amountUsed: string } | null, withdrawal?: { reason?: string | null } | null } };

export type ApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationQuery = { application: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction>, businessIdea: string, purpose: GrantPurpose, declaredCategories: Array<ApplicantCategory>, applicant: { iin: string, fullName: string, categories: Array<ApplicantCategory> }, region: { code: string, name: string }, history: Array<{ seq: number, action: string, fromState?: string | null, toState: string, at: string, details: Record<string, unknown>, facts?: Record<string, unknown> | null, actor: { id: string, roles: Array<Role> } }>, certificate?: { number: string, issuedOn: string } | null, screening: { fiscalYear?: number | null, cap?: string | null, reasons: Array<{ field: string, rule: string, message: string }> }, changeRequests: Array<{ by: string, note: string, resubmittedAt?: string | null }>, recommendation?: { by: string, amount: string, note?: string | null } | null, decision?: { outcome: DecisionOutcome, stage: DecisionStage, by: string, reason?: string | null, amount?: string | null, fiscalYear?: number | null, cap?: string | null } | null, disbursement?: { by: string, amount: string, paymentReference: string, paidOn: string } | null, fundsUse?: { report: string, amountUsed: string } | null, withdrawal?: { reason?: string | null } | null } };

export type ApplicationsQueryVariables = Exact<{
  filter?: InputMaybe<ApplicationFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApplicationsQuery = { applications: { edges: Array<{ cursor: string, node: { id: string, kind: ApplicationKind, state: string, version: number, finished: boolean, regionCode: string, requestedAmount: string, approvedAmount?: string | null, disbursedAmount?: string | null, decisionFiscalYear?: number | null, submittedAt: string, updatedAt: string, availableActions: Array<ApplicationAction>, applicant: { fullName: string }, region: { name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { regions: Array<{ code: string, name: string, type: string, establishedYear?: number | null, formedFrom?: string | null, formerNames: Array<{ name: string, until: number }> }>, fiscalYears: Array<{ year: number, mci: string, minimumWage: string, grantCap: string }> };

export type UpsertFiscalYearMutationVariables = Exact<{
  input: FiscalYearInput;
}>;


export type UpsertFiscalYearMutation = { upsertFiscalYear: { year: number, mci: string, minimumWage: string, grantCap: string, note?: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, roles: Array<Role>, region?: string | null, iin?: string | null } };

export const ApplicationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<ApplicationSummaryFragment, unknown>;
export const GrantDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<GrantDetailsFragment, unknown>;
export const StartReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<StartReviewMutation, StartReviewMutationVariables>;
export const RequestChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<RequestChangesMutation, RequestChangesMutationVariables>;
export const RecommendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Recommend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmountDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<RecommendMutation, RecommendMutationVariables>;
export const ApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Approve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmountDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<ApproveMutation, ApproveMutationVariables>;
export const RejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<RejectMutation, RejectMutationVariables>;
export const WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<WithdrawMutation, WithdrawMutationVariables>;
export const ConfirmDisbursementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmDisbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<ConfirmDisbursementMutation, ConfirmDisbursementMutationVariables>;
export const ReportFundsUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFundsUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFundsUseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFundsUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<ReportFundsUseMutation, ReportFundsUseMutationVariables>;
export const CloseApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoteActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<CloseApplicationMutation, CloseApplicationMutationVariables>;
export const SubmitGrantApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitGrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitGrantApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitGrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SubmitGrantApplicationMutation, SubmitGrantApplicationMutationVariables>;
export const ResubmitGrantApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitGrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResubmitGrantApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitGrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ResubmitGrantApplicationMutation, ResubmitGrantApplicationMutationVariables>;
export const ApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Application"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantDetails"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iin"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ApplicationQuery, ApplicationQueryVariables>;
export const ApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Applications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]} as unknown as DocumentNode<ApplicationsQuery, ApplicationsQueryVariables>;
export const ReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishedYear"}},{"kind":"Field","name":{"kind":"Name","value":"formedFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mci"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}},{"kind":"Field","name":{"kind":"Name","value":"grantCap"}}]}}]}}]} as unknown as DocumentNode<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const UpsertFiscalYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertFiscalYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertFiscalYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mci"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWage"}},{"kind":"Field","name":{"kind":"Name","value":"grantCap"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<UpsertFiscalYearMutation, UpsertFiscalYearMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;