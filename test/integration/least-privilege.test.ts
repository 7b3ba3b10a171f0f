import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmitGrantApplicationDocument } from '../../schema/client/graphql';
import { expectAccepted } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { grantInput, newApplicant } from '../support/fixtures';
import { RUNTIME_ROLE } from '../../src/db/runtime-role';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
  // one application, so the log has a row to try to rewrite
  const applicant = newApplicant();
  expectAccepted(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant));
});
afterAll(async () => {
  await t?.close();
});

/** A statement sent on the running gateway's own connection (its ORM's pool). */
const asGateway = (sql: string) => t.gateway.orm.em.fork().execute(sql);

describe("the running gateway's connection cannot rewrite history (least privilege)", () => {
  it('connects as the runtime role, which is no superuser and owns no table', async () => {
    const [who] = await asGateway(`select current_user as role, (select rolsuper from pg_roles where rolname = current_user) as superuser`);
    expect(who).toEqual({ role: RUNTIME_ROLE, superuser: false });
    const [owner] = await t.sql(`select pg_get_userbyid(relowner) as owner from pg_class where oid = 'transition_log'::regclass`);
    expect(owner!.owner).not.toBe(RUNTIME_ROLE);
  });

  it.each([
    ['disable the trigger', `alter table transition_log disable trigger transition_log_no_update_delete`, /must be owner/],
    ['disable every trigger', `alter table transition_log disable trigger all`, /must be owner/],
    ['drop the trigger', `drop trigger transition_log_no_update_delete on transition_log`, /must be owner/],
    ['replace the trigger function', `create or replace function transition_log_append_only() returns trigger language plpgsql as $$ begin return new; end $$`, /must be owner|permission denied/],
    ['skip triggers for the session', `set session_replication_role = replica`, /permission denied/],
    ['update the log', `update transition_log set to_state = 'approved'`, /permission denied/],
    ['delete from the log', `delete from transition_log`, /permission denied/],
    ['truncate the log', `truncate transition_log`, /permission denied/],
    ['rewrite the ledger', `update budget_movement set amount = 0`, /permission denied/],
    ['delete an application', `delete from application`, /permission denied/],
    ['alter a table', `alter table application add column backdoor int`, /must be owner/],
    ['create a table', `create table public.backdoor (id int)`, /permission denied/],
    ['change its own role', `alter role ${RUNTIME_ROLE} superuser`, /permission denied|must be superuser/],
  ])('cannot %s', async (_what, sql, refusal) => {
    await expect(asGateway(sql)).rejects.toThrow(refusal);
  });

  it('every connection the gateway holds (ORM, jobs, change feed) is the runtime role', async () => {
    const connections = await t.sql<{ usename: string; application_name: string }>(
      `select usename, application_name from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    expect(connections.length).toBeGreaterThan(1);
    expect(connections.filter((c) => c.usename !== RUNTIME_ROLE)).toEqual([]);
  });

  it('every table of the schema is granted to the runtime role (a migration adding one must grant it)', async () => {
    const ungranted = await t.sql<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not has_table_privilege($1, c.oid, 'select')`,
      [RUNTIME_ROLE],
    );
    expect(ungranted).toEqual([]);
  });
});

describe('DATABASE_RUNTIME_URL', () => {
  it("a role granted the runtime role's rights runs the gateway", async () => {
    const role = `gw_app_${randomBytes(4).toString('hex')}`;
    await t.sql(`create role ${role} login password 'app-password' in role ${RUNTIME_ROLE}`);
    const runtimeUrl = new URL(t.databaseUrl);
    runtimeUrl.username = role;
    runtimeUrl.password = 'app-password';
    try {
      const second = await startTestGateway({ databaseUrl: t.databaseUrl, env: { DATABASE_RUNTIME_URL: runtimeUrl.toString() } });
      try {
        const answer = await second.gql('{ regions { code } }');
        expect(answer.body.data.regions).toHaveLength(20);
        const [who] = await second.gateway.orm.em.fork().execute(`select current_user as role`);
        expect(who.role).toBe(role);
        await expect(second.gateway.orm.em.fork().execute(`alter table transition_log disable trigger all`)).rejects.toThrow(/must be owner/);
      } finally {
        await second.close();
      }
    } finally {
      await t.sql(`drop owned by ${role}`);
      await t.sql(`drop role ${role}`);
    }
  });

  it('a runtime URL that connects as the owner or a superuser stops the start with the reason', async () => {
    await expect(startTestGateway({ databaseUrl: t.databaseUrl, env: { DATABASE_RUNTIME_URL: t.databaseUrl } })).rejects.toThrow(
      /DATABASE_RUNTIME_URL: the role \w+ is a superuser/,
    );
  });
});
