/**
 * The failures a client can cause, each with a stable code. Domain and engine code throw these;
 * the GraphQL layer maps them to `GraphQLError`s in one place (src/graphql/errors.ts), so a user
 * error never looks like a crash and a crash never leaks a stack trace.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  VALIDATION = 'VALIDATION',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  /** the same claim was already made (a lifting payment for the same move) */
  DUPLICATE_APPLICATION = 'DUPLICATE_APPLICATION',
  /** the receiving region's resettlement quota has no room left */
  QUOTA_EXHAUSTED = 'QUOTA_EXHAUSTED',
  /** the region's funding limit for the kind and year has no room for the amount */
  BUDGET_EXHAUSTED = 'BUDGET_EXHAUSTED',
}

/** One problem with one input field; `rule` is a stable machine-readable name. */
export interface Violation {
  field: string;
  rule: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  /** extra, client-safe details that go into `extensions` */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = ErrorCode.UNAUTHENTICATED;
}

export class ForbiddenError extends AppError {
  readonly code = ErrorCode.FORBIDDEN;
}

export class NotFoundError extends AppError {
  readonly code = ErrorCode.NOT_FOUND;
}

export class ValidationError extends AppError {
  readonly code = ErrorCode.VALIDATION;

  constructor(readonly violations: Violation[]) {
    super(violations.map((v) => `${v.field}: ${v.message}`).join('; '), { violations });
  }

  static single(field: string, rule: string, message: string): ValidationError {
    return new ValidationError([{ field, rule, message }]);
  }
}

export class InvalidTransitionError extends AppError {
  readonly code = ErrorCode.INVALID_TRANSITION;

  constructor(state: string, event: string, message?: string) {
    super(message ?? `"${event}" cannot be sent while the application is "${state}"`, { state, event });
  }
}

export class VersionConflictError extends AppError {
  readonly code = ErrorCode.VERSION_CONFLICT;

  constructor(expectedVersion: number, actualVersion: number) {
    super(
      `the application changed since you read it: you have version ${expectedVersion}, it is now at version ${actualVersion}`,
      { expectedVersion, actualVersion },
    );
  }
}

export class DuplicateApplicationError extends AppError {
  readonly code = ErrorCode.DUPLICATE_APPLICATION;
}

export class QuotaExhaustedError extends AppError {
  readonly code = ErrorCode.QUOTA_EXHAUSTED;
}

export class BudgetExhaustedError extends AppError {
  readonly code = ErrorCode.BUDGET_EXHAUSTED;
}
