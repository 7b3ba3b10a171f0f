import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationDiagramDocument,
  PreviewActionDocument,
  RecommendDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
  WorkflowDefinitionsDocument,
  type ApplicationAction,
} from '../../schema/client/graphql';
import { codeOf, expectNothingWritten, ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { approver, grantInput, manualClock, newApplicant, otherRegionReviewer, reviewer, reviewerApprover } from '../support/fixtures';

const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

async function recommended(by = reviewer): Promise<string> {
  const applicant = newApplicant();
  const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
  ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, by));
  ok(await t.op(RecommendDocument, { input: { applicationId: id } }, by));
  return id;
}

describe('previewAction', () => {
  it('tells an approver that APPROVE would lead to disbursementPending, and writes nothing', async () => {
    const id = await recommended();
    const preview = await expectNothingWritten(t, () => t.op(PreviewActionDocument, { applicationId: id, action: 'APPROVE' }, approver));
    expect(ok(preview).previewAction).toEqual({ action: 'APPROVE', allowed: true, fromState: 'recommended', toState: 'disbursementPending', code: null, message: null });
    // the budget was not touched: no reservation, no job
    const [row] = await t.sql(`select count(*)::int as n from budget_movement where application_id = $1`, [id]);
    expect(row).toEqual({ n: 0 });
  });

  it('explains a refusal with its code: the wrong role, four eyes, the wrong state, a missing reason', async () => {
    const id = await recommended(reviewerApprover);
    const as = async (action: ApplicationAction, who: typeof reviewer, payload?: Record<string, unknown>) =>
      ok(await t.op(PreviewActionDocument, { applicationId: id, action, payload }, who)).previewAction;
    expect(await as('APPROVE', reviewer)).toMatchObject({ allowed: false, code: 'FORBIDDEN', fromState: 'recommended', toState: null });
    expect(await as('APPROVE', reviewerApprover)).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(await as('START_REVIEW', reviewer)).toMatchObject({ allowed: false, code: 'INVALID_TRANSITION' });
    expect(await as('REJECT', approver)).toMatchObject({ allowed: false, code: 'VALIDATION' });
    expect(await as('REJECT', approver, { reason: 'Not viable' })).toMatchObject({ allowed: true, toState: 'rejected' });
  });

  it('refuses to describe an application outside the caller’s scope, as one that does not exist', async () => {
    const id = await recommended();
    expect(codeOf(await t.op(PreviewActionDocument, { applicationId: id, action: 'APPROVE' }, otherRegionReviewer))).toBe('NOT_FOUND');
  });
});

describe('workflow definitions as data', () => {
  it('lists each kind with its states, actions, roles and a diagram generated from the machine', async () => {
    const all = ok(await t.op(WorkflowDefinitionsDocument, {}, null)).workflowDefinitions;
    expect(all.map((d) => [d.kind, d.version, d.latest])).toEqual([
      ['GRANT', 1, true],
      ['MICROCREDIT', 1, true],
      ['LIFTING', 1, true],
    ]);
    const grant = all[0]!;
    expect(grant.initialState).toBe('screening');
    expect(grant.states.filter((s) => s.final).map((s) => s.name).sort()).toEqual(['closed', 'ineligible', 'rejected', 'withdrawn']);
    expect(grant.events.find((e) => e.type === 'APPROVE')?.roles).toEqual(['approver']);
    expect(grant.mermaid).toContain('recommended --> disbursementPending: APPROVE (approver) [approvable]');
    const lifting = ok(await t.op(WorkflowDefinitionsDocument, { kind: 'LIFTING' }, null)).workflowDefinitions;
    expect(lifting.map((d) => d.kind)).toEqual(['LIFTING']);
  });

  it("marks an application's current state on its diagram", async () => {
    const id = await recommended();
    const read = ok(await t.op(ApplicationDiagramDocument, { id }, approver)).application!;
    expect(read.state).toBe('recommended');
    expect(read.diagram).toContain('class recommended current');
  });
});
