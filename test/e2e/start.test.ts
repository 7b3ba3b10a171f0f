import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_JWT_SECRET } from '../support/gateway';
import { createTokenService } from '../../src/auth/tokens';
import { makeIin } from '../../workflows/rules/iin';
import { fiscalYearOf, localDateOf } from '../../workflows/rules/fiscal';
import type { Actor } from '../../workflows/rules/roles';
import { openOrm } from '../../src/db/orm';
import { carryForwardYear } from '../../src/seed/reference';
import { ReviewQueueChangedDocument } from '../../schema/client/graphql';
import { subscribe, wsClient } from '../support/subscriptions';
import { buildServerOnce, MAIN, ROOT, startServer, stop } from '../support/server-process';

async function query(url: string, token: string | null, text: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: text }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

const LIST = '{ applications(first: 50) { edges { node { id state } } } }';

beforeAll(buildServerOnce, 180_000);

describe('the built server over real HTTP', () => {
  it('with DATABASE_URL it uses that server, seeds on request and answers queries', async () => {
    const databaseUrl = await createTestDatabase();
    const server = await startServer({ DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, SEED_DEMO: 'true' });
    try {
      expect(server.output()).toContain('database: DATABASE_URL');
      const health = await fetch(server.url.replace('/graphql', '/healthz'));
      expect(health.status).toBe(200);
      const ready = await fetch(server.url.replace('/graphql', '/readyz'));
      expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready' } });
      const anonymous = await query(server.url, null, '{ regions { code } fiscalYears { year grantCap } }');
      expect(anonymous.body.data.regions).toHaveLength(20);
      expect(anonymous.body.data.fiscalYears.find((y: { year: number }) => y.year === 2020).grantCap).toBe('555600.00');
      const listed = await query(server.url, server.tokens.reviewer!, LIST);
      expect(listed.body.errors).toBeUndefined();
      const states = listed.body.data.applications.edges.map((e: { node: { state: string } }) => e.node.state).sort();
      expect(states).toEqual([
        'approved',
        'awaitingDecision',
        'awaitingReview',
        'awaitingVerification',
        'changesRequested',
        'contractPending',
        'disbursed',
        'recommended',
        'rejected',
        'repaying',
      ]);
      const refused = await query(server.url, 'not-a-token', LIST);
      expect(refused.status).toBe(401);
      expect(refused.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      expect(await stop(server, 'SIGTERM')).toBe(0);
    }
  });

  it('stops at once with a message naming a wrong setting', () => {
    let failure: { status: number; stderr: Buffer } | undefined;
    try {
      execFileSync(process.execPath, [MAIN], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', PORT: 'eighty' }, stdio: 'pipe' });
    } catch (error) {
      failure = error as { status: number; stderr: Buffer };
    }
    expect(failure?.status).toBe(2);
    expect(failure?.stderr.toString()).toMatch(/configuration error: PORT/);
  });
});

describe('the embedded default (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-e2e-data-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts its own PostgreSQL, keeps the data across a clean Ctrl-C and a second start', async () => {
    const first = await startServer({ DATA_DIR: dataDir });
    let ids: string[];
    try {
      expect(first.output()).toContain(`embedded PostgreSQL in ${dataDir}`);
      expect(Object.keys(first.tokens).sort()).toEqual(['accountant', 'admin', 'applicant', 'approver', 'auditor', 'reviewer']);
      const listed = await query(first.url, first.tokens.auditor!, LIST);
      ids = listed.body.data.applications.edges.map((e: { node: { id: string } }) => e.node.id).sort();
      expect(ids).toHaveLength(10);
      const own = await query(first.url, first.tokens.applicant!, LIST);
      expect(own.body.data.applications.edges.length).toBeGreaterThan(0);
    } finally {
      // the last lines name what failed when the stop is not clean
      expect(await stop(first), first.output().slice(-4000)).toBe(0);
    }
    expect(first.output()).toContain('"msg":"stopped"');
    // Ctrl-C reached the embedded PostgreSQL too (one process group): it stopped without a warning
    // or an error line from the gateway or the database
    const loud = first
      .output()
      .split('\n')
      .filter((line) => /"level":(4|5|6)\d/.test(line) || /\b(ERROR|FATAL|PANIC)\b|Error:/.test(line));
    expect(loud).toEqual([]);
    // the embedded server is down: PostgreSQL removes its pid file on a clean shutdown
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await startServer({ DATA_DIR: dataDir });
    try {
      expect(second.output()).not.toContain('demo applications seeded');
      const again = await query(second.url, second.tokens.auditor!, LIST);
      expect(again.body.data.applications.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(ids);
    } finally {
      expect(await stop(second)).toBe(0);
    }
    // two starts of an embedded PostgreSQL and the demo's seeding: a minute on a loaded machine
  }, 180_000);
});

describe('three replicas on one database', () => {
  it('200 concurrent approvals against a limit that fits 50: exactly 50 approved, the ledger equals their sum', async () => {
    const databaseUrl = await createTestDatabase();
    const year = fiscalYearOf(new Date());
    // the servers run on the real clock: make sure its year has reference data
    const orm = await openOrm(databaseUrl);
    await carryForwardYear(orm.em.fork(), year);
    await orm.close();

    const env = { DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, SEED_DEMO: 'false', SCHEDULE_JOBS: 'false', LOG_LEVEL: 'warn' };
    const replicas = await Promise.all([startServer(env), startServer(env), startServer(env)]);
    try {
      const tokens = createTokenService({ jwt: { kind: 'secret', secret: TEST_JWT_SECRET }, dataDir: os.tmpdir() });
      const token = (actor: Actor) => tokens.mint!({ sub: actor.id, roles: actor.roles, region: actor.region, iin: actor.iin });
      const reviewer = await token({ id: 'reviewer-r', roles: ['reviewer'], region: 'AKM' });
      const approver = await token({ id: 'approver-r', roles: ['approver'], region: 'AKM' });
      const admin = await token({ id: 'admin-r', roles: ['admin'] });
      const call = async (replica: number, bearer: string, text: string, variables: Record<string, unknown> = {}) => {
        const response = await fetch(replicas[replica % 3]!.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
          body: JSON.stringify({ query: text, variables }),
        });
        return (await response.json()) as { data?: any; errors?: Array<{ extensions: { code: string } }> };
      };

      const limit = await call(0, admin, 'mutation($y: Int!) { setFundingLimit(input: { regionCode: "AKM", kind: GRANT, year: $y, limitAmount: "25000000.00" }) { limitAmount } }', { y: year });
      expect(limit.errors).toBeUndefined();

      // 200 recommended grant applications of 500 000.00, prepared through all three replicas
      const ids: string[] = [];
      for (let batch = 0; batch < 20; batch += 1) {
        ids.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, async (_, i) => {
              const n = batch * 10 + i;
              const iin = makeIin('1991-01-01', 'female', 3000 + n * 3);
              const applicant = await token({ id: `applicant:${iin}`, roles: ['applicant'], iin });
              const submitted = await call(n, applicant,
                `mutation($iin: String!) { submitGrantApplication(input: { applicant: { iin: $iin, fullName: "R", categories: [UNEMPLOYED], locality: RURAL, settlement: "S" },
                  regionCode: "AKM", proposal: { amount: "500000.00", businessIdea: "idea", purpose: EQUIPMENT, certificate: { number: "BB", issuedOn: "2020-01-01" } } }) { id } }`,
                { iin });
              const id = submitted.data.submitGrantApplication.id as string;
              await call(n + 1, reviewer, 'mutation($id: ID!) { startReview(input: { applicationId: $id }) { state } }', { id });
              const recommended = await call(n + 2, reviewer, 'mutation($id: ID!) { recommend(input: { applicationId: $id }) { state } }', { id });
              expect(recommended.data.recommend.state).toBe('recommended');
              return id;
            }),
          )),
        );
      }

      const results = await Promise.all(ids.map((id, n) => call(n, approver, 'mutation($id: ID!) { approve(input: { applicationId: $id }) { state } }', { id })));
      const approved = results.filter((r) => r.data?.approve?.state === 'disbursementPending').length;
      const exhausted = results.filter((r) => r.errors?.[0]?.extensions.code === 'BUDGET_EXHAUSTED').length;
      expect({ approved, exhausted }).toEqual({ approved: 50, exhausted: 150 });

      const check = await openOrm(databaseUrl);
      try {
        const [ledger] = await check.em.fork().execute(
          `select fl.reserved::text as reserved, fl.committed::text as committed,
                  (select coalesce(sum(approved_amount), 0)::text from application where kind = 'grant' and state = 'disbursementPending') as approved_sum,
                  (select count(*)::int from budget_movement where movement = 'RESERVE') as reservations,
                  (select count(*)::int from transition_log where event_type = 'APPROVE') as approvals
             from funding_limit fl where region_code = 'AKM' and kind = 'grant' and year = ?`,
          [year],
        );
        expect(ledger).toEqual({ reserved: '25000000.00', committed: '0.00', approved_sum: '25000000.00', reservations: 50, approvals: 50 });

        // the 50 are disbursed through all three replicas; their three payment workers pay each once
        const accountant = await token({ id: 'accountant-r', roles: ['accountant'], region: 'AKM' });
        const approvedIds = ids.filter((_, n) => results[n]!.data?.approve?.state === 'disbursementPending');
        const confirmed = await Promise.all(
          approvedIds.map((id, n) =>
            call(n, accountant, `mutation($id: ID!) { confirmDisbursement(input: { applicationId: $id, paymentReference: "PO", paidOn: "${localDateOf(new Date())}" }) { state } }`, { id }),
          ),
        );
        expect(confirmed.every((r) => r.data?.confirmDisbursement?.state === 'disbursed')).toBe(true);
        let settled = 0;
        for (let i = 0; i < 100 && settled < 50; i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 300));
          const [row] = await check.em.fork().execute(`select count(*)::int as n from transition_log where event_type = 'PAYMENT_SETTLED'`);
          settled = (row as { n: number }).n;
        }
        const [paid] = await check.em.fork().execute(
          `select count(*)::int as payments, count(distinct application_id)::int as applications, sum(amount)::text as total,
                  (select committed::text from funding_limit where region_code = 'AKM' and kind = 'grant' and year = ?) as committed
             from treasury_payment`,
          [year],
        );
        expect({ settled, ...paid }).toEqual({ settled: 50, payments: 50, applications: 50, total: '25000000.00', committed: '25000000.00' });
      } finally {
        await check.close();
      }
    } finally {
      await Promise.all(replicas.map((r) => stop(r, 'SIGTERM')));
    }
  }, 180_000);
});

describe('subscriptions across two server processes (LISTEN/NOTIFY)', () => {
  it("a transition made through one process reaches a reviewer's queue subscribed on the other", async () => {
    const databaseUrl = await createTestDatabase();
    const env = { DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, SEED_DEMO: 'false', SCHEDULE_JOBS: 'false', LOG_LEVEL: 'warn' };
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    const tokens = createTokenService({ jwt: { kind: 'secret', secret: TEST_JWT_SECRET }, dataDir: os.tmpdir() });
    const token = (actor: Actor) => tokens.mint!({ sub: actor.id, roles: actor.roles, region: actor.region, iin: actor.iin });
    const reviewer = await token({ id: 'reviewer-ws', roles: ['reviewer'], region: 'AKM' });
    const client = wsClient(b.url, reviewer);
    try {
      const feed = subscribe(client, ReviewQueueChangedDocument, { regionCode: 'AKM', kind: 'GRANT' });
      const submit = async (n: number) => {
        const iin = makeIin('1992-02-02', 'male', 4000 + n * 3);
        const applicant = await token({ id: `applicant:${iin}`, roles: ['applicant'], iin });
        const submitted = await query(a.url, applicant,
          `mutation { submitGrantApplication(input: { applicant: { iin: "${iin}", fullName: "W", categories: [UNEMPLOYED], locality: RURAL, settlement: "S" },
            regionCode: "AKM", proposal: { amount: "500000.00", businessIdea: "idea", purpose: EQUIPMENT, certificate: { number: "BB", issuedOn: "2020-01-01" } } }) { id } }`);
        return submitted.body.data.submitGrantApplication.id as string;
      };
      // the subscription is in place once a submission through A is heard on B
      const probes: string[] = [];
      for (let n = 0; feed.results.length === 0; n += 1) {
        if (n === 40) throw new Error('no change reached the other process within 40 submissions');
        probes.push(await submit(n));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const heard = feed.results[0]!.data!.reviewQueueChanged;
      expect(probes).toContain(heard.applicationId);
      expect(heard).toMatchObject({ kind: 'GRANT', action: 'SUBMIT', toState: 'awaitingReview' });

      const seen = feed.results.length;
      const id = probes[probes.length - 1]!;
      const started = await query(a.url, reviewer, `mutation { startReview(input: { applicationId: "${id}" }) { state version } }`);
      expect(started.body.data.startReview.state).toBe('underReview');
      let change;
      for (let n = seen + 1; !change; n += 1) {
        const next = (await feed.nth(n)).data!.reviewQueueChanged;
        if (next.applicationId === id && next.action === 'START_REVIEW') change = next;
      }
      expect(change).toMatchObject({ fromState: 'awaitingReview', toState: 'underReview', edge: { node: { id, state: 'underReview' } } });
    } finally {
      await client.dispose();
      await Promise.all([stop(a, 'SIGTERM'), stop(b, 'SIGTERM')]);
    }
  }, 120_000);
});

describe('exactly one payment when the server is killed during a disbursement', () => {
  it.each(['kill-before-payment', 'kill-after-payment'])('SIGKILL at %s, then a restart: one payment, settled', async (point) => {
    const databaseUrl = await createTestDatabase();
    const orm = await openOrm(databaseUrl);
    await carryForwardYear(orm.em.fork(), fiscalYearOf(new Date()));
    await orm.close();
    const env = { DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, SEED_DEMO: 'false', SCHEDULE_JOBS: 'false', LOG_LEVEL: 'warn', PAYMENT_TIMEOUT_SECONDS: '2' };
    const tokens = createTokenService({ jwt: { kind: 'secret', secret: TEST_JWT_SECRET }, dataDir: os.tmpdir() });
    const token = (actor: Actor) => tokens.mint!({ sub: actor.id, roles: actor.roles, region: actor.region, iin: actor.iin });
    const iin = makeIin('1988-08-08', 'male', point === 'kill-before-payment' ? 41 : 43);
    const applicant = await token({ id: `applicant:${iin}`, roles: ['applicant'], iin });
    const reviewer = await token({ id: 'reviewer-k', roles: ['reviewer'], region: 'AKM' });
    const approver = await token({ id: 'approver-k', roles: ['approver'], region: 'AKM' });
    const accountant = await token({ id: 'accountant-k', roles: ['accountant'], region: 'AKM' });

    const first = await startServer({ ...env, FAULT_INJECTION: point });
    const died = new Promise<NodeJS.Signals | null>((resolve) => first.child.on('exit', (_code, signal) => resolve(signal)));
    const call = async (url: string, bearer: string, text: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: text, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    };
    const submitted = await call(first.url, applicant,
      `mutation($iin: String!) { submitGrantApplication(input: { applicant: { iin: $iin, fullName: "K", categories: [UNEMPLOYED], locality: RURAL, settlement: "S" },
        regionCode: "AKM", proposal: { amount: "400000.00", businessIdea: "idea", purpose: EQUIPMENT, certificate: { number: "BB", issuedOn: "2020-01-01" } } }) { id } }`,
      { iin });
    const id = submitted.data.submitGrantApplication.id as string;
    for (const [bearer, mutation] of [
      [reviewer, 'startReview'],
      [reviewer, 'recommend'],
      [approver, 'approve'],
    ] as const) {
      const result = await call(first.url, bearer, `mutation($id: ID!) { ${mutation}(input: { applicationId: $id }) { state } }`, { id });
      expect(result.errors).toBeUndefined();
    }
    const confirmed = await call(first.url, accountant,
      `mutation($id: ID!) { confirmDisbursement(input: { applicationId: $id, paymentReference: "PO-K", paidOn: "${localDateOf(new Date())}" }) { state payment { status } } }`, { id });
    expect(confirmed.data.confirmDisbursement).toEqual({ state: 'disbursed', payment: { status: 'PENDING' } });
    // the worker picks the payment up and the process kills itself at the fault point
    expect(await died).toBe('SIGKILL');

    const second = await startServer(env);
    try {
      let status = 'PENDING';
      for (let i = 0; i < 100 && status !== 'SETTLED'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const read = await call(second.url, accountant, 'query($id: ID!) { application(id: $id) { payment { status } history { action } } }', { id });
        status = read.data.application.payment.status;
      }
      expect(status).toBe('SETTLED');
      const check = await openOrm(databaseUrl);
      try {
        const [row] = await check.em.fork().execute(
          `select (select count(*)::int from treasury_payment where application_id = ?) as payments,
                  (select count(*)::int from transition_log where application_id = ? and event_type = 'PAYMENT_SETTLED') as settlements`,
          [id, id],
        );
        expect(row).toEqual({ payments: 1, settlements: 1 });
      } finally {
        await check.close();
      }
    } finally {
      await stop(second, 'SIGTERM');
    }
  }, 120_000);
});
