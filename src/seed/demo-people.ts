import type { ApplicantProfile } from '../db/applicants';
import { makeIin } from '../../workflows/rules/iin';
import type { Actor } from '../../workflows/rules/roles';

// The demo's people, apart from the seeding (which needs the ORM), so `npm run token` can name
// them without loading the database layer.

/** Demo staff of Akmola region, and the people the demo tokens are minted for. */
export const DEMO_REGION = 'AKM';
export const DEMO_STAFF: Record<'reviewer' | 'approver' | 'accountant' | 'auditor' | 'admin', Actor> = {
  reviewer: { id: 'reviewer.akm@enbek.demo', roles: ['reviewer'], region: DEMO_REGION, name: 'Aigerim Sadykova' },
  approver: { id: 'approver.akm@enbek.demo', roles: ['approver'], region: DEMO_REGION, name: 'Nurlan Abenov' },
  accountant: { id: 'accountant.akm@enbek.demo', roles: ['accountant'], region: DEMO_REGION, name: 'Saule Ermekova' },
  auditor: { id: 'auditor@enbek.demo', roles: ['auditor'], name: 'Ministry auditor' },
  admin: { id: 'admin@enbek.demo', roles: ['admin'], name: 'Programme administrator' },
};

export const DEMO_APPLICANTS: ApplicantProfile[] = [
  { iin: makeIin('1990-03-14', 'female', 1201), fullName: 'Aliya Nurpeisova', categories: ['UNEMPLOYED'], locality: 'RURAL', regionCode: DEMO_REGION, settlement: 'Stepnogorsk' },
  { iin: makeIin('1985-11-02', 'male', 3407), fullName: 'Yerlan Tokhtarov', categories: ['LARGE_FAMILY', 'TSA_RECIPIENT'], locality: 'RURAL', regionCode: DEMO_REGION, settlement: 'Atbasar' },
  { iin: makeIin('2001-06-25', 'female', 517), fullName: 'Dana Seitkali', categories: ['YOUTH'], locality: 'URBAN', regionCode: DEMO_REGION, settlement: 'Kokshetau' },
  { iin: makeIin('1978-01-30', 'male', 2290), fullName: 'Marat Zhaksybekov', categories: ['SELF_EMPLOYED', 'KANDAS'], locality: 'RURAL', regionCode: DEMO_REGION, settlement: 'Shchuchinsk' },
];

/** People who moved for work (lifting payments). */
export const LIFTING_APPLICANTS: ApplicantProfile[] = [
  { iin: makeIin('1996-08-19', 'male', 4411), fullName: 'Bolat Serikbayev', categories: ['UNEMPLOYED', 'YOUTH'], locality: 'URBAN', regionCode: DEMO_REGION, settlement: 'Kokshetau' },
  { iin: makeIin('1989-02-07', 'male', 1733), fullName: 'Nurzhan Abdrakhmanov', categories: ['UNEMPLOYED'], locality: 'URBAN', regionCode: DEMO_REGION, settlement: 'Kokshetau' },
];

export function applicantActor(profile: ApplicantProfile): Actor {
  return { id: `applicant:${profile.iin}`, roles: ['applicant'], iin: profile.iin, name: profile.fullName };
}
