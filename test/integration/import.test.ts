import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgramme2020, PROGRAMME_2020_FILE } from '../../src/cli/build-import-2020';
import { runImport, type ImportSummary } from '../../src/import/importer';
import type { Actor } from '../../workflows/rules/roles';
import { makeIin } from '../../workflows/rules/iin';
import { startTestGateway, TEST_JWT_SECRET, type TestGateway } from '../support/gateway';
import { admin, auditor } from '../support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = readFileSync(PROGRAMME_2020_FILE, 'utf8');
const administrator: Actor = { id: 'import:admin:test', roles: ['admin'] };

/**
 * The percentages the seeds print (or that follow from the figures they print), per region and
 * kind, as the report's shares of plan (two decimals: the seeds print one, or none).
 */
const SEEDS_2020 = [
  // "282 microcredits were issued for 1,122.4 million tenge, or 32.4% of the plan" (Akmola)
  { region: 'AKM', kind: 'microcredit', amountShare: '32.43', count: 282, amount: '1122400000.00' },
  { region: 'AKM', kind: 'grant', amountShare: '27.44', count: 172, amount: '93100000.00' },
  { region: 'ALM', kind: 'microcredit', amountShare: '17.90', count: 210, amount: '857600000.00' },
  { region: 'ALM', kind: 'grant', amountShare: '30.76', count: 462, amount: '247400000.00' },
  // "164 microcredits (31.7% of the plan)" (Pavlodar): a share of the count
  { region: 'PAV', kind: 'microcredit', countShare: '31.72', count: 164 },
  { region: 'KUS', kind: 'microcredit', amountShare: '45.15', count: 279, amount: '1128700000.00' },
  { region: 'ZAP', kind: 'microcredit', amountShare: '15.74', count: 155, amount: '689200000.00' },
  { region: 'VOS', kind: 'grant', amountShare: '23.09', count: 278, amount: '153300000.00' },
  { region: 'ATY', kind: 'microcredit', amountShare: '52.74', count: 158, amount: '868400000.00' },
  // "420 state grants … or 64% of the annual plan (annual plan 661 …)" (Karaganda): a share of the count
  { region: 'KAR', kind: 'grant', countShare: '63.54', count: 420, amount: '233352000.00' },
] as const;

/** 100 × part / whole to two decimals, rounded half up, computed here independently of the server. */
function percent(part: bigint, whole: bigint): string {
  const hundredths = (part * 20000n + whole) / (2n * whole);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

const REPORT = `query Report($asOf: LocalDate!) { programReport(year: 2020, asOf: $asOf) { rows { regionCode kind plannedCount plannedAmount disbursedCount disbursedAmount amountShareOfPlan countShareOfPlan } } }`;

const REGION_REPORT = `query RegionReport($asOf: LocalDate!, $regionCode: String) { programReport(year: 2020, asOf: $asOf, regionCode: $regionCode) {
  rows { regionCode kind plannedCount plannedAmount approvedCount approvedUnpaidCount disbursedCount disbursedAmount amountShareOfPlan countShareOfPlan } } }`;

const IMPORT = `mutation Import($input: ImportInput!) { importApplications(input: $input) {
  source imported skipped refused referenceApplied referenceUnchanged referenceRefused durationMs
  rows { line record externalId status applicationId refusal { code rule field message eventIndex eventType } } } }`;

/** A grant row of the file's shape, to change in the refusal cases. */
function grantRow(externalId: string, overrides: Record<string, unknown> = {}, serial = 1) {
  return {
    record: 'application',
    externalId,
    kind: 'grant',
    regionCode: 'AKM',
    submittedOn: '2020-03-02',
    // the rules of 2020: grant version 1, whatever the latest version is now
    machineVersion: 1,
    applicant: { iin: makeIin('1980-04-0' + ((serial % 9) + 1), 'female', 7000 + serial), fullName: `Synthetic applicant ${externalId}`, categories: ['UNEMPLOYED'], locality: 'RURAL', settlement: 'Zhaksy' },
    payload: { proposal: { amount: '500000.00', businessIdea: 'A test idea', purpose: 'EQUIPMENT', certificate: { number: `BB-${externalId}`, issuedOn: '2020-02-01' } } },
    events: [
      { type: 'START_REVIEW', on: '2020-03-03' },
      { type: 'RECOMMEND', on: '2020-03-05' },
      { type: 'APPROVE', on: '2020-03-10' },
      { type: 'CONFIRM_DISBURSEMENT', on: '2020-03-20', paymentReference: `PO-${externalId}` },
      { type: 'PAYMENT_SETTLED', on: '2020-03-20', providerReference: `TR-${externalId}` },
    ],
    ...overrides,
  };
}

describe('historical import', () => {
  let t: TestGateway;
  let first: ImportSummary;

  beforeAll(async () => {
    t = await startTestGateway();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('the shipped file is what its generator builds', () => {
    expect(buildProgramme2020()).toBe(FILE);
  });

  it('the CLI imports the shipped 2020 file through the engine, every row', async () => {
    const started = performance.now();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', '@swc-node/register', 'src/cli/import.ts', PROGRAMME_2020_FILE, '--open-back-entry', '2020', '--admin', 'test', '--json'],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: t.databaseUrl, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'warn' }, maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`the CLI failed: ${error.stderr ?? ''}\n${(error.stdout ?? '').slice(0, 4000)}`);
    });
    const json = stdout.slice(stdout.indexOf('{\n'));
    first = JSON.parse(json) as ImportSummary;
    const refused = first.rows.filter((r) => r.status === 'REFUSED');
    expect(refused).toEqual([]);
    const applications = FILE.split('\n').filter((l) => l.includes('"record":"application"')).length;
    expect(first.imported).toBe(applications);
    console.log(`CLI: ${applications} applications in ${(first.durationMs / 1000).toFixed(1)} s of import, ${((performance.now() - started) / 1000).toFixed(1)} s with the process`);
    // every imported event went through the engine: the log holds them, the actors are the import's
    const [log] = await t.sql<{ entries: number; foreign: number }>(
      `select count(*)::int as entries, count(*) filter (where actor_id not like 'import:%')::int as foreign from transition_log`,
    );
    expect(log!.foreign).toBe(0);
    expect(log!.entries).toBeGreaterThan(applications * 5);
    // no payment was ordered: the import's disbursements are settled from the file
    const [jobs] = await t.sql<{ n: number }>(`select count(*)::int as n from pgboss.job where name = 'payments'`);
    expect(jobs!.n).toBe(0);
    const [pending] = await t.sql<{ n: number }>(`select count(*)::int as n from application where snapshot -> 'context' -> 'payment' ->> 'status' = 'PENDING'`);
    expect(pending!.n).toBe(0);
  }, 600_000);

  it('programReport(year: 2020, asOf: "2020-07-01") reproduces the seeds\' figures', async () => {
    const response = await t.gql(REPORT, { asOf: '2020-07-01' }, auditor);
    expect(response.body.errors).toBeUndefined();
    const rows = response.body.data.programReport.rows as Array<Record<string, any>>;
    for (const seed of SEEDS_2020) {
      const row = rows.find((r) => r.regionCode === seed.region && r.kind === seed.kind.toUpperCase());
      expect(row, `${seed.region} ${seed.kind}`).toBeDefined();
      expect(row!.disbursedCount, `${seed.region} ${seed.kind} count`).toBe(seed.count);
      if ('amount' in seed) expect(row!.disbursedAmount, `${seed.region} ${seed.kind} amount`).toBe(seed.amount);
      if ('amountShare' in seed) {
        expect(row!.amountShareOfPlan, `${seed.region} ${seed.kind} % of the planned amount`).toBe(seed.amountShare);
        expect(percent(BigInt(seed.amount.replace('.', '')), BigInt(row!.plannedAmount.replace('.', '')))).toBe(seed.amountShare);
      }
      if ('countShare' in seed) {
        expect(row!.countShareOfPlan, `${seed.region} ${seed.kind} % of the planned count`).toBe(seed.countShare);
        expect(percent(BigInt(seed.count), BigInt(row!.plannedCount))).toBe(seed.countShare);
      }
    }
    // before any of it happened, nothing
    const before = await t.gql(REPORT, { asOf: '2020-01-19' }, auditor);
    expect((before.body.data.programReport.rows as Array<{ disbursedCount: number }>).every((r) => r.disbursedCount === 0)).toBe(true);
  });

  it('programReport(year: 2020, asOf: "2020-07-10", regionCode: "ZAP") shows West Kazakhstan\'s 26 lifting payments, "2.2 million"', async () => {
    // seed 002, West Kazakhstan: "On July 10, 2020, … Also, lifting worth 2.2 million tenge was paid to 26 employees arriving from other settlements."
    const lifting = async (asOf: string) => {
      const response = await t.gql(REGION_REPORT, { asOf, regionCode: 'ZAP' }, auditor);
      expect(response.body.errors).toBeUndefined();
      const rows = response.body.data.programReport.rows as Array<Record<string, any>>;
      expect(rows.every((r) => r.regionCode === 'ZAP')).toBe(true);
      return rows.find((r) => r.kind === 'LIFTING');
    };
    const row = await lifting('2020-07-10');
    expect(row).toMatchObject({
      regionCode: 'ZAP',
      disbursedCount: 26,
      disbursedAmount: '2210000.00',
      approvedCount: 26,
      approvedUnpaidCount: 0,
      // the seeds give no lifting plan: no share of one
      plannedCount: null,
      plannedAmount: null,
      amountShareOfPlan: null,
      countShareOfPlan: null,
    });
    // the seed's "2.2 million": 2,210,000 to a tenth of a million
    expect((Number(row!.disbursedAmount) / 1_000_000).toFixed(1)).toBe('2.2');
    // each payment is two minimum wages of 2020 (2 × 42,500), computed by the lifting machine at the approval
    const paid = await t.sql<{ state: string; amount: string; n: number }>(
      `select a.state, a.disbursed_amount::text as amount, count(*)::int as n
         from application a join imported_row r on r.application_id = a.id
        where r.external_id like '2020-ZAP-LF-%' group by 1, 2`,
    );
    expect(paid).toEqual([{ state: 'disbursed', amount: '85000.00', n: 26 }]);
    // every one of them moved from another settlement, and took a place in the region's 2020 quota
    const [moves] = await t.sql<{ n: number }>(
      `select count(*)::int as n from application a join imported_row r on r.application_id = a.id
        where r.external_id like '2020-ZAP-LF-%'
          and lower(a.snapshot -> 'context' -> 'move' ->> 'settlementFrom') <> lower(a.snapshot -> 'context' -> 'move' ->> 'settlementTo')`,
    );
    expect(moves!.n).toBe(26);
    const [quota] = await t.sql<{ people: number; families: number; used_people: number; used_families: number }>(
      `select people, families, used_people, used_families from resettlement_quota where region_code = 'ZAP' and year = 2020`,
    );
    expect(quota).toEqual({ people: 26, families: 26, used_people: 26, used_families: 26 });
    // the figure is as of 10 July: on 1 July some were not paid yet
    expect((await lifting('2020-07-01'))!.disbursedCount).toBeLessThan(26);
  });

  it('importing the file again imports nothing and refuses nothing', async () => {
    const again = await runImport({ em: t.gateway.orm.em.fork(), engine: t.gateway.engine }, FILE, { source: 'programme-2020.jsonl', administrator });
    expect({ imported: again.imported, refused: again.refused, referenceApplied: again.referenceApplied, referenceRefused: again.referenceRefused }).toEqual({
      imported: 0,
      refused: 0,
      referenceApplied: 0,
      referenceRefused: 0,
    });
    expect(again.skipped).toBe(first.imported);
    console.log(`again: ${again.skipped} skipped in ${(again.durationMs / 1000).toFixed(1)} s`);
  }, 300_000);

  it('refuses a changed row with the same external id, an unknown region, an invalid IIN and an event its machine refuses — and keeps nothing of them', async () => {
    const [someRow] = FILE.split('\n').filter((l) => l.includes('"2020-AKM-GR-0001"'));
    const changed = JSON.parse(someRow!) as { payload: { proposal: { amount: string } } };
    changed.payload.proposal.amount = '100.00';
    const badIin = grantRow('TEST-IIN', { applicant: { ...grantRow('x').applicant, iin: '900101300125' } }, 2);
    const unknownRegion = grantRow('TEST-REGION', { regionCode: 'XXX' }, 3);
    const outOfOrder = grantRow('TEST-ORDER', {}, 4);
    outOfOrder.events = [outOfOrder.events[0]!, outOfOrder.events[2]!, outOfOrder.events[1]!, ...outOfOrder.events.slice(3)];
    const overCap = grantRow('TEST-CAP', { payload: { proposal: { amount: '560512.82', businessIdea: 'East Kazakhstan: 195 grants for 109.3 million', purpose: 'EQUIPMENT', certificate: { number: 'BB-CAP', issuedOn: '2020-02-01' } } } }, 5);
    const unsettled = grantRow('TEST-UNSETTLED', {}, 6);
    unsettled.events = unsettled.events.slice(0, 4);
    const good = grantRow('TEST-GOOD', {}, 7);
    // 2021 was never opened for back-entry, and its dates are years beyond the window
    const closedYear = grantRow('TEST-2021', { submittedOn: '2021-03-01', events: grantRow('x').events.map((e) => ({ ...e, on: e.on.replace('2020', '2021') })) }, 8);
    const lines = [changed, badIin, unknownRegion, outOfOrder, overCap, unsettled, good, 'not json', closedYear].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
    const response = await t.gql(IMPORT, { input: { lines, source: 'refusals.jsonl' } }, admin);
    expect(response.body.errors).toBeUndefined();
    const summary = response.body.data.importApplications;
    const byLine = (line: number) => summary.rows.find((r: { line: number }) => r.line === line);
    expect(byLine(1).refusal).toMatchObject({ code: 'VALIDATION', rule: 'DUPLICATE_EXTERNAL_ID' });
    expect(byLine(2).refusal).toMatchObject({ code: 'VALIDATION', rule: 'IIN_INVALID', eventIndex: null });
    expect(byLine(3).refusal).toMatchObject({ code: 'VALIDATION', rule: 'REGION_UNKNOWN' });
    expect(byLine(4).refusal).toMatchObject({ code: 'INVALID_TRANSITION', eventIndex: 1, eventType: 'APPROVE' });
    expect(byLine(5).refusal).toMatchObject({ code: 'VALIDATION', rule: 'AMOUNT_OVER_CAP' });
    expect(byLine(6).refusal).toMatchObject({ code: 'VALIDATION', rule: 'SETTLEMENT_REQUIRED' });
    expect(byLine(7)).toMatchObject({ status: 'IMPORTED', refusal: null });
    expect(byLine(8).refusal).toMatchObject({ code: 'VALIDATION', rule: 'FORMAT' });
    expect(byLine(9).refusal).toMatchObject({ code: 'VALIDATION', rule: 'BACK_ENTRY_CLOSED', eventIndex: null });
    expect(byLine(9).refusal.message).toContain('--open-back-entry');
    expect({ imported: summary.imported, refused: summary.refused }).toEqual({ imported: 1, refused: 8 });
    // nothing of the refused rows remains: no applicant, application, log row, ledger row or import record
    const refusedIins = [badIin, unknownRegion, outOfOrder, overCap, unsettled, closedYear].map((r) => r.applicant.iin);
    const [left] = await t.sql<{ applicants: number; rows: number }>(
      `select (select count(*)::int from applicant where iin = any($1)) as applicants,
              (select count(*)::int from imported_row where external_id like 'TEST-%' and external_id <> 'TEST-GOOD') as rows`,
      [refusedIins],
    );
    expect(left).toEqual({ applicants: 0, rows: 0 });
    // the changed row's application is as first imported
    const [original] = await t.sql<{ requested: string }>(`select a.requested_amount::text as requested from application a join imported_row r on r.application_id = a.id where r.external_id = '2020-AKM-GR-0001'`);
    expect(original!.requested).not.toBe('100.00');
  });

  it('the mutation imports a small file, idempotently, and refuses a large one clearly', async () => {
    const rows = [grantRow('TEST-SMALL-1', {}, 11), grantRow('TEST-SMALL-2', {}, 12)].map((r) => JSON.stringify(r));
    const once = await t.gql(IMPORT, { input: { lines: rows } }, admin);
    expect(once.body.data.importApplications).toMatchObject({ imported: 2, refused: 0, skipped: 0, source: 'mutation' });
    const twice = await t.gql(IMPORT, { input: { lines: rows } }, admin);
    expect(twice.body.data.importApplications).toMatchObject({ imported: 0, refused: 0, skipped: 2 });
    const large = await t.gql(IMPORT, { input: { lines: Array.from({ length: 201 }, (_, i) => JSON.stringify(grantRow(`TEST-L-${i}`, {}, 100 + i))) } }, admin);
    expect(large.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', violations: [{ rule: 'IMPORT_TOO_LARGE' }] });
    // an auditor may not import
    const forbidden = await t.gql(IMPORT, { input: { lines: rows } }, auditor);
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
