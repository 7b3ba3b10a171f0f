import { coerceInputValue, execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import type { ApplicationKind } from '../../workflows/definition';
import type { EventInput } from '../engine/engine';
import { AppError, ValidationError, type Violation } from '../../workflows/errors';
import type { GraphQLContext } from './context';
import { markDryRun, WouldSend } from './act';
import { kindModule } from './kinds/registry';
import { violationsOf } from './errors';

const SHARED_ACTIONS: Record<string, string> = {
  START_REVIEW: 'startReview',
  REQUEST_CHANGES: 'requestChanges',
  RECOMMEND: 'recommend',
  APPROVE: 'approve',
  REJECT: 'reject',
  WITHDRAW: 'withdraw',
  CONFIRM_DISBURSEMENT: 'confirmDisbursement',
  REPORT_FUNDS_USE: 'reportFundsUse',
  RETRY_PAYMENT: 'retryPayment',
  CLOSE: 'closeApplication',
};

/**
 * The mutation that sends an action to an application of a kind: the kind's own (its module's
 * `actions`) or the shared one. A preview of an action runs that mutation's own input checks and
 * event building. Actions missing here (ESCALATE, MARK_OVERDUE, …) are sent by the jobs, never
 * by a person, and carry no payload.
 */
export function actionMutation(kind: ApplicationKind, action: string): string | undefined {
  return kindModule(kind).actions[action] ?? SHARED_ACTIONS[action];
}

/** What a preview learns from the mutation: the event it would send, or why it would refuse. */
export type DryRunOutcome = { event: EventInput } | { refusal: AppError };

const documents = new Map<string, DocumentNode>();

function documentFor(mutation: string, inputType: string): DocumentNode {
  const key = `${mutation}:${inputType}`;
  let document = documents.get(key);
  if (!document) {
    document = parse(`mutation DryRun($input: ${inputType}) { ${mutation}(input: $input) { __typename } }`);
    documents.set(key, document);
  }
  return document;
}

/** The input's own refusals (unknown fields, types, scalars, enums, required fields), each with its path under `payload`. */
function coercionViolations(value: Record<string, unknown>, schema: GraphQLSchema, mutation: string): Violation[] {
  const field = schema.getMutationType()?.getFields()[mutation];
  const input = field?.args.find((arg) => arg.name === 'input');
  if (!input) throw new Error(`the action mutation ${mutation} has no input argument`);
  const violations: Violation[] = [];
  coerceInputValue(value, input.type, (path, _invalid, error) => {
    const where = ['payload', ...path].join('.');
    if (error.originalError instanceof ValidationError) {
      violations.push(...error.originalError.violations.map((v) => ({ ...v, field: where })));
      return;
    }
    const rule = /is not defined by type/.test(error.message) ? 'UNKNOWN_FIELD' : /was not provided/.test(error.message) ? 'REQUIRED' : 'TYPE';
    violations.push({ field: rule === 'UNKNOWN_FIELD' ? `payload.${/Field "([^"]+)"/.exec(error.message)?.[1] ?? ''}` : where, rule, message: error.message });
  });
  return violations;
}

/**
 * Runs the mutation that sends `action` to an application of `kind` with `payload` as its input,
 * through the real schema (the same scalars, enums, class-validator rules and event building),
 * up to the point where it would send its event, and returns that event or the refusal.
 */
export async function dryRunAction(
  schema: GraphQLSchema,
  context: GraphQLContext,
  kind: ApplicationKind,
  applicationId: string,
  action: string,
  payload: Record<string, unknown>,
): Promise<DryRunOutcome> {
  const mutation = actionMutation(kind, action);
  if (!mutation) {
    const extra = Object.keys(payload);
    if (extra.length === 0) return { event: { type: action } };
    return { refusal: new ValidationError(extra.map((key) => ({ field: `payload.${key}`, rule: 'UNKNOWN_FIELD', message: `${action} takes no payload` }))) };
  }
  if ('applicationId' in payload) {
    return { refusal: ValidationError.single('payload.applicationId', 'UNKNOWN_FIELD', 'the application is the applicationId argument, not a payload field') };
  }
  const input = { ...payload, applicationId };
  const violations = coercionViolations(input, schema, mutation);
  if (violations.length > 0) return { refusal: new ValidationError(violations) };

  const inputType = String(schema.getMutationType()!.getFields()[mutation]!.args.find((arg) => arg.name === 'input')!.type);
  const dryContext: GraphQLContext = { ...context };
  markDryRun(dryContext);
  const result = await execute({ schema, document: documentFor(mutation, inputType), variableValues: { input }, contextValue: dryContext });
  const errors = result.errors ?? [];
  const sent = errors.map((error) => error.originalError).find((original) => original instanceof WouldSend);
  if (sent) return { event: sent.event };
  const original = errors[0]?.originalError ?? errors[0];
  if (original instanceof AppError) return { refusal: original };
  if (original instanceof ArgumentValidationError) {
    const found = violationsOf(original.extensions.validationErrors as ClassValidatorError[] | ClassValidatorError | undefined, 'payload');
    return { refusal: new ValidationError(found.length > 0 ? found : [{ field: 'payload', rule: 'INVALID', message: 'the payload is not valid' }]) };
  }
  throw original ?? new Error(`the dry run of ${mutation} neither sent an event nor refused`);
}
