import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

type Env = Record<string, string | undefined>;

const CWD = path.resolve('/srv/enbek');
const SECRET = 'x'.repeat(32);
const JWKS = 'https://id.enbek.example.kz/.well-known/jwks.json';
const DB = 'postgres://enbek:pw@db.internal:5432/enbek';
const PORTAL = 'https://portal.enbek.example.kz';

/** Runs loadConfig, expects a ConfigError and returns it. */
function configError(env: Env): ConfigError {
  try {
    loadConfig(env, CWD);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig: defaults', () => {
  it('with an empty environment: port 4000, embedded database, generated JWT secret, demo seed', () => {
    const config = loadConfig({}, CWD);
    expect(config).toEqual({
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: null,
      databaseRuntimeUrl: null,
      dataDir: path.join(CWD, '.data'),
      embeddedPgPort: null,
      jwt: { kind: 'generated', issuer: undefined, audience: undefined },
      logLevel: 'info',
      production: false,
      seedDemo: true,
      operationAllowList: false,
      scheduleJobs: true,
      liftingDecisionWorkingDays: 10,
      grantSiteVisitShareBp: 5000,
      backEntryDays: 7,
      payments: { provider: { kind: 'simulated' }, retryLimit: 5, timeoutSeconds: 60, worker: true },
      faultInjection: null,
      corsOrigins: '*',
    });
  });

  it.each([
    [{ PAYMENT_PROVIDER: 'bank' }, 'PAYMENT_PROVIDER'],
    [{ PAYMENT_PROVIDER: 'http' }, 'PAYMENT_PROVIDER_URL'],
    [{ PAYMENT_PROVIDER: 'http', PAYMENT_PROVIDER_URL: 'https://pay.example' }, 'PAYMENT_PROVIDER_TOKEN'],
    [{ PAYMENT_RETRY_LIMIT: '50' }, 'PAYMENT_RETRY_LIMIT'],
    [{ PAYMENT_TIMEOUT_SECONDS: '0' }, 'PAYMENT_TIMEOUT_SECONDS'],
    [{ FAULT_INJECTION: 'explode' }, 'FAULT_INJECTION'],
  ])('%o is refused, naming %s', (env, variable) => {
    expect(() => loadConfig(env, CWD)).toThrow(expect.objectContaining({ variable }));
  });

  it.each(['0', '251', 'ten', '-3'])('LIFTING_DECISION_WORKING_DAYS=%s is refused, naming the variable', (value) => {
    expect(() => loadConfig({ LIFTING_DECISION_WORKING_DAYS: value }, CWD)).toThrow(expect.objectContaining({ variable: 'LIFTING_DECISION_WORKING_DAYS' }));
  });

  it.each(['0', '0.00', '100.01', '150', '1e2', '-5', '12.345', 'half'])('GRANT_SITE_VISIT_SHARE=%s is refused, naming the variable', (value) => {
    expect(() => loadConfig({ GRANT_SITE_VISIT_SHARE: value }, CWD)).toThrow(expect.objectContaining({ variable: 'GRANT_SITE_VISIT_SHARE' }));
  });

  it('GRANT_SITE_VISIT_SHARE is a percent of the cap, kept in basis points', () => {
    expect(loadConfig({ GRANT_SITE_VISIT_SHARE: '37.5' }, CWD).grantSiteVisitShareBp).toBe(3750);
    expect(loadConfig({ GRANT_SITE_VISIT_SHARE: '100' }, CWD).grantSiteVisitShareBp).toBe(10_000);
  });

  it('OPERATION_ALLOWLIST=yes-please is refused, naming the variable; true switches the allow-list on', () => {
    expect(() => loadConfig({ OPERATION_ALLOWLIST: 'yes-please' }, CWD)).toThrow(expect.objectContaining({ variable: 'OPERATION_ALLOWLIST' }));
    expect(loadConfig({ OPERATION_ALLOWLIST: 'true' }, CWD).operationAllowList).toBe(true);
  });

  it('SCHEDULE_JOBS=maybe is refused, naming the variable', () => {
    expect(() => loadConfig({ SCHEDULE_JOBS: 'maybe' }, CWD)).toThrow(expect.objectContaining({ variable: 'SCHEDULE_JOBS' }));
  });

  it('blank values count as unset', () => {
    const config = loadConfig({ PORT: '  ', LOG_LEVEL: '', DATABASE_URL: ' ', JWT_SECRET: '' }, CWD);
    expect(config).toMatchObject({ port: 4000, logLevel: 'info', databaseUrl: null, jwt: { kind: 'generated' } });
  });

  it('with DATABASE_URL and a secret: no embedded database and no demo seed', () => {
    const config = loadConfig({ DATABASE_URL: DB, JWT_SECRET: SECRET }, CWD);
    expect(config.databaseUrl).toBe(DB);
    expect(config.seedDemo).toBe(false);
    expect(config.jwt).toEqual({ kind: 'secret', secret: SECRET, issuer: undefined, audience: undefined });
  });

  it('accepts the postgresql: scheme too', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/enbek', JWT_SECRET: SECRET }, CWD).databaseUrl).toBe('postgresql://localhost/enbek');
  });

  it('DATABASE_RUNTIME_URL is the role the gateway runs as, beside the owner in DATABASE_URL', () => {
    const runtime = 'postgresql://gateway_runtime:pw@localhost/enbek';
    expect(loadConfig({ DATABASE_URL: DB, DATABASE_RUNTIME_URL: runtime, JWT_SECRET: SECRET }, CWD).databaseRuntimeUrl).toBe(runtime);
    expect(loadConfig({ DATABASE_URL: DB, JWT_SECRET: SECRET }, CWD).databaseRuntimeUrl).toBeNull();
  });

  it('SEED_DEMO overrides the default either way', () => {
    expect(loadConfig({ SEED_DEMO: 'false' }, CWD).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: DB, JWT_SECRET: SECRET, SEED_DEMO: 'yes' }, CWD).seedDemo).toBe(true);
  });

  it('reads PORT, HOST, LOG_LEVEL, EMBEDDED_PG_PORT, JWT issuer and audience', () => {
    const config = loadConfig(
      { PORT: '8080', HOST: '127.0.0.1', LOG_LEVEL: 'debug', EMBEDDED_PG_PORT: '5433', JWT_ISSUER: 'enbek-idp', JWT_AUDIENCE: 'gateway' },
      CWD,
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      logLevel: 'debug',
      embeddedPgPort: 5433,
      jwt: { kind: 'generated', issuer: 'enbek-idp', audience: 'gateway' },
    });
  });

  it.each(['0', '65535'])('PORT=%s is a valid port', (port) => {
    expect(loadConfig({ PORT: port }, CWD).port).toBe(Number(port));
  });

  it('a JWKS URL selects jwks verification', () => {
    expect(loadConfig({ JWT_JWKS_URL: JWKS }, CWD).jwt).toEqual({ kind: 'jwks', jwksUrl: JWKS, issuer: undefined, audience: undefined });
  });

  it('production with a database and a JWKS URL is accepted', () => {
    const config = loadConfig({ PRODUCTION: 'true', DATABASE_URL: DB, JWT_JWKS_URL: JWKS, CORS_ORIGINS: PORTAL }, CWD);
    expect(config).toMatchObject({ production: true, databaseUrl: DB, jwt: { kind: 'jwks', jwksUrl: JWKS }, seedDemo: false, corsOrigins: [PORTAL] });
  });

  it('NODE_ENV=production turns production mode on unless PRODUCTION says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: DB, JWT_JWKS_URL: JWKS, CORS_ORIGINS: PORTAL }, CWD).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', PRODUCTION: 'false' }, CWD).production).toBe(false);
  });

  it('a JWT_SECRET of exactly 32 bytes is accepted, counting bytes rather than characters', () => {
    expect(loadConfig({ JWT_SECRET: SECRET }, CWD).jwt).toMatchObject({ kind: 'secret', secret: SECRET });
    const cyrillic = 'ж'.repeat(16); // 16 characters, 32 bytes in UTF-8
    expect(loadConfig({ JWT_SECRET: cyrillic }, CWD).jwt).toMatchObject({ kind: 'secret', secret: cyrillic });
  });
});

describe('loadConfig: DATA_DIR', () => {
  it.each<[string | undefined, string]>([
    [undefined, path.join(CWD, '.data')],
    ['var/pg', path.join(CWD, 'var/pg')],
    ['../shared-data', path.resolve(CWD, '../shared-data')],
    [path.resolve('/var/lib/enbek'), path.resolve('/var/lib/enbek')],
  ])('DATA_DIR=%j resolves to %s', (dataDir, expected) => {
    expect(loadConfig({ DATA_DIR: dataDir }, CWD).dataDir).toBe(expected);
  });

  it('follows the cwd argument', () => {
    expect(loadConfig({ DATA_DIR: 'data' }, path.resolve('/opt/other')).dataDir).toBe(path.resolve('/opt/other/data'));
  });
});

describe('loadConfig: wrong values throw a ConfigError naming the variable', () => {
  it.each<{ name: string; env: Env; variable: string }>([
    { name: 'PORT=abc', env: { PORT: 'abc' }, variable: 'PORT' },
    { name: 'PORT=70000', env: { PORT: '70000' }, variable: 'PORT' },
    { name: 'PORT=-1', env: { PORT: '-1' }, variable: 'PORT' },
    { name: 'EMBEDDED_PG_PORT=99999', env: { EMBEDDED_PG_PORT: '99999' }, variable: 'EMBEDDED_PG_PORT' },
    { name: 'LOG_LEVEL=loud', env: { LOG_LEVEL: 'loud' }, variable: 'LOG_LEVEL' },
    { name: 'DATABASE_URL=mysql://x', env: { DATABASE_URL: 'mysql://x', JWT_SECRET: SECRET }, variable: 'DATABASE_URL' },
    { name: 'DATABASE_RUNTIME_URL without DATABASE_URL', env: { DATABASE_RUNTIME_URL: DB }, variable: 'DATABASE_RUNTIME_URL' },
    { name: 'DATABASE_RUNTIME_URL=mysql://x', env: { DATABASE_URL: DB, DATABASE_RUNTIME_URL: 'mysql://x', JWT_SECRET: SECRET }, variable: 'DATABASE_RUNTIME_URL' },
    { name: 'DATABASE_URL=not a url', env: { DATABASE_URL: 'not a url', JWT_SECRET: SECRET }, variable: 'DATABASE_URL' },
    { name: 'JWT_JWKS_URL=ftp://…', env: { JWT_JWKS_URL: 'ftp://id.example.kz/jwks' }, variable: 'JWT_JWKS_URL' },
    { name: 'JWT_SECRET of 31 bytes', env: { JWT_SECRET: 'x'.repeat(31) }, variable: 'JWT_SECRET' },
    { name: 'JWT_SECRET of 31 bytes with a database', env: { JWT_SECRET: 'x'.repeat(31), DATABASE_URL: DB }, variable: 'JWT_SECRET' },
    { name: 'both JWT_SECRET and JWT_JWKS_URL', env: { JWT_SECRET: SECRET, JWT_JWKS_URL: JWKS }, variable: 'JWT_SECRET' },
    { name: 'DATABASE_URL without any JWT setting', env: { DATABASE_URL: DB }, variable: 'JWT_JWKS_URL' },
    { name: 'PRODUCTION=true without JWT_JWKS_URL', env: { PRODUCTION: 'true', DATABASE_URL: DB }, variable: 'JWT_JWKS_URL' },
    { name: 'PRODUCTION=true with JWT_SECRET', env: { PRODUCTION: 'true', DATABASE_URL: DB, JWT_SECRET: SECRET }, variable: 'JWT_SECRET' },
    { name: 'PRODUCTION=maybe', env: { PRODUCTION: 'maybe' }, variable: 'PRODUCTION' },
    { name: 'PRODUCTION=true without DATABASE_URL', env: { PRODUCTION: 'true', JWT_JWKS_URL: JWKS }, variable: 'DATABASE_URL' },
    { name: 'SEED_DEMO=sometimes', env: { SEED_DEMO: 'sometimes' }, variable: 'SEED_DEMO' },
    { name: 'PRODUCTION=true without CORS_ORIGINS', env: { PRODUCTION: 'true', DATABASE_URL: DB, JWT_JWKS_URL: JWKS }, variable: 'CORS_ORIGINS' },
    { name: 'CORS_ORIGINS with a path', env: { CORS_ORIGINS: `${PORTAL}/app` }, variable: 'CORS_ORIGINS' },
    { name: 'CORS_ORIGINS without a scheme', env: { CORS_ORIGINS: 'portal.enbek.example.kz' }, variable: 'CORS_ORIGINS' },
    { name: 'CORS_ORIGINS=ftp://…', env: { CORS_ORIGINS: 'ftp://portal.enbek.example.kz' }, variable: 'CORS_ORIGINS' },
    { name: 'CORS_ORIGINS mixing * and an origin', env: { CORS_ORIGINS: `*,${PORTAL}` }, variable: 'CORS_ORIGINS' },
    { name: 'CORS_ORIGINS of commas only', env: { CORS_ORIGINS: ',,' }, variable: 'CORS_ORIGINS' },
  ])('$name → $variable', ({ env, variable }) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.name).toBe('ConfigError');
    expect(error.message.startsWith(`${variable}: `)).toBe(true);
  });

  it('the message quotes the wrong value', () => {
    expect(configError({ PORT: '70000' }).message).toContain('"70000"');
    expect(configError({ LOG_LEVEL: 'loud' }).message).toContain('"loud"');
    expect(configError({ PRODUCTION: 'maybe' }).message).toContain('"maybe"');
  });

  it('DATABASE_URL with another scheme names the scheme it got', () => {
    expect(configError({ DATABASE_URL: 'mysql://x' }).message).toContain('mysql:');
  });

  it('the production messages say what production needs', () => {
    expect(configError({ PRODUCTION: 'true', DATABASE_URL: DB }).message).toContain('production mode needs JWT_JWKS_URL');
    expect(configError({ PRODUCTION: 'true', JWT_JWKS_URL: JWKS }).message).toContain('production mode needs a database server');
    expect(configError({ PRODUCTION: 'true', DATABASE_URL: DB, JWT_JWKS_URL: JWKS }).message).toContain('production mode needs the origins of the frontends');
  });
});

describe('loadConfig: CORS_ORIGINS', () => {
  it('lists origins as a browser sends them: trimmed, without a trailing slash, host in lower case, each once', () => {
    expect(loadConfig({ CORS_ORIGINS: ` ${PORTAL}/ , http://localhost:5173,HTTPS://Staff.Enbek.Example.KZ, ${PORTAL}` }, CWD).corsOrigins).toEqual([
      PORTAL,
      'http://localhost:5173',
      'https://staff.enbek.example.kz',
    ]);
  });

  it('is * when unset in development, and * in production only when set so', () => {
    expect(loadConfig({}, CWD).corsOrigins).toBe('*');
    expect(loadConfig({ PRODUCTION: 'true', DATABASE_URL: DB, JWT_JWKS_URL: JWKS, CORS_ORIGINS: '*' }, CWD).corsOrigins).toBe('*');
  });
});
