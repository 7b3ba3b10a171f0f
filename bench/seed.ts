import type { Pool, PoolClient } from 'pg';
import type { Actor } from '../workflows/rules/roles';
import type { EventInput, WorkflowEngine } from '../src/engine/engine';
import type { Gateway } from '../src/server';
import { fromDist, type ApplicantsModule, type IinModule, type ReferenceModule } from './dist';
import type { Progress } from './progress';

/** Bumped when the seeded data's shape changes: a data folder seeded by another format is seeded again. */
export const SEED_FORMAT = 1;

type Kind = 'grant' | 'microcredit' | 'lifting';
type Who = 'reviewer' | 'approver' | 'accountant' | 'applicant';

/** What a template is built from and what its clones share. */
interface TemplateFacts {
  index: number;
  regionCode: string;
  amount: string;
  termMonths: number;
  familyMembers: number;
}

interface Step {
  as: Who;
  event: (t: TemplateFacts, at: Date) => EventInput;
  /** the payment job runs after this step (a disbursement) */
  settles?: boolean;
}

/** A state an application can be in, and the actions that bring a new one there. */
interface StatePath {
  name: string;
  kind: Kind;
  /** share of its kind in the data set */
  weight: number;
  /** states with a running deadline or a loan's first instalment are reached in the last days, so none has passed */
  recent?: boolean;
  steps: Step[];
}

const day = (at: Date) => at.toISOString().slice(0, 10);
const daysBefore = (at: Date, days: number) => new Date(at.getTime() - days * 86_400_000);

const S = {
  startReview: { as: 'reviewer', event: () => ({ type: 'START_REVIEW' }) },
  requestChanges: { as: 'reviewer', event: () => ({ type: 'REQUEST_CHANGES', note: 'Attach the supplier quote for the equipment.' }) },
  recommend: { as: 'reviewer', event: () => ({ type: 'RECOMMEND', note: 'Site visited; the plan holds.' }) },
  approveGrant: { as: 'approver', event: () => ({ type: 'APPROVE', note: 'Commission protocol' }) },
  disburse: {
    as: 'accountant',
    settles: true,
    event: (t, at) => ({ type: 'CONFIRM_DISBURSEMENT', paymentReference: `PO-${t.regionCode}-${t.index}`, paidOn: day(at) }),
  },
  reportFundsUse: { as: 'applicant', event: (t) => ({ type: 'REPORT_FUNDS_USE', report: 'Equipment bought, receipts attached', amountUsed: t.amount }) },
  close: { as: 'reviewer', event: () => ({ type: 'CLOSE', note: 'Receipts checked' }) },
  rejectAtReview: { as: 'reviewer', event: () => ({ type: 'REJECT', reason: 'The business plan does not show a market for the product.' }) },
  withdraw: { as: 'applicant', event: () => ({ type: 'WITHDRAW', reason: 'Found a job' }) },
  assess: {
    as: 'reviewer',
    event: (t) => ({ type: 'SUBMIT_ASSESSMENT', notes: 'Collateral and cash flow checked.', proposed: { amount: t.amount, rateBp: 600, termMonths: t.termMonths, method: 'ANNUITY' } }),
  },
  approveLoan: {
    as: 'approver',
    event: (t) => ({ type: 'APPROVE', terms: { amount: t.amount, rateBp: 600, termMonths: t.termMonths, method: 'ANNUITY' }, note: 'Credit committee' }),
  },
  signContract: { as: 'reviewer', event: (t, at) => ({ type: 'SIGN_CONTRACT', contractNumber: `MC-${t.regionCode}-${t.index}`, signedOn: day(at) }) },
  startVerification: { as: 'reviewer', event: () => ({ type: 'START_VERIFICATION' }) },
  verify: { as: 'reviewer', event: () => ({ type: 'VERIFY', referralConfirmed: true, arrivalConfirmed: true, note: 'Checked with the employer' }) },
  approveLifting: { as: 'approver', event: () => ({ type: 'APPROVE' }) },
  closeLifting: { as: 'reviewer', event: () => ({ type: 'CLOSE' }) },
} satisfies Record<string, Step>;

/** The state paths of the data set with their shares, per kind. */
export const PATHS: StatePath[] = [
  { name: 'grant.awaitingReview', kind: 'grant', weight: 0.12, steps: [] },
  { name: 'grant.underReview', kind: 'grant', weight: 0.07, steps: [S.startReview] },
  { name: 'grant.changesRequested', kind: 'grant', weight: 0.04, steps: [S.startReview, S.requestChanges] },
  { name: 'grant.recommended', kind: 'grant', weight: 0.06, steps: [S.startReview, S.recommend] },
  { name: 'grant.disbursementPending', kind: 'grant', weight: 0.05, steps: [S.startReview, S.recommend, S.approveGrant] },
  { name: 'grant.disbursed', kind: 'grant', weight: 0.08, steps: [S.startReview, S.recommend, S.approveGrant, S.disburse] },
  { name: 'grant.fundsUseReported', kind: 'grant', weight: 0.06, steps: [S.startReview, S.recommend, S.approveGrant, S.disburse, S.reportFundsUse] },
  { name: 'grant.closed', kind: 'grant', weight: 0.27, steps: [S.startReview, S.recommend, S.approveGrant, S.disburse, S.reportFundsUse, S.close] },
  { name: 'grant.rejected', kind: 'grant', weight: 0.15, steps: [S.startReview, S.rejectAtReview] },
  { name: 'grant.withdrawn', kind: 'grant', weight: 0.1, steps: [S.withdraw] },
  { name: 'microcredit.awaitingReview', kind: 'microcredit', weight: 0.12, steps: [] },
  { name: 'microcredit.creditReview', kind: 'microcredit', weight: 0.08, steps: [S.startReview] },
  { name: 'microcredit.awaitingDecision', kind: 'microcredit', weight: 0.07, steps: [S.startReview, S.assess] },
  { name: 'microcredit.contractPending', kind: 'microcredit', weight: 0.04, recent: true, steps: [S.startReview, S.assess, S.approveLoan] },
  { name: 'microcredit.contractSigned', kind: 'microcredit', weight: 0.03, recent: true, steps: [S.startReview, S.assess, S.approveLoan, S.signContract] },
  { name: 'microcredit.repaying', kind: 'microcredit', weight: 0.36, recent: true, steps: [S.startReview, S.assess, S.approveLoan, S.signContract, S.disburse] },
  { name: 'microcredit.rejected', kind: 'microcredit', weight: 0.18, steps: [S.startReview, S.rejectAtReview] },
  { name: 'microcredit.withdrawn', kind: 'microcredit', weight: 0.12, steps: [S.withdraw] },
  { name: 'lifting.awaitingVerification', kind: 'lifting', weight: 0.1, recent: true, steps: [] },
  { name: 'lifting.underVerification', kind: 'lifting', weight: 0.06, recent: true, steps: [S.startVerification] },
  { name: 'lifting.verified', kind: 'lifting', weight: 0.06, recent: true, steps: [S.startVerification, S.verify] },
  { name: 'lifting.approved', kind: 'lifting', weight: 0.08, steps: [S.startVerification, S.verify, S.approveLifting] },
  { name: 'lifting.disbursed', kind: 'lifting', weight: 0.1, steps: [S.startVerification, S.verify, S.approveLifting, S.disburse] },
  { name: 'lifting.closed', kind: 'lifting', weight: 0.4, steps: [S.startVerification, S.verify, S.approveLifting, S.disburse, S.closeLifting] },
  { name: 'lifting.rejected', kind: 'lifting', weight: 0.12, steps: [S.startVerification, S.rejectAtReview] },
  { name: 'lifting.withdrawn', kind: 'lifting', weight: 0.08, steps: [S.withdraw] },
];

const KIND_SHARE: Record<Kind, number> = { grant: 0.45, microcredit: 0.35, lifting: 0.2 };

/** Where the write path starts (a new application) and where the race check's decisions are taken. */
export const POOL_PATHS = ['grant.awaitingReview', 'microcredit.awaitingReview', 'lifting.awaitingVerification'];
export const HOT_PATHS = ['grant.recommended', 'microcredit.awaitingDecision', 'lifting.verified'];
/** one step before the decision: the reviewer's step races the decisions too */
export const EARLY_HOT_PATHS = ['grant.underReview', 'microcredit.creditReview', 'lifting.underVerification'];

const FIRST_NAMES = ['Aliya', 'Yerlan', 'Dana', 'Marat', 'Aigerim', 'Nurlan', 'Saule', 'Bolat', 'Gulnara', 'Daulet', 'Madina', 'Askar', 'Zhanna', 'Serik', 'Ainur', 'Timur'];
const LAST_NAMES = ['Nurpeisova', 'Tokhtarov', 'Seitkali', 'Zhaksybekov', 'Sadykova', 'Abenov', 'Ermekova', 'Serikbayev', 'Amanov', 'Bekova', 'Omarov', 'Kassymova', 'Iskakov', 'Zhumabayeva'];
const fullName = (n: number) => `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]}`;

/** Staff of a region as the bench's tokens name them: the recommender is never the approver. */
export function staff(regionCode: string): Record<'reviewer' | 'approver' | 'approver2' | 'accountant', Actor> {
  const r = regionCode.toLowerCase();
  return {
    reviewer: { id: `bench.reviewer.${r}`, roles: ['reviewer'], region: regionCode },
    approver: { id: `bench.approver.${r}`, roles: ['approver'], region: regionCode },
    approver2: { id: `bench.approver2.${r}`, roles: ['approver'], region: regionCode },
    accountant: { id: `bench.accountant.${r}`, roles: ['accountant'], region: regionCode },
  };
}

export async function ensureBenchSchema(pool: Pool): Promise<void> {
  await pool.query(`create schema if not exists bench`);
  await pool.query(`create table if not exists bench.seed (format int not null, size int not null, templates int not null, regions text[] not null, seeded_at timestamptz not null default now(), seconds numeric not null)`);
  await pool.query(`create table if not exists bench.template (id uuid primary key, path text not null, kind text not null, region_code text not null,
    amount numeric(18,2) not null, term_months int not null, quota_year int, quota_people int not null default 0, quota_families int not null default 0)`);
}

export interface SeedInfo {
  format: number;
  size: number;
  templates: number;
  regions: string[];
  seconds: number;
}

export async function seededInfo(pool: Pool): Promise<SeedInfo | null> {
  const exists = await pool.query(`select to_regclass('bench.seed') is not null as ok`);
  if (!exists.rows[0].ok) return null;
  const { rows } = await pool.query(`select format, size, templates, regions, seconds::float as seconds from bench.seed order by seeded_at desc limit 1`);
  return (rows[0] as SeedInfo | undefined) ?? null;
}

/**
 * Hands out valid IINs that no applicant has yet, for clones of a template: same birth date and
 * sex as the template's applicant, the next free serial.
 */
class IinAllocator {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();
  private constructor(private readonly iin: IinModule) {}

  static async load(pool: Pool, prefixes: string[]): Promise<IinAllocator> {
    const allocator = new IinAllocator(await fromDist<IinModule>('workflows/rules/iin.js'));
    const { rows } = await pool.query<{ iin: string }>(`select iin from applicant where substr(iin, 1, 7) = any($1)`, [prefixes]);
    for (const row of rows) allocator.used.add(row.iin);
    return allocator;
  }

  allocate(birthDate: string, sex: 'male' | 'female'): string {
    const key = `${birthDate}:${sex}`;
    let serial = this.next.get(key) ?? 1;
    for (;;) {
      if (serial > 9999) throw new Error(`no free IIN serial left for ${key}: seed again with --fresh`);
      const iin = this.iin.makeIin(birthDate, sex, serial);
      serial = Number(iin.slice(7, 11)) + 1;
      if (!this.used.has(iin)) {
        this.used.add(iin);
        this.next.set(key, serial);
        return iin;
      }
    }
  }
}

/**
 * Copies templates in SQL: a new id and applicant (a valid, unused IIN) for every copy, the
 * snapshot and the log rewritten to them, the ledger, treasury payments and quota use carried
 * over, so a copy replays to its snapshot exactly as its template does. Returns the new ids in
 * the order of `templateIds`.
 */
export async function cloneTemplates(pool: Pool, templateIds: string[], batchSize = 10_000, onBatch?: (done: number) => void): Promise<string[]> {
  if (templateIds.length === 0) return [];
  const distinct = [...new Set(templateIds)];
  const { rows: templates } = await pool.query<{ id: string; birth_date: string; sex: 'male' | 'female'; iin: string }>(
    `select a.id, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.sex, p.iin from application a join applicant p on p.id = a.applicant_id where a.id = any($1)`,
    [distinct],
  );
  const byId = new Map(templates.map((t) => [t.id, t]));
  const allocator = await IinAllocator.load(pool, templates.map((t) => t.iin.slice(0, 7)));
  const ids: string[] = [];
  for (let from = 0; from < templateIds.length; from += batchSize) {
    const batch = templateIds.slice(from, from + batchSize);
    const iins = batch.map((id) => {
      const t = byId.get(id);
      if (!t) throw new Error(`template ${id} is missing`);
      return allocator.allocate(t.birth_date, t.sex);
    });
    const names = batch.map((_, i) => fullName(from + i + 7 * ids.length));
    const client = await pool.connect();
    try {
      await client.query('begin');
      ids.push(...(await cloneBatch(client, batch, iins, names)));
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    onBatch?.(Math.min(templateIds.length, from + batch.length));
  }
  return ids;
}

async function cloneBatch(client: PoolClient, templateIds: string[], iins: string[], names: string[]): Promise<string[]> {
  await client.query(`create temp table clone_map (ord int primary key, template_id uuid not null, new_id uuid not null default gen_random_uuid(),
    applicant_id uuid not null default gen_random_uuid(), new_iin text not null, full_name text not null, template_iin text) on commit drop`);
  await client.query(
    `insert into clone_map (ord, template_id, new_iin, full_name) select ord, t, i, n from unnest($1::uuid[], $2::text[], $3::text[]) with ordinality as u(t, i, n, ord)`,
    [templateIds, iins, names],
  );
  await client.query(`update clone_map m set template_iin = p.iin from application a join applicant p on p.id = a.applicant_id where a.id = m.template_id`);
  await client.query(`analyze clone_map`);
  await client.query(
    `insert into applicant (id, iin, full_name, birth_date, sex, categories, locality, region_code, settlement, phone, created_at, updated_at)
     select m.applicant_id, m.new_iin, m.full_name, p.birth_date, p.sex, p.categories, p.locality, p.region_code, p.settlement, p.phone, a.submitted_at, a.submitted_at
       from clone_map m join application a on a.id = m.template_id join applicant p on p.id = a.applicant_id`,
  );
  await client.query(
    `insert into application (id, kind, machine_id, machine_version, state, version, snapshot, applicant_id, region_code, requested_amount, approved_amount,
                              disbursed_amount, decision_fiscal_year, submitted_at, updated_at, finished_at, deadline_at, next_due_on, escalated_at, dedup_key, last_occurred_on)
     select m.new_id, a.kind, a.machine_id, a.machine_version, a.state, a.version,
            replace(replace(a.snapshot::text, a.id::text, m.new_id::text), m.template_iin, m.new_iin)::jsonb,
            m.applicant_id, a.region_code, a.requested_amount, a.approved_amount, a.disbursed_amount, a.decision_fiscal_year, a.submitted_at,
            a.updated_at, a.finished_at, a.deadline_at, a.next_due_on, a.escalated_at, replace(a.dedup_key, m.template_iin, m.new_iin), a.last_occurred_on
       from clone_map m join application a on a.id = m.template_id order by a.submitted_at, m.ord`,
  );
  await client.query(
    `insert into transition_log (application_id, seq, machine_version, event_type, from_state, to_state, actor_id, actor_roles, event, at, occurred_on)
     select m.new_id, l.seq, l.machine_version, l.event_type, l.from_state, l.to_state, replace(l.actor_id, m.template_iin, m.new_iin), l.actor_roles,
            replace(replace(l.event::text, m.template_id::text, m.new_id::text), m.template_iin, m.new_iin)::jsonb, l.at, l.occurred_on
       from clone_map m join transition_log l on l.application_id = m.template_id order by l.at, m.ord, l.seq`,
  );
  await client.query(
    `insert into budget_movement (application_id, seq, region_code, kind, year, movement, amount, at, occurred_on)
     select m.new_id, b.seq, b.region_code, b.kind, b.year, b.movement, b.amount, b.at, b.occurred_on
       from clone_map m join budget_movement b on b.application_id = m.template_id order by b.at, m.ord, b.id`,
  );
  await client.query(
    `insert into treasury_payment (idempotency_key, application_id, kind, amount, recipient_iin, paid_at)
     select replace(t.idempotency_key, m.template_id::text, m.new_id::text), m.new_id, t.kind, t.amount, m.new_iin, t.paid_at
       from clone_map m join treasury_payment t on t.application_id = m.template_id`,
  );
  // the ledger moves as the templates' own movements moved it: a reservation, released by a
  // commitment or a cancellation, and the committed money
  await client.query(
    `with per_template as (
       select b.application_id as template_id, b.region_code, b.kind, b.year,
              coalesce(sum(b.amount) filter (where b.movement = 'RESERVE'), 0)
                - coalesce(sum(b.amount) filter (where b.movement = 'RELEASE'), 0)
                - case when bool_or(b.movement = 'COMMIT') then coalesce(sum(b.amount) filter (where b.movement = 'RESERVE'), 0) else 0 end as reserved,
              coalesce(sum(b.amount) filter (where b.movement = 'COMMIT'), 0) as committed
         from budget_movement b where b.application_id in (select distinct template_id from clone_map)
        group by 1, 2, 3, 4),
     delta as (
       select p.region_code, p.kind, p.year, sum(p.reserved) as reserved, sum(p.committed) as committed
         from clone_map m join per_template p on p.template_id = m.template_id group by 1, 2, 3)
     update funding_limit f set reserved = f.reserved + d.reserved, committed = f.committed + d.committed, updated_at = now()
       from delta d where f.region_code = d.region_code and f.kind = d.kind and f.year = d.year`,
  );
  await client.query(
    `update resettlement_quota q set used_people = q.used_people + d.people, used_families = q.used_families + d.families, updated_at = now()
       from (select t.region_code, t.quota_year, sum(t.quota_people)::int as people, sum(t.quota_families)::int as families
               from clone_map m join bench.template t on t.id = m.template_id where t.quota_people > 0 group by 1, 2) d
      where q.region_code = d.region_code and q.year = d.quota_year`,
  );
  const { rows } = await client.query<{ new_id: string }>(`select new_id from clone_map order by ord`);
  return rows.map((r) => r.new_id);
}

const BENCH_LIMIT = '900000000000.00';

/**
 * Limits and quotas that the whole data set and many runs of approvals fit into, with plans in
 * proportion to the data set so the plan-versus-fact report says something.
 */
async function setBenchLimits(options: Pick<SeedOptions, 'admin' | 'regions' | 'size'>, year: number, years: number): Promise<void> {
  for (const regionCode of options.regions) {
    for (const kind of ['grant', 'microcredit', 'lifting'] as const) {
      const plannedCount = Math.max(10, Math.round((options.size * KIND_SHARE[kind]) / options.regions.length / years));
      const average = { grant: 550_000, microcredit: 4_000_000, lifting: 170_000 }[kind];
      await options.admin(`mutation($input: FundingLimitInput!) { setFundingLimit(input: $input) { limitAmount } }`, {
        input: {
          regionCode,
          kind: kind.toUpperCase(),
          year,
          limitAmount: BENCH_LIMIT,
          plannedCount,
          plannedAmount: `${plannedCount * average}.00`,
          ...(kind === 'microcredit' ? { plannedJobs: plannedCount * 3 } : {}),
          note: 'bench: a limit no approval of the bench reaches',
        },
      });
    }
    await options.admin(`mutation($input: ResettlementQuotaInput!) { setResettlementQuota(input: $input) { people } }`, {
      input: { regionCode, year, people: 2_000_000, families: 1_000_000, note: 'bench' },
    });
  }
}

/**
 * A data folder seeded in an earlier year: the current year gets its reference data and the
 * bench's limits, so today's approvals have a fiscal year and room in the budget.
 */
export async function ensureCurrentYear(options: Pick<SeedOptions, 'pool' | 'gateway' | 'admin' | 'regions' | 'size' | 'progress'>): Promise<void> {
  const { fiscalYearOf } = await fromDist<typeof import('../workflows/rules/fiscal')>('workflows/rules/fiscal.js');
  const reference = await fromDist<ReferenceModule>('src/seed/reference.js');
  const year = fiscalYearOf(new Date());
  const { rows } = await options.pool.query<{ n: number }>(
    `select count(*)::int as n from funding_limit where year = $1 and region_code = any($2) and limit_amount >= $3::numeric`,
    [year, options.regions, BENCH_LIMIT],
  );
  if (rows[0]!.n === options.regions.length * 3) return;
  options.progress.start(`reference data and limits for ${year}`);
  await reference.carryForwardYear(options.gateway.orm.em.fork(), year);
  await setBenchLimits(options, year, 1);
  options.progress.end();
}

export interface SeedOptions {
  pool: Pool;
  gateway: Gateway;
  /** the engine's clock while templates are driven; null: the real clock */
  setClock(at: Date | null): void;
  /** POSTs a GraphQL operation to the in-process gateway as an admin */
  admin(query: string, variables: Record<string, unknown>): Promise<void>;
  size: number;
  regions: string[];
  templatesPerPath: number;
  progress: Progress;
}

/**
 * Seeds the data set: templates driven through the real engine (a genuine snapshot and
 * history for every kind and state, at times spread over the last months), then copies of them
 * in SQL up to `size` applications, spread over the regions and states by the shares above.
 */
export async function seed(options: SeedOptions): Promise<SeedInfo> {
  const started = Date.now();
  const { pool, gateway, progress } = options;
  const reference = await fromDist<ReferenceModule>('src/seed/reference.js');
  const { fiscalYearOf } = await fromDist<typeof import('../workflows/rules/fiscal')>('workflows/rules/fiscal.js');
  await ensureBenchSchema(pool);

  const now = new Date();
  const windowStart = daysBefore(now, 330);
  const years = [...new Set([fiscalYearOf(windowStart), fiscalYearOf(now)])];
  for (const year of years) await reference.carryForwardYear(gateway.orm.em.fork(), year);

  progress.start('limits and quotas');
  for (const year of years) await setBenchLimits(options, year, years.length);
  progress.end();

  // templates: every path in every region, driven through the engine on a clock in the past
  const plan = options.regions.flatMap((regionCode) => PATHS.flatMap((path) => Array.from({ length: options.templatesPerPath }, () => ({ regionCode, path }))));
  progress.start(`templates through the engine (${plan.length})`, plan.length);
  const engine: WorkflowEngine = gateway.engine;
  const templates: Array<{ id: string; path: StatePath; facts: TemplateFacts; quotaYear: number | null; quotaPeople: number }> = [];
  const normalSpan = 300 * 86_400_000;
  for (let index = 0; index < plan.length; index += 1) {
    const { regionCode, path } = plan[index]!;
    // spread evenly over the window, in an order that mixes regions and paths
    const spread = ((index * 7919) % plan.length) / plan.length;
    let at = path.recent ? new Date(now.getTime() - (12 - 5 * spread) * 86_400_000) : new Date(windowStart.getTime() + spread * normalSpan);
    const gap = path.recent ? 86_400_000 : 3 * 86_400_000;
    const facts: TemplateFacts = {
      index,
      regionCode,
      amount: path.kind === 'grant' ? `${300_000 + (index % 10) * 45_000}.00` : path.kind === 'microcredit' ? `${1_000_000 + (index % 13) * 500_000}.00` : '0',
      termMonths: [24, 36, 48, 60][index % 4]!,
      familyMembers: index % 4,
    };
    const birthDate = day(new Date(Date.UTC(1965, 0, 1) + index * 11 * 86_400_000));
    const sex = index % 2 === 0 ? 'female' : 'male';
    const iin = (await fromDist<IinModule>('workflows/rules/iin.js')).makeIin(birthDate, sex, 1);
    const tsaFamily = path.kind === 'grant' && index % 3 === 0;
    const categories =
      path.kind === 'grant' ? (tsaFamily ? ['LARGE_FAMILY', 'TSA_RECIPIENT'] : ['UNEMPLOYED']) : path.kind === 'microcredit' ? ['SELF_EMPLOYED'] : ['UNEMPLOYED'];
    const profile = {
      iin,
      fullName: fullName(index),
      categories,
      locality: index % 3 === 0 ? 'URBAN' : 'RURAL',
      regionCode,
      settlement: `${regionCode} district ${1 + (index % 9)}`,
    } as Parameters<ApplicantsModule['saveApplicant']>[1];
    const applicant: Actor = { id: `applicant:${iin}`, roles: ['applicant'], iin };
    const people = staff(regionCode);
    const actors: Record<Who, Actor> = { reviewer: people.reviewer, approver: people.approver, accountant: people.accountant, applicant };
    const payload =
      path.kind === 'grant'
        ? {
            proposal: {
              amount: facts.amount,
              businessIdea: ['A sewing workshop', 'A greenhouse for early vegetables', 'A bakery', 'Carpentry tools for a repair shop'][index % 4],
              purpose: 'EQUIPMENT',
              certificate: tsaFamily ? null : { number: `BB-${index}`, issuedOn: day(daysBefore(at, 40)) },
            },
          }
        : path.kind === 'microcredit'
          ? {
              request: {
                locality: profile.locality, purpose: 'EXPANSION', jobsToCreate: 1 + (index % 5), financialInstitution: 'Agrarian Credit Corporation',
                guaranteeShareBp: null, amount: facts.amount, termMonths: facts.termMonths, rateBp: 600, businessDescription: 'A dairy farm: more cows and a milking machine',
              },
            }
          : {
              move: {
                referral: { employmentCentre: `${regionCode} employment centre`, number: `REF-${index}`, issuedOn: day(daysBefore(at, 5)) },
                settlementFrom: ['Saryagash', 'Kentau', 'Zhetysay', 'Aral'][index % 4], settlementTo: profile.settlement, arrivalDate: day(daysBefore(at, 2)),
                infrastructureProject: 'Reconstruction of the water supply network', employer: 'Su Kurylys LLP', familyMembers: facts.familyMembers,
              },
            };
    options.setClock(at);
    const application = await engine.submit({
      kind: path.kind,
      actor: applicant,
      regionCode,
      applicant: profile,
      payload,
    });
    let quotaYear: number | null = null;
    for (const step of path.steps) {
      at = new Date(at.getTime() + gap);
      options.setClock(at);
      const event = step.event(facts, at);
      await engine.send(application.id, event, actors[step.as]);
      if (path.kind === 'lifting' && event.type === 'APPROVE') quotaYear = fiscalYearOf(at);
      if (step.settles) {
        options.setClock(new Date(at.getTime() + 3_600_000));
        await gateway.jobs.processPayments();
      }
    }
    templates.push({ id: application.id, path, facts, quotaYear, quotaPeople: quotaYear === null ? 0 : 1 + facts.familyMembers });
    progress.update(index + 1);
  }
  options.setClock(null);
  progress.end(`${templates.length} applications with their histories`);

  await pool.query(
    `insert into bench.template (id, path, kind, region_code, amount, term_months, quota_year, quota_people, quota_families)
     select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::numeric[], $6::int[], $7::int[], $8::int[], $9::int[])`,
    [
      templates.map((t) => t.id),
      templates.map((t) => t.path.name),
      templates.map((t) => t.path.kind),
      templates.map((t) => t.facts.regionCode),
      templates.map((t) => (t.path.kind === 'lifting' ? '1' : t.facts.amount)),
      templates.map((t) => t.facts.termMonths),
      templates.map((t) => t.quotaYear),
      templates.map((t) => t.quotaPeople),
      templates.map((t) => (t.quotaPeople > 0 ? 1 : 0)),
    ],
  );

  // copies up to the size: each path's share of its kind's share, split over its templates
  const copies = Math.max(0, options.size - templates.length);
  const wanted = PATHS.map((path) => ({ path, exact: copies * KIND_SHARE[path.kind] * path.weight }));
  const counts = wanted.map((w) => Math.floor(w.exact));
  let left = copies - counts.reduce((a, b) => a + b, 0);
  for (const i of wanted.map((w, i) => ({ i, rest: w.exact - Math.floor(w.exact) })).sort((a, b) => b.rest - a.rest).map((x) => x.i)) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  const order: string[] = [];
  PATHS.forEach((path, p) => {
    const own = templates.filter((t) => t.path === path);
    for (let k = 0; k < counts[p]!; k += 1) order.push(own[k % own.length]!.id);
  });
  // interleave so each batch holds every path (and the ids spread over the index)
  const shuffled = order.map((id, i) => ({ id, key: (i * 2654435761) % 4294967296 })).sort((a, b) => a.key - b.key).map((x) => x.id);
  progress.start(`copies in SQL (${shuffled.length})`, shuffled.length);
  await cloneTemplates(pool, shuffled, 10_000, (n) => progress.update(n));
  progress.end();

  progress.start('analyze');
  await pool.query('vacuum analyze');
  progress.end();
  const seconds = (Date.now() - started) / 1000;
  await pool.query(`insert into bench.seed (format, size, templates, regions, seconds) values ($1, $2, $3, $4, $5)`, [
    SEED_FORMAT,
    options.size,
    templates.length,
    options.regions,
    seconds,
  ]);
  return { format: SEED_FORMAT, size: options.size, templates: templates.length, regions: options.regions, seconds };
}
