import { makeIin } from '../../workflows/rules/iin';
import type { Actor } from '../../workflows/rules/roles';
import type { SubmitGrantApplicationInput, SubmitLiftingApplicationInput, SubmitMicrocreditApplicationInput } from '../../schema/client/graphql';

export const REGION = 'AKM';
export const OTHER_REGION = 'PAV';

export const reviewer: Actor = { id: 'reviewer-1', roles: ['reviewer'], region: REGION };
export const reviewer2: Actor = { id: 'reviewer-2', roles: ['reviewer'], region: REGION };
export const approver: Actor = { id: 'approver-1', roles: ['approver'], region: REGION };
export const approver2: Actor = { id: 'approver-2', roles: ['approver'], region: REGION };
export const accountant: Actor = { id: 'accountant-1', roles: ['accountant'], region: REGION };
export const otherRegionReviewer: Actor = { id: 'reviewer-pav', roles: ['reviewer'], region: OTHER_REGION };
export const otherRegionApprover: Actor = { id: 'approver-pav', roles: ['approver'], region: OTHER_REGION };
export const auditor: Actor = { id: 'auditor-1', roles: ['auditor'] };
export const admin: Actor = { id: 'admin-1', roles: ['admin'] };
/** a reviewer who is also an approver: four eyes must still stop them approving their own recommendation */
export const reviewerApprover: Actor = { id: 'both-1', roles: ['reviewer', 'approver'], region: REGION };
/** an approver who is also an accountant */
export const approverAccountant: Actor = { id: 'both-2', roles: ['approver', 'accountant'], region: REGION };

let serial = 100;
/** A new applicant with a valid IIN. */
export function newApplicant(birthDate = '1990-05-17', sex: 'male' | 'female' = 'female'): Actor & { iin: string } {
  serial += 7;
  const iin = makeIin(birthDate, sex, serial);
  return { id: `applicant:${iin}`, roles: ['applicant'], iin };
}

export function grantInput(applicant: { iin: string }, overrides: Partial<{ amount: string; certificate: SubmitGrantApplicationInput['proposal']['certificate']; categories: SubmitGrantApplicationInput['applicant']['categories']; regionCode: string; businessIdea: string }> = {}): SubmitGrantApplicationInput {
  return {
    applicant: {
      iin: applicant.iin,
      fullName: 'Aliya Nurpeisova',
      categories: overrides.categories ?? ['UNEMPLOYED'],
      locality: 'RURAL',
      settlement: 'Stepnogorsk',
    },
    regionCode: overrides.regionCode ?? REGION,
    proposal: {
      amount: overrides.amount ?? '500000.00',
      businessIdea: overrides.businessIdea ?? 'A sewing workshop for school uniforms',
      purpose: 'EQUIPMENT',
      certificate: overrides.certificate === undefined ? { number: 'BB-2026-0001', issuedOn: '2026-02-10' } : overrides.certificate,
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start: string) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set(at: string) {
      now = new Date(at);
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

export function microcreditInput(
  applicant: { iin: string },
  overrides: Partial<{ amount: string; rate: string; termMonths: number; categories: SubmitMicrocreditApplicationInput['applicant']['categories']; regionCode: string }> = {},
): SubmitMicrocreditApplicationInput {
  return {
    applicant: {
      iin: applicant.iin,
      fullName: 'Yerlan Tokhtarov',
      categories: overrides.categories ?? ['SELF_EMPLOYED'],
      locality: 'RURAL',
      settlement: 'Atbasar',
    },
    regionCode: overrides.regionCode ?? REGION,
    request: {
      amount: overrides.amount ?? '3000000.00',
      termMonths: overrides.termMonths ?? 36,
      rate: overrides.rate ?? '6',
      locality: 'RURAL',
      purpose: 'EXPANSION',
      businessDescription: 'A dairy farm: 10 more cows and a milking machine',
      jobsToCreate: 3,
      financialInstitution: 'Agrarian Credit Corporation',
    },
  };
}

export function liftingInput(
  applicant: { iin: string },
  overrides: Partial<{ settlementFrom: string; settlementTo: string; arrivalDate: string; referralIssuedOn: string; familyMembers: number; regionCode: string }> = {},
): SubmitLiftingApplicationInput {
  return {
    applicant: { iin: applicant.iin, fullName: 'Bolat Serikbayev', categories: ['UNEMPLOYED'], locality: 'URBAN', settlement: 'Ekibastuz' },
    regionCode: overrides.regionCode ?? 'PAV',
    move: {
      referral: { employmentCentre: 'Ekibastuz employment centre', number: 'REF-2026-118', issuedOn: overrides.referralIssuedOn ?? '2026-02-20' },
      settlementFrom: overrides.settlementFrom ?? 'Saryagash',
      settlementTo: overrides.settlementTo ?? 'Ekibastuz',
      arrivalDate: overrides.arrivalDate ?? '2026-02-25',
      infrastructureProject: 'Reconstruction of the Ekibastuz heating network',
      employer: 'Pavlodarenergo LLP',
      familyMembers: overrides.familyMembers ?? 0,
    },
  };
}
