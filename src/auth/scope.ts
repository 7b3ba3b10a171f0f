import type { EntityManager } from '@mikro-orm/postgresql';
import { REGIONAL_ROLES, hasRole, type Actor } from '../../workflows/rules/roles';
import { Applicant, type Application } from '../db/entities';
import { ForbiddenError, NotFoundError } from '../../workflows/errors';

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

/**
 * The refusal of an application outside the caller's scope: word for word what a missing id
 * answers, so a stranger cannot learn that the id exists (DESIGN.md "Security").
 */
export function unseenApplication(id: string): NotFoundError {
  return new NotFoundError(`there is no application ${id}`);
}

/** Refuses to show an application outside the caller's scope, as if it did not exist. */
export async function assertMayRead(em: EntityManager, actor: Actor, application: Application): Promise<void> {
  if (!(await withinScope(em, readScope(actor), application))) throw unseenApplication(application.id);
}

/** Whether a scope covers an application, from its region and its applicant's IIN (null or undefined when not read). */
function covers(scope: ReadScope, application: { regionCode: string; applicantIin: string | null | undefined }): boolean {
  if (scope === null) return false;
  if ('all' in scope) return true;
  if ('regionCode' in scope) return application.regionCode === scope.regionCode;
  return application.applicantIin != null && application.applicantIin === scope.applicantIin;
}

/**
 * Refuses to show an application outside the caller's scope, as if it did not exist, from its
 * region and its applicant's IIN as read with it (the IIN is needed only for an applicant's scope).
 */
export function assertMayReadRecord(actor: Actor, application: { id: string; regionCode: string; applicantIin: string | undefined }): void {
  if (!covers(readScope(actor), application)) throw unseenApplication(application.id);
}

/**
 * Refuses an action on an application outside the caller's own scope, on a row the caller has
 * read itself (the engine's locked read): auditors read everything but act on nothing; regional
 * staff act in their region; applicants on their own (the IIN is null when it was not read).
 * One who may not even see the application is answered as if it did not exist; one who may see
 * it (an auditor) is told they may not act. The gateway's own jobs act anywhere; no token can
 * carry the `system` role (see auth/tokens.ts).
 */
export function assertMayActOn(actor: Actor, row: { id: string; regionCode: string; applicantIin: string | null }): void {
  if (hasRole(actor, 'system')) return;
  if (covers(readScope({ ...actor, roles: actor.roles.filter((r) => r !== 'auditor') }), row)) return;
  if (!covers(readScope(actor), row)) throw unseenApplication(row.id);
  throw new ForbiddenError('an auditor reads every application and acts on none');
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
