import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/rules/roles';
import {
  PreviewActionDocument,
  RequestChangesDocument,
  ResubmitGrantApplicationDocument,
  ReviewQueueChangedDocument,
  ResubmitLiftingApplicationDocument,
  StartReviewDocument,
  StartVerificationDocument,
  SubmitGrantApplicationDocument,
  SubmitLiftingApplicationDocument,
  SubmitMicrocreditApplicationDocument,
} from '../../schema/client/graphql';
import { expectNothingWritten, expectRefused, ok, type GqlError } from '../support/assertions';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/gateway';
import { grantInput, liftingInput, manualClock, microcreditInput, newApplicant, reviewer } from '../support/fixtures';
import { subscribe, wsClient } from '../support/subscriptions';

// issue 14, point 4: one round of form errors, each placed by its input path, with a rule and a message

const clock = manualClock('2026-03-02T09:00:00Z');
const pavReviewer: Actor = { id: 'reviewer-pav', roles: ['reviewer'], region: 'PAV' };
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

type Placed = { field: string; rule: string; message: string };

/** The one VALIDATION error of a refused request, and its violations. */
function oneRefusal(response: GraphQLResponse): { error: GqlError; violations: Placed[] } {
  const error = expectRefused(response, 'VALIDATION');
  expect(response.body.errors, JSON.stringify(response.body.errors)).toHaveLength(1);
  expect(response.status).not.toBe(500);
  const violations = (error.extensions?.violations ?? []) as Placed[];
  for (const violation of violations) expect(violation.message, JSON.stringify(violation)).toEqual(expect.any(String));
  return { error, violations };
}

/** The violations as `field rule` pairs, sorted: what a form places beside its fields. */
function placed(violations: Placed[]): string[] {
  return violations.map((v) => `${v.field} ${v.rule}`).sort();
}

describe('a submission with input errors and screening reasons is refused once, with both', () => {
  it('grant: a blank business idea (input) with an amount over the cap and no certificate (screening)', async () => {
    const applicant = newApplicant();
    const input = grantInput(applicant, { amount: '900000.00', certificate: null, businessIdea: '   ' });
    const response = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input }, applicant));
    const { error, violations } = oneRefusal(response);
    expect(placed(violations)).toEqual(['proposal.amount AMOUNT_OVER_CAP', 'proposal.businessIdea MATCHES', 'proposal.certificate CERTIFICATE_REQUIRED']);
    expect(error.message).toContain('proposal.businessIdea: describe the business idea');
  });

  it('microcredit: a blank description and a term of 0 (input) with an amount over the cap (screening); the term is reported once, by its input rule', async () => {
    const applicant = newApplicant('1985-11-02', 'male');
    const input = microcreditInput(applicant, { amount: '999000000.00', termMonths: 0 });
    input.request.businessDescription = ' ';
    const response = await expectNothingWritten(t, () => t.op(SubmitMicrocreditApplicationDocument, { input }, applicant));
    const { violations } = oneRefusal(response);
    // TERM_OUT_OF_RANGE of the screening looked at the same value as MIN: the input's rule answers
    expect(placed(violations)).toEqual(['request.amount AMOUNT_OVER_CAP', 'request.businessDescription MATCHES', 'request.termMonths MIN']);
  });

  it('lifting: a blank employer (input) with the same settlement both ways (screening)', async () => {
    const person = newApplicant('1992-08-08', 'male');
    const input = liftingInput(person, { settlementFrom: 'Ekibastuz', settlementTo: 'Ekibastuz' });
    input.move.employer = '  ';
    const response = await expectNothingWritten(t, () => t.op(SubmitLiftingApplicationDocument, { input }, person));
    const { violations } = oneRefusal(response);
    expect(placed(violations)).toEqual(['move.employer MATCHES', 'move.settlementTo SAME_SETTLEMENT']);
  });

  it('screening reasons alone are placed by their input paths too (proposal.amount, regionCode, applicant.iin)', async () => {
    const applicant = newApplicant();
    const input = grantInput(applicant, { regionCode: 'XXX', amount: '900000.00' });
    const response = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input }, applicant));
    const { violations } = oneRefusal(response);
    expect(placed(violations)).toEqual(expect.arrayContaining(['proposal.amount AMOUNT_OVER_CAP', 'regionCode REGION_UNKNOWN']));
    expect(violations.map((v) => v.field)).not.toContain('amount');

    // an applicant's token must carry a valid IIN, so a person's wrong IIN reaches the screening
    // through staff applying on their behalf (a lifting application by a reviewer of its region)
    const valid = newApplicant().iin;
    const badIin = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    const byStaff = await expectNothingWritten(t, () =>
      t.op(SubmitLiftingApplicationDocument, { input: liftingInput({ iin: badIin }, { regionCode: reviewer.region! }) }, reviewer),
    );
    expect(oneRefusal(byStaff).violations.some((v) => v.field.startsWith('applicant.iin') && v.rule === 'IIN_INVALID')).toBe(true);
  });
});

describe('a resubmission with input errors is refused once, with the new screening\'s reasons, and stays where it was', () => {
  it('grant: a blank business idea and an amount over the cap', async () => {
    const applicant = newApplicant();
    const { id } = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication;
    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    ok(await t.op(RequestChangesDocument, { input: { applicationId: id, note: 'Attach the supplier quote' } }, reviewer));
    const proposal = { ...grantInput(applicant).proposal, businessIdea: '', amount: '900000.00' };
    const response = await expectNothingWritten(t, () => t.op(ResubmitGrantApplicationDocument, { input: { applicationId: id, proposal } }, applicant));
    const { violations } = oneRefusal(response);
    expect(placed(violations)).toEqual(['proposal.amount AMOUNT_OVER_CAP', 'proposal.businessIdea MATCHES']);
    const [row] = await t.sql('select state, version from application where id = $1', [id]);
    expect(row).toEqual({ state: 'changesRequested', version: 3 });
    // a preview of the same resubmission reads the form's own errors as before, under `payload`
    const preview = ok(await t.op(PreviewActionDocument, { applicationId: id, action: 'RESUBMIT', payload: { proposal } }, applicant)).previewAction;
    expect(preview).toMatchObject({ allowed: false, code: 'VALIDATION' });
    expect(preview?.message).toContain('payload.proposal.businessIdea');
  });

  it('lifting: a blank project and an arrival before the referral', async () => {
    const person = newApplicant('1991-04-04', 'male');
    const { id } = ok(await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, person)).submitLiftingApplication;
    ok(await t.op(StartVerificationDocument, { input: { applicationId: id } }, pavReviewer));
    ok(await t.op(RequestChangesDocument, { input: { applicationId: id, note: 'Check the dates' } }, pavReviewer));
    const move = { ...liftingInput(person, { arrivalDate: '2026-02-01' }).move, infrastructureProject: ' ' };
    const response = await expectNothingWritten(t, () => t.op(ResubmitLiftingApplicationDocument, { input: { applicationId: id, move } }, person));
    const { violations } = oneRefusal(response);
    expect(placed(violations)).toEqual(['move.arrivalDate BEFORE_REFERRAL', 'move.infrastructureProject MATCHES']);
  });

  it('an application id that is not one is answered by the input alone (nothing to screen against)', async () => {
    const applicant = newApplicant();
    const proposal = { ...grantInput(applicant).proposal, businessIdea: '' };
    const response = await expectNothingWritten(t, () => t.op(ResubmitGrantApplicationDocument, { input: { applicationId: 'nope', proposal } }, applicant));
    const { violations } = oneRefusal(response);
    expect(violations.map((v) => v.field).sort()).toEqual(['applicationId', 'proposal.businessIdea']);
  });
});

describe('variables that do not fit their types are violations with their paths', () => {
  const SUBMIT = print(SubmitGrantApplicationDocument);

  it('a bad enum value, a missing required field, a bad list item and an unknown field: every one in one answer', async () => {
    const applicant = newApplicant();
    const input = grantInput(applicant);
    const { businessIdea: _dropped, ...withoutIdea } = input.proposal;
    const variables = {
      input: {
        ...input,
        applicant: { ...input.applicant, categories: ['UNEMPLOYED', 'ASTRONAUT'] },
        proposal: { ...withoutIdea, purpose: 'FOO', discountCode: 'FREE' },
      },
    };
    const response = await expectNothingWritten(t, () => t.gql(SUBMIT, variables, applicant));
    expect(response.status).toBe(400);
    const { violations } = oneRefusal(response);
    expect(placed(violations)).toEqual([
      'applicant.categories.1 ENUM',
      'proposal.businessIdea REQUIRED',
      'proposal.discountCode UNKNOWN_FIELD',
      'proposal.purpose ENUM',
    ]);
    const purpose = violations.find((v) => v.field === 'proposal.purpose')!;
    expect(purpose.message).toContain('"FOO"');
    expect(purpose.message).not.toContain('Did you mean');
  });

  it('a value of the wrong type is TYPE, null for a required field is REQUIRED, a bad amount keeps its own rule', async () => {
    const applicant = newApplicant();
    const input = grantInput(applicant);
    const variables = { input: { ...input, regionCode: 42, applicant: { ...input.applicant, fullName: null }, proposal: { ...input.proposal, amount: '1e9' } } };
    const response = await expectNothingWritten(t, () => t.gql(SUBMIT, variables, applicant));
    const { violations } = oneRefusal(response);
    expect(placed(violations)).toEqual(['applicant.fullName REQUIRED', 'proposal.amount AMOUNT_FORMAT', 'regionCode TYPE']);
  });

  it('the path is the argument\'s, whatever the variable is called or wherever it is written in', async () => {
    const applicant = newApplicant();
    const input = grantInput(applicant);
    const renamed = await expectNothingWritten(t, () =>
      t.gql('mutation ($form: SubmitGrantApplicationInput!) { submitGrantApplication(input: $form) { id } }', { form: { ...input, proposal: { ...input.proposal, purpose: 'FOO' } } }, applicant),
    );
    expect(placed(oneRefusal(renamed).violations)).toEqual(['proposal.purpose ENUM']);
    const nested = await expectNothingWritten(t, () =>
      t.gql(
        'mutation ($p: GrantProposalInput!, $a: ApplicantInput!) { submitGrantApplication(input: { applicant: $a, regionCode: "AKM", proposal: $p }) { id } }',
        { a: input.applicant, p: { ...input.proposal, purpose: 'FOO' } },
        applicant,
      ),
    );
    expect(placed(oneRefusal(nested).violations)).toEqual(['proposal.purpose ENUM']);
  });

  it('a required argument left out is REQUIRED, named by the argument', async () => {
    const applicant = newApplicant();
    const response = await expectNothingWritten(t, () => t.gql(SUBMIT, {}, applicant));
    expect(placed(oneRefusal(response).violations)).toEqual(['input REQUIRED']);
  });
});

describe('over websockets', () => {
  it('a subscription whose variables do not fit is refused the same way', async () => {
    const client = wsClient(t.url, await t.token(reviewer));
    try {
      const feed = subscribe(client, ReviewQueueChangedDocument, { regionCode: 'AKM', kind: 'NOPE' as never });
      const errors = (await feed.ended.then(
        () => [],
        (error: unknown) => error,
      )) as Array<{ extensions?: { code?: string; violations?: Placed[] } }>;
      expect(errors).toHaveLength(1);
      expect(errors[0]?.extensions?.code).toBe('VALIDATION');
      expect(placed(errors[0]?.extensions?.violations ?? [])).toEqual(['kind ENUM']);
    } finally {
      await client.dispose();
    }
  });
});
