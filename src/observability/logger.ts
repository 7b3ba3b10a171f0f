import { DriverException } from '@mikro-orm/core';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';

/**
 * Keys whose values are personal data (IINs, names, birth dates) or may hold it (an applicant,
 * a GraphQL request's variables, an event's payload): censored wherever they are logged, at the
 * top level or one object down. Nothing logs them today; this keeps a future line from doing it.
 */
const PERSONAL_KEYS = [
  'iin',
  'applicantIin',
  'recipientIin',
  'recipient_iin',
  'fullName',
  'full_name',
  'birthDate',
  'birth_date',
  'applicant',
  'variables',
  'payload',
  'phone',
];
export const REDACTED_PATHS = PERSONAL_KEYS.flatMap((key) => [key, `*.${key}`]);

/** Twelve digits in a row read as an IIN wherever they are found in a logged string. */
const IIN_LIKE = /\d{12}/g;

function withoutIins(text: string): string {
  return text.replace(IIN_LIKE, '[IIN]');
}

/** The fields of a PostgreSQL error that name what failed without carrying any value. */
const SAFE_DATABASE_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;

/**
 * A database error (MikroORM's `DriverException`, or pg's own `DatabaseError`): its message
 * carries the statement with its parameter values (knex prefixes it), its `detail` the failing
 * row, its `where` and `hint` more of the same, so none of those is kept.
 */
function isDatabaseError(error: object): boolean {
  if (error instanceof DriverException) return true;
  const { code, severity, routine } = error as { code?: unknown; severity?: unknown; routine?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && (typeof severity === 'string' || typeof routine === 'string');
}

/** Only the frames of a stack: its first line repeats the message. */
function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => line.trimStart().startsWith('at '));
  return frames.length > 0 ? frames.join('\n') : undefined;
}

const MAX_MESSAGE = 1000;
const MAX_CAUSES = 3;

/**
 * pino's `err` serializer: an error as its type, a message and its frames, where a database
 * error keeps only its code, constraint, table and column (see `isDatabaseError`). Never throws:
 * whatever is logged as `err` (an Error, a string, anything) comes out as a plain object.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  try {
    if (typeof error !== 'object' || error === null) return { message: withoutIins(String(error)).slice(0, MAX_MESSAGE) };
    const type = (error as { constructor?: { name?: unknown } }).constructor?.name;
    const stack = framesOf((error as { stack?: unknown }).stack);
    if (isDatabaseError(error)) {
      const fields = Object.fromEntries(
        SAFE_DATABASE_FIELDS.map((key) => [key, (error as Record<string, unknown>)[key]]).filter(([, value]) => typeof value === 'string'),
      );
      return { type, ...fields, message: 'database error (statement, values and detail left out of the log)', stack };
    }
    const message = (error as { message?: unknown }).message;
    const code = (error as { code?: unknown }).code;
    const cause = (error as { cause?: unknown }).cause;
    return {
      type,
      message: typeof message === 'string' ? withoutIins(message).slice(0, MAX_MESSAGE) : undefined,
      ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
      stack,
      ...(cause !== undefined && depth < MAX_CAUSES ? { cause: serializeError(cause, depth + 1) } : {}),
    };
  } catch {
    return { message: 'an error that could not be described' };
  }
}

/** Who acted: an applicant's id may be built from their IIN (`applicant:<iin>`). */
function serializeActor(actor: unknown): unknown {
  return typeof actor === 'string' ? withoutIins(actor) : actor;
}

/** A line of the embedded PostgreSQL's own log: its DETAIL lines quote rows and key values. */
function serializePostgresLine(line: unknown): unknown {
  if (typeof line !== 'string') return line;
  const detail = line.indexOf('DETAIL:');
  return withoutIins(detail >= 0 ? `${line.slice(0, detail)}DETAIL: [redacted]` : line);
}

/** What every logger of the gateway applies to what it writes. */
const PRIVACY = {
  serializers: { err: serializeError, error: serializeError, actor: serializeActor, refusal: serializeActor, postgres: serializePostgresLine },
  redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
};

/**
 * The one logger factory of the gateway (the server, the CLIs, the tests that read the logs):
 * JSON lines, errors without their SQL and values, personal fields censored.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return destination ? pino({ level, ...PRIVACY }, destination) : pino({ level, ...PRIVACY });
}

/** A logger handed in from outside (a test's, an embedding program's) with the same guarantees. */
export function withPrivacy(log: Logger): Logger {
  return log.child({}, PRIVACY);
}
