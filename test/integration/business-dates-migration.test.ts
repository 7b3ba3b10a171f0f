import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveDocument,
  RecommendDocument,
  StartReviewDocument,
  SubmitGrantApplicationDocument,
} from '../../schema/client/graphql';
import { openOrm } from '../../src/db/orm';
import { ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { approver, grantInput, manualClock, newApplicant, reviewer } from '../support/fixtures';

// 20:00Z on 2 March is 01:00 on 3 March in programme time (UTC+5): the backfill must say 3 March
const clock = manualClock('2026-03-02T20:00:00Z');
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now });
});
afterAll(async () => {
  await t?.close();
});

const MIGRATION = 'Migration20261211120000_business_dates';

describe('the business-dates migration on a database with history', () => {
  it('backfills the local date of each row\'s instant, keeps the log append-only, and old logs still replay', async () => {
    const applicant = newApplicant();
    const id = ok(await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant) }, applicant)).submitGrantApplication.id;
    ok(await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer));
    ok(await t.op(RecommendDocument, { input: { applicationId: id } }, reviewer));
    ok(await t.op(ApproveDocument, { input: { applicationId: id } }, approver));

    // as before the migration: its columns gone, the logged events without `on`
    const orm = await openOrm(t.databaseUrl);
    try {
      // down to and including this migration (and those committed after it)
      await orm.getMigrator().down({ to: MIGRATION });
      const columns = await t.sql(`select table_name, column_name from information_schema.columns where column_name in ('occurred_on', 'last_occurred_on')`);
      expect(columns).toEqual([]);
      await t.sql(`alter table transition_log disable trigger transition_log_no_update_delete`);
      await t.sql(`update transition_log set event = event - 'on' where application_id = $1`, [id]);
      await t.sql(`alter table transition_log enable trigger transition_log_no_update_delete`);
      // this migration again, and any committed after it
      expect((await orm.getMigrator().up()).map((m) => m.name)).toContain(MIGRATION);
    } finally {
      await orm.close(true);
    }

    const log = await t.sql<{ occurred_on: string; on: string | null }>(
      `select occurred_on::text as occurred_on, event->>'on' as on from transition_log where application_id = $1 order by seq`,
      [id],
    );
    expect(log).toEqual(Array.from({ length: 4 }, () => ({ occurred_on: '2026-03-03', on: null })));
    expect(await t.sql(`select occurred_on::text as occurred_on from budget_movement where application_id = $1`, [id])).toEqual([{ occurred_on: '2026-03-03' }]);
    expect(await t.sql(`select last_occurred_on::text as last from application where id = $1`, [id])).toEqual([{ last: '2026-03-03' }]);
    await expect(t.sql(`update transition_log set occurred_on = '2020-01-01' where application_id = $1`, [id])).rejects.toThrow(/append-only/);
    const report = await t.gateway.engine.verifyReplay(id);
    expect(report).toMatchObject({ matches: true, entries: 4 });
  });
});
