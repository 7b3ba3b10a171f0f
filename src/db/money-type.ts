import { Type, type EntityProperty, type Platform } from '@mikro-orm/core';
import { formatMoney, moneyFromNumeric, type Tiyn } from '../../workflows/rules/money';

/**
 * Money columns: `numeric(18,2)` in PostgreSQL, a bigint count of tiyn in code. The driver
 * returns numerics as text, so no value ever passes through a binary float.
 */
export class MoneyType extends Type<Tiyn | null | undefined, string | null | undefined> {
  override convertToDatabaseValue(value: Tiyn | string | null | undefined): string | null | undefined {
    if (value === null || value === undefined) return value;
    return typeof value === 'bigint' ? formatMoney(value) : formatMoney(moneyFromNumeric(value));
  }

  override convertToJSValue(value: string | null | undefined): Tiyn | null | undefined {
    if (value === null || value === undefined) return value;
    return moneyFromNumeric(String(value));
  }

  override get runtimeType(): string {
    return 'bigint';
  }

  override compareAsType(): string {
    return 'string';
  }

  override getColumnType(_prop: EntityProperty, _platform: Platform): string {
    return 'numeric(18,2)';
  }
}
