/**
 * Who uses the system (DOMAIN.md "People who use the system"), and `system`: the gateway's own
 * jobs (deadlines, overdue scans), which no token can claim.
 */
export const ROLES = ['applicant', 'reviewer', 'approver', 'accountant', 'auditor', 'admin', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work inside one region and only see that region's applications. */
export const REGIONAL_ROLES: readonly Role[] = ['reviewer', 'approver', 'accountant'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * The person behind a request, as proven by their token. `iin` is set for applicants,
 * `region` for regional staff.
 */
export interface Actor {
  id: string;
  roles: Role[];
  region?: string;
  iin?: string;
  name?: string;
}

/** The part of an actor recorded on a workflow event (and so in the transition log). */
export interface ActorRef {
  id: string;
  roles: Role[];
}

/** The gateway itself, when a durable job sends an event (an expired contract, an overdue loan). */
export const SYSTEM_ACTOR: Actor = { id: 'system', roles: ['system'] };

export function actorRef(actor: Actor): ActorRef {
  return { id: actor.id, roles: [...actor.roles] };
}

export function hasRole(actor: { roles: readonly Role[] }, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}
