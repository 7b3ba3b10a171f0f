import { Field, Int } from 'type-graphql';
import { ObjectType } from './object-type';
import { StampType } from './application.type';
import { DecisionOutcomeEnum, DecisionStageEnum } from './enums';

/**
 * What every kind's decision shows (workflows/kit/decision.ts records it alike): who, when, the
 * outcome, the stage, the reason of a rejection, the fiscal year and the note. Each kind's decision
 * type extends it with its own fields (amounts, terms). type-graphql 2.0 has no `isAbstract`: like
 * `StampType`, this base is an object type of its own, and it stays out of the schema because no
 * field returns it and the schema's orphaned types are the kinds' application types only.
 */
@ObjectType('DecisionBase', { description: 'What every decision shows (not in the schema: each kind extends it).' })
export class DecisionBaseType extends StampType {
  @Field(() => DecisionOutcomeEnum, { description: 'approved or rejected' })
  outcome!: 'APPROVED' | 'REJECTED';

  @Field(() => DecisionStageEnum, { description: 'the reviewer\'s decision at review, or the approver\'s' })
  stage!: 'REVIEW' | 'APPROVAL';

  @Field(() => String, { nullable: true, description: 'why it was rejected' })
  reason!: string | null;

  @Field(() => Int, { nullable: true, description: 'the fiscal year whose parameters the decision used' })
  fiscalYear!: number | null;

  @Field(() => String, { nullable: true, description: 'the decider\'s note' })
  note!: string | null;
}
