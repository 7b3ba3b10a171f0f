import { registerDecorator, type ValidationOptions } from 'class-validator';
import { parseIin } from '../../workflows/rules/iin';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of applications are UUIDs; anything else is refused before it reaches PostgreSQL. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A valid IIN: 12 digits, a real birth date, the right century digit and check digit. */
export function IsIin(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      // the rule name clients see in extensions.violations
      name: 'IIN_INVALID',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseIin(value).ok,
        defaultMessage: (args) => {
          const result = typeof args?.value === 'string' ? parseIin(args.value) : null;
          return result && !result.ok ? result.message : 'an IIN is 12 digits with a valid check digit';
        },
      },
    });
}

/** An application id, as a UUID. */
export function IsApplicationId(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'ID_FORMAT',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: isUuid, defaultMessage: () => 'an application id is a UUID' },
    });
}
