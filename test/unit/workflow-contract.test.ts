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
import { allWorkflows } from '../../workflows/registry';
import type { ActorRef } from '../../workflows/rules/roles';
import { CAST, SAMPLES, SCRIPTED_PATHS, candidates, walk, type Walk } from '../support/workflow-samples';

// ---------------------------------------------------------------------------------------------
// The contract every registered machine keeps, whatever its kind: what the engine and the API
// rely on. Each kind's own rules are tested beside its machine (test/unit/<kind>-machine.test.ts).
// ---------------------------------------------------------------------------------------------

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

function sample(def: WorkflowDefinition, snapshot: AnyMachineSnapshot, type: string, actor: ActorRef, at: string): WorkflowEvent {
  const payload = SAMPLES[def.kind].payloads(type, snapshot.context, at, 1)[0] ?? {};
  return { type, actor, at, ...payload } as WorkflowEvent;
}

describe.each(allWorkflows().map((def) => [`${def.kind} v${def.version}`, def] as const))('the contract of %s', (_, def) => {
  const walks = walksOf(def);
  const seen = visited(walks);

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

  it('screens a submission out with its reasons', () => {
    const snapshot = start(def, SAMPLES[def.kind].submit('2026-03-02T04:00:00.000Z', 3));
    expect(stateOf(snapshot)).toBe('ineligible');
    expect(def.submissionRefusal(snapshot.context).length).toBeGreaterThan(0);
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
    }
  });

  it('refuses an event from anyone who holds none of its roles, in every state (FORBIDDEN, ROLE)', () => {
    for (const { snapshot, at } of seen) {
      for (const event of candidates(def, snapshot, at, 1).filter((e) => !holds(e.actor, def.eventRoles[e.type]!))) {
        expect(step(def, snapshot, event), `${event.type} by ${event.actor.id} in ${stateOf(snapshot)}`).toBeNull();
        expect(explainRefusal(def, snapshot, event)).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE' });
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
    expect(step(def, paid.snapshot, sample(def, paid.snapshot, 'CONFIRM_DISBURSEMENT', CAST.accountant!, when))).not.toBeNull();
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
        for (const type of availableEvents(def, snapshot, actor)) expect(holds(actor, def.eventRoles[type]!)).toBe(true);
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
