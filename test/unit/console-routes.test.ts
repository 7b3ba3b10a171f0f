import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes, demoSignIn } from '../../src/http/console-routes';
import type { Config } from '../../src/config';

const built = mkdtempSync(path.join(os.tmpdir(), 'console-unit-'));
const mint = async (claims: { sub: string }) => `token-for-${claims.sub}`;
const servers: Array<{ close(): void }> = [];

async function serve(router: express.Router): Promise<string> {
  const app = express();
  app.use(router);
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(() => {
  mkdirSync(path.join(built, 'assets'));
  writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(path.join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(built, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
});
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(built, { recursive: true, force: true });
});

const embeddedDemo: Pick<Config, 'production' | 'seedDemo' | 'jwt'> = { production: false, seedDemo: true, jwt: { kind: 'generated' } };

describe('the console at /console', () => {
  it('serves the page uncached and the hashed assets for a year', async () => {
    const base = await serve(consoleRoutes({ dir: built, graphiql: false }));
    const page = await fetch(`${base}/console/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>console</title>');
    expect((await fetch(`${base}/console`)).status).toBe(200);
    const asset = await fetch(`${base}/console/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/console/demo/people`)).status).toBe(404);
  });

  it('serves GraphiQL to a browser at /graphql in development only, and lets operations through', async () => {
    const apollo = express.Router().all('/graphql', (_req, res) => void res.json({ from: 'apollo' }));
    const development = express.Router().use(consoleRoutes({ dir: built, graphiql: true })).use(apollo);
    const production = express.Router().use(consoleRoutes({ dir: built, graphiql: false })).use(apollo);
    const dev = await serve(development);
    const html = { accept: 'text/html,application/xhtml+xml' };
    expect(await (await fetch(`${dev}/graphql`, { headers: html })).text()).toContain('<title>graphiql</title>');
    expect(await (await fetch(`${dev}/graphql?query=%7B__typename%7D`, { headers: html })).json()).toEqual({ from: 'apollo' });
    expect(await (await fetch(`${dev}/graphql`, { headers: { accept: 'application/json' } })).json()).toEqual({ from: 'apollo' });
    expect(await (await fetch(`${dev}/graphql`, { method: 'POST', headers: html })).json()).toEqual({ from: 'apollo' });
    const prod = await serve(production);
    expect(await (await fetch(`${prod}/graphql`, { headers: html })).json()).toEqual({ from: 'apollo' });
  });

  it('says how to build it when it is not built', async () => {
    const base = await serve(consoleRoutes({ dir: path.join(built, 'missing'), graphiql: true }));
    const page = await fetch(`${base}/console/`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('npm run console:build');
  });

  it('offers demo people only in the embedded demo, never in production or on a database server', () => {
    expect(demoSignIn(embeddedDemo, true, { mint })?.people.map((p) => p.role)).toEqual(['applicant', 'reviewer', 'approver', 'accountant', 'auditor', 'admin']);
    expect(demoSignIn({ ...embeddedDemo, production: true }, true, { mint })).toBeUndefined();
    expect(demoSignIn(embeddedDemo, false, { mint })).toBeUndefined();
    expect(demoSignIn({ ...embeddedDemo, seedDemo: false }, true, { mint })).toBeUndefined();
    expect(demoSignIn({ ...embeddedDemo, jwt: { kind: 'secret', secret: 'x'.repeat(32) } }, true, { mint })).toBeUndefined();
    expect(demoSignIn(embeddedDemo, true, {})).toBeUndefined();
  });

  it('mints a demo person token by role, and refuses an unknown role', async () => {
    const base = await serve(consoleRoutes({ dir: built, graphiql: false, demo: demoSignIn(embeddedDemo, true, { mint }) }));
    const people = (await (await fetch(`${base}/console/demo/people`)).json()) as { people: Array<{ role: string; label: string; region: string | null }> };
    expect(people.people.find((p) => p.role === 'reviewer')).toEqual({ role: 'reviewer', label: 'Aigerim Sadykova (reviewer, AKM)', region: 'AKM' });
    const minted = await fetch(`${base}/console/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'approver' }) });
    expect(await minted.json()).toEqual({ token: 'token-for-approver.akm@enbek.demo' });
    const refused = await fetch(`${base}/console/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'system' }) });
    expect(refused.status).toBe(400);
  });
});
