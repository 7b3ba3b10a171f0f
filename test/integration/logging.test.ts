import pino from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { reviewer } from '../support/fixtures';

const lines: Array<Record<string, unknown>> = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ log: pino({ level: 'info' }, sink) });
});
afterAll(async () => {
  await t?.close();
});

describe('structured logs', () => {
  it('log each GraphQL request as a JSON line with the request id the response carries', async () => {
    const response = await t.gql('query Regions { regions { code } }', {}, null);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((l) => l.requestId === requestId && l.msg === 'graphql request');
    expect(line).toMatchObject({ level: 30, operation: 'Regions', actor: null, errors: [] });
  });

  it('carry the error codes, and a caller-supplied request id is kept', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42', authorization: `Bearer ${await t.token(reviewer)}` },
      body: JSON.stringify({ query: '{ application(id: "00000000-0000-0000-0000-000000000000") { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'NOT_FOUND', requestId: 'trace-42' });
    expect(lines.find((l) => l.requestId === 'trace-42')).toMatchObject({ actor: reviewer.id, errors: ['NOT_FOUND'] });
  });
});
