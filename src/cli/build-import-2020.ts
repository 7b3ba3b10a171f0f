import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { liftingAmount } from '../../workflows/lifting/eligibility';
import { makeIin } from '../../workflows/rules/iin';
import { formatMoney, moneyFromNumeric, type Tiyn } from '../../workflows/rules/money';
import { PROJECT_ROOT } from '../paths';

/**
 * Builds data/import/programme-2020.jsonl — the 2020 programme as the seeds report it
 * (../shared/seeds/002_1c5513131ea93fa4.txt), to be imported with `npm run import`. Every figure
 * below quotes its sentence. The people are synthetic: valid IINs made from a counter, names
 * that say they are made up. Run: `node -r @swc-node/register src/cli/build-import-2020.ts`
 * (`--check` compares with the committed file instead of writing it).
 */

type Kind = 'grant' | 'microcredit';

interface Batch {
  /** what the external ids carry: 2020-AKM-MC-0001 */
  tag: string;
  count: number;
  /** the batch's total in tenge, exactly as the seeds give it */
  total: string;
  locality: 'RURAL' | 'URBAN';
  /** how far the applications went: paid (disbursed and settled) or approved and not yet paid */
  stage: 'PAID' | 'APPROVED';
  /** microcredits: how many of the batch were start-ups (the rest expansions); all start-ups when absent */
  startUps?: number;
  /** microcredits: the product, when the amounts are over the standard cap */
  product?: 'STANDARD' | 'PREFERENTIAL';
}

interface Programme {
  region: string;
  kind: Kind;
  /** the plan: count and amount (null where the seeds give none), and the limit it is funded with */
  plan: { count: number | null; amount: string | null; limit: string; note: string } | null;
  batches: Batch[];
  /** the seed's sentences these figures come from */
  source: string;
}

const MILLION = (text: string) => `${(Number(text) * 1_000_000).toFixed(2)}`;

/** The 2020 figures of seed 002 (`Region` heading: sentence). */
export const PROGRAMME_2020: Programme[] = [
  {
    region: 'AKM',
    kind: 'microcredit',
    plan: { count: 803, amount: MILLION('3461.3'), limit: MILLION('3461.3'), note: 'Akmola 2020: 803 microcredits planned for 3,461.3 million tenge' },
    batches: [{ tag: 'MC', count: 282, total: MILLION('1122.4'), locality: 'RURAL', stage: 'PAID' }],
    source: 'Akmola region: "it is planned to issue 803 microcredits in the amount of 3,461.3 million tenge … As of July 1, 282 microcredits were issued for 1,122.4 million tenge, or 32.4% of the plan."',
  },
  {
    region: 'AKM',
    kind: 'grant',
    plan: { count: 640, amount: MILLION('339.3'), limit: MILLION('339.3'), note: 'Akmola 2020: 640 grants planned for 339.3 million tenge' },
    batches: [{ tag: 'GR', count: 172, total: MILLION('93.1'), locality: 'RURAL', stage: 'PAID' }],
    source: 'Akmola region: "for this year it is planned to issue 640 grants in the amount of 339.3 million tenge. as of July 1, 2020, 172 grants were issued for 93.1 million tenge."',
  },
  {
    region: 'ALM',
    kind: 'microcredit',
    plan: { count: 1094, amount: MILLION('4791.3'), limit: MILLION('4791.3'), note: 'Almaty region 2020: 1,094 participants for microcrediting, 4,791.3 million tenge' },
    batches: [{ tag: 'MC', count: 210, total: MILLION('857.6'), locality: 'RURAL', stage: 'PAID' }],
    source: 'Almaty region: "1,094 potential participants are for microcrediting — 4,791.3 million tenge … To date, 210 microcredits in the amount of 857.6 million tenge have been issued in the countryside" (the 9 microcredits for 97.5 million "at the expense of 2019" are 2019 money and are left out)',
  },
  {
    region: 'ALM',
    kind: 'grant',
    plan: { count: 1645, amount: MILLION('804.3'), limit: MILLION('804.3'), note: 'Almaty region 2020: grants planned for 1,645 people for 804.3 million tenge' },
    batches: [{ tag: 'GR', count: 462, total: MILLION('247.4'), locality: 'RURAL', stage: 'PAID' }],
    source: 'Almaty region: "It is also planned to issue state grants … for 1,645 people for a total of 804.3 million tenge. To date, 462 grants have been issued in the amount of 247.4 million tenge."',
  },
  {
    region: 'PAV',
    kind: 'microcredit',
    // 164 is 31.7 % of the plan: 517 (164/517 = 31.72 %; 516 would give 31.8 %, 518 31.66 %). The seeds give no amounts:
    // each loan is the republic's 2020 rural average (14.6 billion for 3,687 rural microcredits, about 3.96 million),
    // and the limit funds the derived plan at that average. The amount plan is left empty: the seeds state none.
    plan: { count: 517, amount: null, limit: '2047320000.00', note: 'Pavlodar 2020: 164 rural microcredits were 31.7 % of the plan, so 517 planned (amount not stated)' },
    batches: [{ tag: 'MC', count: 164, total: '649440000.00', locality: 'RURAL', stage: 'PAID', startUps: 109 }],
    source: 'Pavlodar region: "In total, 164 microcredits (31.7% of the plan) were issued to rural residents, of which 109 microcredits (66.5%) to support Start-up projects, 55 to expand their own business (33.5%)." Amounts: the republic\'s "14.6 billion — for 3,687 microcredits for rural entrepreneurs" (≈ 3.96 million each)',
  },
  {
    region: 'KUS',
    kind: 'microcredit',
    plan: { count: 584, amount: MILLION('2500'), limit: MILLION('2500'), note: 'Kostanay 2020: 584 microcredits envisaged for 2.5 billion tenge' },
    batches: [
      { tag: 'MC-R', count: 267, total: MILLION('1012.9'), locality: 'RURAL', stage: 'PAID' },
      // 115.8 million for 12 loans is 9.65 million each, over the standard 8 million: the preferential product (20 million)
      { tag: 'MC-U', count: 12, total: MILLION('115.8'), locality: 'URBAN', stage: 'PAID', product: 'PREFERENTIAL' },
    ],
    source: 'Kostanay region: "it is envisaged to issue 584 microcredits for 2.5 billion tenge. To date, 279 microcredits have been issued for 1,128.7 million tenge … 267 applications were issued for the amount of 1,012.9 million tenge … 12 microcredits were issued to entrepreneurs of the cities of the region in the amount of 115.8 million tenge."',
  },
  {
    region: 'ZAP',
    kind: 'microcredit',
    plan: { count: 1037, amount: MILLION('4380'), limit: MILLION('4380'), note: 'West Kazakhstan 2020: microcredits planned for 1,037 participants, 4,380 million tenge' },
    batches: [{ tag: 'MC', count: 155, total: MILLION('689.2'), locality: 'RURAL', stage: 'PAID' }],
    source: 'West Kazakhstan region: "it is planned to allocate microcredits to 1,037 participants of the Program, 4,380 million tenge are provided for these purposes. On July 1, 2020, 155 loans were issued in the amount of 689.2 million tenge."',
  },
  {
    region: 'VOS',
    kind: 'grant',
    plan: { count: 1194, amount: MILLION('664'), limit: MILLION('664'), note: 'East Kazakhstan 2020: 1,194 grants provided for 664 million tenge' },
    // "195 grants for 109.3 million tenge were approved": 560,512.82 each, over the 2020 cap of 200 MCI (555,600) — the grant
    // machine refuses such an approval, so they are not in the file (see the README, section "Import")
    batches: [{ tag: 'GR', count: 278, total: MILLION('153.3'), locality: 'RURAL', stage: 'PAID' }],
    source: 'East Kazakhstan region: "For the implementation of new business ideas, 1194 grants for 664 million tenge are provided, as of July 1 of this year. 278 grants for 153.3 million tenge were issued"',
  },
  {
    region: 'ATY',
    kind: 'microcredit',
    plan: { count: 351, amount: MILLION('1646.5'), limit: MILLION('1646.5'), note: 'Atyrau 2020: loans of 1,646.5 million tenge planned for 351 people' },
    batches: [{ tag: 'MC', count: 158, total: MILLION('868.4'), locality: 'RURAL', stage: 'PAID' }],
    source: 'Atyrau region: "Loans in the amount of 1,646.5 million tenge will be provided to 351 people … For 6 months of this year … 158 people received loans in the amount of 868.4 million tenge"',
  },
  {
    region: 'KAR',
    kind: 'grant',
    plan: { count: 661, amount: MILLION('350'), limit: MILLION('350'), note: 'Karaganda 2020: annual plan 661 grants, 350 million tenge provided' },
    // each grant is "in the amount of 200 MCI (555.6 thousand tenge)": 420 × 555,600 = 233,352,000
    batches: [{ tag: 'GR', count: 420, total: '233352000.00', locality: 'URBAN', stage: 'PAID' }],
    source: 'Karaganda region: "420 state grants were issued in the amount of 200 MCI (555.6 thousand tenge) or 64% of the annual plan (annual plan 661, … 350 million tenge is provided)"',
  },
];

export const FISCAL_2020 = {
  year: 2020,
  mci: '2778.00',
  minimumWage: '42500.00',
  note: 'republican budget law 2020: 200 MCI = 555,600 tenge (seed 002, Nur-Sultan); two minimum wages = 85,000 (26 lifting payments = 2.2 million, West Kazakhstan)',
};

/**
 * West Kazakhstan's lifting payments, as of 10 July 2020: "On July 10, 2020, … Also, lifting worth
 * 2.2 million tenge was paid to 26 employees arriving from other settlements." Each payment is two
 * minimum wages of 2020 (2 × 42,500 = 85,000), computed by the lifting machine at the approval, never
 * in the file: 26 × 85,000 = 2,210,000, the seed's "2.2 million". The seeds give no lifting plan and
 * no resettlement quota for the region; the machine needs both a quota (the approval reserves a place
 * in it) and a funding limit (it reserves the money), so the file sets each to exactly what the 26
 * payments use, and says so in the record's note. No plan is set: there is none to report against.
 */
export const LIFTING_2020 = {
  region: 'ZAP',
  count: 26,
  /** the day the seed reports them paid by: every event of the rows is on or before it */
  asOf: '2020-07-10',
  /** the seed's rounded total, in millions of tenge */
  seedMillions: '2.2',
  /** where they moved to: the region centre (Uralsk); the settlements they came from, in turn */
  settlementTo: 'Uralsk',
  settlementsFrom: ['Zhanibek', 'Kaztalovka', 'Chingirlau', 'Zhympity', 'Karatobe', 'Saykhin'],
  source:
    'West Kazakhstan region: "On July 10, 2020, out of 178 infrastructure projects, competitions have been announced at 166 objects, work has begun at 165 objects. … Also, lifting worth 2.2 million tenge was paid to 26 employees arriving from other settlements."',
} as const;

/** Two minimum wages of 2020 (85,000) times the 26 payments: 2,210,000.00. */
export function liftingTotal2020(): Tiyn {
  return liftingAmount(moneyFromNumeric(FISCAL_2020.minimumWage)) * BigInt(LIFTING_2020.count);
}

/** The reference records the lifting payments need: the region's 2020 lifting limit and its resettlement quota. */
function liftingReference(): object[] {
  const total = formatMoney(liftingTotal2020());
  return [
    {
      record: 'plan',
      regionCode: LIFTING_2020.region,
      kind: 'lifting',
      year: 2020,
      limitAmount: total,
      plannedCount: null,
      plannedAmount: null,
      note: `West Kazakhstan 2020 lifting: the seeds give no plan; the limit is what was paid by 10 July (26 x 85,000 = ${total}; seed 002: "lifting worth 2.2 million tenge was paid to 26 employees")`,
    },
    {
      record: 'resettlementQuota',
      regionCode: LIFTING_2020.region,
      year: 2020,
      people: LIFTING_2020.count,
      families: LIFTING_2020.count,
      note: 'West Kazakhstan 2020: the seeds give no quota; set to the 26 people (each moving alone) paid lifting by 10 July (seed 002: "lifting worth 2.2 million tenge was paid to 26 employees arriving from other settlements")',
    },
  ];
}

/** A date `days` after `start` (YYYY-MM-DD). */
function dayAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The 26 lifting applications: each a person sent by the Uralsk employment centre who arrived from
 * another settlement, submitted from 4 May to 19 June 2020, the referral and the arrival verified,
 * approved (the machine computes 85,000), paid and settled 21 days after the submission — the last
 * on 10 July, the seed's date.
 */
function liftingRows(): object[] {
  const first = '2020-05-04';
  const span = 46; // 4 May to 19 June: the last payment, 21 days on, is on 10 July
  return Array.from({ length: LIFTING_2020.count }, (_, i) => {
    const externalId = `2020-${LIFTING_2020.region}-LF-${String(i + 1).padStart(4, '0')}`;
    const d0 = i === LIFTING_2020.count - 1 ? span : Math.floor((i * span) / (LIFTING_2020.count - 1));
    const on = (days: number) => dayAfter(first, d0 + days);
    const { iin, fullName } = person(externalId);
    const move = {
      referral: { employmentCentre: 'Uralsk employment centre', number: `REF-${externalId}`, issuedOn: on(-7) },
      settlementFrom: LIFTING_2020.settlementsFrom[i % LIFTING_2020.settlementsFrom.length],
      settlementTo: LIFTING_2020.settlementTo,
      arrivalDate: on(-2),
      infrastructureProject: 'An Employment Roadmap 2020 infrastructure project (imported from the 2020 programme report)',
      employer: 'The project contractor (imported from the 2020 programme report)',
      familyMembers: 0,
    };
    const events = [
      { type: 'START_VERIFICATION', on: on(2) },
      { type: 'VERIFY', on: on(5), referralConfirmed: true, arrivalConfirmed: true, note: 'Imported: referral and arrival confirmed' },
      { type: 'APPROVE', on: on(14) },
      { type: 'CONFIRM_DISBURSEMENT', on: on(21), paymentReference: `PO-${externalId}` },
      { type: 'PAYMENT_SETTLED', on: on(21), providerReference: `TR-${externalId}` },
    ];
    const applicant = { iin, fullName, categories: ['UNEMPLOYED'], locality: 'URBAN', settlement: LIFTING_2020.settlementTo };
    return { record: 'application', externalId, kind: 'lifting', regionCode: LIFTING_2020.region, submittedOn: on(0), machineVersion: 1, applicant, payload: { move }, events };
  });
}

/** Splits a total into n amounts in tiyn: equal shares, the last one absorbing the remainder. */
export function split(total: Tiyn, n: number): Tiyn[] {
  const share = total / BigInt(n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - share * BigInt(n - 1) : share));
}

/** A date `days` after 2020-01-20: submissions spread over the first half-year, every step done by 1 July. */
function day(days: number): string {
  return new Date(Date.UTC(2020, 0, 20) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The pipeline of the first half of 2020 ends 21 days after a submission; the last submission is on 8 June. */
const SPAN_DAYS = 140;

let serial = 0;
/** A synthetic person: a valid IIN from a counter (born 1965–1999), a name that says it is made up. */
function person(externalId: string) {
  serial += 1;
  const year = 1965 + (serial % 35);
  const month = 1 + (serial % 12);
  const dayOfMonth = 1 + (serial % 28);
  const birth = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return { iin: makeIin(birth, serial % 2 === 0 ? 'female' : 'male', 9000 + (serial % 1000)), fullName: `Synthetic applicant ${externalId}` };
}

const SETTLEMENTS: Record<string, { RURAL: string; URBAN: string }> = {
  AKM: { RURAL: 'Zhaksy', URBAN: 'Kokshetau' },
  ALM: { RURAL: 'Esik', URBAN: 'Taldykorgan' },
  PAV: { RURAL: 'Aksu district', URBAN: 'Pavlodar' },
  KUS: { RURAL: 'Kostanay district', URBAN: 'Kostanay' },
  ZAP: { RURAL: 'Terekti district', URBAN: 'Uralsk' },
  VOS: { RURAL: 'Glubokoye district', URBAN: 'Ust-Kamenogorsk' },
  ATY: { RURAL: 'Makhambet district', URBAN: 'Atyrau' },
  KAR: { RURAL: 'Osakarovka district', URBAN: 'Karaganda' },
};

const GRANT_PURPOSES = ['EQUIPMENT', 'INVENTORY_AND_TOOLS', 'ANIMAL_HUSBANDRY'] as const;

function applicationRows(programme: Programme): object[] {
  const rows: object[] = [];
  for (const batch of programme.batches) {
    const amounts = split(moneyFromNumeric(batch.total), batch.count);
    const kindTag = `2020-${programme.region}-${batch.tag}`;
    amounts.forEach((amount, i) => {
      const externalId = `${kindTag}-${String(i + 1).padStart(4, '0')}`;
      const d0 = Math.floor((i * SPAN_DAYS) / batch.count);
      const { iin, fullName } = person(externalId);
      const preferential = batch.product === 'PREFERENTIAL';
      const applicant = {
        iin,
        fullName,
        categories: preferential ? ['LARGE_FAMILY'] : ['UNEMPLOYED'],
        locality: batch.locality,
        settlement: SETTLEMENTS[programme.region]![batch.locality],
      };
      const money = formatMoney(amount);
      const paid = batch.stage === 'PAID';
      let payload: object;
      let events: object[];
      if (programme.kind === 'grant') {
        payload = {
          proposal: {
            amount: money,
            businessIdea: 'A new business idea (imported from the 2020 programme report)',
            purpose: GRANT_PURPOSES[i % GRANT_PURPOSES.length],
            certificate: { number: `BB-2020-${externalId.slice(5)}`, issuedOn: day(d0 - 10) },
          },
        };
        events = [
          { type: 'START_REVIEW', on: day(d0 + 2) },
          { type: 'RECOMMEND', on: day(d0 + 7), note: 'Imported: recommended' },
          { type: 'APPROVE', on: day(d0 + 14) },
          ...(paid
            ? [
                { type: 'CONFIRM_DISBURSEMENT', on: day(d0 + 21), paymentReference: `PO-${externalId}` },
                { type: 'PAYMENT_SETTLED', on: day(d0 + 21), providerReference: `TR-${externalId}` },
              ]
            : []),
        ];
      } else {
        const terms = preferential ? { rateBp: 400, termMonths: 60 } : { rateBp: 600, termMonths: 36 };
        const startUp = batch.startUps === undefined || i < batch.startUps;
        payload = {
          request: {
            amount: money,
            ...terms,
            locality: batch.locality,
            purpose: startUp ? 'START_UP' : 'EXPANSION',
            businessDescription: 'A rural business project (imported from the 2020 programme report)',
            jobsToCreate: 1,
            financialInstitution: 'Agrarian Credit Corporation',
            guaranteeShareBp: null,
          },
        };
        const loan = { amount: money, ...terms, method: 'ANNUITY' };
        events = [
          { type: 'START_REVIEW', on: day(d0 + 2) },
          { type: 'SUBMIT_ASSESSMENT', on: day(d0 + 7), notes: 'Imported: credit review done', proposed: loan },
          { type: 'APPROVE', on: day(d0 + 14), terms: loan },
          ...(paid
            ? [
                { type: 'SIGN_CONTRACT', on: day(d0 + 18), contractNumber: `MC-${externalId}` },
                { type: 'CONFIRM_DISBURSEMENT', on: day(d0 + 21), paymentReference: `PO-${externalId}` },
                { type: 'PAYMENT_SETTLED', on: day(d0 + 21), providerReference: `TR-${externalId}` },
              ]
            : []),
        ];
      }
      // opened under the rules of 2020: version 1 of each machine (grant v2's site visit came later)
      rows.push({ record: 'application', externalId, kind: programme.kind, regionCode: programme.region, submittedOn: day(d0), machineVersion: 1, applicant, payload, events });
    });
  }
  return rows;
}

/** The file's lines: the fiscal year, the plans, the lifting limit and quota, then the applications (the lifting ones last). */
export function buildProgramme2020(): string {
  serial = 0;
  const lines: object[] = [{ record: 'fiscalYear', ...FISCAL_2020 }];
  for (const p of PROGRAMME_2020) {
    if (!p.plan) continue;
    lines.push({
      record: 'plan',
      regionCode: p.region,
      kind: p.kind,
      year: 2020,
      limitAmount: p.plan.limit,
      plannedCount: p.plan.count,
      plannedAmount: p.plan.amount,
      note: p.plan.note,
    });
  }
  lines.push(...liftingReference());
  for (const p of PROGRAMME_2020) lines.push(...applicationRows(p));
  lines.push(...liftingRows());
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}

export const PROGRAMME_2020_FILE = join(PROJECT_ROOT, 'data', 'import', 'programme-2020.jsonl');

if (require.main === module) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const text = buildProgramme2020();
  if (values.check) {
    if (readFileSync(PROGRAMME_2020_FILE, 'utf8') !== text) {
      console.error(`${PROGRAMME_2020_FILE} is not what src/cli/build-import-2020.ts builds: run npm run import:build-2020`);
      process.exit(1);
    }
    console.log('data/import/programme-2020.jsonl is up to date');
  } else {
    writeFileSync(PROGRAMME_2020_FILE, text);
    console.log(`wrote ${PROGRAMME_2020_FILE} (${text.split('\n').length - 1} lines)`);
  }
}
