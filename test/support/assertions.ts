import { expect } from 'vitest';
import type { GraphQLResponse, TestGateway } from './gateway';

/** One error of a GraphQL response, as the test gateway returns it. */
export type GqlError = NonNullable<GraphQLResponse['body']['errors']>[number];

/** Everything a refused request must leave as it was. */
async function databaseState(t: TestGateway) {
  const [counts] = await t.sql(`
    select (select count(*)::int from application) as applications,
           (select count(*)::int from transition_log) as transitions,
           (select count(*)::int from applicant) as applicants,
           (select count(*)::int from fiscal_year) as fiscal_years,
           (select count(*)::int from budget_movement) as budget_movements,
           (select count(*)::int from treasury_payment) as treasury_payments,
           (select count(*)::int from funding_limit_revision) as funding_limit_revisions,
           (select count(*)::int from fiscal_year_revision) as fiscal_year_revisions,
           (select count(*)::int from resettlement_quota_revision) as resettlement_quota_revisions,
           (select md5(coalesce(string_agg(concat_ws('|', region_code, year, people, families, used_people, used_families, note, updated_at), ',' order by region_code, year), '')) from resettlement_quota) as quotas`);
  return {
    counts,
    applications: await t.sql(
      `select id, version, state, snapshot, requested_amount::text, approved_amount::text, disbursed_amount::text,
              decision_fiscal_year, updated_at, finished_at
         from application order by id`,
    ),
    transitions: await t.sql('select id, application_id, seq, event_type, to_state from transition_log order by id'),
    applicants: await t.sql('select * from applicant order by id'),
    fiscalYears: await t.sql('select year, mci::text, minimum_wage::text, note, updated_by, updated_at from fiscal_year order by year'),
  };
}

/** Runs the request and asserts the database of `t` is exactly as it was before it. */
export async function expectNothingWritten<T>(t: TestGateway, request: () => Promise<T>): Promise<T> {
  const before = await databaseState(t);
  const result = await request();
  expect(await databaseState(t)).toEqual(before);
  return result;
}

/** Asserts no crash, no stack trace and no internal error, whatever the outcome. */
export function expectClean(response: GraphQLResponse): void {
  expect(response.status).not.toBe(500);
  const text = JSON.stringify(response.body);
  expect(text).not.toContain('stack');
  expect(text).not.toContain('    at ');
  for (const error of response.body.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
}

/**
 * Asserts the request was refused cleanly with one of `codes` (every error carries the same) and
 * returned no data — none at all, or null for each root field (a nullable one answers null beside
 * its error); returns the first error.
 */
export function expectRefused(response: GraphQLResponse, ...codes: string[]): GqlError {
  expectClean(response);
  const errors = response.body.errors;
  expect(errors, JSON.stringify(response.body)).toBeDefined();
  expect(errors!.length).toBeGreaterThan(0);
  const code = errors![0]!.extensions?.code;
  expect(code, JSON.stringify(errors)).toBeOneOf(codes);
  expect(errors!.map((e) => e.extensions?.code), JSON.stringify(errors)).toEqual(errors!.map(() => code));
  expect(Object.values(response.body.data ?? {}).filter((value) => value !== null), JSON.stringify(response.body.data)).toEqual([]);
  return errors![0]!;
}

/** Asserts the request succeeded cleanly, without any error. */
export function expectAccepted(response: GraphQLResponse): void {
  expectClean(response);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
}

/** The rules of an error's validation violations, in order (asserts nothing). */
export function rulesOf(error: GqlError): string[] {
  return ((error.extensions?.violations ?? []) as Array<{ rule: string }>).map((v) => v.rule);
}

/** The code of a response's first error, or undefined when there is none (asserts nothing). */
export function codeOf(response: GraphQLResponse): string | undefined {
  return response.body.errors?.[0]?.extensions?.code as string | undefined;
}

/** Asserts the operation returned no errors (failing with the server's errors otherwise) and returns its data. */
export function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

/** Asserts an application is there (a nullable root field answered it) and of the given GraphQL type, and narrows it to that type. */
export function asType<T extends { __typename?: string }, N extends NonNullable<T['__typename']>>(value: T | null | undefined, typename: N): Extract<T, { __typename?: N }> {
  expect(value?.__typename).toBe(typename);
  return value as Extract<T, { __typename?: N }>;
}
