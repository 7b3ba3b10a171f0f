import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MigrateApplicationsDocument,
  RecommendDocument,
  RecordSiteVisitDocument,
  RequestChangesDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  type MigrateApplicationsInput,
} from '../../schema/client/graphql';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { admin, approver, grantInput, manualClock, newApplicant, reviewer } from '../support/fixtures';

// ---------------------------------------------------------------------------------------------
// Machine versions that change safely (issue 15 point 4), on the real gateway: grant version 2
// asks for a site visit above half the cap; applications opened on version 1 finish on it unless
// an administrator migrates them, and a migrated application's log still replays to its snapshot.
// ---------------------------------------------------------------------------------------------

/**
 * Before grant version 2 was released: while `released.v2` is false, new grants start on version
 * 1, as they did when it was the latest — every other step goes through the gateway as usual.
 */
const released = vi.hoisted(() => ({ v2: true }));
vi.mock('../../workflows/registry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../workflows/registry')>();
  return {
    ...actual,
    latestWorkflow: (kind: string) => (kind === 'grant' && !released.v2 ? actual.workflowFor('grant', 1) : actual.latestWorkflow(kind)),
  };
});

const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;

beforeAll(async () => {
  // the programme's rule: above half the cap (432 500.00 of 865 000.00 in 2026) a site visit comes first
  t = await startTestGateway({ now: clock.now, env: { GRANT_SITE_VISIT_SHARE: '50' } });
});
afterAll(async () => {
  await t?.close();
});

async function submitGrant(amount: string): Promise<string> {
  const applicant = newApplicant();
  const submitted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount }) }, applicant);
  expect(submitted.body.errors).toBeUndefined();
  return submitted.body.data!.submitGrantApplication.id;
}

async function startReview(id: string): Promise<void> {
  const started = await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer);
  expect(started.body.errors).toBeUndefined();
}

async function recommend(id: string, amount?: string) {
  return t.op(RecommendDocument, { input: { applicationId: id, ...(amount ? { amount } : {}) } }, reviewer);
}

async function rowOf(id: string): Promise<{ machine_version: number; state: string; version: number }> {
  const [row] = await t.sql('select machine_version, state, version from application where id = $1', [id]);
  return row;
}

/** Everything a refused migration must leave as it was: the log and every row's version. */
async function written(): Promise<string> {
  const [log] = await t.sql('select count(*)::int as n, coalesce(max(id), 0)::text as last from transition_log');
  const rows = await t.sql('select id, machine_version, version from application order by id');
  return JSON.stringify({ log, rows });
}

const MAPPING: MigrateApplicationsInput['stateMapping'] = [
  { from: 'AWAITING_REVIEW', to: 'AWAITING_REVIEW' },
  { from: 'UNDER_REVIEW', to: 'UNDER_REVIEW' },
  { from: 'RECOMMENDED', to: 'RECOMMENDED' },
];

function migration(overrides: Partial<MigrateApplicationsInput> = {}): MigrateApplicationsInput {
  return { kind: 'GRANT', fromVersion: 1, toVersion: 2, stateMapping: MAPPING, reason: 'The 2027 rules: a site visit above half the cap', dryRun: true, ...overrides };
}

const visit = (id: string) => t.op(RecordSiteVisitDocument, { input: { applicationId: id, visitedOn: '2026-03-04', findings: 'The workshop is rented; the machines were seen.' } }, reviewer);

describe('machine versions and the migration of in-flight applications', () => {
  /** the applications opened on version 1, before version 2 was released */
  const v1 = {} as Record<'underReview' | 'awaiting' | 'recommendedLarge' | 'changes' | 'continues', string>;

  beforeAll(async () => {
    released.v2 = false;
    v1.underReview = await submitGrant('800000.00');
    await startReview(v1.underReview);
    v1.awaiting = await submitGrant('600000.00');
    v1.recommendedLarge = await submitGrant('800000.00');
    await startReview(v1.recommendedLarge);
    expect((await recommend(v1.recommendedLarge)).body.errors).toBeUndefined();
    v1.changes = await submitGrant('500000.00');
    await startReview(v1.changes);
    await t.op(RequestChangesDocument, { input: { applicationId: v1.changes, note: 'Attach the supplier quote' } }, reviewer);
    v1.continues = await submitGrant('700000.00');
    await startReview(v1.continues);
    released.v2 = true;
    clock.advance(2 * 86_400_000);
  });

  it('starts a new grant on version 2: above half the cap the reviewer records a site visit before recommending', async () => {
    const id = await submitGrant('800000.00');
    expect(await rowOf(id)).toMatchObject({ machine_version: 2 });
    await startReview(id);
    const read = await t.gql(`query($id: ID!) { application(id: $id) { machineVersion availableActions } }`, { id }, reviewer);
    expect(read.body.data.application).toEqual({ machineVersion: 2, availableActions: ['RECOMMEND', 'RECORD_SITE_VISIT', 'REJECT', 'REQUEST_CHANGES'] });

    const preview = await t.gql(`query($id: ID!) { previewAction(applicationId: $id, action: RECOMMEND, payload: {}) { allowed code message } }`, { id }, reviewer);
    expect(preview.body.data.previewAction).toMatchObject({ allowed: false, code: 'VALIDATION' });

    const refused = await recommend(id);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', violations: [expect.objectContaining({ field: 'amount', rule: 'SITE_VISIT_REQUIRED' })] });
    expect(refused.body.errors?.[0]?.message).toContain('above 50 % of the grant cap (432 500.00');
    expect(await rowOf(id)).toMatchObject({ state: 'underReview', version: 2 });

    const previewVisit = await t.gql(
      `query($id: ID!) { previewAction(applicationId: $id, action: RECORD_SITE_VISIT, payload: { visitedOn: "2026-03-04", findings: "Seen" }) { allowed toStatus } }`,
      { id },
      reviewer,
    );
    expect(previewVisit.body.data.previewAction).toEqual({ allowed: true, toStatus: 'UNDER_REVIEW' });

    const visited = await visit(id);
    expect(visited.body.errors).toBeUndefined();
    expect(visited.body.data!.recordSiteVisit).toMatchObject({
      state: 'underReview',
      version: 3,
      siteVisit: { by: reviewer.id, visitedOn: '2026-03-04', findings: 'The workshop is rented; the machines were seen.' },
    });
    const recommended = await recommend(id);
    expect(recommended.body.errors).toBeUndefined();
    expect(recommended.body.data!.recommend.state).toBe('recommended');
    // the share was a fact on the event: the log keeps what the rule saw
    const [logged] = await t.sql(`select event->'facts' as facts from transition_log where application_id = $1 and event_type = 'RECOMMEND'`, [id]);
    expect(logged.facts).toEqual({ siteVisitShareBp: 5000 });
  });

  it('recommends a version 2 grant at or below half the cap without a visit', async () => {
    const id = await submitGrant('432500.00');
    await startReview(id);
    expect((await recommend(id)).body.data?.recommend.state).toBe('recommended');
  });

  it('refuses a site visit dated in the future', async () => {
    const id = await submitGrant('800000.00');
    await startReview(id);
    const refused = await t.op(RecordSiteVisitDocument, { input: { applicationId: id, visitedOn: '2026-03-05', findings: 'Seen' } }, reviewer);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', violations: [expect.objectContaining({ field: 'visitedOn', rule: 'IN_FUTURE' })] });
  });

  it('lets an application opened on version 1 finish on version 1: no site visit asked', async () => {
    const recommended = await recommend(v1.continues);
    expect(recommended.body.errors).toBeUndefined();
    expect(recommended.body.data!.recommend.availableActions).toEqual([]);
    expect(await rowOf(v1.continues)).toMatchObject({ machine_version: 1, state: 'recommended' });
    const approved = await t.gql(`mutation($id: ID!) { approve(input: { applicationId: $id }) { state } }`, { id: v1.continues }, approver);
    expect(approved.body.data.approve.state).toBe('disbursementPending');
  });

  it('shows both versions in workflowDefinitions', async () => {
    const read = await t.gql(`{ workflowDefinitions(kind: GRANT) { version latest events { action allowedRoles } } }`);
    const versions = read.body.data.workflowDefinitions as Array<{ version: number; latest: boolean; events: Array<{ action: string; allowedRoles: string[] }> }>;
    expect(versions.map((v) => [v.version, v.latest])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(versions[0]!.events.map((e) => e.action)).not.toContain('RECORD_SITE_VISIT');
    expect(versions[1]!.events).toContainEqual({ action: 'RECORD_SITE_VISIT', allowedRoles: ['REVIEWER'] });
  });

  it('lists in a dry run what would move and what cannot, and writes nothing', async () => {
    const before = await written();
    const dry = await t.op(MigrateApplicationsDocument, { input: migration() }, admin);
    expect(dry.body.errors).toBeUndefined();
    const result = dry.body.data!.migrateApplications;
    expect(result).toMatchObject({ dryRun: true, migrationId: null, kind: 'GRANT', fromVersion: 1, toVersion: 2, migrated: [] });
    expect(result.movable.map((i) => [i.applicationId, i.fromState, i.toState]).sort()).toEqual(
      [
        [v1.underReview, 'UNDER_REVIEW', 'UNDER_REVIEW'],
        [v1.awaiting, 'AWAITING_REVIEW', 'AWAITING_REVIEW'],
      ].sort(),
    );
    const unmovable = Object.fromEntries(result.unmovable.map((i) => [i.applicationId, i]));
    expect(Object.keys(unmovable).sort()).toEqual([v1.recommendedLarge, v1.changes, v1.continues].sort());
    // states with no target in the mapping
    expect(unmovable[v1.changes]).toMatchObject({ fromState: 'CHANGES_REQUESTED', toState: null, reasons: [{ field: 'stateMapping', rule: 'STATE_UNMAPPED' }] });
    expect(unmovable[v1.continues]).toMatchObject({ fromState: 'DISBURSEMENT_PENDING', toState: null, reasons: [{ field: 'stateMapping', rule: 'STATE_UNMAPPED' }] });
    // a context that does not fit version 2: recommended above half the cap without a visit
    expect(unmovable[v1.recommendedLarge]).toMatchObject({ fromState: 'RECOMMENDED', toState: 'RECOMMENDED', reasons: [{ field: 'context', rule: 'SITE_VISIT_MISSING' }] });
    expect(await written()).toBe(before);
  });

  it('refuses a run while a selected application cannot move, and writes nothing', async () => {
    const before = await written();
    const refused = await t.op(MigrateApplicationsDocument, { input: migration({ dryRun: false }) }, admin);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const violations = refused.body.errors![0]!.extensions!.violations as Array<{ field: string; rule: string; message: string }>;
    expect(violations.map((v) => [v.field, v.rule]).sort()).toEqual([
      ['applicationIds', 'SITE_VISIT_MISSING'],
      ['stateMapping', 'STATE_UNMAPPED'],
      ['stateMapping', 'STATE_UNMAPPED'],
    ]);
    expect(violations.filter((v) => v.rule === 'STATE_UNMAPPED').map((v) => v.message).join()).toContain(`application ${v1.changes} ("changesRequested")`);
    expect(await written()).toBe(before);
  });

  it('migrates with one MIGRATE entry per application (who, why, from which version); the application continues on version 2', async () => {
    clock.advance(3_600_000);
    const run = await t.op(MigrateApplicationsDocument, { input: migration({ dryRun: false, applicationIds: [v1.underReview, v1.awaiting] }) }, admin);
    expect(run.body.errors).toBeUndefined();
    const result = run.body.data!.migrateApplications;
    expect(result.dryRun).toBe(false);
    expect(result.migrationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.unmovable).toEqual([]);
    expect(result.migrated.map((i) => [i.applicationId, i.fromState, i.toState, i.version])).toEqual([
      [v1.underReview, 'UNDER_REVIEW', 'UNDER_REVIEW', 3],
      [v1.awaiting, 'AWAITING_REVIEW', 'AWAITING_REVIEW', 2],
    ]);

    const log = await t.sql(
      `select application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, occurred_on::text as occurred_on
         from transition_log where event_type = 'MIGRATE' order by id`,
    );
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ application_id: v1.underReview, seq: 3, machine_version: 2, occurred_on: '2026-03-04', from_state: 'underReview', to_state: 'underReview', actor_id: admin.id, actor_roles: ['admin'] });
    expect(log[0].event).toMatchObject({
      type: 'MIGRATE',
      migrationId: result.migrationId,
      fromVersion: 1,
      toVersion: 2,
      reason: 'The 2027 rules: a site visit above half the cap',
      on: '2026-03-04',
      actor: { id: admin.id, roles: ['admin'] },
      facts: { siteVisitShareBp: 5000 },
    });
    expect(await rowOf(v1.underReview)).toEqual({ machine_version: 2, state: 'underReview', version: 3 });

    // the history shows it, and the application now answers to version 2's rules
    const read = await t.gql(
      `query($id: ID!) { application(id: $id) { machineVersion availableActions history { seq event machineVersion actor { id } } } }`,
      { id: v1.underReview },
      reviewer,
    );
    expect(read.body.data.application.machineVersion).toBe(2);
    expect(read.body.data.application.availableActions).toContain('RECORD_SITE_VISIT');
    expect(read.body.data.application.history.at(-1)).toEqual({ seq: 3, event: 'MIGRATE', machineVersion: 2, actor: { id: admin.id } });
    expect((await recommend(v1.underReview)).body.errors?.[0]?.extensions?.violations?.[0]?.rule).toBe('SITE_VISIT_REQUIRED');
    expect((await visit(v1.underReview)).body.errors).toBeUndefined();
    expect((await recommend(v1.underReview)).body.data?.recommend.state).toBe('recommended');
  });

  it('replays a migrated application to its stored snapshot, across both versions', async () => {
    for (const id of [v1.underReview, v1.awaiting, v1.continues]) {
      const report = await t.gateway.engine.verifyReplay(id);
      expect(report).toMatchObject({ applicationId: id, matches: true });
    }
    expect((await t.gateway.engine.verifyReplay(v1.underReview)).entries).toBe(5);
  });

  describe('bad input: a clear VALIDATION, nothing written', () => {
    const refusal = async (input: MigrateApplicationsInput, actor = admin) => {
      const before = await written();
      const answer = await t.op(MigrateApplicationsDocument, { input }, actor);
      expect(await written()).toBe(before);
      return answer.body.errors?.[0]?.extensions as { code: string; violations?: Array<{ field: string; rule: string }> } | undefined;
    };

    it('a version that does not exist', async () => {
      expect(await refusal(migration({ dryRun: false, toVersion: 3 }))).toMatchObject({ code: 'VALIDATION', violations: [{ field: 'toVersion', rule: 'VERSION_UNKNOWN' }] });
    });

    it('the same version on both sides', async () => {
      expect(await refusal(migration({ dryRun: false, toVersion: 1 }))).toMatchObject({ code: 'VALIDATION', violations: [{ field: 'toVersion', rule: 'SAME_VERSION' }] });
    });

    it('a version that takes over no other (2 → 1)', async () => {
      expect(await refusal(migration({ dryRun: false, fromVersion: 2, toVersion: 1 }))).toMatchObject({ violations: [{ field: 'toVersion', rule: 'NO_MIGRATION_PATH' }] });
    });

    it('a mapping to a state the target version does not have', async () => {
      expect(await refusal(migration({ dryRun: false, stateMapping: [{ from: 'UNDER_REVIEW', to: 'REPAYING' }] }))).toMatchObject({
        violations: [{ field: 'stateMapping.0.to', rule: 'STATE_UNKNOWN' }],
      });
    });

    it('a state of a selected application left unmapped', async () => {
      expect(await refusal(migration({ dryRun: false, applicationIds: [v1.changes] }))).toMatchObject({ violations: [{ field: 'stateMapping', rule: 'STATE_UNMAPPED' }] });
    });

    it('an application not on the version migrated from', async () => {
      const onV2 = await submitGrant('300000.00');
      expect(await refusal(migration({ dryRun: false, applicationIds: [v1.awaiting, onV2] }))).toMatchObject({
        violations: [{ field: 'applicationIds.0', rule: 'NOT_ON_VERSION' }, { field: 'applicationIds.1', rule: 'NOT_ON_VERSION' }],
      });
    });

    it('an application that does not exist, and a blank reason', async () => {
      expect(await refusal(migration({ dryRun: false, reason: ' ', applicationIds: ['00000000-0000-4000-8000-000000000000'] }))).toMatchObject({ code: 'VALIDATION' });
    });

    it('anyone but an administrator', async () => {
      expect(await refusal(migration({ dryRun: true }), reviewer)).toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
