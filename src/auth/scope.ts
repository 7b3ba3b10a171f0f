import type { EntityManager } from '@mikro-orm/postgresql';
import { REGIONAL_ROLES, hasRole, type Actor } from '../../workflows/rules/roles';
import { Applicant, type Application } from '../db/entities';
import { ForbiddenError } from '../../workflows/errors';

/**
 * Which applications a caller may see, as a filter for lists: applicants their own, regional
 * staff their region, auditors everything. null means nothing at all.
 */
export type ReadScope = { all: true } | { regionCode: string } | { applicantIin: string } | null;

export function readScope(actor: Actor): ReadScope {
  if (hasRole(actor, 'auditor')) return { all: true };
  if (hasRole(actor, ...REGIONAL_ROLES) && actor.region) return { regionCode: actor.region };
  if (hasRole(actor, 'applicant') && actor.iin) return { applicantIin: actor.iin };
  return null;
}

async function applicantIinOf(em: EntityManager, application: Application): Promise<string> {
  const applicant = await em.findOneOrFail(Applicant, { id: application.applicant.id }, { fields: ['iin'] });
  return applicant.iin;
}

async function withinScope(em: EntityManager, scope: ReadScope, application: Application): Promise<boolean> {
  if (scope === null) return false;
  if ('all' in scope) return true;
  if ('regionCode' in scope) return application.region.code === scope.regionCode;
  return (await applicantIinOf(em, application)) === scope.applicantIin;
}

/** Refuses to show an application outside the caller's scope. */
export async function assertMayRead(em: EntityManager, actor: Actor, application: Application): Promise<void> {
  if (!(await withinScope(em, readScope(actor), application))) {
    throw new ForbiddenError('this application is outside what you may see');
  }
}

/**
 * Refuses to show an application outside the caller's scope, from its region and its
 * applicant's IIN as read with it (the IIN is needed only for an applicant's scope).
 */
export function assertMayReadRecord(actor: Actor, application: { regionCode: string; applicantIin: string | undefined }): void {
  const scope = readScope(actor);
  const within =
    scope !== null &&
    ('all' in scope ||
      ('regionCode' in scope && application.regionCode === scope.regionCode) ||
      ('applicantIin' in scope && application.applicantIin !== undefined && application.applicantIin === scope.applicantIin));
  if (!within) throw new ForbiddenError('this application is outside what you may see');
}

/**
 * Refuses an action on an application outside the caller's own scope, on a row the caller has
 * read itself (the engine's locked read): auditors read everything but act on nothing; regional
 * staff act in their region; applicants on their own (the IIN is null when it was not read).
 * The gateway's own jobs act anywhere; no token can carry the `system` role (see auth/tokens.ts).
 */
export function assertMayActOn(actor: Actor, row: { regionCode: string; applicantIin: string | null }): void {
  if (hasRole(actor, 'system')) return;
  const scope = readScope({ ...actor, roles: actor.roles.filter((r) => r !== 'auditor') });
  const within =
    scope !== null && ('all' in scope || ('regionCode' in scope ? row.regionCode === scope.regionCode : row.applicantIin !== null && row.applicantIin === scope.applicantIin));
  if (!within) {
    throw new ForbiddenError(
      hasRole(actor, ...REGIONAL_ROLES) ? 'this application belongs to another region' : 'you may not act on this application',
    );
  }
}

/** Which region a report or limit query may cover: staff their own, auditors and admins any. */
export function reportScope(actor: Actor, regionCode: string | null | undefined): string | null {
  if (hasRole(actor, 'auditor', 'admin')) return regionCode ?? null;
  if (hasRole(actor, ...REGIONAL_ROLES) && actor.region) {
    if (regionCode && regionCode !== actor.region) throw new ForbiddenError('staff see the figures of their own region');
    return actor.region;
  }
  throw new ForbiddenError('reports are for programme staff, auditors and administrators');
}
