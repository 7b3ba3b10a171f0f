import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTokenService } from '../../src/auth/tokens';
import { DEMO_APPLICANTS, DEMO_STAFF } from '../../src/seed/demo-people';
import { TEST_JWT_SECRET } from '../support/gateway';
import { ROOT } from '../support/server-process';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-token-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm run token -- …` as package.json runs it (the swc hook, no TypeScript compiler), with a shared secret. */
function token(...args: string[]) {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [command, ...rest] = scripts.token!.split(' ');
  expect(command).toBe('node');
  const result = spawnSync(process.execPath, [...rest, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

const verifier = createTokenService({ jwt: { kind: 'secret', secret: TEST_JWT_SECRET }, dataDir });

describe('npm run token', () => {
  it('mints one token, which the gateway accepts as that person', async () => {
    const minted = token('--role', 'approver', '--region', 'pav', '--sub', 'alice');
    expect(minted).toMatchObject({ status: 0, stderr: '' });
    expect(minted.stdout).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await verifier.verify(minted.stdout)).toEqual({ id: 'alice', roles: ['approver'], region: 'PAV' });
  });

  it('mints every role at once with --all, each accepted by the gateway', async () => {
    const minted = token('--all', '--json');
    expect(minted.status).toBe(0);
    const people = JSON.parse(minted.stdout) as Array<{ roles: string[]; region: string | null; iin: string | null; sub: string; token: string }>;
    expect(people.map((p) => p.roles.join(','))).toEqual(['applicant', 'reviewer', 'approver', 'accountant', 'auditor', 'admin']);
    for (const person of people) {
      const actor = await verifier.verify(person.token);
      expect(actor.roles).toEqual(person.roles);
      expect(actor.id).toBe(person.sub);
    }
    expect(people[0]).toMatchObject({ iin: DEMO_APPLICANTS[0]!.iin, sub: `applicant:${DEMO_APPLICANTS[0]!.iin}` });
    expect(people[1]).toMatchObject({ region: 'AKM', sub: DEMO_STAFF.reviewer.id });
  });

  it('mints one token per --role, staff once per region, as lines', () => {
    const minted = token('--role', 'reviewer', '--role', 'approver,accountant', '--region', 'AKM,KAR');
    expect(minted.status).toBe(0);
    const lines = minted.stdout.split('\n').map((line) => line.split(/\s+/).slice(0, 3));
    expect(lines).toEqual([
      ['reviewer', 'AKM', DEMO_STAFF.reviewer.id],
      ['reviewer', 'KAR', 'reviewer.kar@dev'],
      ['approver,accountant', 'AKM', 'approver+accountant.akm@dev'],
      ['approver,accountant', 'KAR', 'approver+accountant.kar@dev'],
    ]);
  });

  it.each([
    { args: ['--role', 'reviewer'], says: /works in a region: add --region/ },
    { args: ['--role', 'applicant'], says: /carries their IIN: add --iin/ },
    { args: ['--role', 'applicant', '--iin', '900101300127'], says: /not a valid IIN/ },
    { args: ['--role', 'system'], says: /unknown role system/ },
    { args: ['--role', 'admin', '--ttl', '0'], says: /--ttl is a whole number/ },
    { args: ['--all', '--sub', 'x'], says: /--sub and --name name one person/ },
    { args: [], says: /name a --role, or ask for --all/ },
  ])('refuses $args with a usage line and exit 2, minting nothing', ({ args, says }) => {
    const refused = token(...args);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(says);
    expect(refused.stderr).toContain('usage:');
  });
});
