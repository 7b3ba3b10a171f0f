import { Max, MaxLength, Min, Matches, ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { formatMoney, type Tiyn } from '../../../workflows/rules/money';
import { ApplicationView, money, stamp, type FieldSources } from '../../../src/graphql/kinds/application.view';
import type { KindModule } from '../../../src/graphql/kinds/kind-module';
import { SubmissionResolver } from '../../../src/graphql/kinds/submission.resolver';
import { MoneyScalar } from '../../../src/graphql/scalars';
import { ApplicationNode, NoteStampType, StampType, WithdrawalType } from '../../../src/graphql/types/application.type';
import { act } from '../../../src/graphql/act';
import type { GraphQLContext } from '../../../src/graphql/context';
import { ActionInput, ApplicantInput, NoteActionInput, NOT_BLANK } from '../../../src/graphql/types/inputs';
import { ObjectType } from '../../../src/graphql/types/object-type';
import { PRACTICE_MAX_MONTHS, type PracticeContext } from './workflow';

/** The test kind's GraphQL part, as a kind's folder under src/graphql/kinds/<kind>/ would hold it. */

@ObjectType('PracticeApplication', { implements: ApplicationNode, description: 'Youth practice: a paid placement with an employer (a test kind).' })
export class PracticeApplicationType extends ApplicationNode {
  @Field()
  employer!: string;

  @Field(() => Int)
  months!: number;

  @Field(() => MoneyScalar)
  monthlyWage!: Tiyn;

  @Field(() => StampType, { nullable: true })
  reviewStarted!: StampType | null;

  @Field(() => NoteStampType, { nullable: true, description: 'the reviewer confirmed the placement with the employer' })
  placementConfirmed!: NoteStampType | null;

  @Field(() => NoteStampType, { nullable: true })
  closing!: NoteStampType | null;

  @Field(() => WithdrawalType, { nullable: true })
  withdrawal!: WithdrawalType | null;
}

@InputType()
export class PlacementInput {
  @Field()
  @Matches(NOT_BLANK, { message: 'name the employer' })
  @MaxLength(200)
  employer!: string;

  @Field(() => Int, { description: `1 to ${PRACTICE_MAX_MONTHS}` })
  @Min(1)
  @Max(12)
  months!: number;

  @Field(() => MoneyScalar)
  monthlyWage!: Tiyn;
}

@InputType()
export class SubmitPracticeApplicationInput {
  @Field(() => ApplicantInput)
  @ValidateNested()
  applicant!: ApplicantInput;

  @Field()
  @MaxLength(16)
  regionCode!: string;

  @Field(() => PlacementInput)
  @ValidateNested()
  placement!: PlacementInput;
}

@InputType()
export class ResubmitPracticeApplicationInput extends ActionInput {
  @Field(() => PlacementInput, { description: 'the corrected placement, in full' })
  @ValidateNested()
  placement!: PlacementInput;

  @Field(() => String, { nullable: true })
  @MaxLength(5000)
  note?: string | null;
}

export const PRACTICE_FIELDS: FieldSources<Omit<PracticeApplicationType, keyof ApplicationNode>> = {
  employer: { context: ['placement'] },
  months: { context: ['placement'] },
  monthlyWage: { context: ['placement'] },
  reviewStarted: { context: ['reviewStarted'] },
  placementConfirmed: { context: ['placementConfirmed'] },
  closing: { context: ['closing'] },
  withdrawal: { context: ['withdrawal'] },
};

export class PracticeView extends ApplicationView<PracticeContext> implements PracticeApplicationType {
  readonly typeName = 'PracticeApplication';

  get employer(): string {
    return this.c.placement.employer;
  }
  get months(): number {
    return this.c.placement.months;
  }
  get monthlyWage(): Tiyn {
    return money(this.c.placement.monthlyWage);
  }
  get reviewStarted(): StampType | null {
    return this.c.reviewStarted && stamp(this.c.reviewStarted);
  }
  get placementConfirmed(): NoteStampType | null {
    const c = this.c.placementConfirmed;
    return c && { ...stamp(c), note: c.note };
  }
  get closing(): NoteStampType | null {
    return this.c.closing && { ...stamp(this.c.closing), note: this.c.closing.note };
  }
  get withdrawal(): WithdrawalType | null {
    return this.c.withdrawal && { ...stamp(this.c.withdrawal), reason: this.c.withdrawal.reason };
  }
}

const PracticeSubmission = SubmissionResolver({
  kind: 'practice',
  name: 'submitPracticeApplication',
  description: 'A young graduate applies for a paid practice with an employer.',
  input: SubmitPracticeApplicationInput,
  type: PracticeApplicationType,
  payloadOf: (input) => ({ placement: placementOf(input.placement) }),
});

function placementOf(input: PlacementInput) {
  return { employer: input.employer.trim(), months: input.months, monthlyWage: formatMoney(input.monthlyWage) };
}

@Resolver(() => PracticeApplicationType)
export class PracticeResolver extends PracticeSubmission {
  @Authorized()
  @Mutation(() => PracticeApplicationType, { description: 'The applicant sends the corrected placement after changes were requested; it is screened again.' })
  async resubmitPracticeApplication(@Arg('input') input: ResubmitPracticeApplicationInput, @Ctx() ctx: GraphQLContext): Promise<PracticeApplicationType> {
    return (await act(ctx, input, { type: 'RESUBMIT', placement: placementOf(input.placement), ...(input.note ? { note: input.note.trim() } : {}) })) as PracticeApplicationType;
  }

  @Authorized()
  @Mutation(() => PracticeApplicationType, { description: 'A reviewer confirms with the employer that the placement is real: the step before the decision.' })
  async confirmPlacement(@Arg('input') input: NoteActionInput, @Ctx() ctx: GraphQLContext): Promise<PracticeApplicationType> {
    return (await act(ctx, input, { type: 'CONFIRM_PLACEMENT', ...(input.note ? { note: input.note.trim() } : {}) })) as PracticeApplicationType;
  }
}

export const practiceModule: KindModule = {
  kind: 'practice',
  type: PracticeApplicationType,
  typeName: 'PracticeApplication',
  fields: PRACTICE_FIELDS,
  view: (row, asOf) => new PracticeView(row, asOf),
  resolver: PracticeResolver,
  actions: { RESUBMIT: 'resubmitPracticeApplication', CONFIRM_PLACEMENT: 'confirmPlacement' },
};
