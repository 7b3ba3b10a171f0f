import type { ClassType } from 'type-graphql';
import type { ApplicationKind } from '../../../workflows/definition';
import type { ApplicationRecord } from '../../db/application-records';
import type { ApplicationNode } from '../types/application.type';
import type { FieldSource } from './application.view';

/**
 * What the GraphQL layer registers of one kind (registry.ts): its type, where each of its fields
 * is read from and the view that shows them, its resolver (submission, resubmission, its own
 * actions and queries) and which mutation sends each of its own actions. These sit in the kind's
 * folder, side by side, so what is read and what is shown change together.
 */
export interface KindModule {
  kind: ApplicationKind;
  /** the kind's implementation of the `Application` interface */
  type: ClassType<ApplicationNode>;
  /** the GraphQL name of that type, the name a fragment on it carries */
  typeName: string;
  /** where each of the kind's own fields is read from (the interface's fields are the view's base's) */
  fields: Readonly<Record<string, FieldSource>>;
  /** the kind's view of a stored row; `asOf` (a local date) is "today" for schedules and arrears */
  view(row: ApplicationRecord, asOf: string): ApplicationNode;
  resolver: ClassType;
  /**
   * The mutation that sends each action only this kind has, or sends with its own input: a
   * preview of the action (previewAction) runs that mutation. The shared actions are
   * ActionResolver's (dry-run.ts).
   */
  actions: Readonly<Record<string, string>>;
}
