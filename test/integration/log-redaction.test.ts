import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/logger';
import { SubmitGrantApplicationDocument } from '../../schema/client/graphql';
import { expectRefused, ok } from '../support/assertions';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { grantInput, manualClock, newApplicant } from '../support/fixtures';

/**
 * A hostile run against a gateway logging at debug: NUL bytes that used to reach SQL, a failure
 * inside PostgreSQL whose error carries the failing row, an applicant whose actor id holds their
 * IIN. Then every IIN, name and birth date used is looked for in the captured log: none is there.
 */

const text: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    text.push(chunk.toString());
    done();
  },
});
const clock = manualClock('2026-03-02T09:00:00Z');
let t: TestGateway;

const people = [
  { birthDate: '1984-07-19', name: 'Zarina Tulegenova' },
  { birthDate: '1979-12-03', name: 'Gulnara Abenova' },
  { birthDate: '1991-02-27', name: 'Aliya Nurpeisova' },
].map((person) => ({ ...person, applicant: newApplicant(person.birthDate) }));
/** the name PostgreSQL is made to refuse, so that its error carries the row */
const refusedName = people[1]!.name;

beforeAll(async () => {
  t = await startTestGateway({ now: clock.now, log: createLogger('debug', sink) });
  // a failure inside the database: its message and detail quote the failing row
  await t.sql(`alter table applicant add constraint log_test_refused_name check (full_name <> '${refusedName}')`);
});
afterAll(async () => {
  await t?.close();
});

function submission(person: (typeof people)[number], fullName = person.name) {
  const input = grantInput(person.applicant);
  return { input: { ...input, applicant: { ...input.applicant, fullName } } };
}

describe('the logs of a hostile run', () => {
  it('carry no IIN, name or birth date', async () => {
    const [zarina, gulnara, aliya] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
    // NUL bytes in a name, over variables and written inline: they used to reach SQL
    expectRefused(await t.op(SubmitGrantApplicationDocument, submission(zarina, 'Zarina\u0000Tulegenova'), zarina.applicant), 'VALIDATION');
    const inline = `mutation { submitGrantApplication(input: {
      applicant: { iin: "${zarina.applicant.iin}", fullName: "Zarina\\u0000Tulegenova", categories: [UNEMPLOYED], locality: RURAL, settlement: "Stepnogorsk\\u0000" }
      regionCode: "AKM"
      proposal: { amount: "500000.00", businessIdea: "Sewing", purpose: EQUIPMENT, certificate: { number: "BB-1", issuedOn: "2026-02-10" } }
    }) { id } }`;
    expectRefused(await t.gql(inline, undefined, zarina.applicant), 'VALIDATION');
    // a filter state and an IIN filter with a NUL byte
    expectRefused(await t.gql('query($f: ApplicationFilterInput) { applications(filter: $f) { edges { node { id } } } }', { f: { applicantIin: `${aliya.applicant.iin}\u0000`, states: ['a\u0000b'] } }, aliya.applicant), 'VALIDATION');

    // the database refuses the row: an internal error, logged
    const failed = await t.op(SubmitGrantApplicationDocument, submission(gulnara), gulnara.applicant);
    expect(failed.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    // the same kind of failure reached directly, as a job or a start-up step would meet it
    try {
      await t.gateway.orm.em.fork().execute('insert into applicant (iin, full_name, birth_date) values (?, ?, ?)', [aliya.applicant.iin, 'Aliya\u0000Nurpeisova', aliya.birthDate]);
      expect.unreachable('PostgreSQL takes no NUL byte in text');
    } catch (error) {
      t.gateway.log.error({ err: error, applicant: { iin: aliya.applicant.iin, fullName: aliya.name }, actor: aliya.applicant.id }, 'direct failure');
    }

    // an accepted submission: the applicant's actor id is built from their IIN
    ok(await t.op(SubmitGrantApplicationDocument, submission(aliya), aliya.applicant));
    await new Promise((resolve) => setImmediate(resolve));

    const log = text.join('');
    const lines = log.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, any>);
    // the failures were logged, so the search below looks at something
    const dbFailure = lines.find((line) => line.msg === 'unexpected error' && line.err?.constraint === 'log_test_refused_name');
    expect(dbFailure?.err).toMatchObject({ code: '23514', table: 'applicant', constraint: 'log_test_refused_name' });
    expect(lines.find((line) => line.msg === 'direct failure')?.err).toMatchObject({ type: 'DriverException' });
    expect(lines.filter((line) => line.msg === 'graphql request').length).toBeGreaterThanOrEqual(5);

    for (const person of people) {
      const [first, last] = person.name.split(' ') as [string, string];
      for (const secret of [person.applicant.iin, person.name, first, last, person.birthDate, person.birthDate.replaceAll('-', '')]) {
        expect(log, `${secret} is in the log`).not.toContain(secret);
      }
    }
  });
});
