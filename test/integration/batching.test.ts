import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmitGrantApplicationDocument } from '../../schema/client/graphql';
import { ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { auditor, grantInput, manualClock, newApplicant } from '../support/fixtures';

const clock = manualClock('2026-03-02T09:00:00Z');
const statements: string[] = [];
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now, onQuery: (sql) => statements.push(sql) });
  for (let n = 0; n < 100; n += 1) {
    clock.advance(60_000);
    const applicant = newApplicant('1992-02-02', n % 2 ? 'male' : 'female');
    ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { regionCode: n % 3 ? 'AKM' : 'PAV' }) }, applicant));
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** A reviewer's page: applications with their applicant, region, history and actions. */
const PAGE = `query($first: Int!) { applications(first: $first) { edges { node {
  id state availableActions applicant { fullName iin } region { name } history(last: 5) { action at actor { id } }
} } } }`;

async function statementsFor(first: number): Promise<number> {
  statements.length = 0;
  const response = await t.gql(PAGE, { first }, auditor);
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data.applications.edges).toHaveLength(first);
  return statements.length;
}

describe('no N+1', () => {
  it('a page of 10 and a page of 100 with nested relations take the same number of SQL statements', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(ten);
    // the list with its applicants joined and its histories as JSON, in one statement
    expect(hundred).toBe(1);
  });
});
