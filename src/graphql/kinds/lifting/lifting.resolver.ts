import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Region, ResettlementQuota } from '../../../db/entities';
import { editResettlementQuota } from '../../../db/reference-edits';
import { ValidationError } from '../../../../workflows/errors';
import type { LiftingMove } from '../../../../workflows/lifting/v1';
import { requireActor, type GraphQLContext } from '../../context';
import { SubmissionResolver } from '../submission.resolver';
import { ActionInput } from '../../types/inputs';
import { LiftingMoveInput, ResettlementQuotaInput, ResubmitLiftingApplicationInput, SubmitLiftingApplicationInput, VerifyLiftingInput } from './lifting.inputs';
import { LiftingApplicationType, ResettlementQuotaType } from './lifting.type';
import { resettlementQuotaView } from '../../views';
import { act } from '../../act';
import { checkForm } from '../form';
import { LIFTING_RESUBMISSION_FIELDS, LIFTING_SUBMISSION_FIELDS } from './lifting.form';

function moveOf(input: LiftingMoveInput): LiftingMove {
  return {
    referral: input.referral
      ? { employmentCentre: input.referral.employmentCentre.trim(), number: input.referral.number.trim(), issuedOn: input.referral.issuedOn }
      : null,
    settlementFrom: input.settlementFrom.trim(),
    settlementTo: input.settlementTo.trim(),
    arrivalDate: input.arrivalDate,
    infrastructureProject: input.infrastructureProject.trim(),
    employer: input.employer.trim(),
    familyMembers: input.familyMembers,
  };
}

const LiftingSubmission = SubmissionResolver({
  kind: 'lifting',
  name: 'submitLiftingApplication',
  description:
    'A person who moved for work applies for the lifting payment, or employment-centre staff apply on their behalf. The amount is computed, never sent; a second application for the same move is refused (DUPLICATE_APPLICATION).',
  input: SubmitLiftingApplicationInput,
  type: LiftingApplicationType,
  payloadOf: (input) => ({ move: moveOf(input.move) }),
  screeningFields: LIFTING_SUBMISSION_FIELDS,
});

/** Lifting (resettlement) payments and the receiving regions' quotas. */
@Resolver(() => LiftingApplicationType)
export class LiftingResolver extends LiftingSubmission {
  @Authorized()
  @Mutation(() => LiftingApplicationType, { description: 'The corrected move after changes were requested, by the person or the staff.' })
  async resubmitLiftingApplication(
    // validated by checkForm, so that the screening's reasons are answered with the form's errors
    @Arg('input', { validate: false }) input: ResubmitLiftingApplicationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LiftingApplicationType> {
    const form = await checkForm(input, LIFTING_RESUBMISSION_FIELDS);
    const event = { type: 'RESUBMIT', move: moveOf(input.move), ...(input.note ? { note: input.note.trim() } : {}) };
    return (await act(ctx, input, event, form)) as LiftingApplicationType;
  }

  @Authorized()
  @Mutation(() => LiftingApplicationType, { description: 'A reviewer starts verifying the referral and the arrival.' })
  async startVerification(@Arg('input') input: ActionInput, @Ctx() ctx: GraphQLContext): Promise<LiftingApplicationType> {
    return (await act(ctx, input, { type: 'START_VERIFICATION' })) as LiftingApplicationType;
  }

  @Authorized()
  @Mutation(() => LiftingApplicationType, { description: 'The reviewer confirms the referral and the arrival; both must be confirmed.' })
  async verifyLiftingApplication(@Arg('input') input: VerifyLiftingInput, @Ctx() ctx: GraphQLContext): Promise<LiftingApplicationType> {
    return (await act(ctx, input, {
      type: 'VERIFY',
      referralConfirmed: input.referralConfirmed,
      arrivalConfirmed: input.arrivalConfirmed,
      ...(input.note ? { note: input.note.trim() } : {}),
    })) as LiftingApplicationType;
  }

  @Authorized()
  @Query(() => [ResettlementQuotaType], { description: "Receiving regions' quotas of a year and their use." })
  async resettlementQuotas(
    @Arg('year', () => Int, { description: 'the fiscal year' }) year: number,
    @Ctx() ctx: GraphQLContext,
    @Arg('regionCode', () => String, { nullable: true, description: 'one receiving region; all when omitted' }) regionCode?: string | null,
  ): Promise<ResettlementQuotaType[]> {
    const rows = await ctx.em.find(ResettlementQuota, { year, ...(regionCode ? { region: regionCode } : {}) }, { orderBy: { region: 'asc' } });
    return rows.map(resettlementQuotaView);
  }

  @Authorized('admin')
  @Mutation(() => ResettlementQuotaType, {
    description:
      "An administrator sets or raises a region's yearly quota (a number left out is kept); never below what approvals already use. Every change is kept as a revision.",
  })
  async setResettlementQuota(@Arg('input') input: ResettlementQuotaInput, @Ctx() ctx: GraphQLContext): Promise<ResettlementQuotaType> {
    const actor = requireActor(ctx);
    if ((await ctx.em.count(Region, { code: input.regionCode })) === 0) {
      throw ValidationError.single('regionCode', 'REGION_UNKNOWN', `there is no region "${input.regionCode}"`);
    }
    // the row locked while it is checked against its use and changed: approvals wait for it
    await editResettlementQuota(ctx.em, input, actor.id);
    return resettlementQuotaView(await ctx.em.findOneOrFail(ResettlementQuota, { region: input.regionCode, year: input.year }, { refresh: true }));
  }
}
