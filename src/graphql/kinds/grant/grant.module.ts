import type { KindModule } from '../kind-module';
import { GrantResolver } from './grant.resolver';
import { GrantApplicationType } from './grant.type';

/** State grants: the shared actions and a resubmission of the proposal. */
export const grantModule: KindModule = {
  kind: 'grant',
  type: GrantApplicationType,
  resolver: GrantResolver,
  actions: { RESUBMIT: 'resubmitGrantApplication' },
};
