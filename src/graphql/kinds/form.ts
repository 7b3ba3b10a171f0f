import { validate, type ValidationError as ClassValidatorError, type ValidatorOptions } from 'class-validator';
import type { FormCheck } from '../../engine/engine';
import type { Violation } from '../../../workflows/errors';
import { violationsOf } from '../errors';

/**
 * Where the reasons of a kind's screening point in a mutation's input: the machine names its
 * context's fields (`amount`, `certificate`, `iin`), the client its form's (`proposal.amount`,
 * `applicant.iin`). Each kind's folder declares its own (`<kind>.form.ts`); a field of the machine
 * not listed keeps its name (it is no field of that form: a resubmission has no `regionCode`).
 */
export type ScreeningFields = Readonly<Record<string, string>>;

/** The input path of a field the machine names; `referral.issuedOn` follows `referral`. */
export function inputPathOf(fields: ScreeningFields, field: string): string {
  if (fields[field] !== undefined) return fields[field];
  const [head, ...rest] = field.split('.');
  const mapped = head === undefined ? undefined : fields[head];
  return mapped !== undefined && rest.length > 0 ? [mapped, ...rest].join('.') : field;
}

/** The options type-graphql validates an argument with (`validate: { forbidUnknownValues: false }` in schema.ts, and its own defaults). */
const ARGUMENT_VALIDATION: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

/** A form's input checked by its class-validator rules: the raw errors (for a dry run) and the violations. */
export interface CheckedForm extends FormCheck {
  errors: ClassValidatorError[];
}

/**
 * Validates a form's input as type-graphql would have (its argument is declared with
 * `validate: false`), without refusing yet: the engine answers these violations together with its
 * screening's, in one `VALIDATION` (README "Example session").
 */
export async function checkForm(input: object, fields: ScreeningFields): Promise<CheckedForm> {
  const errors = await validate(input, ARGUMENT_VALIDATION);
  const violations: Violation[] = violationsOf(errors);
  return { errors, violations, fieldOf: (field) => inputPathOf(fields, field) };
}
