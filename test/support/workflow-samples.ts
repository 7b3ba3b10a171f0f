import type { AnyMachineSnapshot } from 'xstate';
import {
  persist,
  start,
  stateOf,
  step,
  type LoggedEvent,
  type WorkflowDefinition,
  type WorkflowEvent,
} from '../../workflows/definition';
import type { ApplicationKind } from '../../workflows/definition';
import { localDateOf as localDay } from '../../workflows/rules/fiscal';
import { makeIin } from '../../workflows/rules/iin';
import { formatMoney } from '../../workflows/rules/money';
import { payoffAmount, type Instalment } from '../../workflows/microcredit/schedule';
import type { ActorRef } from '../../workflows/rules/roles';
import { FY2026, TERMS_2026 } from './machine-harness';

// ---------------------------------------------------------------------------------------------
// Sample events of every kind, and walks through a machine built from them: what the contract
// suite drives every registered machine with, and what the v1 replay fixture was recorded from.
// Only types of the workflows are imported, so the same walk drives any version of a machine.
// ---------------------------------------------------------------------------------------------

/** The people who act in a walk: two of each staff role, so four eyes can be met or broken. */
export const CAST: Record<string, ActorRef> = {
  applicant: { id: 'applicant-1', roles: ['applicant'] },
  reviewer: { id: 'reviewer-1', roles: ['reviewer'] },
  reviewer2: { id: 'reviewer-2', roles: ['reviewer'] },
  approver: { id: 'approver-1', roles: ['approver'] },
  approver2: { id: 'approver-2', roles: ['approver'] },
  accountant: { id: 'accountant-1', roles: ['accountant'] },
  /** a person holding every staff role: the one four eyes must stop */
  allStaff: { id: 'staff-all', roles: ['reviewer', 'approver', 'accountant'] },
  system: { id: 'system', roles: ['system'] },
  /** reads everything, sends nothing */
  auditor: { id: 'auditor-1', roles: ['auditor'] },
  admin: { id: 'admin-1', roles: ['admin'] },
};

const IIN = makeIin('1990-01-01', 'male', 12);

type Payload = Record<string, unknown>;
type Ctx = any;

/** What a walk may send, per event type: payload variants for a context at an instant. */
export interface KindSamples {
  kind: ApplicationKind;
  submit(at: string, variant?: number): WorkflowEvent;
  payloads(type: string, context: Ctx, at: string, n: number): Payload[];
  /** what the kind calls the kit's steps, for the contract suite to reach and read them */
  kit: KitNames;
}

/** The kind's names for the kit's parts: the review's start and the step four eyes guards. */
export interface KitNames {
  /** the event that takes an application up for review, and where the context records it */
  reviewStart: { event: string; record: string };
  /** the reviewer's step before the decision, whose author may not decide, and its record */
  earlierStep: { event: string; record: string };
  /** the kind's own fields of a decision beyond the kit's, all null in a rejection */
  decisionFields: readonly string[];
}

const common = (type: string, context: Ctx, at: string, n: number): Payload[] | null => {
  switch (type) {
    case 'REQUEST_CHANGES':
      return [{ note: 'Attach the supplier quote.' }, { note: '   ' }];
    case 'REJECT':
      return [{ reason: 'The plan shows no market.' }, { reason: '' }];
    case 'WITHDRAW':
      return [{ reason: 'Found a job' }, {}];
    case 'CONFIRM_DISBURSEMENT':
      return [{ paymentReference: `PO-${n}`, paidOn: localDay(at) }, { paymentReference: '', paidOn: localDay(at) }];
    case 'CLOSE':
      return [{ note: 'Receipts checked' }, {}];
    case 'PAYMENT_SETTLED':
      return [{ providerReference: `TR-${n}`, paidAt: at }];
    case 'PAYMENT_FAILED':
      return [{ error: 'provider timeout', attempts: 5 }];
    case 'RETRY_PAYMENT':
    case 'START_REVIEW':
    case 'START_VERIFICATION':
    case 'ESCALATE':
    case 'EXPIRE_CONTRACT':
    case 'MARK_OVERDUE':
      return [{}];
    default:
      void context;
      return null;
  }
};

const grant: KindSamples = {
  kind: 'grant',
  kit: {
    reviewStart: { event: 'START_REVIEW', record: 'reviewStarted' },
    earlierStep: { event: 'RECOMMEND', record: 'recommendation' },
    decisionFields: ['amount', 'fiscalYear', 'cap', 'note'],
  },
  submit: (at, variant = 0) => ({
    type: 'SUBMIT',
    actor: CAST.applicant!,
    at,
    applicationId: `grant-${variant}`,
    applicant: { iin: IIN, categories: variant % 3 === 2 ? ['LARGE_FAMILY', 'TSA_RECIPIENT'] : ['UNEMPLOYED'] },
    regionCode: 'AKM',
    proposal: {
      amount: variant % 4 === 3 ? '900000.00' : '450000.00',
      businessIdea: 'A bakery with a wood-fired oven',
      purpose: 'EQUIPMENT',
      certificate: variant % 3 === 2 ? null : { number: 'BB-2026-00517', issuedOn: '2026-02-10' },
    },
    facts: { fiscalYear: FY2026, regionExists: true },
  }),
  payloads: (type, context, at, n) =>
    common(type, context, at, n) ??
    ({
      RESUBMIT: [
        { proposal: { ...context.proposal, amount: '400000.00' }, note: 'Quote attached', facts: { fiscalYear: FY2026, regionExists: true } },
        { proposal: { ...context.proposal, amount: '950000.00' }, categories: ['YOUTH'], facts: { fiscalYear: FY2026, regionExists: true } },
      ],
      // the share of the cap above which version 2 asks for a site visit (version 1 reads no fact here)
      RECOMMEND: [
        { note: 'Site visited', facts: { siteVisitShareBp: 5000 } },
        { amount: '300000.00', note: 'Second-hand is cheaper', facts: { siteVisitShareBp: 5000 } },
        { amount: '99999999.00', facts: { siteVisitShareBp: 5000 } },
      ],
      RECORD_SITE_VISIT: [
        { visitedOn: localDay(at), findings: 'Premises rented, the oven supplier confirmed' },
        { visitedOn: localDay(at), findings: '   ' },
      ],
      APPROVE: [{ note: 'Commission meeting no. 14', facts: { fiscalYear: FY2026 } }, { amount: '250000.00', facts: { fiscalYear: FY2026 } }, { facts: { fiscalYear: null } }],
      REPORT_FUNDS_USE: [{ report: 'Oven bought, receipts attached', amountUsed: context.disbursement?.amount ?? '0.00' }, { report: '', amountUsed: '1.00' }],
    }[type] ?? []),
};

const microcredit: KindSamples = {
  kind: 'microcredit',
  kit: {
    reviewStart: { event: 'START_REVIEW', record: 'reviewStarted' },
    earlierStep: { event: 'SUBMIT_ASSESSMENT', record: 'assessment' },
    decisionFields: ['terms', 'fiscalYear', 'note', 'contractDeadline', 'writeOffAfterDays'],
  },
  submit: (at, variant = 0) => ({
    type: 'SUBMIT',
    actor: CAST.applicant!,
    at,
    applicationId: `microcredit-${variant}`,
    applicant: { iin: IIN, categories: variant % 3 === 2 ? ['LARGE_FAMILY'] : ['SELF_EMPLOYED'] },
    regionCode: 'AKM',
    request:
      variant % 3 === 2
        ? { amount: '15000000.00', termMonths: 72, rateBp: 400, locality: 'RURAL', purpose: 'EXPANSION', businessDescription: 'A dairy farm', jobsToCreate: 4, financialInstitution: 'Agrarian Credit Corporation', guaranteeShareBp: null }
        : { amount: '3000000.00', termMonths: 12, rateBp: 600, locality: 'URBAN', purpose: 'START_UP', businessDescription: 'A furniture workshop', jobsToCreate: 2, financialInstitution: 'Kokshe Credit', guaranteeShareBp: variant % 4 === 3 ? 20_000 : 5000 },
    facts: { microcreditTerms: TERMS_2026, regionExists: true },
  }),
  payloads: (type, context, at, n) => {
    const own = common(type, context, at, n);
    if (own) return own;
    const terms = { amount: context.request.amount, rateBp: context.request.rateBp, termMonths: context.request.termMonths, method: n % 2 ? 'ANNUITY' : 'DIFFERENTIATED' };
    const due = (context.schedule as Array<{ total: string; paidPrincipal: string; paidInterest: string }>).find(
      (i) => Number(i.paidPrincipal) + Number(i.paidInterest) < Number(i.total),
    );
    return (
      {
        RESUBMIT: [
          { request: { ...context.request, jobsToCreate: 5 }, note: 'Lease attached', facts: { microcreditTerms: TERMS_2026, regionExists: true } },
          { request: { ...context.request, amount: '99000000.00' }, categories: ['YOUTH'], facts: { microcreditTerms: TERMS_2026, regionExists: true } },
        ],
        SUBMIT_ASSESSMENT: [{ notes: 'Cash flow covers the instalments', proposed: terms }, { notes: '', proposed: terms }],
        APPROVE: [
          { terms, note: 'Credit committee no. 7', facts: { microcreditTerms: TERMS_2026 } },
          { terms: { ...terms, amount: '1000000.00' }, facts: { microcreditTerms: TERMS_2026 } },
          { terms, facts: { microcreditTerms: null } },
        ],
        SIGN_CONTRACT: [{ contractNumber: `MC-${n}`, signedOn: localDay(at) }, { contractNumber: '', signedOn: localDay(at) }],
        RECORD_REPAYMENT: due
          ? [
              { amount: (Number(due.total) - Number(due.paidPrincipal) - Number(due.paidInterest)).toFixed(2), paidOn: localDay(at), reference: `RP-${n}` },
              { amount: '1000.00', paidOn: localDay(at), reference: `RP-${n}-part` },
              { amount: '0.00', paidOn: localDay(at), reference: `RP-${n}-zero` },
              { amount: formatMoney(payoffAmount(context.schedule as Instalment[], localDay(at))), paidOn: localDay(at), reference: `RP-${n}-payoff` },
            ]
          : [],
        WRITE_OFF: [{ reason: 'The borrower is insolvent' }, { reason: '' }],
      }[type] ?? []
    );
  },
};

const lifting: KindSamples = {
  kind: 'lifting',
  kit: {
    reviewStart: { event: 'START_VERIFICATION', record: 'verificationStarted' },
    earlierStep: { event: 'VERIFY', record: 'verification' },
    decisionFields: ['amount', 'fiscalYear', 'minimumWage', 'note'],
  },
  submit: (at, variant = 0) => ({
    type: 'SUBMIT',
    actor: variant % 2 ? CAST.reviewer! : CAST.applicant!,
    at,
    applicationId: `lifting-${variant}`,
    applicant: { iin: IIN, categories: ['UNEMPLOYED'] },
    regionCode: 'AKM',
    move: {
      referral: { employmentCentre: 'Kokshetau employment centre', number: `KOK-${variant}`, issuedOn: localDay(at) },
      settlementFrom: variant % 4 === 3 ? 'Kokshetau' : 'Kentau',
      settlementTo: 'Kokshetau',
      arrivalDate: localDay(at),
      infrastructureProject: 'Reconstruction of the water supply network',
      employer: 'Kokshe Su Kurylys LLP',
      familyMembers: variant % 3,
    },
    facts: { fiscalYear: FY2026, regionExists: true, decisionWorkingDays: 10 },
  }),
  payloads: (type, context, at, n) =>
    common(type, context, at, n) ??
    ({
      RESUBMIT: [
        { move: { ...context.move, employer: 'Su Kurylys LLP' }, note: 'Referral attached', facts: { fiscalYear: FY2026, regionExists: true } },
        { move: { ...context.move, settlementFrom: context.move.settlementTo }, facts: { fiscalYear: FY2026, regionExists: true } },
      ],
      VERIFY: [
        { referralConfirmed: true, arrivalConfirmed: true, note: 'Checked with the employer on site' },
        { referralConfirmed: false, arrivalConfirmed: true },
      ],
      APPROVE: [{ facts: { fiscalYear: FY2026 } }, { note: 'Protocol 3', facts: { fiscalYear: FY2026 } }, { facts: { fiscalYear: null } }],
    }[type] ?? []),
};

/** The test kind of test/kinds/practice (README "Adding a kind"): the contract holds for it too. */
const practice: KindSamples = {
  kind: 'practice',
  kit: {
    reviewStart: { event: 'START_REVIEW', record: 'reviewStarted' },
    earlierStep: { event: 'CONFIRM_PLACEMENT', record: 'placementConfirmed' },
    decisionFields: ['amount', 'note'],
  },
  submit: (at, variant = 0) => ({
    type: 'SUBMIT',
    actor: CAST.applicant!,
    at,
    applicationId: `practice-${variant}`,
    applicant: { iin: IIN, categories: ['YOUTH'] },
    regionCode: 'AKM',
    placement: { employer: 'Kokshetau Bakery LLP', months: variant % 4 === 3 ? 9 : 1 + (variant % 6), monthlyWage: '150000.00' },
  }),
  payloads: (type, context, at, n) =>
    common(type, context, at, n) ??
    ({
      RESUBMIT: [
        { placement: { ...context.placement, months: 3 }, note: 'Three months agreed with the employer' },
        { placement: { ...context.placement, months: 12 } },
      ],
      CONFIRM_PLACEMENT: [{ note: 'Called the employer' }, {}],
      APPROVE: [{}, { note: 'Protocol 7' }],
    }[type] ?? []),
};

export const SAMPLES: Record<ApplicationKind, KindSamples> = { grant, microcredit, lifting, practice };

/** A small deterministic generator (mulberry32), so a walk is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Every event a walk could send now, by every person of the cast, with every payload variant. */
export function candidates(def: WorkflowDefinition, snapshot: AnyMachineSnapshot, at: string, n: number, cast: readonly ActorRef[] = Object.values(CAST)): WorkflowEvent[] {
  const samples = SAMPLES[def.kind];
  return Object.keys(def.eventRoles)
    .sort()
    .flatMap((type) => samples.payloads(type, snapshot.context, at, n).flatMap((payload) => cast.map((actor) => ({ type, actor, at, ...payload }) as WorkflowEvent)));
}

/** Gaps between two actions of a walk: an hour, days, and more than a month (deadlines, instalments). */
const GAPS_MS = [3_600_000, 2 * 86_400_000, 9 * 86_400_000, 35 * 86_400_000];

export interface Walk {
  log: LoggedEvent[];
  /** the snapshot after each entry of the log */
  trail: AnyMachineSnapshot[];
  snapshot: AnyMachineSnapshot;
}

/**
 * A seeded random walk through a machine: each step picks one of the events it accepts now.
 * `prefer` names event types to take whenever they are accepted (a scripted path); `TYPE#k`
 * asks for the k-th payload variant of the type.
 */
export function walk(
  def: WorkflowDefinition,
  seed: number,
  options: { steps?: number; prefer?: readonly string[]; variant?: number; cast?: readonly ActorRef[] } = {},
): Walk {
  const random = seeded(seed);
  let at = Date.parse('2026-03-02T04:00:00.000Z') + Math.floor(random() * 100) * 86_400_000;
  const submit = SAMPLES[def.kind].submit(new Date(at).toISOString(), options.variant ?? seed);
  let snapshot = start(def, submit);
  const log: LoggedEvent[] = [{ event: submit, toState: stateOf(snapshot) }];
  const trail = [snapshot];
  const script = [...(options.prefer ?? [])];
  for (let n = 1; n <= (options.steps ?? 25) && snapshot.status !== 'done' && !(options.prefer && script.length === 0); n += 1) {
    at += GAPS_MS[Math.floor(random() * GAPS_MS.length)]!;
    const iso = new Date(at).toISOString();
    const [wanted, variant] = (script[0] ?? '').split('#');
    const offered =
      variant === undefined
        ? candidates(def, snapshot, iso, n, options.cast)
        : (options.cast ?? Object.values(CAST)).map((actor) => ({ type: wanted!, actor, at: iso, ...SAMPLES[def.kind].payloads(wanted!, snapshot.context, iso, n)[Number(variant)] }) as WorkflowEvent);
    const accepted = offered
      .map((event) => ({ event, next: step(def, snapshot, event) }))
      .filter((c): c is { event: WorkflowEvent; next: AnyMachineSnapshot } => c.next !== null);
    if (options.prefer) {
      const chosen = accepted.find((c) => c.event.type === wanted);
      // the next scripted action may wait for a deadline or an instalment: let time pass
      if (!chosen) continue;
      script.shift();
      snapshot = chosen.next;
      log.push({ event: chosen.event, toState: stateOf(snapshot) });
      trail.push(snapshot);
      continue;
    }
    if (accepted.length === 0) continue;
    const chosen = accepted[Math.floor(random() * accepted.length)]!;
    snapshot = chosen.next;
    log.push({ event: chosen.event, toState: stateOf(snapshot) });
    trail.push(snapshot);
  }
  return { log, trail, snapshot };
}

/** The scripted paths of the demo data (src/seed/demo.ts) and of the bench data set (bench/seed.ts PATHS). */
export const SCRIPTED_PATHS: Record<ApplicationKind, ReadonlyArray<readonly string[]>> = {
  grant: [
    [],
    ['START_REVIEW'],
    ['START_REVIEW', 'REQUEST_CHANGES'],
    ['START_REVIEW', 'REQUEST_CHANGES', 'RESUBMIT', 'START_REVIEW', 'RECOMMEND'],
    ['START_REVIEW', 'RECOMMEND'],
    ['START_REVIEW', 'RECOMMEND', 'APPROVE'],
    ['START_REVIEW', 'RECOMMEND', 'APPROVE', 'CONFIRM_DISBURSEMENT'],
    ['START_REVIEW', 'RECOMMEND', 'APPROVE', 'CONFIRM_DISBURSEMENT', 'PAYMENT_SETTLED', 'REPORT_FUNDS_USE'],
    ['START_REVIEW', 'RECOMMEND', 'APPROVE', 'CONFIRM_DISBURSEMENT', 'PAYMENT_SETTLED', 'REPORT_FUNDS_USE', 'CLOSE'],
    ['START_REVIEW', 'RECOMMEND', 'APPROVE', 'CONFIRM_DISBURSEMENT', 'PAYMENT_FAILED', 'RETRY_PAYMENT', 'PAYMENT_SETTLED'],
    ['START_REVIEW', 'REJECT'],
    ['START_REVIEW', 'RECOMMEND', 'REJECT'],
    ['WITHDRAW'],
  ],
  microcredit: [
    [],
    ['START_REVIEW'],
    ['START_REVIEW', 'SUBMIT_ASSESSMENT'],
    ['START_REVIEW', 'REQUEST_CHANGES', 'RESUBMIT', 'START_REVIEW', 'SUBMIT_ASSESSMENT'],
    ['START_REVIEW', 'SUBMIT_ASSESSMENT', 'APPROVE'],
    ['START_REVIEW', 'SUBMIT_ASSESSMENT', 'APPROVE', 'EXPIRE_CONTRACT'],
    ['START_REVIEW', 'SUBMIT_ASSESSMENT', 'APPROVE', 'SIGN_CONTRACT'],
    ['START_REVIEW', 'SUBMIT_ASSESSMENT', 'APPROVE', 'SIGN_CONTRACT', 'CONFIRM_DISBURSEMENT', 'PAYMENT_SETTLED'],
    ['START_REVIEW', 'SUBMIT_ASSESSMENT', 'APPROVE', 'SIGN_CONTRACT', 'CONFIRM_DISBURSEMENT', 'RECORD_REPAYMENT', 'MARK_OVERDUE', 'RECORD_REPAYMENT'],
    ['START_REVIEW', 'SUBMIT_ASSESSMENT', 'APPROVE', 'SIGN_CONTRACT', 'CONFIRM_DISBURSEMENT', 'MARK_OVERDUE', 'WRITE_OFF'],
    // a loan paid off closes itself (#3: the payoff amount)
    ['START_REVIEW', 'SUBMIT_ASSESSMENT', 'APPROVE', 'SIGN_CONTRACT', 'CONFIRM_DISBURSEMENT', 'PAYMENT_SETTLED', 'RECORD_REPAYMENT', 'RECORD_REPAYMENT#3'],
    ['START_REVIEW', 'REJECT'],
    ['START_REVIEW', 'SUBMIT_ASSESSMENT', 'REJECT'],
    ['WITHDRAW'],
  ],
  lifting: [
    [],
    ['START_VERIFICATION'],
    ['START_VERIFICATION', 'VERIFY'],
    ['START_VERIFICATION', 'REQUEST_CHANGES', 'RESUBMIT', 'START_VERIFICATION', 'VERIFY'],
    ['START_VERIFICATION', 'VERIFY', 'APPROVE'],
    ['START_VERIFICATION', 'VERIFY', 'APPROVE', 'CONFIRM_DISBURSEMENT', 'PAYMENT_SETTLED'],
    ['START_VERIFICATION', 'VERIFY', 'APPROVE', 'CONFIRM_DISBURSEMENT', 'PAYMENT_SETTLED', 'CLOSE'],
    ['ESCALATE', 'START_VERIFICATION', 'VERIFY'],
    ['START_VERIFICATION', 'REJECT'],
    ['START_VERIFICATION', 'VERIFY', 'REJECT'],
    ['WITHDRAW'],
  ],
  practice: [
    [],
    ['START_REVIEW'],
    ['START_REVIEW', 'REQUEST_CHANGES', 'RESUBMIT', 'START_REVIEW', 'CONFIRM_PLACEMENT'],
    ['START_REVIEW', 'CONFIRM_PLACEMENT', 'APPROVE'],
    ['START_REVIEW', 'CONFIRM_PLACEMENT', 'APPROVE', 'CONFIRM_DISBURSEMENT', 'PAYMENT_SETTLED', 'CLOSE'],
    ['START_REVIEW', 'CONFIRM_PLACEMENT', 'APPROVE', 'CONFIRM_DISBURSEMENT', 'PAYMENT_FAILED', 'RETRY_PAYMENT', 'PAYMENT_SETTLED'],
    ['START_REVIEW', 'REJECT'],
    ['START_REVIEW', 'CONFIRM_PLACEMENT', 'REJECT'],
    ['WITHDRAW'],
  ],
};

/** The stored form of a walk, as the replay fixture keeps it. */
export function recorded(def: WorkflowDefinition, w: Walk): { kind: ApplicationKind; version: number; log: LoggedEvent[]; snapshot: unknown } {
  return { kind: def.kind, version: def.version, log: w.log, snapshot: persist(def, w.snapshot) };
}
