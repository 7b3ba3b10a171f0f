import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicantProfile } from '../db/applicants';
import { Application } from '../db/entities';
import type { Actor } from '../../workflows/rules/roles';
import type { WorkflowEngine } from '../engine/engine';
import { fiscalYearOf, localDateOf } from '../../workflows/rules/fiscal';
import { carryForwardYear } from './reference';

import { DEMO_APPLICANTS, DEMO_REGION, DEMO_STAFF, LIFTING_APPLICANTS, applicantActor } from './demo-people';

export { DEMO_APPLICANTS, DEMO_REGION, DEMO_STAFF, LIFTING_APPLICANTS, applicantActor };

const CERTIFICATE = (number: string) => ({ number, issuedOn: '2026-02-10' });

/**
 * A few applications in different states, driven through the engine exactly as the API would
 * drive them, so every one has a real history. Runs only on an empty database.
 */
export async function seedDemo(em: EntityManager, engine: WorkflowEngine): Promise<boolean> {
  if ((await em.count(Application, {})) > 0) return false;
  // a demo started after the last seeded year still has parameters for today
  await carryForwardYear(em, fiscalYearOf(engine.now()));
  const { reviewer, approver, accountant } = DEMO_STAFF;
  const submit = async (profile: ApplicantProfile, amount: string, businessIdea: string, purpose: string, certificate: string | null) =>
    engine.submit({
      kind: 'grant',
      actor: applicantActor(profile),
      regionCode: profile.regionCode,
      applicant: profile,
      payload: { proposal: { amount, businessIdea, purpose, certificate: certificate ? CERTIFICATE(certificate) : null } },
    });
  const [aliya, yerlan, dana, marat] = DEMO_APPLICANTS as [ApplicantProfile, ApplicantProfile, ApplicantProfile, ApplicantProfile];

  // awaiting review
  await submit(dana, '450000.00', 'A small bakery with a wood-fired oven in Kokshetau', 'EQUIPMENT', 'BB-2026-00517');

  // under review, then changes requested
  const sewing = await submit(aliya, '700000.00', 'A sewing workshop for school uniforms', 'EQUIPMENT', 'BB-2026-01201');
  await engine.send(sewing.id, { type: 'START_REVIEW' }, reviewer);
  await engine.send(sewing.id, { type: 'REQUEST_CHANGES', note: 'Attach the supplier quote for the two industrial sewing machines.' }, reviewer);

  // recommended, waiting for the commission; no certificate needed (TSA-receiving large family)
  const sheep = await submit(yerlan, '850000.00', 'Buying 20 ewes to expand a sheep farm', 'ANIMAL_HUSBANDRY', null);
  await engine.send(sheep.id, { type: 'START_REVIEW' }, reviewer);
  // above half the cap (GRANT_SITE_VISIT_SHARE): grant v2 recommends it only after a site visit
  const today = localDateOf(engine.now());
  await engine.send(sheep.id, { type: 'RECORD_SITE_VISIT', visitedOn: today, findings: 'Pasture for 20 ewes and a winter shelter on the farm.' }, reviewer);
  await engine.send(sheep.id, { type: 'RECOMMEND', note: 'Pasture and shelter confirmed on a visit.' }, reviewer);

  // approved and paid, funds report pending
  const tools = await submit(marat, '600000.00', 'Carpentry tools for a furniture repair shop', 'INVENTORY_AND_TOOLS', 'BB-2025-02290');
  await engine.send(tools.id, { type: 'START_REVIEW' }, reviewer);
  await engine.send(tools.id, { type: 'RECORD_SITE_VISIT', visitedOn: today, findings: 'The workshop is rented; the lathe was seen at the seller.' }, reviewer);
  await engine.send(tools.id, { type: 'RECOMMEND', amount: '550000.00', note: 'The lathe is available second-hand for less.' }, reviewer);
  await engine.send(tools.id, { type: 'APPROVE', note: 'Commission meeting no. 14' }, approver);
  await engine.send(tools.id, { type: 'CONFIRM_DISBURSEMENT', paymentReference: 'KZT-PO-2026-000114', paidOn: localDateOf(engine.now()) }, accountant);

  // rejected at review, with a reason
  const cafe = await submit(dana, '300000.00', 'A mobile coffee cart', 'EQUIPMENT', 'BB-2026-00517');
  await engine.send(cafe.id, { type: 'START_REVIEW' }, reviewer);
  await engine.send(cafe.id, { type: 'REJECT', reason: 'The same applicant already has a grant application under consideration for a food business.' }, reviewer);

  const loan = async (profile: ApplicantProfile, request: Record<string, unknown>) =>
    engine.submit({
      kind: 'microcredit',
      actor: applicantActor(profile),
      regionCode: profile.regionCode,
      applicant: profile,
      payload: { request },
    });
  const dairy = { locality: 'RURAL', purpose: 'EXPANSION', jobsToCreate: 4, financialInstitution: 'Agrarian Credit Corporation', guaranteeShareBp: null };

  // preferential terms (large family): assessed, waiting for the committee
  const herd = await loan(yerlan, { ...dairy, amount: '15000000.00', termMonths: 72, rateBp: 400, businessDescription: 'A dairy farm: 25 cows, a milking parlour and a cooling tank' });
  await engine.send(herd.id, { type: 'START_REVIEW' }, reviewer);
  await engine.send(herd.id, { type: 'SUBMIT_ASSESSMENT', notes: 'Pasture lease for 10 years; collateral: the farm buildings.', proposed: { amount: '14000000.00', rateBp: 400, termMonths: 72, method: 'ANNUITY' } }, reviewer);

  // standard terms: approved, signed, paid out and repaying
  const workshop = await loan(marat, { ...dairy, purpose: 'START_UP', jobsToCreate: 2, amount: '5000000.00', termMonths: 36, rateBp: 600, businessDescription: 'A furniture workshop with a CNC router', financialInstitution: 'Microfinance organisation "Kokshe Credit"' });
  await engine.send(workshop.id, { type: 'START_REVIEW' }, reviewer);
  await engine.send(workshop.id, { type: 'SUBMIT_ASSESSMENT', notes: 'Orders from two schools confirmed.', proposed: { amount: '5000000.00', rateBp: 600, termMonths: 36, method: 'ANNUITY' } }, reviewer);
  await engine.send(workshop.id, { type: 'APPROVE', terms: { amount: '5000000.00', rateBp: 600, termMonths: 36, method: 'ANNUITY' }, note: 'Credit committee no. 7' }, approver);
  await engine.send(workshop.id, { type: 'SIGN_CONTRACT', contractNumber: 'MC-AKM-2026-0042', signedOn: today }, reviewer);
  await engine.send(workshop.id, { type: 'CONFIRM_DISBURSEMENT', paymentReference: 'KZT-PO-2026-000377', paidOn: today }, accountant);

  // approved, the contract not signed yet: the deadline job cancels it after 30 days
  const uniforms = await loan(aliya, { ...dairy, locality: 'URBAN', purpose: 'START_UP', jobsToCreate: 3, amount: '2500000.00', termMonths: 24, rateBp: 600, businessDescription: 'A sewing workshop for school uniforms' });
  await engine.send(uniforms.id, { type: 'START_REVIEW' }, reviewer);
  await engine.send(uniforms.id, { type: 'SUBMIT_ASSESSMENT', notes: 'Premises rented, two machines quoted.', proposed: { amount: '2500000.00', rateBp: 600, termMonths: 24, method: 'DIFFERENTIATED' } }, reviewer);
  await engine.send(uniforms.id, { type: 'APPROVE', terms: { amount: '2500000.00', rateBp: 600, termMonths: 24, method: 'DIFFERENTIATED' } }, approver);

  // lifting payments: people who moved from the south to work on a Roadmap project in Akmola
  const moved = async (profile: ApplicantProfile, from: string, by: Actor) =>
    engine.submit({
      kind: 'lifting',
      actor: by,
      regionCode: DEMO_REGION,
      applicant: profile,
      payload: {
        move: {
          referral: { employmentCentre: 'Kokshetau employment centre', number: `KOK-${profile.iin.slice(-4)}`, issuedOn: today },
          settlementFrom: from,
          settlementTo: 'Kokshetau',
          arrivalDate: today,
          infrastructureProject: 'Reconstruction of the Kokshetau water supply network',
          employer: 'Kokshe Su Kurylys LLP',
          familyMembers: 2,
        },
      },
    });
  // submitted by employment-centre staff on the person's behalf, waiting for verification
  await moved(LIFTING_APPLICANTS[0]!, 'Saryagash', reviewer);
  // verified and approved: two minimum wages of the year, waiting for the accountant
  const paid = await moved(LIFTING_APPLICANTS[1]!, 'Kentau', applicantActor(LIFTING_APPLICANTS[1]!));
  await engine.send(paid.id, { type: 'START_VERIFICATION' }, reviewer);
  await engine.send(paid.id, { type: 'VERIFY', referralConfirmed: true, arrivalConfirmed: true, note: 'Checked with the employer on site' }, reviewer);
  await engine.send(paid.id, { type: 'APPROVE' }, approver);
  return true;
}
