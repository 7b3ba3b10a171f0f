import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot, AnyStateNode } from 'xstate';
import {
  availableEvents,
  explainRefusal,
  persist,
  replay,
  start,
  stateOf,
  step,
  stepWithEffects,
  type WorkflowDefinition,
  type WorkflowEvent,
} from '../../workflows/definition';
import { allWorkflows, registerWorkflow } from '../../workflows/registry';
import { practiceWorkflowV1 } from '../kinds/practice/workflow';
import { localDateOf } from '../../workflows/rules/fiscal';
import type { ActorRef } from '../../workflows/rules/roles';
import { machineHarness } from '../support/machine-harness';
import { CAST, SAMPLES, SCRIPTED_PATHS, candidates, walk, type Walk } from '../support/workflow-samples';

// ---------------------------------------------------------------------------------------------
// The contract every registered machine keeps, whatever its kind: what the engine and the API
// rely on. Each kind's own rules are tested beside its machine (test/unit/<kind>-machine.test.ts).
// ---------------------------------------------------------------------------------------------

// the test kind of README "Adding a kind" (test/kinds/practice), registered as a kind of the
// programme registers: the contract is the same for it
registerWorkflow(practiceWorkflowV1);

const SEEDS = Array.from({ length: 16 }, (_, i) => i + 1);

function statesOf(def: WorkflowDefinition): AnyStateNode[] {
  return Object.values(def.machine.root.states as Record<string, AnyStateNode>);
}

/** Random walks and the scripted paths of the demo and bench data, with the snapshots they pass. */
function walksOf(def: WorkflowDefinition): Walk[] {
  return [...SEEDS.map((seed) => walk(def, seed)), ...SCRIPTED_PATHS[def.kind].map((path, i) => walk(def, 100 + i, { prefer: path, steps: 40, variant: i % 3 }))];
}

/** One snapshot per state (several where the walks met it several times), with the instant after it. */
function visited(walks: Walk[]): Array<{ snapshot: AnyMachineSnapshot; at: string }> {
  return walks.flatMap((w) =>
    w.trail.map((snapshot, i) => ({ snapshot, at: new Date(Date.parse(w.log[Math.min(i + 1, w.log.length - 1)]!.event.at) + 60_000).toISOString() })),
  );
}

const holds = (actor: ActorRef, roles: readonly string[]) => actor.roles.some((r) => roles.includes(r));

/** Events leaving a state, by type, and the states they lead to. */
function targetsOf(node: AnyStateNode): Array<{ eventType: string; target: string }> {
  return [...node.transitions].flatMap(([eventType, ts]) => ts.flatMap((t) => (t.target ?? []).map((target) => ({ eventType, target: target.key }))));
}

/** States from which APPROVE can still be taken: before the decision. */
function beforeDecision(def: WorkflowDefinition): Set<string> {
  const nodes = statesOf(def);
  const reach = new Map(nodes.map((n) => [n.key, [...targetsOf(n).map((t) => t.target), ...(n.always ?? []).flatMap((t) => (t.target ?? []).map((x) => x.key))]]));
  const decides = new Set(nodes.filter((n) => n.transitions.has('APPROVE')).map((n) => n.key));
  const result = new Set<string>();
  for (const node of nodes) {
    const seen = new Set<string>();
    const queue = [node.key];
    while (queue.length > 0) {
      const key = queue.shift()!;
      if (seen.has(key)) continue;
      seen.add(key);
      if (decides.has(key)) result.add(node.key);
      queue.push(...(reach.get(key) ?? []));
    }
  }
  // a state left at once (screening) is never at rest
  for (const node of nodes) if ((node.always ?? []).some((t) => !t.guard)) result.delete(node.key);
  return result;
}

/** Walks the scripted path of the data sets up to (not including) the first `type`, acting as `cast`. */
function pathUpTo(def: WorkflowDefinition, type: string, cast: readonly ActorRef[]): Walk {
  const path = SCRIPTED_PATHS[def.kind].find((p) => p.includes(type))!;
  return walk(def, 7, { prefer: path.slice(0, path.indexOf(type)), cast, steps: 40, variant: 0 });
}

function sample(def: WorkflowDefinition, snapshot: AnyMachineSnapshot, type: string, actor: ActorRef, at: string, variant = 0): WorkflowEvent {
  const payload = SAMPLES[def.kind].payloads(type, snapshot.context, at, 1)[variant] ?? {};
  return { type, actor, at, ...payload } as WorkflowEvent;
}

/** Instants after the last entry of a walk's log, an hour apart: `later(w)(2)` is two hours after it. */
const later =
  (w: Walk) =>
  (hours: number): string =>
    new Date(Date.parse(w.log.at(-1)!.event.at) + hours * 3_600_000).toISOString();

const EVERYONE = Object.values(CAST);
/** a person holding the reviewer's and the approver's roles: four eyes must still stop them */
const DUAL: ActorRef = { id: 'dual-1', roles: ['reviewer', 'approver'] };
/** the same person, now an approver only */
const DUAL_AS_APPROVER: ActorRef = { id: 'dual-1', roles: ['approver'] };
/** another person holding both roles, who did nothing yet */
const OTHER_DUAL: ActorRef = { id: 'dual-2', roles: ['reviewer', 'approver'] };
/** named like the gateway's jobs but without their role */
const IMPOSTOR: ActorRef = { id: 'system', roles: ['admin'] };

describe.each(allWorkflows().map((def) => [`${def.kind} v${def.version}`, def] as const))('the contract of %s', (_, def) => {
  const walks = walksOf(def);
  const seen = visited(walks);
  const { ctx, accept, refuse, roundTrip, screenedOut } = machineHarness<any, WorkflowEvent>(def, { refuseWithEffects: true });
  const kit = SAMPLES[def.kind].kit;

  it('derives its final states, roles and effects from its machine', () => {
    expect([...def.finalStates].sort()).toEqual(statesOf(def).filter((n) => n.type === 'final').map((n) => n.key).sort());
    const sent = new Set([def.machine.root, ...statesOf(def)].flatMap((n) => [...n.transitions.keys()]));
    expect(Object.keys(def.eventRoles).sort()).toEqual([...sent].sort());
    for (const roles of Object.values(def.eventRoles)) expect(roles.length).toBeGreaterThan(0);
    expect(def.effects).toEqual(expect.arrayContaining(['reserveBudget', 'commitBudget', 'enqueuePayment']));
    for (const name of def.effects ?? []) expect(def.machine.implementations.actions).toHaveProperty(name);
    expect(def.submitRoles).toContain('applicant');
  });

  it('explains every guard of an event with a rule', () => {
    for (const node of [def.machine.root, ...statesOf(def)]) {
      for (const [eventType, transitions] of node.transitions) {
        for (const t of transitions) expect(def.rules, `${eventType} in ${node.key}`).toHaveProperty(String((t.guard as { type: string }).type));
      }
    }
  });

  it('walks reach every state of the machine but the transient screening', () => {
    const reached = new Set(walks.flatMap((w) => w.log.map((e) => e.toState)));
    for (const node of statesOf(def)) if (node.key !== 'screening') expect(reached, node.key).toContain(node.key);
  });

  it('starts an eligible submission with who, when and the applicant recorded, and the kit\'s records empty', () => {
    const submit = SAMPLES[def.kind].submit('2026-03-02T04:00:00.000Z', 0) as WorkflowEvent & Record<string, any>;
    // the machine copies the declared categories rather than keeping the caller's array
    const categories = [...submit.applicant.categories];
    const snapshot = start(def, { ...submit, applicant: { ...submit.applicant, categories } } as WorkflowEvent);
    categories.push('KANDAS');
    expect(snapshot.status).toBe('active');
    expect(def.submissionRefusal(ctx(snapshot))).toEqual([]);
    expect(ctx(snapshot)).toMatchObject({
      applicationId: submit.applicationId,
      applicantIin: submit.applicant.iin,
      regionCode: submit.regionCode,
      categories: submit.applicant.categories,
      submitted: { by: submit.actor.id, at: submit.at },
      screening: { reasons: [], at: submit.at },
      [kit.reviewStart.record]: null,
      changeRequests: [],
      [kit.earlierStep.record]: null,
      decision: null,
      disbursement: null,
      payment: null,
      withdrawal: null,
      ...('CLOSE' in def.eventRoles ? { closing: null } : {}),
    });
  });

  it('screens a submission out with its reasons, and replays it so', () => {
    const submit = SAMPLES[def.kind].submit('2026-03-02T04:00:00.000Z', 3);
    const snapshot = start(def, submit);
    expect(screenedOut(snapshot).length).toBeGreaterThan(0);
    expect(persist(def, replay(def, [{ event: submit, toState: 'ineligible' }]))).toEqual(persist(def, snapshot));
  });

  it('final states accept nothing', () => {
    const finals = seen.filter((v) => v.snapshot.status === 'done');
    expect(new Set(finals.map((v) => stateOf(v.snapshot)))).toEqual(new Set(def.finalStates));
    // the top level's payment events are refused by explainRefusal, which the engine asks first
    const topLevel = new Set(def.machine.root.transitions.keys());
    for (const { snapshot, at } of finals) {
      for (const [type, roles] of Object.entries(def.eventRoles)) {
        const actor = Object.values(CAST).find((a) => holds(a, roles))!;
        const event = sample(def, snapshot, type, actor, at);
        if (!topLevel.has(type)) expect(step(def, snapshot, event), `${type} in ${stateOf(snapshot)}`).toBeNull();
        expect(explainRefusal(def, snapshot, event)).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
      }
      for (const actor of Object.values(CAST)) expect(availableEvents(def, snapshot, actor)).toEqual([]);
      // and so does a final snapshot read back from the database
      const restored = roundTrip(snapshot);
      expect(restored.status).toBe('done');
      for (const type of Object.keys(def.eventRoles)) {
        const actor = EVERYONE.find((a) => holds(a, def.eventRoles[type]!))!;
        expect(explainRefusal(def, restored, sample(def, restored, type, actor, at))).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
      }
    }
  });

  it('refuses an event from anyone who holds none of its roles, in every state (FORBIDDEN, ROLE)', () => {
    for (const { snapshot, at } of seen) {
      for (const event of candidates(def, snapshot, at, 1, [...EVERYONE, IMPOSTOR]).filter((e) => !holds(e.actor, def.eventRoles[e.type]!))) {
        expect(step(def, snapshot, event), `${event.type} by ${event.actor.id} in ${stateOf(snapshot)}`).toBeNull();
        expect(stepWithEffects(def, snapshot, event)).toBeNull();
        expect(explainRefusal(def, snapshot, event)).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
      }
    }
  });

  it('refuses, naming the state, every event its state does not take, from one who holds its role (INVALID_TRANSITION, STATE)', () => {
    const topLevel = new Set(def.machine.root.transitions.keys());
    for (const { snapshot, at } of seen.filter((v) => v.snapshot.status !== 'done')) {
      const node = (def.machine.root.states as Record<string, AnyStateNode>)[stateOf(snapshot)]!;
      for (const [type, roles] of Object.entries(def.eventRoles)) {
        if (node.transitions.has(type) || topLevel.has(type)) continue;
        const event = sample(def, snapshot, type, EVERYONE.find((a) => holds(a, roles))!, at);
        const refusal = refuse(snapshot, event);
        expect(refusal, `${type} in ${stateOf(snapshot)}`).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
        expect(refusal.message).toContain(stateOf(snapshot));
      }
    }
  });

  it('refuses an event that is not one of the workflow (INVALID_TRANSITION, UNKNOWN_EVENT)', () => {
    const { snapshot, at } = seen[0]!;
    expect(explainRefusal(def, snapshot, { type: 'FLY_TO_THE_MOON', actor: CAST.system!, at })).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'UNKNOWN_EVENT' });
  });

  it('lets the applicant withdraw from every state before the decision, and no one else', () => {
    const withdrawable = statesOf(def).filter((n) => n.transitions.has('WITHDRAW')).map((n) => n.key);
    expect(new Set(withdrawable)).toEqual(beforeDecision(def));
    const at = seen.filter((v) => withdrawable.includes(stateOf(v.snapshot)));
    expect(new Set(at.map((v) => stateOf(v.snapshot)))).toEqual(new Set(withdrawable));
    for (const { snapshot, at: when } of at) {
      const next = step(def, snapshot, { type: 'WITHDRAW', actor: CAST.applicant!, at: when, reason: 'Found a job' } as WorkflowEvent);
      expect(next && stateOf(next), stateOf(snapshot)).toBe('withdrawn');
      expect(next!.status).toBe('done');
      expect(next!.context.withdrawal).toEqual({ by: CAST.applicant!.id, at: when, reason: 'Found a job' });
      // a withdrawal without a reason records null
      expect(step(def, snapshot, { type: 'WITHDRAW', actor: CAST.applicant!, at: when })!.context.withdrawal).toEqual({ by: CAST.applicant!.id, at: when, reason: null });
      expect(explainRefusal(def, snapshot, { type: 'WITHDRAW', actor: CAST.reviewer!, at: when })).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    }
    // after the decision, or at the end, the state refuses it and the refusal names the state
    for (const { snapshot, at: when } of seen.filter((v) => !withdrawable.includes(stateOf(v.snapshot)))) {
      const refusal = explainRefusal(def, snapshot, { type: 'WITHDRAW', actor: CAST.applicant!, at: when });
      expect(refusal).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'STATE' });
      expect(refusal!.message).toContain(stateOf(snapshot));
    }
  });

  it('four eyes: the approver did not do the earlier step, the accountant did not approve (FORBIDDEN, FOUR_EYES)', () => {
    // one person holding every staff role does every staff step up to the decision
    const { snapshot, log } = pathUpTo(def, 'APPROVE', [CAST.applicant!, CAST.allStaff!, CAST.system!]);
    const at = new Date(Date.parse(log.at(-1)!.event.at) + 3_600_000).toISOString();
    for (const type of ['APPROVE', 'REJECT']) {
      const event = sample(def, snapshot, type, CAST.allStaff!, at);
      expect(step(def, snapshot, event), type).toBeNull();
      expect(explainRefusal(def, snapshot, event), type).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
      expect(availableEvents(def, snapshot, CAST.allStaff!)).not.toContain(type);
    }
    expect(step(def, snapshot, sample(def, snapshot, 'APPROVE', CAST.approver!, at))).not.toBeNull();

    // the approver who also keeps the books may not pay out their own approval
    const approverAccountant: ActorRef = { id: 'approver-and-accountant', roles: ['approver', 'accountant'] };
    const paid = pathUpTo(def, 'CONFIRM_DISBURSEMENT', [CAST.applicant!, CAST.reviewer!, approverAccountant, CAST.system!]);
    const when = new Date(Date.parse(paid.log.at(-1)!.event.at) + 3_600_000).toISOString();
    const confirm = sample(def, paid.snapshot, 'CONFIRM_DISBURSEMENT', approverAccountant, when);
    expect(explainRefusal(def, paid.snapshot, confirm)).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    expect(refuse(roundTrip(paid.snapshot), confirm)).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    // nor is it offered to the approver who now acts as an accountant only
    expect(availableEvents(def, paid.snapshot, { id: approverAccountant.id, roles: ['accountant'] })).toEqual([]);
    expect(step(def, paid.snapshot, sample(def, paid.snapshot, 'CONFIRM_DISBURSEMENT', CAST.accountant!, when))).not.toBeNull();
  });

  it('four eyes at the decision: who did the earlier step may neither approve nor reject, under any roles, before any payload rule', () => {
    const w = pathUpTo(def, 'APPROVE', [CAST.applicant!, DUAL, CAST.system!]);
    const at = later(w)(1);
    expect(ctx(w.snapshot)[kit.earlierStep.record]).toMatchObject({ by: DUAL.id });
    for (const actor of [DUAL, DUAL_AS_APPROVER]) {
      for (const type of ['APPROVE', 'REJECT']) {
        expect(refuse(w.snapshot, sample(def, w.snapshot, type, actor, at)), `${type} by ${actor.roles.join('+')}`).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
      }
    }
    // the third approval sample lacks the decision's facts, the second rejection its reason
    expect(refuse(w.snapshot, sample(def, w.snapshot, 'APPROVE', DUAL, at, 2))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    expect(refuse(w.snapshot, sample(def, w.snapshot, 'REJECT', DUAL, at, 1))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    expect(refuse(roundTrip(w.snapshot), sample(def, w.snapshot, 'APPROVE', DUAL_AS_APPROVER, at))).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    expect(availableEvents(def, w.snapshot, DUAL)).toEqual([]);
    expect(availableEvents(def, w.snapshot, OTHER_DUAL)).toEqual(['APPROVE', 'REJECT']);
    const approved = accept(w.snapshot, sample(def, w.snapshot, 'APPROVE', OTHER_DUAL, at));
    expect(ctx(approved).decision).toMatchObject({ by: OTHER_DUAL.id, outcome: 'APPROVED' });
    expect(ctx(approved)[kit.earlierStep.record]).toMatchObject({ by: DUAL.id });
  });

  it('four eyes looks at the earlier step only: who merely started the review may decide', () => {
    const w = pathUpTo(def, kit.earlierStep.event, [CAST.applicant!, DUAL, CAST.system!]);
    const at = later(w);
    expect(ctx(w.snapshot)[kit.reviewStart.record]).toMatchObject({ by: DUAL.id });
    const done = accept(w.snapshot, sample(def, w.snapshot, kit.earlierStep.event, CAST.reviewer2!, at(1)));
    accept(done, sample(def, done, 'APPROVE', DUAL, at(2)));
  });

  it('rejects with a trimmed reason: the reviewer while reviewing, an approver at the decision, each at its stage', () => {
    const stages = [
      { w: pathUpTo(def, 'REJECT', EVERYONE), by: CAST.reviewer!, stage: 'REVIEW', not: CAST.approver! },
      { w: pathUpTo(def, 'APPROVE', EVERYONE), by: CAST.approver!, stage: 'APPROVAL', not: CAST.reviewer! },
    ];
    const blanks = Object.fromEntries(kit.decisionFields.map((field) => [field, null]));
    for (const { w, by, stage, not } of stages) {
      const at = later(w)(1);
      const rejected = accept(w.snapshot, { type: 'REJECT', actor: by, at, reason: '  The plan shows no market.  ' } as WorkflowEvent);
      expect(stateOf(rejected)).toBe('rejected');
      expect(rejected.status).toBe('done');
      expect(ctx(rejected).decision).toEqual({ by: by.id, at, outcome: 'REJECTED', stage, reason: 'The plan shows no market.', ...blanks });
      expect(def.project(ctx(rejected))).toMatchObject({ approvedAmount: null, disbursedAmount: null, decisionFiscalYear: null });
      for (const reason of ['', '   ', undefined]) {
        expect(refuse(w.snapshot, { type: 'REJECT', actor: by, at, reason } as WorkflowEvent), `${stage} ${reason}`).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'reason' });
      }
      // REJECT is the reviewer's and the approver's, but each at their own stage
      expect(refuse(w.snapshot, { type: 'REJECT', actor: not, at, reason: 'No' } as WorkflowEvent)).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    }
  });

  it('sends an application back for changes with a note, and takes the resubmission that answers it, round after round', () => {
    const w = pathUpTo(def, 'REQUEST_CHANGES', EVERYONE);
    const review = stateOf(w.snapshot);
    expect(ctx(w.snapshot)[kit.reviewStart.record]).toEqual({ by: CAST.reviewer!.id, at: w.log.at(-1)!.event.at });
    const at = later(w);
    const changes = (note: string, actor: ActorRef, when: string) => ({ type: 'REQUEST_CHANGES', actor, at: when, note }) as WorkflowEvent;
    for (const note of ['', '   ']) expect(refuse(w.snapshot, changes(note, CAST.reviewer!, at(1)))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'note' });

    let s = accept(w.snapshot, changes('Attach the supplier quote.', CAST.reviewer!, at(1)));
    expect(stateOf(s)).toBe('changesRequested');
    expect(ctx(s).changeRequests).toEqual([{ by: CAST.reviewer!.id, at: at(1), note: 'Attach the supplier quote.', resubmittedAt: null, resubmissionNote: null }]);
    const resubmit = sample(def, s, 'RESUBMIT', CAST.applicant!, at(2)) as WorkflowEvent & { note: string };
    s = accept(s, resubmit);
    expect(stateOf(s)).toBe('resubmitted');
    s = accept(s, { type: kit.reviewStart.event, actor: CAST.reviewer2!, at: at(3) });
    expect(stateOf(s)).toBe(review);
    expect(ctx(s)[kit.reviewStart.record]).toEqual({ by: CAST.reviewer2!.id, at: at(3) });
    s = accept(s, changes('Describe the premises', CAST.reviewer2!, at(4)));
    const { note: _, ...withoutNote } = sample(def, s, 'RESUBMIT', CAST.applicant!, at(5)) as WorkflowEvent & { note?: string };
    s = accept(s, withoutNote);
    expect(stateOf(s)).toBe('resubmitted');
    expect(ctx(s).screening).toMatchObject({ reasons: [], at: at(5) });
    expect(ctx(s).changeRequests).toEqual([
      { by: CAST.reviewer!.id, at: at(1), note: 'Attach the supplier quote.', resubmittedAt: at(2), resubmissionNote: resubmit.note },
      { by: CAST.reviewer2!.id, at: at(4), note: 'Describe the premises', resubmittedAt: at(5), resubmissionNote: null },
    ]);
    expect(roundTrip(s).context).toEqual(s.context);
  });

  it('records the disbursement of the decided amount with its reference and date, and wants both', () => {
    const w = pathUpTo(def, 'CONFIRM_DISBURSEMENT', EVERYONE);
    const at = later(w)(1);
    const confirm = (paymentReference: string, paidOn: string) => ({ type: 'CONFIRM_DISBURSEMENT', actor: CAST.accountant!, at, paymentReference, paidOn }) as WorkflowEvent;
    for (const blank of ['', '  ']) {
      expect(refuse(w.snapshot, confirm(blank, localDateOf(at)))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'paymentReference' });
      expect(refuse(w.snapshot, confirm('PO-1', blank))).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED', field: 'paidOn' });
    }
    const paid = accept(w.snapshot, confirm('PO-1', localDateOf(at)));
    const amount = def.project(ctx(w.snapshot)).approvedAmount;
    expect(ctx(paid).disbursement).toEqual({ by: CAST.accountant!.id, at, amount, paymentReference: 'PO-1', paidOn: localDateOf(at) });
    expect(def.project(ctx(paid))).toMatchObject({ approvedAmount: amount, disbursedAmount: amount });
  });

  it.runIf('CLOSE' in def.eventRoles)('a reviewer closes a finished file, with a note or without', () => {
    const w = pathUpTo(def, 'CLOSE', EVERYONE);
    const at = later(w)(1);
    const closed = accept(w.snapshot, { type: 'CLOSE', actor: CAST.reviewer!, at, note: 'Receipts checked' } as WorkflowEvent);
    expect(stateOf(closed)).toBe('closed');
    expect(closed.status).toBe('done');
    expect(ctx(closed).closing).toEqual({ by: CAST.reviewer!.id, at, note: 'Receipts checked' });
    expect(ctx(accept(w.snapshot, { type: 'CLOSE', actor: CAST.reviewer!, at })).closing).toEqual({ by: CAST.reviewer!.id, at, note: null });
  });

  it('reads every snapshot back from JSON as it was, and steps on from it exactly like the original', () => {
    for (const w of walks) {
      w.trail.forEach((snapshot, i) => {
        const restored = roundTrip(snapshot);
        expect(stateOf(restored)).toBe(stateOf(snapshot));
        expect(restored.context).toEqual(snapshot.context);
        expect(restored.status).toBe(snapshot.status);
        for (const actor of EVERYONE) expect(availableEvents(def, restored, actor)).toEqual(availableEvents(def, snapshot, actor));
        const next = w.log[i + 1]?.event;
        if (next) expect(persist(def, step(def, restored, next)!)).toEqual(persist(def, w.trail[i + 1]!));
      });
    }
    // again and again, without drift
    const { snapshot } = walks.find((x) => x.log.length > 4)!;
    const thrice = roundTrip(roundTrip(roundTrip(snapshot)));
    expect(thrice.context).toEqual(snapshot.context);
    expect(persist(def, thrice)).toEqual(JSON.parse(JSON.stringify(persist(def, snapshot))));
  });

  it('orders the payment at the disbursement; the job settles it or fails it, and an accountant retries a failure', () => {
    const { snapshot, log } = pathUpTo(def, 'CONFIRM_DISBURSEMENT', Object.values(CAST));
    const at = (hours: number) => new Date(Date.parse(log.at(-1)!.event.at) + hours * 3_600_000).toISOString();
    const confirmed = stepWithEffects(def, snapshot, sample(def, snapshot, 'CONFIRM_DISBURSEMENT', CAST.accountant!, at(1)))!;
    expect(confirmed.effects.map((e) => e.type)).toEqual(['commitBudget', 'enqueuePayment']);
    expect(confirmed.effects[0]!.params).toEqual({ amount: confirmed.snapshot.context.disbursement.amount });
    expect(confirmed.snapshot.context.payment).toMatchObject({ status: 'PENDING', orderedAt: at(1), attempts: 0 });
    const retry = { type: 'RETRY_PAYMENT', actor: CAST.accountant!, at: at(3) };
    expect(explainRefusal(def, confirmed.snapshot, retry)).toMatchObject({ code: 'VALIDATION', rule: 'NO_PAYMENT_INCIDENT' });

    const failed = step(def, confirmed.snapshot, { type: 'PAYMENT_FAILED', actor: CAST.system!, at: at(2), error: 'provider timeout', attempts: 5 } as WorkflowEvent)!;
    expect(stateOf(failed)).toBe(stateOf(confirmed.snapshot));
    expect(failed.context.payment).toMatchObject({ status: 'FAILED', attempts: 5, error: 'provider timeout' });
    expect(explainRefusal(def, failed, { ...retry, actor: CAST.approver! })).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
    const retried = stepWithEffects(def, failed, retry)!;
    expect(retried.effects.map((e) => e.type)).toEqual(['enqueuePayment']);
    expect(retried.snapshot.context.payment).toMatchObject({ status: 'PENDING', error: null, retriedBy: { by: CAST.accountant!.id, at: at(3) } });

    const settled = step(def, retried.snapshot, { type: 'PAYMENT_SETTLED', actor: CAST.system!, at: at(4), providerReference: 'TR-1', paidAt: at(4) } as WorkflowEvent)!;
    expect(settled.context.payment).toMatchObject({ status: 'SETTLED', providerReference: 'TR-1', settledAt: at(4), error: null });
    expect(explainRefusal(def, settled, { type: 'PAYMENT_SETTLED', actor: CAST.system!, at: at(5) })).toMatchObject({ code: 'VALIDATION', rule: 'NO_PAYMENT_PENDING' });
  });

  it('lists as available exactly the events a person could send now, ignoring payloads', () => {
    for (const w of walks) {
      w.log.slice(1).forEach((entry, i) => {
        expect(availableEvents(def, w.trail[i]!, entry.event.actor), `${entry.event.type} in ${stateOf(w.trail[i]!)}`).toContain(entry.event.type);
      });
    }
    for (const { snapshot } of seen) {
      for (const actor of Object.values(CAST)) {
        const list = availableEvents(def, snapshot, actor);
        expect(list).toEqual([...list].sort());
        for (const type of list) expect(holds(actor, def.eventRoles[type]!)).toBe(true);
      }
    }
  });

  it('replays a generated log to the same snapshot, at every prefix', () => {
    for (const w of walks) {
      w.log.forEach((_, i) => {
        expect(persist(def, replay(def, w.log.slice(0, i + 1)))).toEqual(persist(def, w.trail[i]!));
      });
    }
  });

  it('throws on a log the machine disagrees with', () => {
    const w = walks.find((x) => x.log.length > 2)!;
    expect(() => replay(def, [])).toThrow();
    expect(() => replay(def, [w.log[0]!, { ...w.log[1]!, toState: 'nowhere' }])).toThrow(/the log says "nowhere"/);
  });
});
