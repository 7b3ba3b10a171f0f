import { createRemoteJWKSet, jwtVerify, SignJWT, errors as joseErrors, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Config, JwtConfig } from '../config';
import { isRole, REGIONAL_ROLES, type Actor, type Role } from '../../workflows/rules/roles';
import { UnauthenticatedError } from '../../workflows/errors';
import { isValidIin } from '../../workflows/rules/iin';

/** The claims the gateway reads from a bearer token. */
export interface GatewayClaims {
  sub: string;
  roles: Role[];
  region?: string;
  iin?: string;
  name?: string;
}

/** Verifies bearer tokens and turns them into actors; mints development tokens. */
export interface TokenService {
  verify(token: string): Promise<Actor>;
  /** only with a shared secret (development, embedded mode, tests) */
  mint?(claims: GatewayClaims, ttlSeconds?: number): Promise<string>;
}

const SECRET_FILE = 'jwt-secret';

/** The token of an `Authorization: Bearer <token>` value (header or connection parameter), or null. */
export function bearerTokenOf(authorization: unknown): string | null {
  if (typeof authorization !== 'string') return null;
  return /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1] ?? null;
}

/**
 * The embedded mode's secret: made once and kept in the (git-ignored) data folder, so tokens
 * minted by `npm run token` keep working across restarts.
 */
export function embeddedSecret(dataDir: string): string {
  const file = path.join(dataDir, SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
}

export function resolveSecret(jwt: JwtConfig, dataDir: string): string | null {
  if (jwt.kind === 'secret') return jwt.secret;
  if (jwt.kind === 'generated') return embeddedSecret(dataDir);
  return null;
}

function toActor(payload: JWTPayload): Actor {
  const { sub, roles, region, iin, name } = payload as Partial<GatewayClaims>;
  if (typeof sub !== 'string' || sub.length === 0) throw new UnauthenticatedError('the token has no subject');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole) || roles.includes('system')) {
    throw new UnauthenticatedError('the token carries no known roles');
  }
  if (roles.some((r) => REGIONAL_ROLES.includes(r)) && (typeof region !== 'string' || region.length === 0)) {
    throw new UnauthenticatedError('a staff token must name its region');
  }
  // refused at the door, not at the first action: every read and act of an applicant is scoped
  // by this IIN, and one that cannot be a person's (its check digit, its birth date) is a bad token
  if (roles.includes('applicant') && (typeof iin !== 'string' || !isValidIin(iin))) {
    throw new UnauthenticatedError("an applicant's token must carry their valid IIN");
  }
  return {
    id: sub,
    roles: [...new Set(roles)],
    ...(typeof region === 'string' ? { region } : {}),
    ...(typeof iin === 'string' ? { iin } : {}),
    ...(typeof name === 'string' ? { name } : {}),
  };
}

/**
 * Verified tokens are kept, by their exact text, until they expire: a client sends the same token
 * with every request, and verifying it (a signature, the claims) is the same answer each time.
 *
 * - An entry lives until the token's `exp` and never longer than `maxAgeSeconds`: what jose would
 *   answer for it is what the cache answers (an expired token is verified again, and refused).
 *   A token without `exp` is not kept.
 * - A key taken out of the JWKS (rotated or revoked) stops new tokens at once; a token it signed
 *   that is already kept stays accepted until its `exp`, at most `maxAgeSeconds` — the window an
 *   operator accepts by issuing tokens of that lifetime anyway. Restart the gateway to end it sooner.
 * - Failures are not kept: a refused token is checked again each time.
 * - Bounded: `max` tokens and `maxChars` characters of token text in all (least recently used
 *   first out); a token longer than `maxTokenChars` is verified every time.
 */
export const TOKEN_CACHE = { max: 10_000, maxChars: 8_000_000, maxTokenChars: 4_096, maxAgeSeconds: 15 * 60 } as const;

interface KeptToken {
  actor: Actor;
  /** epoch milliseconds after which the token is verified again */
  until: number;
}

export function createTokenService(config: Pick<Config, 'jwt' | 'dataDir'>): TokenService {
  const { jwt } = config;
  const secret = resolveSecret(jwt, config.dataDir);
  const key: Uint8Array | JWTVerifyGetKey =
    secret !== null ? new TextEncoder().encode(secret) : createRemoteJWKSet(new URL((jwt as { jwksUrl: string }).jwksUrl));
  const options = {
    ...(jwt.issuer ? { issuer: jwt.issuer } : {}),
    ...(jwt.audience ? { audience: jwt.audience } : {}),
    algorithms: secret !== null ? ['HS256'] : ['RS256', 'ES256', 'PS256', 'EdDSA'],
  };
  const kept = new LRUCache<string, KeptToken>({ max: TOKEN_CACHE.max, maxSize: TOKEN_CACHE.maxChars, sizeCalculation: (_, token) => token.length });
  return {
    async verify(token) {
      const hit = kept.get(token);
      if (hit) {
        if (Date.now() < hit.until) return hit.actor;
        kept.delete(token);
      }
      try {
        const { payload } = await jwtVerify(token, key as Uint8Array, options);
        // one frozen actor, the same object for every request that sends this token
        const verified = toActor(payload);
        const actor: Actor = Object.freeze({ ...verified, roles: Object.freeze([...verified.roles]) as Role[] });
        // jose refuses a token once now >= exp (in seconds): the entry ends at the same moment
        if (typeof payload.exp === 'number' && token.length <= TOKEN_CACHE.maxTokenChars) {
          const until = Math.min(payload.exp * 1000, Date.now() + TOKEN_CACHE.maxAgeSeconds * 1000);
          if (until > Date.now()) kept.set(token, { actor, until });
        }
        return actor;
      } catch (error) {
        if (error instanceof UnauthenticatedError) throw error;
        if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('the token has expired');
        throw new UnauthenticatedError('the token is not valid');
      }
    },
    ...(secret !== null
      ? {
          async mint(claims: GatewayClaims, ttlSeconds = 12 * 3600) {
            let builder = new SignJWT({ ...claims } as JWTPayload)
              .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
              .setSubject(claims.sub)
              .setIssuedAt()
              .setExpirationTime(`${ttlSeconds}s`);
            if (jwt.issuer) builder = builder.setIssuer(jwt.issuer);
            if (jwt.audience) builder = builder.setAudience(jwt.audience);
            return builder.sign(new TextEncoder().encode(secret));
          },
        }
      : {}),
  };
}
