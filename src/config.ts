import path from 'node:path';
import { parseRate } from '../workflows/rules/rate';

/** Log levels pino understands, lowest to highest. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * How the gateway verifies bearer tokens: a shared HS256 secret (development and the embedded
 * mode) or a JWKS endpoint of an identity provider (production).
 */
export type JwtConfig =
  | { kind: 'secret'; secret: string; issuer?: string; audience?: string }
  | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string }
  /** embedded mode with no secret given: one is generated and kept in the data folder */
  | { kind: 'generated'; issuer?: string; audience?: string };

export interface Config {
  port: number;
  host: string;
  /** the owner of the tables, who runs migrations; null: start the embedded PostgreSQL in `dataDir` */
  databaseUrl: string | null;
  /**
   * the role the running gateway connects as (see src/db/runtime-role.ts); null: derived from
   * the owner's URL as the `gateway_runtime` role the migrations create
   */
  databaseRuntimeUrl: string | null;
  dataDir: string;
  /** port of the embedded PostgreSQL; null picks a free one */
  embeddedPgPort: number | null;
  jwt: JwtConfig;
  logLevel: LogLevel;
  production: boolean;
  /** seed demo applicants and applications (reference data is always seeded) */
  seedDemo: boolean;
  /** accept only the operations in schema/operations/ (persisted-query allow-list) */
  operationAllowList: boolean;
  /** run the jobs' cron schedules (deadlines every minute, the daily overdue scan) */
  scheduleJobs: boolean;
  /** working days to decide a lifting application before it is escalated */
  liftingDecisionWorkingDays: number;
  /**
   * GRANT_SITE_VISIT_SHARE: the percent of the grant cap above which a reviewer records a site
   * visit before recommending (grant machine version 2), as basis points (50 % = 5000)
   */
  grantSiteVisitShareBp: number;
  /** how many days back an action may be dated (its business date) unless its fiscal year is opened for back-entry */
  backEntryDays: number;
  payments: {
    /** the embedded simulated treasury, or a provider's HTTP API */
    provider: { kind: 'simulated' } | { kind: 'http'; url: string; token: string };
    retryLimit: number;
    timeoutSeconds: number;
    /** process payment jobs in this process (tests switch it off and process them on demand) */
    worker: boolean;
  };
  /** crash-safety tests only: where the payment worker kills its own process */
  faultInjection: 'kill-before-payment' | 'kill-after-payment' | null;
  /**
   * the browser origins allowed to read the API's answers (CORS): `*` for any page, or a list of
   * origins such as `https://portal.example.kz`, compared exactly with the request's `Origin`
   */
  corsOrigins: '*' | string[];
}

/** A configuration value that is wrong; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function optional(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function parsePort(env: Env, name: string, fallback: number | null): number | null {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError(name, `must be a port number from 0 to 65535, got "${raw}"`);
  }
  return Number(raw);
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function parseWholeNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

/** A percent from 0 (exclusive) to 100, at most two decimals ("50", "37.5"), as basis points. */
function parsePercent(env: Env, name: string, fallback: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  const parsed = parseRate(raw);
  if (!parsed.ok || parsed.value <= 0) {
    throw new ConfigError(name, `must be a percent above 0 and at most 100 with at most two decimals (50 for half), got "${raw}"`);
  }
  return parsed.value;
}

function parseUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${url.protocol}`);
  }
  return raw;
}

/**
 * CORS_ORIGINS: `*`, or origins separated by commas, each a scheme and host (and port) without a
 * path, as a browser sends it in `Origin`. Unset, development allows any page; production mode
 * asks for the list (or an explicit `*`), so a deployment states which frontends may read it.
 */
function parseCorsOrigins(env: Env, production: boolean): Config['corsOrigins'] {
  const raw = optional(env, 'CORS_ORIGINS');
  if (raw === undefined) {
    if (production) {
      throw new ConfigError(
        'CORS_ORIGINS',
        'production mode needs the origins of the frontends, e.g. CORS_ORIGINS=https://portal.example.kz,https://staff.example.kz (or * to let any page read the API)',
      );
    }
    return '*';
  }
  if (raw === '*') return '*';
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0) throw new ConfigError('CORS_ORIGINS', 'lists no origin');
  return [
    ...new Set(
      entries.map((entry) => {
        if (entry === '*') throw new ConfigError('CORS_ORIGINS', 'is either * alone or a list of origins, not both');
        let url: URL;
        try {
          url = new URL(entry);
        } catch {
          throw new ConfigError('CORS_ORIGINS', `"${entry}" is not an origin such as https://portal.example.kz`);
        }
        // a browser's Origin is the scheme, host and port only: anything more would never match
        const bare = (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password;
        if (!['https:', 'http:'].includes(url.protocol) || !bare || !/^https?:\/\/[^/]+\/?$/i.test(entry)) {
          throw new ConfigError('CORS_ORIGINS', `"${entry}" is not an origin such as https://portal.example.kz (a scheme and a host, no path)`);
        }
        return url.origin;
      }),
    ),
  ];
}

/**
 * Reads and validates the whole configuration once. Throws {@link ConfigError} naming the first
 * wrong variable, so a bad deployment fails at start rather than at the first request.
 *
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const production = parseBoolean(env, 'PRODUCTION', optional(env, 'NODE_ENV') === 'production');
  const databaseUrl = parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']) ?? null;
  const databaseRuntimeUrl = parseUrl(env, 'DATABASE_RUNTIME_URL', ['postgres:', 'postgresql:']) ?? null;
  if (databaseRuntimeUrl !== null && databaseUrl === null) {
    throw new ConfigError('DATABASE_RUNTIME_URL', 'needs DATABASE_URL (the owner, who runs the migrations) beside it');
  }

  const logLevel = (optional(env, 'LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }

  const secret = optional(env, 'JWT_SECRET');
  const jwksUrl = parseUrl(env, 'JWT_JWKS_URL', ['https:', 'http:']);
  const issuer = optional(env, 'JWT_ISSUER');
  const audience = optional(env, 'JWT_AUDIENCE');
  let jwt: JwtConfig;
  if (secret !== undefined && jwksUrl !== undefined) {
    throw new ConfigError('JWT_SECRET', 'set either JWT_SECRET or JWT_JWKS_URL, not both');
  } else if (jwksUrl !== undefined) {
    jwt = { kind: 'jwks', jwksUrl, issuer, audience };
  } else if (secret !== undefined) {
    // HS256 with a short secret is brute-forceable
    if (Buffer.byteLength(secret) < 32) {
      throw new ConfigError('JWT_SECRET', 'must be at least 32 bytes long');
    }
    if (production) {
      throw new ConfigError('JWT_SECRET', 'shared secrets are for development; production mode needs JWT_JWKS_URL');
    }
    jwt = { kind: 'secret', secret, issuer, audience };
  } else if (databaseUrl === null && !production) {
    jwt = { kind: 'generated', issuer, audience };
  } else {
    throw new ConfigError(
      'JWT_JWKS_URL',
      production ? 'production mode needs JWT_JWKS_URL' : 'with DATABASE_URL set, give JWT_SECRET or JWT_JWKS_URL',
    );
  }

  if (production && databaseUrl === null) {
    throw new ConfigError('DATABASE_URL', 'production mode needs a database server; the embedded one is for development');
  }

  const providerKind = optional(env, 'PAYMENT_PROVIDER') ?? 'simulated';
  let provider: Config['payments']['provider'];
  if (providerKind === 'simulated') {
    provider = { kind: 'simulated' };
  } else if (providerKind === 'http') {
    const url = parseUrl(env, 'PAYMENT_PROVIDER_URL', ['https:', 'http:']);
    const token = optional(env, 'PAYMENT_PROVIDER_TOKEN');
    if (!url) throw new ConfigError('PAYMENT_PROVIDER_URL', 'is required with PAYMENT_PROVIDER=http');
    if (!token) throw new ConfigError('PAYMENT_PROVIDER_TOKEN', 'is required with PAYMENT_PROVIDER=http');
    provider = { kind: 'http', url, token };
  } else {
    throw new ConfigError('PAYMENT_PROVIDER', `must be simulated or http, got "${providerKind}"`);
  }
  const fault = optional(env, 'FAULT_INJECTION') ?? null;
  if (fault !== null && fault !== 'kill-before-payment' && fault !== 'kill-after-payment') {
    throw new ConfigError('FAULT_INJECTION', 'must be kill-before-payment or kill-after-payment');
  }
  if (fault !== null && production) throw new ConfigError('FAULT_INJECTION', 'is for tests and never allowed in production mode');

  const corsOrigins = parseCorsOrigins(env, production);

  const host = optional(env, 'HOST') ?? '0.0.0.0';
  return {
    port: parsePort(env, 'PORT', 4000) ?? 4000,
    host,
    databaseUrl,
    databaseRuntimeUrl,
    dataDir: path.resolve(cwd, optional(env, 'DATA_DIR') ?? '.data'),
    embeddedPgPort: parsePort(env, 'EMBEDDED_PG_PORT', null),
    jwt,
    logLevel,
    production,
    seedDemo: parseBoolean(env, 'SEED_DEMO', databaseUrl === null),
    operationAllowList: parseBoolean(env, 'OPERATION_ALLOWLIST', false),
    scheduleJobs: parseBoolean(env, 'SCHEDULE_JOBS', true),
    liftingDecisionWorkingDays: parseWholeNumber(env, 'LIFTING_DECISION_WORKING_DAYS', 10, 1, 250),
    grantSiteVisitShareBp: parsePercent(env, 'GRANT_SITE_VISIT_SHARE', 5000),
    backEntryDays: parseWholeNumber(env, 'BACK_ENTRY_DAYS', 7, 0, 366),
    payments: {
      provider,
      retryLimit: parseWholeNumber(env, 'PAYMENT_RETRY_LIMIT', 5, 0, 20),
      timeoutSeconds: parseWholeNumber(env, 'PAYMENT_TIMEOUT_SECONDS', 60, 1, 3600),
      worker: parseBoolean(env, 'PAYMENT_WORKER', true),
    },
    faultInjection: fault,
    corsOrigins,
  };
}
