import { MICROCREDIT_PURPOSES, SCHEDULE_METHODS } from '../../../../workflows/microcredit/v1';
import { MICROCREDIT_PRODUCTS } from '../../../../workflows/microcredit/terms';
import { literalEnum } from '../../types/enums';

export const MicrocreditPurposeEnum = literalEnum(MICROCREDIT_PURPOSES, 'MicrocreditPurpose', 'Starting a business or expanding one.');
export const ScheduleMethodEnum = literalEnum(SCHEDULE_METHODS, 'ScheduleMethod', 'ANNUITY: equal instalments; DIFFERENTIATED: equal principal parts.');
export const MicrocreditProductEnum = literalEnum(MICROCREDIT_PRODUCTS, 'MicrocreditProduct', 'Standard terms, or preferential terms for large and low-income families.');
export const InstalmentStatusEnum = literalEnum(['PAID', 'PARTIAL', 'OVERDUE', 'DUE', 'UPCOMING'] as const, 'InstalmentStatus', 'Where an instalment stands today.');
