import { registerEnumType } from 'type-graphql';
import { APPLICANT_CATEGORIES, LOCALITIES } from '../../../workflows/rules/categories';
import { ROLES, type Role } from '../../../workflows/rules/roles';
import type { ApplicationKind } from '../../../workflows/definition';
import { allWorkflows, registeredKinds } from '../../../workflows/registry';
import { describeWorkflow } from '../../../workflows/diagram';

/** A GraphQL enum whose names and values are the same strings. */
export function literalEnum<const T extends readonly string[]>(values: T, name: string, description: string): { [K in T[number]]: K } {
  const object = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  registerEnumType(object, { name, description });
  return object;
}

/**
 * The registered kinds (GRANT: 'grant', …): filled from the workflow registry when the schema
 * is built ({@link completeRegistryEnums}), so a new kind is not named here. type-graphql reads
 * an enum's values when it builds the schema, not when the enum is registered.
 */
export const ApplicationKindEnum: Record<string, ApplicationKind> = {};
registerEnumType(ApplicationKindEnum, { name: 'ApplicationKind', description: 'The kinds of support the programme pays.' });

export const ApplicantCategoryEnum = literalEnum(APPLICANT_CATEGORIES, 'ApplicantCategory', 'Categories that change the programme rules for an applicant.');
export const LocalityEnum = literalEnum(LOCALITIES, 'Locality', 'Where the applicant lives and works.');
export const RoleEnum = literalEnum(ROLES, 'Role', 'What a user may do (lower case, from before the casing rule: see UserRole).');
export const SexEnum = literalEnum(['male', 'female'] as const, 'Sex', 'From the IIN (lower case, from before the casing rule: see Gender).');

/** The roles in the schema's casing (REVIEWER), valued with the stored names ('reviewer'). */
export const UserRoleEnum = Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), role])) as Record<Uppercase<Role>, Role>;
registerEnumType(UserRoleEnum, { name: 'UserRole', description: 'What a user may do.' });

/** The applicant's sex from the IIN in the schema's casing, valued with the stored names. */
export const GenderEnum = { MALE: 'male', FEMALE: 'female' } as const;
registerEnumType(GenderEnum, {
  name: 'Gender',
  description: "The applicant's administrative sex, as the IIN records it (FHIR's AdministrativeGender names it so).",
});
export const DecisionOutcomeEnum = literalEnum(['APPROVED', 'REJECTED'] as const, 'DecisionOutcome', 'The outcome of a decision.');
export const DecisionStageEnum = literalEnum(['REVIEW', 'APPROVAL'] as const, 'DecisionStage', 'Who decided: the reviewer at review, or the approver.');

export const ApplicationOrderFieldEnum = literalEnum(
  ['SUBMITTED_AT', 'UPDATED_AT', 'DEADLINE', 'AMOUNT'] as const,
  'ApplicationOrderField',
  'What a list of applications is ordered by (ties broken by id). DEADLINE: the running deadline; applications without one come last when ascending. AMOUNT: the requested amount.',
);
export const OrderDirectionEnum = literalEnum(['ASC', 'DESC'] as const, 'OrderDirection', 'Ascending or descending.');

/** Every event any registered workflow accepts, what `availableActions` lists: filled like the kinds. */
export const ApplicationActionEnum: Record<string, string> = {};
registerEnumType(ApplicationActionEnum, { name: 'ApplicationAction', description: 'An action (workflow event) that can be sent to an application.' });

/**
 * Every event the transition log holds: the submission and every action, what
 * `HistoryEntry.event` answers. Filled like the kinds.
 */
export const ApplicationEventEnum: Record<string, string> = {};
registerEnumType(ApplicationEventEnum, {
  name: 'ApplicationEvent',
  description:
    'An event of the transition log: SUBMIT, which created the application; MIGRATE, an administrator\'s move to another machine version; or an action (see ApplicationAction).',
});

/**
 * Every state of any registered workflow, named in UPPER_SNAKE_CASE for the schema and valued
 * with the stored camelCase name (AWAITING_REVIEW: 'awaitingReview'), what `Application.status`
 * answers and the list filter takes. Filled like the kinds.
 */
export const ApplicationStateEnum: Record<string, string> = {};
registerEnumType(ApplicationStateEnum, {
  name: 'ApplicationState',
  description: "A workflow state of an application, of any kind; workflowDefinitions lists each kind's states.",
});

/** The schema's name of a stored camelCase state name: awaitingReview → AWAITING_REVIEW. */
export function stateEnumName(state: string): string {
  return state.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Where a payment stands; the values are those stored (workflows/payment.ts). */
export const PaymentStatusEnum = literalEnum(
  ['PENDING', 'SETTLED', 'FAILED'] as const,
  'PaymentStatus',
  'PENDING: ordered, the payment job is paying; SETTLED: the provider confirmed it; FAILED: an incident, for an accountant to retry.',
);

/** What a region is (reference data, src/seed/reference.ts). */
export const RegionKindEnum = literalEnum(['REGION', 'CITY'] as const, 'RegionKind', 'A region (oblys), or a city of republican significance.');

/** Fills the enums that list what the registry holds; called once, as the schema is built. */
export function completeRegistryEnums(): void {
  for (const kind of registeredKinds()) ApplicationKindEnum[kind.toUpperCase()] = kind;
  const actions = [...new Set(allWorkflows().flatMap((def) => Object.keys(def.eventRoles)))].sort();
  for (const action of actions) ApplicationActionEnum[action] = action;
  // MIGRATE: an administrator moved the application to another machine version (src/engine/migration.ts)
  for (const event of ['SUBMIT', 'MIGRATE', ...actions].sort()) ApplicationEventEnum[event] = event;
  const states = [...new Set(allWorkflows().flatMap((def) => describeWorkflow(def).states.map((s) => s.name)))].sort();
  for (const state of states) {
    const name = stateEnumName(state);
    const taken = ApplicationStateEnum[name];
    if (taken !== undefined && taken !== state) throw new Error(`the states ${taken} and ${state} would both be ApplicationState.${name}`);
    ApplicationStateEnum[name] = state;
  }
}
