import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { persist, start, stateOf, step, type WorkflowEvent } from '../../workflows/definition';
import { grantWorkflowV1, type GrantEvent, type GrantSubmitEvent } from '../../workflows/grant/v1';
import { GRANT_V1_FIELDS, grantWorkflowV2 } from '../../workflows/grant/v2';
import { migrateSnapshot, planViolations, replayAcrossVersions, restingStates, type MigrateEvent, type VersionedLogEntry } from '../../workflows/migration';
import { workflowFor } from '../../workflows/registry';
import { makeIin } from '../../workflows/rules/iin';
import { admin, applicant, approver, FY2026, reviewer } from '../support/machine-harness';

// ---------------------------------------------------------------------------------------------
// Moving an application between machine versions, and replaying a log that crosses versions
// (workflows/migration.ts): pure, no database.
// ---------------------------------------------------------------------------------------------

type Ev<T extends GrantEvent['type']> = Extract<GrantEvent, { type: T }>;

const submit = (amount: string): GrantSubmitEvent => ({
  type: 'SUBMIT',
  actor: applicant,
  at: '2026-03-02T04:00:00.000Z',
  applicationId: 'application-1',
  applicant: { iin: makeIin('1990-01-01', 'male', 12), categories: ['UNEMPLOYED'] },
  regionCode: 'AKM',
  proposal: { amount, businessIdea: 'A bakery', purpose: 'EQUIPMENT', certificate: { number: 'BB-1', issuedOn: '2025-11-20' } },
  facts: { fiscalYear: FY2026, regionExists: true },
});
const startReview: Ev<'START_REVIEW'> = { type: 'START_REVIEW', actor: reviewer, at: '2026-03-03T05:00:00.000Z' };
const recommend = (amount?: string): Ev<'RECOMMEND'> => ({
  type: 'RECOMMEND',
  actor: reviewer,
  at: '2026-03-05T07:00:00.000Z',
  ...(amount ? { amount } : {}),
  facts: { siteVisitShareBp: 5000 },
});
const visit: Ev<'RECORD_SITE_VISIT'> = { type: 'RECORD_SITE_VISIT', actor: reviewer, at: '2026-03-06T06:00:00.000Z', visitedOn: '2026-03-06', findings: 'Seen' };
const approve: Ev<'APPROVE'> = { type: 'APPROVE', actor: approver, at: '2026-03-10T09:00:00.000Z', facts: { fiscalYear: FY2026 } };

const migrate = (fromState: string, toState: string, at = '2026-03-04T08:00:00.000Z'): MigrateEvent => ({
  type: 'MIGRATE',
  actor: admin,
  at,
  migrationId: 'migration-1',
  fromVersion: 1,
  toVersion: 2,
  fromState,
  toState,
  reason: 'The 2027 rules: site visits above half the cap',
  on: at.slice(0, 10),
  facts: { siteVisitShareBp: 5000 },
});

/** Runs events through a version, the log as the engine writes it (each row with the version it was written under). */
function drive(amount: string, events: WorkflowEvent[]): { snapshot: AnyMachineSnapshot; log: VersionedLogEntry[] } {
  let def = grantWorkflowV1;
  let snapshot = start(def, submit(amount));
  const log: VersionedLogEntry[] = [{ event: submit(amount), toState: stateOf(snapshot), machineVersion: 1 }];
  for (const event of events) {
    if (event.type === 'MIGRATE') {
      const moved = migrateSnapshot(def, grantWorkflowV2, snapshot, event as MigrateEvent);
      if ('reasons' in moved) throw new Error(moved.reasons[0]!.message);
      def = grantWorkflowV2;
      snapshot = moved.snapshot;
    } else {
      const next = step(def, snapshot, event);
      if (!next) throw new Error(`${event.type} refused in ${stateOf(snapshot)}`);
      snapshot = next;
    }
    log.push({ event, toState: stateOf(snapshot), machineVersion: def.version });
  }
  return { snapshot, log };
}

describe('a migration plan', () => {
  it('lists the resting states of a version: not final, not left at once', () => {
    expect(restingStates(grantWorkflowV2)).toEqual(['awaitingReview', 'underReview', 'changesRequested', 'resubmitted', 'recommended', 'disbursementPending', 'disbursed', 'fundsUseReported']);
  });

  it('accepts a mapping of resting states to resting states', () => {
    expect(planViolations(grantWorkflowV1, grantWorkflowV2, [{ from: 'underReview', to: 'underReview' }, { from: 'recommended', to: 'underReview' }])).toEqual([]);
  });

  it('names every wrong line by its input path, with a stable rule', () => {
    const violations = planViolations(grantWorkflowV1, grantWorkflowV2, [
      { from: 'repaying', to: 'underReview' },
      { from: 'closed', to: 'underReview' },
      { from: 'underReview', to: 'nowhere' },
      { from: 'underReview', to: 'screening' },
      { from: 'awaitingReview', to: 'withdrawn' },
    ]);
    expect(violations.map((v) => [v.field, v.rule])).toEqual([
      ['stateMapping.0.from', 'STATE_UNKNOWN'],
      ['stateMapping.1.from', 'STATE_NOT_IN_FLIGHT'],
      ['stateMapping.2.to', 'STATE_UNKNOWN'],
      ['stateMapping.3.from', 'DUPLICATE_STATE'],
      ['stateMapping.3.to', 'STATE_NOT_IN_FLIGHT'],
      ['stateMapping.4.to', 'STATE_NOT_IN_FLIGHT'],
    ]);
  });

  it('refuses a target version that takes over no other version (v2 → v1)', () => {
    expect(planViolations(grantWorkflowV2, grantWorkflowV1, [{ from: 'underReview', to: 'underReview' }])).toEqual([expect.objectContaining({ field: 'toVersion', rule: 'NO_MIGRATION_PATH' })]);
  });
});

describe('moving a snapshot from grant v1 to v2', () => {
  it('adopts the context with no site visit, and version 2 rules from then on', () => {
    const { snapshot } = drive('800000.00', [startReview]);
    const moved = migrateSnapshot(grantWorkflowV1, grantWorkflowV2, snapshot, migrate('underReview', 'underReview'));
    expect('snapshot' in moved).toBe(true);
    const next = (moved as { snapshot: AnyMachineSnapshot }).snapshot;
    expect(stateOf(next)).toBe('underReview');
    expect(next.context).toEqual({ ...snapshot.context, siteVisit: null });
    expect(step(grantWorkflowV2, next, recommend())).toBeNull();
    expect(stateOf(step(grantWorkflowV2, step(grantWorkflowV2, next, visit)!, recommend())!)).toBe('recommended');
  });

  it('maps a state to another one', () => {
    const { snapshot } = drive('800000.00', [startReview]);
    const moved = migrateSnapshot(grantWorkflowV1, grantWorkflowV2, snapshot, migrate('underReview', 'awaitingReview'));
    expect(stateOf((moved as { snapshot: AnyMachineSnapshot }).snapshot)).toBe('awaitingReview');
  });

  it('does not fit a recommendation above the share made without a visit into a recommended state', () => {
    const { snapshot } = drive('800000.00', [startReview, recommend()]);
    const moved = migrateSnapshot(grantWorkflowV1, grantWorkflowV2, snapshot, migrate('recommended', 'recommended'));
    expect(moved).toEqual({ reasons: [expect.objectContaining({ field: 'context', rule: 'SITE_VISIT_MISSING' })] });
    // one recommended at or below the share fits
    const small = drive('800000.00', [startReview, recommend('400000.00')]).snapshot;
    expect('snapshot' in migrateSnapshot(grantWorkflowV1, grantWorkflowV2, small, migrate('recommended', 'recommended'))).toBe(true);
  });

  it('refuses an application that is not in the state the event says', () => {
    const { snapshot } = drive('800000.00', []);
    expect(migrateSnapshot(grantWorkflowV1, grantWorkflowV2, snapshot, migrate('underReview', 'underReview'))).toEqual({
      reasons: [expect.objectContaining({ rule: 'STATE_CHANGED' })],
    });
  });

  it('knows every field of a version 1 context', () => {
    expect([...GRANT_V1_FIELDS]).toEqual(Object.keys(start(grantWorkflowV1, submit('1.00')).context));
  });

  it('refuses a context that is not a grant\'s', () => {
    const { snapshot } = drive('800000.00', [startReview]);
    const broken = { ...snapshot, context: { ...snapshot.context, screening: undefined } } as unknown as AnyMachineSnapshot;
    const moved = migrateSnapshot(grantWorkflowV1, grantWorkflowV2, broken, migrate('underReview', 'underReview'));
    expect(moved).toEqual({ reasons: [expect.objectContaining({ field: 'context', rule: 'CONTEXT_DOES_NOT_FIT' })] });
  });
});

describe('replay across versions', () => {
  const versionOf = (version: number) => workflowFor('grant', version);

  it('reproduces the snapshot of an application migrated in the middle of its life', () => {
    const { snapshot, log } = drive('800000.00', [startReview, migrate('underReview', 'underReview'), visit, recommend(), approve]);
    const replayed = replayAcrossVersions(log, versionOf);
    expect(replayed.def).toBe(grantWorkflowV2);
    expect(stateOf(replayed.snapshot)).toBe('disbursementPending');
    expect(JSON.stringify(persist(replayed.def, replayed.snapshot))).toBe(JSON.stringify(persist(grantWorkflowV2, snapshot)));
  });

  it('replays a log that never migrated on its own version', () => {
    const { snapshot, log } = drive('800000.00', [startReview, recommend(), approve]);
    const replayed = replayAcrossVersions(log, versionOf);
    expect(replayed.def).toBe(grantWorkflowV1);
    expect(persist(replayed.def, replayed.snapshot)).toEqual(persist(grantWorkflowV1, snapshot));
  });

  it('throws where the log and the machines disagree', () => {
    const { log } = drive('800000.00', [startReview, migrate('underReview', 'underReview'), visit]);
    // a row written under another version than its segment's
    expect(() => replayAcrossVersions(log.map((e, i) => (i === 3 ? { ...e, machineVersion: 1 } : e)), versionOf)).toThrow(/logged under version 1/);
    // a migration from a version the log is not on
    expect(() => replayAcrossVersions(log.map((e, i) => (i === 2 ? { ...e, event: { ...e.event, fromVersion: 2 } as WorkflowEvent } : e)), versionOf)).toThrow(/migrates from version 2/);
    // a logged state the machines do not reach
    expect(() => replayAcrossVersions(log.map((e, i) => (i === 2 ? { ...e, toState: 'awaitingReview' } : e)), versionOf)).toThrow(/the log says "awaitingReview"/);
  });
});
