import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmitGrantApplicationDocument, SubmitLiftingApplicationDocument } from '../../schema/client/graphql';
import { Application } from '../../src/db/entities';
import { ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import type { Actor } from '../../workflows/rules/roles';
import { NotFoundError } from '../../workflows/errors';
import { approver, grantInput, liftingInput, manualClock, newApplicant, reviewer } from '../support/fixtures';

const clock = manualClock('2026-03-02T09:00:00Z');
const statements: string[] = [];
let counting = false;
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now, onQuery: (sql) => counting && statements.push(sql) });
});
afterAll(async () => {
  await t?.close();
});

async function submit(applicant: Actor & { iin: string } = newApplicant()): Promise<string> {
  return ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
}

/** The statements one engine action sends, without the logger's colours and timings. */
async function statementsOf<T>(action: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  counting = true;
  try {
    const result = await action();
    return { result, sql: statements.map((s) => stripVTControlCharacters(s).replace(/^\[query\] /, '').replace(/\s+/g, ' ')) };
  } finally {
    counting = false;
  }
}

describe('the write path: one action, its statements, no entity', () => {
  it('a start of review is four statements: begin, the locked read of the columns it needs, one write (update, log row, notify), commit', async () => {
    const id = await submit();
    const { sql } = await statementsOf(() => t.gateway.engine.send(id, { type: 'START_REVIEW' }, reviewer));
    expect(sql).toHaveLength(4);
    expect(sql[0]).toMatch(/^begin/);
    expect(sql[1]).toMatch(/^select a\.kind, .* from application a where a\.id = \$1 for update/);
    // the columns are named: no `a.*`, none of the projection columns the machine recomputes
    expect(sql[1]).not.toMatch(/\*|requested_amount|dedup_key/);
    expect(sql[2]).toMatch(/^with updated as \( update application .* insert into transition_log .* select pg_notify\(\$22, \$23\) from logged/);
    expect(sql[3]).toMatch(/^commit/);
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });

  it('a submission is statements too: begin, its facts, the applicant, one statement for the row, the first log row and the notify, commit', async () => {
    const person = newApplicant();
    const { result, sql } = await statementsOf(() => submit(person));
    expect(sql[0]).toMatch(/^begin/);
    expect(sql.at(-1)).toMatch(/^commit/);
    const writes = sql.filter((s) => /^(insert|update|delete|with)\b/.test(s));
    expect(writes).toHaveLength(2);
    expect(writes[0]).toMatch(/^insert into applicant .* on conflict \(iin\) do update/);
    expect(writes[1]).toMatch(/^with inserted as \( insert into application .* insert into transition_log .* select pg_notify\(\$22, \$23\) from logged/);
    // no entity: the ORM's own inserts quote their names
    expect(sql.join('\n')).not.toMatch(/insert into "/);
    expect((await t.gateway.engine.verifyReplay(result)).matches).toBe(true);
  });

  it('an approval adds its fact and one statement for the conditional reservation with its ledger row', async () => {
    const id = await submit();
    await t.gateway.engine.send(id, { type: 'START_REVIEW' }, reviewer);
    await t.gateway.engine.send(id, { type: 'RECOMMEND', note: 'viable' }, reviewer);
    const { sql } = await statementsOf(() => t.gateway.engine.send(id, { type: 'APPROVE' }, approver));
    expect(sql.map((s) => s.slice(0, 40))).toEqual([
      'begin',
      expect.stringMatching(/^select a\.kind/),
      expect.stringMatching(/^select year, mci::text/),
      expect.stringMatching(/^with reserved as \( update funding_limit/),
      expect.stringMatching(/^with updated as \( update application/),
      'commit',
    ]);
    const [movement] = await t.sql('select seq, movement, amount::text from budget_movement where application_id = $1', [id]);
    expect(movement).toEqual({ seq: 4, movement: 'RESERVE', amount: '500000.00' });
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });

  it('a lifting approval: its fact, the quota and the budget, each one statement', async () => {
    const person = newApplicant('1995-04-04', 'male');
    const id = ok(await t.op(SubmitLiftingApplicationDocument, { input: liftingInput(person) }, person)).submitLiftingApplication.id;
    const pav = (role: 'reviewer' | 'approver'): Actor => ({ id: `${role}-pav`, roles: [role], region: 'PAV' });
    await t.gateway.engine.send(id, { type: 'START_VERIFICATION' }, pav('reviewer'));
    await t.gateway.engine.send(id, { type: 'VERIFY', referralConfirmed: true, arrivalConfirmed: true }, pav('reviewer'));
    const { result, sql } = await statementsOf(() => t.gateway.engine.send(id, { type: 'APPROVE' }, pav('approver')));
    expect(result.state).toBe('approved');
    expect(sql.map((s) => s.slice(0, 40))).toEqual([
      'begin',
      expect.stringMatching(/^select a\.kind/),
      expect.stringMatching(/^select year, mci::text/),
      expect.stringMatching(/^update resettlement_quota/),
      expect.stringMatching(/^with reserved as \( update funding_limit/),
      expect.stringMatching(/^with updated as \( update application/),
      'commit',
    ]);
    expect((await t.gateway.engine.verifyReplay(id)).matches).toBe(true);
  });

  it("an applicant's action reads the applicant's IIN under the same lock: their own passes, another's is NOT_FOUND and writes nothing", async () => {
    const owner = newApplicant();
    const id = await submit(owner);
    const stranger = newApplicant();
    const refused = await statementsOf(() => t.gateway.engine.send(id, { type: 'WITHDRAW' }, stranger).catch((error: unknown) => error));
    expect(refused.result).toBeInstanceOf(NotFoundError);
    expect(refused.sql).toEqual(['begin', expect.stringMatching(/^select a\.kind, .*\(select p\.iin from applicant p where p\.id = a\.applicant_id\) as applicant_iin .* for update of a/), 'rollback']);
    const withdrawn = await t.gateway.engine.send(id, { type: 'WITHDRAW' }, owner);
    expect(withdrawn).toMatchObject({ state: 'withdrawn', version: 2 });
  });

  it('answers with a plain record equal to the row as a read finds it', async () => {
    const id = await submit();
    const returned = await t.gateway.engine.send(id, { type: 'START_REVIEW' }, reviewer);
    // the entity as the ORM reads it, its relations as their keys (the record's shape)
    const { applicant, region, ...columns } = await t.gateway.orm.em.fork().findOneOrFail(Application, { id });
    expect(returned).toEqual({ ...columns, applicant: { id: applicant.id }, region: { code: region.unwrap().code } });
    expect(Object.getPrototypeOf(returned)).toBe(Object.prototype);
  });
});
