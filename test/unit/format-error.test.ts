import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../workflows/errors';
import { formatError, httpErrorOf } from '../../src/graphql/errors';
import { serializeError } from '../../src/observability/logger';

describe('formatError', () => {
  const constraint = { property: 'amount', constraints: { isPositive: 'amount must be positive' }, children: [] };

  it('reads validation errors given as one object (an inline argument) as well as an array', () => {
    for (const validationErrors of [constraint, [constraint]]) {
      const error = new GraphQLError('Argument Validation Error', { path: ['previewAction'], originalError: new ArgumentValidationError(validationErrors as never) });
      expect(formatError({ message: 'x' }, error, () => {}).extensions).toEqual({
        code: 'VALIDATION',
        violations: [{ field: 'amount', rule: 'ISPOSITIVE', message: 'amount must be positive' }],
      });
    }
  });

  it('never throws: a failure inside becomes an internal error, and is logged', () => {
    const logged: unknown[] = [];
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    const formatted = formatError({ message: 'x', path: ['a'] }, hostile, (e) => logged.push(e));
    expect(formatted).toEqual({ message: 'internal error', path: ['a'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });
});

describe('httpErrorOf', () => {
  it('answers a refusal outside GraphQL with the code, message and details a GraphQL client gets, and its status', () => {
    const invalid = ValidationError.single('year', 'YEAR_FORMAT', 'year is four digits');
    expect(httpErrorOf(invalid, () => {})).toEqual({
      status: 400,
      body: { error: { code: 'VALIDATION', message: 'year: year is four digits', violations: [{ field: 'year', rule: 'YEAR_FORMAT', message: 'year is four digits' }] } },
    });
    expect(httpErrorOf(new UnauthenticatedError('sign in'), () => {}).status).toBe(401);
    expect(httpErrorOf(new ForbiddenError('not yours'), () => {}).status).toBe(403);
    expect(httpErrorOf(new NotFoundError('none'), () => {})).toEqual({ status: 400, body: { error: { code: 'NOT_FOUND', message: 'none' } } });
  });

  it('answers anything else as a logged internal error, without its message', () => {
    const logged: unknown[] = [];
    const failure = new Error('connection terminated');
    expect(httpErrorOf(failure, (e) => logged.push(e))).toEqual({ status: 500, body: { error: { code: 'INTERNAL_SERVER_ERROR', message: 'internal error' } } });
    expect(logged).toEqual([failure]);
  });
});

describe('the err serializer', () => {
  it('keeps a database error’s code, table and constraint, never its statement, values or detail', () => {
    const error = Object.assign(new Error(`insert into "applicant" values ('900517401142', 'Aliya Nurpeisova') - new row violates check constraint`), {
      code: '23514', severity: 'ERROR', table: 'applicant', constraint: 'applicant_name_check', detail: 'Failing row contains (900517401142, Aliya Nurpeisova).', routine: 'ExecConstraints',
    });
    const serialized = serializeError(error);
    expect(serialized).toMatchObject({ code: '23514', table: 'applicant', constraint: 'applicant_name_check' });
    expect(JSON.stringify(serialized)).not.toMatch(/900517401142|Aliya|Failing row/);
  });

  it('masks twelve-digit runs in other messages and describes anything thrown', () => {
    expect(serializeError(new Error('no applicant 900517401142')).message).toBe('no applicant [IIN]');
    expect(serializeError('plain text')).toEqual({ message: 'plain text' });
    expect(serializeError(null)).toEqual({ message: 'null' });
  });
});
