import { GRANT_PURPOSES } from '../../../../workflows/grant/v1';
import { literalEnum } from '../../types/enums';

export const GrantPurposeEnum = literalEnum(GRANT_PURPOSES, 'GrantPurpose', 'What a grant is spent on.');
