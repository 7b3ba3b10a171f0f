import type { ApplicationKind } from '../../../workflows/definition';
import { Arg, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ObjectType } from '../types/object-type';
import { describeWorkflow, mermaidDiagram } from '../../../workflows/diagram';
import { allWorkflows, latestWorkflow, workflowFor } from '../../../workflows/registry';
import { ApplicationNode } from '../types/application.type';
import { ApplicationActionEnum, ApplicationKindEnum, ApplicationStateEnum, RoleEnum, UserRoleEnum } from '../types/enums';
import type { ApplicationRoot } from '../kinds/application.view';

@ObjectType('WorkflowState', { description: 'One state of a workflow machine.' })
export class WorkflowStateType {
  @Field(() => ApplicationStateEnum, { description: 'the state, as Application.status answers it' })
  status!: string;

  @Field({ description: "the state's stored name, as Application.state holds it", deprecationReason: 'use status, an ApplicationState' })
  name!: string;

  @Field({ description: 'nothing more can happen' })
  final!: boolean;
}

@ObjectType('WorkflowEventDefinition', { description: 'An action of the workflow and the roles that may send it.' })
export class WorkflowEventDefinitionType {
  @Field(() => ApplicationActionEnum, { description: 'the action' })
  action!: string;

  @Field({ description: 'the action, as a string', deprecationReason: 'use action, an ApplicationAction' })
  type!: string;

  @Field(() => [UserRoleEnum], { description: 'the roles that may send it' })
  allowedRoles!: string[];

  @Field(() => [RoleEnum], { description: 'the roles that may send it', deprecationReason: 'use allowedRoles, UserRole values (REVIEWER)' })
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

  @Field(() => ApplicationStateEnum, { description: 'the state a new application starts in' })
  initialStatus!: string;

  @Field({ description: 'the state a new application starts in, by its stored name', deprecationReason: 'use initialStatus, an ApplicationState' })
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
      .map((def) => {
        const described = describeWorkflow(def);
        return {
          kind: def.kind,
          version: def.version,
          latest: latestWorkflow(def.kind) === def,
          initialStatus: described.initialState,
          initialState: described.initialState,
          states: described.states.map((state) => ({ status: state.name, ...state })),
          events: described.events.map((event) => ({ action: event.type, allowedRoles: event.roles, ...event })),
          mermaid: mermaidDiagram(def),
        };
      });
  }

  @FieldResolver(() => String, { description: "The application's workflow as a Mermaid diagram, its current state marked." })
  diagram(@Root() node: ApplicationRoot): string {
    return mermaidDiagram(workflowFor(node.row.kind, node.row.machineVersion), node.state);
  }
}
