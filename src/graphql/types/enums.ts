import { registerEnumType } from 'type-graphql';
import { APPLICANT_CATEGORIES, LOCALITIES } from '../../../workflows/rules/categories';
import { ROLES } from '../../../workflows/rules/roles';
import { GRANT_PURPOSES } from '../../../workflows/grant/v1';
import { MICROCREDIT_PURPOSES, SCHEDULE_METHODS } from '../../../workflows/microcredit/v1';
import { MICROCREDIT_PRODUCTS } from '../../../workflows/microcredit/terms';
import { allWorkflows } from '../../../workflows/registry';

/** A GraphQL enum whose names and values are the same strings. */
function literalEnum<const T extends readonly string[]>(values: T, name: string, description: string): { [K in T[number]]: K } {
  const object = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  registerEnumType(object, { name, description });
  return object;
}

export enum ApplicationKindEnum {
  GRANT = 'grant',
  MICROCREDIT = 'microcredit',
  LIFTING = 'lifting',
}
registerEnumType(ApplicationKindEnum, { name: 'ApplicationKind', description: 'The three kinds of support the programme pays.' });

export const ApplicantCategoryEnum = literalEnum(APPLICANT_CATEGORIES, 'ApplicantCategory', 'Categories that change the programme rules for an applicant.');
export const LocalityEnum = literalEnum(LOCALITIES, 'Locality', 'Where the applicant lives and works.');
export const GrantPurposeEnum = literalEnum(GRANT_PURPOSES, 'GrantPurpose', 'What a grant is spent on.');
export const RoleEnum = literalEnum(ROLES, 'Role', 'What a user may do.');
export const SexEnum = literalEnum(['male', 'female'] as const, 'Sex', 'From the IIN.');
export const DecisionOutcomeEnum = literalEnum(['APPROVED', 'REJECTED'] as const, 'DecisionOutcome', 'The outcome of a decision.');
export const DecisionStageEnum = literalEnum(['REVIEW', 'APPROVAL'] as const, 'DecisionStage', 'Who decided: the reviewer at review, or the approver.');

/** Every event any registered workflow accepts: what `availableActions` lists. */
export const ACTIONS = [...new Set(allWorkflows().flatMap((def) => Object.keys(def.eventRoles)))].sort() as string[];
export const ApplicationActionEnum = literalEnum(ACTIONS, 'ApplicationAction', 'An action (workflow event) that can be sent to an application.');

export const MicrocreditPurposeEnum = literalEnum(MICROCREDIT_PURPOSES, 'MicrocreditPurpose', 'Starting a business or expanding one.');
export const ScheduleMethodEnum = literalEnum(SCHEDULE_METHODS, 'ScheduleMethod', 'ANNUITY: equal instalments; DIFFERENTIATED: equal principal parts.');
export const MicrocreditProductEnum = literalEnum(MICROCREDIT_PRODUCTS, 'MicrocreditProduct', 'Standard terms, or preferential terms for large and low-income families.');
export const InstalmentStatusEnum = literalEnum(['PAID', 'PARTIAL', 'OVERDUE', 'DUE', 'UPCOMING'] as const, 'InstalmentStatus', 'Where an instalment stands today.');
