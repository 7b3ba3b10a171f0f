import os from 'node:os';
import type { Pool } from 'pg';
import type { Actor } from '../workflows/rules/roles';
import { fromDist, type TokensModule } from './dist';
import type { HttpClient } from './http-client';
import type { Progress } from './progress';
import { staff } from './seed';

/** What every phase of a run shares. */
export interface BenchContext {
  client: HttpClient;
  pool: Pool;
  databaseUrl: string;
  regions: string[];
  progress: Progress;
  tokens: Tokens;
  clients: number[];
  warmupSeconds: number;
  seconds: number;
  smoke: boolean;
}

/** The secret `npm run bench` starts its gateways with, so it can mint their tokens. */
export const JWT_SECRET = 'bench-secret-long-enough-for-hs256-0123456789abcdef';

/** Bearer tokens for the bench's actors, minted once with the secret the server was started with. */
export class Tokens {
  private readonly cache = new Map<string, string>();
  constructor(private readonly mint: (actor: Actor) => Promise<string>) {}

  async of(actor: Actor): Promise<string> {
    let token = this.cache.get(actor.id);
    if (!token) {
      token = await this.mint(actor);
      this.cache.set(actor.id, token);
    }
    return token;
  }

  staff(regionCode: string, who: 'reviewer' | 'approver' | 'approver2' | 'accountant'): Promise<string> {
    return this.of(staff(regionCode)[who]);
  }

  applicant(iin: string): Promise<string> {
    return this.of({ id: `applicant:${iin}`, roles: ['applicant'], iin });
  }

  auditor(): Promise<string> {
    return this.of({ id: 'bench.auditor', roles: ['auditor'] });
  }

  admin(): Promise<string> {
    return this.of({ id: 'bench.admin', roles: ['admin'] });
  }
}

/** Tokens minted with JWT_SECRET by the built gateway's own token service. */
export async function benchTokens(): Promise<Tokens> {
  const tokensModule = await fromDist<TokensModule>('src/auth/tokens.js');
  const tokenService = tokensModule.createTokenService({ jwt: { kind: 'secret', secret: JWT_SECRET }, dataDir: os.tmpdir() });
  return new Tokens((actor) => tokenService.mint!({ sub: actor.id, roles: actor.roles, region: actor.region, iin: actor.iin }));
}
