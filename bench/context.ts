import type { Pool } from 'pg';
import type { Actor } from '../workflows/rules/roles';
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
