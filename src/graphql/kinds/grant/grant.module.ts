import type { KindModule } from '../kind-module';
import { GrantResolver } from './grant.resolver';
import { GrantApplicationType } from './grant.type';
import { GRANT_FIELDS, GrantView } from './grant.view';

/** State grants: the shared actions, a resubmission of the proposal and (version 2) the site visit. */
export const grantModule: KindModule = {
  kind: 'grant',
  type: GrantApplicationType,
  typeName: 'GrantApplication',
  fields: GRANT_FIELDS,
  view: (row, asOf) => new GrantView(row, asOf),
  resolver: GrantResolver,
  actions: { RESUBMIT: 'resubmitGrantApplication', RECORD_SITE_VISIT: 'recordSiteVisit' },
};
