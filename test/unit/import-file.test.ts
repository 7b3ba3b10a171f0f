import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgramme2020, LIFTING_2020, liftingTotal2020, PROGRAMME_2020, PROGRAMME_2020_FILE, split } from '../../src/cli/build-import-2020';
import { canonicalJson, contentHash, FormatError, parseRecord, type ApplicationRow, type QuotaRecord } from '../../src/import/format';
import { normaliseSettlement } from '../../workflows/lifting/eligibility';
import type { LiftingMove } from '../../workflows/lifting/v1';
import { isValidIin } from '../../workflows/rules/iin';
import { moneyFromNumeric } from '../../workflows/rules/money';

describe('the import file format', () => {
  it('reads the three records and refuses what is not one, naming why', () => {
    expect(parseRecord('{"record":"fiscalYear","year":2020,"mci":"2778.00","minimumWage":"42500.00"}')).toMatchObject({ record: 'fiscalYear', year: 2020 });
    expect(parseRecord('{"record":"resettlementQuota","regionCode":"ZAP","year":2020,"people":26,"families":26}')).toMatchObject({ record: 'resettlementQuota', people: 26, families: 26 });
    expect(() => parseRecord('{"record":"resettlementQuota","regionCode":"ZAP","year":2020,"people":-1,"families":1}')).toThrow(/people/);
    expect(() => parseRecord('nope')).toThrow(FormatError);
    expect(() => parseRecord('{"record":"budget"}')).toThrow(/fiscalYear, plan, resettlementQuota or application/);
    expect(() => parseRecord('{"record":"plan","regionCode":"AKM","kind":"loan","year":2020,"limitAmount":"1.00"}')).toThrow(/kind "loan"/);
    const row = { record: 'application', externalId: 'X-1', kind: 'grant', regionCode: 'AKM', submittedOn: '2020-03-01', applicant: { iin: '1', fullName: 'A', categories: [], locality: 'RURAL', settlement: 'S' }, payload: {}, events: [] };
    expect(() => parseRecord(JSON.stringify({ ...row, events: [{ type: 'SUBMIT', on: '2020-03-01' }] }))).toThrow(/the row itself/);
    expect(() => parseRecord(JSON.stringify({ ...row, events: [{ type: 'APPROVE', on: '1 March' }] }))).toThrow(/events\.0\.on/);
    expect(() => parseRecord(JSON.stringify({ ...row, events: [{ type: 'APPROVE', on: '2020-03-01', role: 'admin' }] }))).toThrow(/role/);
  });

  it('hashes a row by its content, not by the order of its keys', () => {
    const a = parseRecord('{"record":"application","externalId":"X-1","kind":"grant","regionCode":"AKM","submittedOn":"2020-03-01","applicant":{"iin":"1","fullName":"A","categories":[],"locality":"RURAL","settlement":"S"},"payload":{"p":{"a":1,"b":2}},"events":[]}') as ApplicationRow;
    const b = parseRecord('{"events":[],"payload":{"p":{"b":2,"a":1}},"applicant":{"settlement":"S","locality":"RURAL","categories":[],"fullName":"A","iin":"1"},"submittedOn":"2020-03-01","regionCode":"AKM","kind":"grant","externalId":"X-1","record":"application"}') as ApplicationRow;
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash({ ...a, regionCode: 'PAV' })).not.toBe(contentHash(a));
  });
});

describe('the 2020 file', () => {
  const lines = readFileSync(PROGRAMME_2020_FILE, 'utf8').trimEnd().split('\n').map((l) => parseRecord(l));
  const rows = lines.filter((l): l is ApplicationRow => l.record === 'application');

  it('is what its generator builds', () => {
    expect(buildProgramme2020()).toBe(readFileSync(PROGRAMME_2020_FILE, 'utf8'));
  });

  it('splits a total in tiyn, the last share taking the remainder', () => {
    expect(split(1000n, 3)).toEqual([333n, 333n, 334n]);
    expect(split(112_240_000_000n, 282).reduce((a, b) => a + b, 0n)).toBe(112_240_000_000n);
  });

  it("adds up to the seeds' totals exactly, per batch", () => {
    for (const programme of PROGRAMME_2020) {
      for (const batch of programme.batches) {
        const prefix = `2020-${programme.region}-${batch.tag}-`;
        const of = rows.filter((r) => r.externalId.startsWith(prefix));
        expect(of.length, prefix).toBe(batch.count);
        const amount = (r: ApplicationRow) => moneyFromNumeric(((r.payload.proposal ?? r.payload.request) as { amount: string }).amount);
        expect(of.reduce((sum, r) => sum + amount(r), 0n), prefix).toBe(moneyFromNumeric(batch.total));
      }
    }
  });

  it('has synthetic people only: valid, distinct IINs and names that say so', () => {
    expect(rows.every((r) => isValidIin(r.applicant.iin))).toBe(true);
    expect(new Set(rows.map((r) => r.applicant.iin)).size).toBe(rows.length);
    expect(rows.every((r) => r.applicant.fullName === `Synthetic applicant ${r.externalId}`)).toBe(true);
  });

  it('dates every event in the first half of 2020 (the lifting payments by 10 July, the seed\'s date), in order, and settles every disbursement', () => {
    for (const row of rows) {
      const dates = [row.submittedOn, ...row.events.map((e) => e.on)];
      expect([...dates].sort()).toEqual(dates);
      const last = row.kind === 'lifting' ? LIFTING_2020.asOf : '2020-07-01';
      expect(dates.every((d) => d >= '2020-01-01' && d <= last), row.externalId).toBe(true);
      const paid = row.events.findIndex((e) => e.type === 'CONFIRM_DISBURSEMENT');
      if (paid >= 0) expect(row.events[paid + 1]?.type).toBe('PAYMENT_SETTLED');
    }
  });

  it("has West Kazakhstan's 26 lifting payments: moves from other settlements, through the machine's steps, the limit and quota they use", () => {
    const lifting = rows.filter((r) => r.kind === 'lifting');
    expect(lifting.length).toBe(LIFTING_2020.count);
    // "lifting worth 2.2 million tenge was paid to 26 employees": 26 × 2 × 42,500
    expect(liftingTotal2020()).toBe(moneyFromNumeric('2210000.00'));
    for (const row of lifting) {
      expect(row.regionCode).toBe('ZAP');
      const move = row.payload.move as LiftingMove;
      expect(normaliseSettlement(move.settlementFrom)).not.toBe(normaliseSettlement(move.settlementTo));
      expect(move.referral!.issuedOn <= move.arrivalDate && move.arrivalDate <= row.submittedOn).toBe(true);
      expect(row.events.map((e) => e.type)).toEqual(['START_VERIFICATION', 'VERIFY', 'APPROVE', 'CONFIRM_DISBURSEMENT', 'PAYMENT_SETTLED']);
      // the amount is the machine's (two minimum wages of the year of the decision), never the file's
      expect(JSON.stringify(row)).not.toContain('"amount"');
    }
    expect(lifting.at(-1)!.events.at(-1)!.on).toBe(LIFTING_2020.asOf);
    const quota = lines.find((l): l is QuotaRecord => l.record === 'resettlementQuota');
    expect(quota).toMatchObject({ regionCode: 'ZAP', year: 2020, people: 26, families: 26 });
    const limit = lines.find((l) => l.record === 'plan' && l.kind === 'lifting');
    expect(limit).toMatchObject({ regionCode: 'ZAP', limitAmount: '2210000.00', plannedCount: null, plannedAmount: null });
  });
});
