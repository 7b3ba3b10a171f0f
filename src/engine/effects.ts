import type { EntityManager } from '@mikro-orm/postgresql';
import type { Effect } from '../../workflows/definition';
import type { Application } from '../db/entities';
import { fiscalYearOf } from '../domain/fiscal';
import { QuotaExhaustedError } from '../errors';

/** What an effect may look at: the application row (before its update) and the event's time. */
export interface EffectSubject {
  application: Application;
  at: string;
}

type EffectHandler = (em: EntityManager, subject: EffectSubject, params: Record<string, unknown>) => Promise<void>;

/**
 * Reserves room in the receiving region's resettlement quota of the year of the decision.
 * One conditional UPDATE: two approvals at once cannot both take the last place.
 */
const reserveResettlementQuota: EffectHandler = async (em, { application, at }, params) => {
  const people = Number(params.people);
  const families = Number(params.families);
  const year = fiscalYearOf(at);
  const region = application.region.code;
  const updated = await em.execute<{ people: number }[]>(
    `update resettlement_quota
        set used_people = used_people + ?, used_families = used_families + ?, updated_at = now()
      where region_code = ? and year = ? and used_people + ? <= people and used_families + ? <= families
      returning people`,
    [people, families, region, year, people, families],
  );
  if (updated.length === 1) return;
  const [quota] = await em.execute<{ people: number; families: number; used_people: number; used_families: number }[]>(
    'select people, families, used_people, used_families from resettlement_quota where region_code = ? and year = ?',
    [region, year],
  );
  throw new QuotaExhaustedError(
    quota
      ? `the ${year} resettlement quota of ${region} has room for ${quota.people - quota.used_people} people and ${quota.families - quota.used_families} families; this approval needs ${people} people in ${families} family. An administrator may raise the quota.`
      : `${region} has no resettlement quota for ${year}; an administrator sets one`,
    { regionCode: region, year, ...(quota ?? {}) },
  );
};

const HANDLERS: Record<string, EffectHandler> = { reserveResettlementQuota };

/** Runs the machine's effects inside the action's transaction; a failure undoes the transition. */
export async function runEffects(em: EntityManager, effects: readonly Effect[], subject: EffectSubject): Promise<void> {
  for (const effect of effects) {
    const handler = HANDLERS[effect.type];
    if (!handler) throw new Error(`no handler for the effect ${effect.type}`);
    await handler(em, subject, effect.params);
  }
}
