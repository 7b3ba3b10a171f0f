import type { ApplicationKind } from '../../../workflows/definition';
import { Arg, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ObjectType } from '../types/object-type';
import { describeWorkflow, mermaidDiagram } from '../../../workflows/diagram';
import { allWorkflows, latestWorkflow, workflowFor } from '../../../workflows/registry';
import { ApplicationNode } from '../types/application.type';
import { ApplicationKindEnum, RoleEnum } from '../types/enums';
import type { ApplicationRoot } from '../kinds/application.view';

@ObjectType('WorkflowState', { description: 'One state of a workflow machine.' })
export class WorkflowStateType {
  @Field({ description: 'the state\'s name, as Application.state holds it' })
  name!: string;

  @Field({ description: 'nothing more can happen' })
  final!: boolean;
}

@ObjectType('WorkflowEventDefinition', { description: 'An action of the workflow and the roles that may send it.' })
export class WorkflowEventDefinitionType {
  @Field({ description: 'the action, as ApplicationAction names it' })
  type!: string;

  @Field(() => [RoleEnum], { description: 'the roles that may send it' })
  roles!: string[];
}

@ObjectType('WorkflowDefinition', { description: 'One machine version of one kind, as data: states, actions, diagram.' })
export class WorkflowDefinitionType {
  @Field(() => ApplicationKindEnum, { description: 'the kind the machine drives' })
  kind!: ApplicationKind;

  @Field(() => Int, { description: 'the machine version' })
  version!: number;

  @Field({ description: 'new applications start on this version' })
  latest!: boolean;

  @Field({ description: 'the state a new application starts in' })
  initialState!: string;

  @Field(() => [WorkflowStateType], { description: 'every state of the machine' })
  states!: WorkflowStateType[];

  @Field(() => [WorkflowEventDefinitionType], { description: 'every action the machine accepts' })
  events!: WorkflowEventDefinitionType[];

  @Field({ description: 'a Mermaid state diagram generated from the machine' })
  mermaid!: string;
}

/** The workflows themselves, readable by anyone building on the API. */
@Resolver(() => ApplicationNode)
export class WorkflowResolver {
  @Query(() => [WorkflowDefinitionType], { description: 'Every machine version per kind: states, actions with their roles, and a diagram.' })
  workflowDefinitions(@Arg('kind', () => ApplicationKindEnum, { nullable: true, description: 'only this kind; every kind when omitted' }) kind?: ApplicationKind | null): WorkflowDefinitionType[] {
    return allWorkflows()
      .filter((def) => !kind || def.kind === kind)
      .map((def) => ({
        kind: def.kind,
        version: def.version,
        latest: latestWorkflow(def.kind) === def,
        ...describeWorkflow(def),
        mermaid: mermaidDiagram(def),
      }));
  }

  @FieldResolver(() => String, { description: "The application's workflow as a Mermaid diagram, its current state marked." })
  diagram(@Root() node: ApplicationRoot): string {
    return mermaidDiagram(workflowFor(node.row.kind, node.row.machineVersion), node.state);
  }
}
