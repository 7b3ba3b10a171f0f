import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createTokenService } from '../../src/auth/tokens';
import { assertWithinCost, COST_LIMITS } from '../../src/graphql/cost';
import { gatewaySchema } from '../../src/graphql/schema';
import { UnauthenticatedError } from '../../workflows/errors';

const SECRET = 'a-secret-that-is-long-enough-for-hs256-0123456789';
const tokens = () => createTokenService({ jwt: { kind: 'secret', secret: SECRET }, dataDir: mkdtempSync(path.join(tmpdir(), 'tokens-')) });
const reviewer = { sub: 'reviewer-1', roles: ['reviewer' as const], region: 'AKM' };

describe('verified tokens are kept until they expire', () => {
  it('answers a token it verified again with the same actor, and no other token with it', async () => {
    const service = tokens();
    const token = await service.mint!(reviewer);
    const first = await service.verify(token);
    expect(await service.verify(token)).toBe(first);
    expect(first).toMatchObject({ id: 'reviewer-1', roles: ['reviewer'], region: 'AKM' });
    expect(Object.isFrozen(first) && Object.isFrozen(first.roles)).toBe(true);
    // one character changed: verified afresh, and refused
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    await expect(service.verify(tampered)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses a kept token from its exp on, as jose would', async () => {
    const service = tokens();
    const token = await service.mint!(reviewer, 1);
    await service.verify(token);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(service.verify(token)).rejects.toThrow('the token has expired');
  });
});

describe('the cost of a known document is kept by its cost variables', () => {
  const PAGE = parse(`query($first: Int!, $withHistory: Boolean!, $state: [String!]) {
    applications(first: $first, filter: { states: $state }) { edges { node { id history(last: 5) @include(if: $withHistory) { action } } } } }`);

  it('a cheap page kept does not let the same document through with a larger first, nor a skipped list once included', async () => {
    const schema = await gatewaySchema();
    expect(() => assertWithinCost(schema, PAGE, { first: 10, withHistory: true }, null)).not.toThrow();
    expect(() => assertWithinCost(schema, PAGE, { first: 10, withHistory: true, state: ['submitted'] }, null)).not.toThrow();
    expect(() => assertWithinCost(schema, PAGE, { first: 5_000, withHistory: true }, null)).toThrow(/would cost/);
    // refused each time, not only the first
    expect(() => assertWithinCost(schema, PAGE, { first: 5_000, withHistory: true }, null)).toThrow(/would cost/);
    expect(() => assertWithinCost(schema, PAGE, { first: 3_000, withHistory: false }, null)).not.toThrow();
    expect(() => assertWithinCost(schema, PAGE, { first: 3_000, withHistory: true }, null)).toThrow(/would cost/);
    expect(COST_LIMITS.maxCost).toBeLessThan(3_000 * 9);
  });
});
