import type { ClassType } from 'type-graphql';
import type { ApplicationKind } from '../../../workflows/definition';
import type { ApplicationNode } from '../types/application.type';

/**
 * What the GraphQL layer registers of one kind (registry.ts): its type, its resolver (submission,
 * resubmission, its own actions and queries) and which mutation sends each of its own actions.
 * Its view and field sources are read by kinds/index.ts.
 */
export interface KindModule {
  kind: ApplicationKind;
  /** the kind's implementation of the `Application` interface */
  type: ClassType<ApplicationNode>;
  resolver: ClassType;
  /**
   * The mutation that sends each action only this kind has, or sends with its own input: a
   * preview of the action (previewAction) runs that mutation. The shared actions are
   * ActionResolver's (dry-run.ts).
   */
  actions: Readonly<Record<string, string>>;
}
