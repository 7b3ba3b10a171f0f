import { describe, expect, it } from 'vitest';
import { basisPointsOf, countBasisPointsOf, programReportCsv, PROGRAM_REPORT_CSV_COLUMNS, type ProgramReport, type ProgramReportRow } from '../../src/reports/program-report';

const row = (overrides: Partial<ProgramReportRow> = {}): ProgramReportRow => ({
  regionCode: 'AKM',
  regionName: 'Akmola',
  kind: 'microcredit',
  plannedCount: 803,
  plannedAmount: 346_130_000_000n,
  plannedJobs: null,
  approvedCount: 300,
  approvedAmount: 120_000_000_000n,
  approvedUnpaidCount: 18,
  approvedUnpaidAmount: 7_760_000_000n,
  disbursedCount: 282,
  disbursedAmount: 112_240_000_000n,
  jobs: 0,
  percentOfPlan: '32.4',
  amountShareOfPlan: 3243,
  countShareOfPlan: 3512,
  jobsShareOfPlan: null,
  ...overrides,
});

describe('the shares of the plan', () => {
  it("reproduce the seeds' Akmola 2020: 1,122.4 of 3,461.3 million is 32.43 %, 282 of 803 is 35.12 %", () => {
    expect(basisPointsOf(112_240_000_000n, 346_130_000_000n)).toBe(3243);
    expect(countBasisPointsOf(282, 803)).toBe(3512);
  });

  it('round half up, exactly, and are null without a plan or with a plan of zero', () => {
    // 1 of 8 = 12.5 %; 1 of 16 = 6.25 %; 1 of 32 = 3.125 % → 3.13
    expect([countBasisPointsOf(1, 8), countBasisPointsOf(1, 16), countBasisPointsOf(1, 32)]).toEqual([1250, 625, 313]);
    expect(countBasisPointsOf(5, null)).toBeNull();
    expect(countBasisPointsOf(5, 0)).toBeNull();
    // no jobs counted yet against a plan of jobs is 0 %, not nothing
    expect(countBasisPointsOf(null, 20)).toBe(0);
    expect(basisPointsOf(1n, null)).toBeNull();
  });
});

describe('the CSV', () => {
  const report: ProgramReport = {
    year: 2020,
    asOf: '2020-07-01',
    rows: [row(), row({ kind: 'grant', regionName: 'Akmola, "north"', jobs: null, plannedAmount: null, amountShareOfPlan: null, percentOfPlan: null })],
    totals: [row({ regionCode: null, regionName: null })],
  };

  it("names its columns as GraphQL's row fields and spells the kind as the enum", () => {
    const [header, first, second, total] = programReportCsv(report).trimEnd().split('\n');
    expect(header).toBe(PROGRAM_REPORT_CSV_COLUMNS.map(([name]) => name).join(','));
    expect(first).toBe('AKM,Akmola,MICROCREDIT,803,3461300000.00,,300,1200000000.00,18,77600000.00,282,1122400000.00,0,32.43,35.12,');
    // a cell with a comma or a quote is quoted, the quote doubled; an absent value is empty
    expect(second).toBe('AKM,"Akmola, ""north""",GRANT,803,,,300,1200000000.00,18,77600000.00,282,1122400000.00,,,35.12,');
    expect(total!.startsWith('TOTAL,Republic of Kazakhstan,MICROCREDIT,')).toBe(true);
  });
});
