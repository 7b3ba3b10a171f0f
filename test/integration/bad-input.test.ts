import { print } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationDocument,
  ApplicationsDocument,
  ApproveDocument,
  ConfirmDisbursementDocument,
  RecommendDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
} from '../../schema/client/graphql';
import { expectClean, expectNothingWritten, expectRefused, rulesOf } from '../support/assertions';
import { startTestGateway, TEST_JWT_SECRET, type TestGateway } from '../support/gateway';
import { approver, grantInput, manualClock, newApplicant, reviewer } from '../support/fixtures';

const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;
/** an application waiting for its payment, so that a bad request has something it could have changed */
let pendingId: string;

const SUBMIT = print(SubmitGrantApplicationDocument);

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
  const applicant = newApplicant();
  const submitted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant);
  pendingId = submitted.body.data!.submitGrantApplication.id;
  await t.op(StartReviewDocument, { input: { applicationId: pendingId } }, reviewer);
  await t.op(RecommendDocument, { input: { applicationId: pendingId } }, reviewer);
  const approved = await t.op(ApproveDocument, { input: { applicationId: pendingId } }, approver);
  expect(approved.body.data?.approve.state).toBe('disbursementPending');
});
afterAll(async () => {
  await t?.close();
});

/** A submission's variables with `proposal.amount` replaced by anything at all, even a number. */
function submissionWithAmount(applicant: { iin: string }, amount: unknown): Record<string, unknown> {
  const input = grantInput(applicant);
  return { input: { ...input, proposal: { ...input.proposal, amount } } };
}

/** The same submission written inline in the query text, with `amountLiteral` as written. */
function inlineSubmission(applicant: { iin: string }, amountLiteral: string, extraProposalField = ''): string {
  return `mutation {
    submitGrantApplication(input: {
      applicant: { iin: "${applicant.iin}", fullName: "Aliya Nurpeisova", categories: [UNEMPLOYED], locality: RURAL, settlement: "Stepnogorsk" }
      regionCode: "AKM"
      proposal: {
        amount: ${amountLiteral}
        businessIdea: "A sewing workshop for school uniforms"
        purpose: EQUIPMENT
        certificate: { number: "BB-2026-0001", issuedOn: "2026-02-10" }
        ${extraProposalField}
      }
    }) { id state }
  }`;
}

describe('documents that cannot run', () => {
  it('malformed GraphQL is GRAPHQL_PARSE_FAILED with HTTP 400', async () => {
    const response = await expectNothingWritten(t, () => t.gql('{ applications( ', undefined, reviewer));
    expectRefused(response, 'GRAPHQL_PARSE_FAILED');
    expect(response.status).toBe(400);
  });

  it('an unknown field in a query is GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await expectNothingWritten(t, () =>
      t.gql('{ applications { edges { node { id favouriteColour } } } }', undefined, reviewer),
    );
    expectRefused(response, 'GRAPHQL_VALIDATION_FAILED');
    expect(response.status).toBe(400);
  });

  it('an unknown field in an input object sent as variables is refused as VALIDATION', async () => {
    const applicant = newApplicant();
    const input = grantInput(applicant);
    const response = await expectNothingWritten(t, () =>
      t.gql(SUBMIT, { input: { ...input, proposal: { ...input.proposal, discountCode: 'FREE' } } }, applicant),
    );
    const error = expectRefused(response, 'VALIDATION', 'GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions?.code).toBe('VALIDATION');
    expect(error.message).toContain('discountCode');
  });

  it('an unknown field in an input object written inline is GRAPHQL_VALIDATION_FAILED', async () => {
    const applicant = newApplicant();
    const response = await expectNothingWritten(t, () => t.gql(inlineSubmission(applicant, '"500000.00"', 'discountCode: "FREE"'), undefined, applicant));
    const error = expectRefused(response, 'VALIDATION', 'GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toContain('discountCode');
  });
});

describe('amounts are decimal strings with at most two decimals', () => {
  const cases: Array<[string, unknown, string, string]> = [
    ['an exponent', '1e9', '"1e9"', 'AMOUNT_FORMAT'],
    ['a negative amount', '-5', '"-5"', 'AMOUNT_NEGATIVE'],
    ['three decimals', '12.345', '"12.345"', 'AMOUNT_PRECISION'],
    ['a 40-digit number', '1234567890123456789012345678901234567890', '"1234567890123456789012345678901234567890"', 'AMOUNT_TOO_LARGE'],
    ['a JSON number', 500000, '500000', 'AMOUNT_FORMAT'],
  ];

  it.each(cases)('%s as a variable is VALIDATION', async (_, amount, _literal, rule) => {
    const applicant = newApplicant();
    const response = await expectNothingWritten(t, () => t.gql(SUBMIT, submissionWithAmount(applicant, amount), applicant));
    const error = expectRefused(response, 'VALIDATION');
    expect(rulesOf(error)).toEqual([rule]);
  });

  it.each(cases)('%s written inline is refused, never as an internal error', async (_, _amount, literal, rule) => {
    const applicant = newApplicant();
    const response = await expectNothingWritten(t, () => t.gql(inlineSubmission(applicant, literal), undefined, applicant));
    const error = expectRefused(response, 'VALIDATION', 'GRAPHQL_VALIDATION_FAILED');
    // the server keeps the scalar's own refusal, with its rule
    expect(error.extensions?.code).toBe('VALIDATION');
    expect(rulesOf(error)).toEqual([rule]);
  });

  it('a well-formed amount inline is accepted (the literal path works)', async () => {
    const applicant = newApplicant();
    const response = await t.gql(inlineSubmission(applicant, '"500000.00"'), undefined, applicant);
    expectClean(response);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toMatchObject({ submitGrantApplication: { state: 'awaitingReview' } });
  });
});

describe('who applies, where and for what', () => {
  it('an IIN of 11 digits is VALIDATION', async () => {
    const applicant = newApplicant();
    const response = await expectNothingWritten(t, () =>
      t.op(SubmitGrantApplicationDocument, { input: grantInput({ iin: applicant.iin.slice(0, 11) }) }, applicant),
    );
    expectRefused(response, 'VALIDATION');
  });

  it('an applicant token whose IIN has a wrong check digit is refused at the door (UNAUTHENTICATED)', async () => {
    const valid = newApplicant().iin;
    const badIin = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    const response = await expectNothingWritten(t, () =>
      t.op(SubmitGrantApplicationDocument, { input: grantInput({ iin: badIin }) }, { id: 'x', roles: ['applicant'], iin: badIin }),
    );
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.errors?.[0]?.message).toMatch(/valid IIN/);
  });

  it("an unknown region code is VALIDATION (REGION_UNKNOWN)", async () => {
    const applicant = newApplicant();
    const response = await expectNothingWritten(t, () =>
      t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { regionCode: 'XXX' }) }, applicant),
    );
    expect(rulesOf(expectRefused(response, 'VALIDATION'))).toEqual(['REGION_UNKNOWN']);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
  ])('an %s business idea is VALIDATION', async (_, businessIdea) => {
    const applicant = newApplicant();
    const response = await expectNothingWritten(t, () =>
      t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { businessIdea }) }, applicant),
    );
    const error = expectRefused(response, 'VALIDATION');
    const violations = (error.extensions?.violations ?? []) as Array<{ field: string }>;
    expect(violations.map((v) => v.field)).toEqual([expect.stringMatching(/businessIdea$/)]);
  });
});

describe('authentication', () => {
  it('a mutation without a token is UNAUTHENTICATED with HTTP 401, as an invalid token is', async () => {
    const applicant = newApplicant();
    const response = await expectNothingWritten(t, () => t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, null));
    expectRefused(response, 'UNAUTHENTICATED');
    expect(response.status).toBe(401);
  });

  const claims = { roles: ['reviewer'], region: 'AKM' };
  const now = Math.floor(Date.now() / 1000);
  const tokens: Array<[string, () => Promise<string>]> = [
    [
      'a token signed with another secret',
      async () =>
        `Bearer ${await new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
          .setSubject(reviewer.id)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('another-secret-0123456789-abcdefghijklmn'))}`,
    ],
    [
      'an expired token',
      async () =>
        `Bearer ${await new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
          .setSubject(reviewer.id)
          .setIssuedAt(now - 7200)
          .setExpirationTime(now - 3600)
          .sign(new TextEncoder().encode(TEST_JWT_SECRET))}`,
    ],
    ['garbage after Bearer', async () => 'Bearer abc'],
    ['a Basic header', async () => 'Basic xyz'],
  ];

  it('the forged secret is 40 characters and differs from the real one', () => {
    expect('another-secret-0123456789-abcdefghijklmn').toHaveLength(40);
    expect('another-secret-0123456789-abcdefghijklmn').not.toBe(TEST_JWT_SECRET);
  });

  it.each(tokens)('%s is UNAUTHENTICATED with HTTP 401', async (_, header) => {
    const authorization = await header();
    const response = await expectNothingWritten(t, () => t.gql(print(StartReviewDocument), { input: { applicationId: pendingId } }, authorization));
    expectRefused(response, 'UNAUTHENTICATED');
    expect(response.status).toBe(401);
  });
});

describe('dates, page sizes and cursors', () => {
  it('a paidOn of 2026-02-30 is VALIDATION', async () => {
    const response = await expectNothingWritten(t, () =>
      t.op(
        ConfirmDisbursementDocument,
        { input: { applicationId: pendingId, paymentReference: 'PO-30', paidOn: '2026-02-30' } },
        { id: 'accountant-2', roles: ['accountant'], region: 'AKM' },
      ),
    );
    expectRefused(response, 'VALIDATION');
  });

  it('first: 101 is VALIDATION (the page size cap; far larger pages are refused by their cost)', async () => {
    const response = await expectNothingWritten(t, () => t.op(ApplicationsDocument, { first: 101 }, reviewer));
    expect(rulesOf(expectRefused(response, 'VALIDATION'))).toEqual(['PAGE_SIZE']);
  });

  const garbage = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  it.each([
    ['plain text', 'garbage'],
    ['not base64 at all', '!!!###'],
    ['base64 of a non-array', garbage({ a: 1 })],
    ['base64 of an impossible date', garbage(['not a date', '3f2c1e0a-9b8d-4c7e-a6f5-0123456789ab'])],
    ['base64 of 36 dashes for an id', garbage(['2026-03-02T09:00:00.000Z', '-'.repeat(36)])],
    ['base64 of a date out of any range', garbage(['+275760-09-13T00:00:00.000Z', '3f2c1e0a-9b8d-4c7e-a6f5-0123456789ab'])],
  ])('an after cursor of %s is VALIDATION', async (_, after) => {
    const response = await expectNothingWritten(t, () => t.op(ApplicationsDocument, { after }, reviewer));
    expect(rulesOf(expectRefused(response, 'VALIDATION'))).toEqual(['CURSOR_INVALID']);
  });

  it.each([
    ['not a UUID', 'abc'],
    ['36 dashes', '-'.repeat(36)],
  ])('an application id of %s is VALIDATION', async (_, id) => {
    const response = await expectNothingWritten(t, () => t.op(ApplicationDocument, { id }, reviewer));
    expect(rulesOf(expectRefused(response, 'VALIDATION'))).toEqual(['ID_FORMAT']);
  });

  it('a cursor the API gave out still works (the refusals above are not blanket ones)', async () => {
    const first = await t.op(ApplicationsDocument, { first: 1 }, reviewer);
    expectClean(first);
    expect(first.body.errors).toBeUndefined();
    const after = first.body.data!.applications.pageInfo.endCursor!;
    const next = await t.op(ApplicationsDocument, { first: 1, after }, reviewer);
    expectClean(next);
    expect(next.body.errors).toBeUndefined();
  });
});

describe('request bodies the server cannot read', () => {
  const post = (body: string) => fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('a 5 MB body is refused with 413 and a JSON error, no stack trace', async () => {
    const response = await post(JSON.stringify({ query: `{ regions { code } }`, variables: { padding: 'x'.repeat(5 * 1024 * 1024) } }));
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(text).not.toContain('    at ');
  });

  it('a body that is not JSON is refused with 400 and a JSON error', async () => {
    const response = await post('{ "query": ');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toContain('    at ');
  });
});

describe('abusive documents are refused before anything runs', () => {
  it('depth 50 is refused (GRAPHQL_VALIDATION_FAILED, limit DEPTH)', async () => {
    // the schema's own types have no cycles; introspection's ofType chain does
    const chain = (n: number): string => (n === 0 ? 'name' : `ofType { ${chain(n - 1)} }`);
    const deep = await t.gql(`{ __type(name: "Query") { fields { type { ${chain(46)} } } } }`, {}, null);
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'DEPTH' });
    const shallow = await t.gql(`{ __type(name: "Query") { fields { type { ${chain(5)} } } } }`, {}, null);
    expect(shallow.body.errors).toBeUndefined();
  });

  it('500 aliases are refused (limit ALIASES)', async () => {
    const fields = Array.from({ length: 500 }, (_, i) => `a${i}: regions { code }`).join(' ');
    const response = await t.gql(`{ ${fields} }`, {}, null);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'ALIASES' });
  });

  it('a list of 10,000 is refused by its cost before anything runs (limit COST), however the size is sent', async () => {
    const inline = await t.gql('{ applications(first: 10000) { edges { node { id } } } }', {}, reviewer);
    expect(inline.status).toBe(400);
    expect(inline.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST', cost: 30001, maxCost: 25_000 });
    const asVariable = await t.gql('query Page($n: Int!) { applications(first: $n) { edges { node { id } } } }', { n: 10_000 }, reviewer);
    expect(asVariable.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST' });
    // within the cost, the page size cap still answers: first is at most 100
    const tooLong = await t.gql('{ applications(first: 1000) { pageInfo { hasNextPage } } }', {}, reviewer);
    expect(tooLong.body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it("a reviewer's full page of 100 is within the cost; pages multiplied by aliases are not", async () => {
    const page = `applications(first: 100) { edges { cursor node { id kind state version submittedAt availableActions
      applicant { iin fullName } region { code name } history(last: 5) { seq action fromState toState at actor { id roles } } } } pageInfo { hasNextPage endCursor } }`;
    const one = await t.gql(`{ ${page} }`, {}, reviewer);
    expect(one.body.errors).toBeUndefined();
    const ten = await t.gql(`{ ${Array.from({ length: 10 }, (_, i) => `p${i}: ${page}`).join(' ')} }`, {}, reviewer);
    expect(ten.status).toBe(400);
    expect(ten.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST' });
    expect(ten.body.data).toBeUndefined();
  });

  it('more than 20 directives are refused (limit DIRECTIVES)', async () => {
    // each under its own alias: the same field selected 20 times in one place is refused as REPEATS
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `c${i}: code @include(if: true)`).join(' ');
    const refused = await t.gql(`{ regions { ${fields(21)} } }`, {}, null);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'DIRECTIVES' });
    const allowed = await t.gql(`{ regions { ${fields(20)} } }`, {}, null);
    expect(allowed.body.errors).toBeUndefined();
  });
});

describe('batched requests', () => {
  const post = async (body: unknown) => {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('up to 10 operations run, each answered in its place and each under the limits', async () => {
    const batch = await post([
      { query: '{ regions { code } }' },
      { query: 'query Years { fiscalYears { year } }' },
      { query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: regions { code }`).join(' ')} }` },
    ]);
    // one refused operation makes the whole response a 400 (Apollo merges the statuses); the
    // others are answered all the same
    expect(batch.body).toHaveLength(3);
    expect(batch.body[0].data.regions.length).toBeGreaterThan(0);
    expect(batch.body[1].data.fiscalYears.length).toBeGreaterThan(0);
    expect(batch.body[2].errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'ALIASES' });
    const ten = await post(Array.from({ length: 10 }, () => ({ query: '{ regions { code } }' })));
    expect(ten.status).toBe(200);
    expect(ten.body).toHaveLength(10);
    expect(ten.body.every((r: any) => r.errors === undefined)).toBe(true);
  });

  it('a batch of 11 is refused whole with BATCH_TOO_LARGE, and nothing in it runs', async () => {
    const applicant = newApplicant();
    const token = await t.token(applicant);
    const mutation = { query: 'mutation($input: SubmitGrantApplicationInput!) { submitGrantApplication(input: $input) { id } }', variables: { input: grantInput(applicant) } };
    const refused = await expectNothingWritten(t, async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify([mutation, ...Array.from({ length: 10 }, () => ({ query: '{ regions { code } }' }))]),
      });
      return { status: response.status, body: (await response.json()) as any };
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'BATCH_TOO_LARGE', maxBatch: 10 });
  });
});

describe('the standard introspection query still passes the limits', () => {
  it('answers getIntrospectionQuery()', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await t.gql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true }), {}, null);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.__schema.queryType.name).toBe('Query');
  });
});
