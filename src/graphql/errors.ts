import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import { AppError, ErrorCode, type Violation } from '../../workflows/errors';
import { tokenRefusalFor } from './limits';

/** class-validator's errors as violations. type-graphql hands them as an array or, for an inline argument, as one object. */
export function violationsOf(errors: ClassValidatorError[] | ClassValidatorError | undefined, prefix = ''): Violation[] {
  const list = Array.isArray(errors) ? errors : errors && typeof errors === 'object' ? [errors] : [];
  return list.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : String(error.property ?? '');
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule: rule.toUpperCase(), message }));
    return [...own, ...violationsOf(error.children ?? [], field)];
  });
}

/** The first AppError in a chain of wrapped errors, if any. */
function appErrorIn(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Apollo's own codes for documents that cannot run; kept as they are, they are stable. */
const PASSED_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'OPERATION_NOT_ALLOWED', 'BAD_REQUEST']);

/**
 * The one place where failures become GraphQL errors: our typed errors keep their code and
 * details; class-validator failures become VALIDATION with their violations; anything else is
 * logged and answered as an internal error without its message or stack.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  // Apollo answers a bare 500 when the formatter throws: whatever goes wrong here is an internal error
  try {
    return formatKnownError(formatted, error, log);
  } catch (formatterFailure) {
    try {
      log(formatterFailure);
    } catch {
      // nothing left to tell
    }
    return { locations: formatted?.locations, path: formatted?.path, message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}

/** The HTTP status of a refusal answered outside GraphQL; a refusal not named here is a 400. */
const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.VALIDATION]: 400,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * The same mapping for an answer outside GraphQL (the CSV report): its HTTP status and the body
 * `{ error: { code, message, ...details } }`, with the code, message and details a GraphQL
 * client would get for the same failure.
 */
export function httpErrorOf(error: unknown, log: (error: unknown) => void): { status: number; body: { error: Record<string, unknown> } } {
  const { message, extensions } = formatError({ message: 'internal error' }, error, log);
  const { code, ...details } = extensions ?? {};
  return { status: HTTP_STATUS[String(code)] ?? 400, body: { error: { code, message, ...details } } };
}

function formatKnownError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const appError = appErrorIn(original) ?? appErrorIn(error);
  const base = { locations: formatted.locations, path: formatted.path };
  const extra = {};
  if (appError) {
    return { ...base, message: appError.message, extensions: { code: appError.code, ...appError.details, ...extra } };
  }
  if (original instanceof ArgumentValidationError) {
    const violations = violationsOf(original.extensions.validationErrors as ClassValidatorError[] | ClassValidatorError | undefined);
    return {
      ...base,
      message: violations.map((v) => `${v.field}: ${v.message}`).join('; ') || 'invalid input',
      extensions: { code: ErrorCode.VALIDATION, violations, ...extra },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT') {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.VALIDATION, ...extra } };
  }
  if (typeof code === 'string' && PASSED_THROUGH.has(code)) {
    // the parser stopping at the token limit is refused as the other limits are
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? tokenRefusalFor(formatted.message) : null;
    if (tokens) return { ...base, message: tokens.message, extensions: { code: tokens.extensions.code, limit: tokens.extensions.limit, ...extra } };
    // a refused limit says which one, and for the cost, the figures
    const { limit, cost, maxCost } = formatted.extensions ?? {};
    const figures = typeof cost === 'number' && typeof maxCost === 'number' ? { cost, maxCost } : {};
    return { ...base, message: formatted.message, extensions: { code, ...(typeof limit === 'string' ? { limit, ...figures } : {}), ...extra } };
  }
  if (original instanceof GraphQLError && typeof original.extensions?.code === 'string' && original.extensions.code !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, message: formatted.message, extensions: { code: original.extensions.code, ...extra } };
  }
  log(original);
  return { ...base, message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR', ...extra } };
}
