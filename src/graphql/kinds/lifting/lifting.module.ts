import type { KindModule } from '../kind-module';
import { LiftingResolver } from './lifting.resolver';
import { LiftingApplicationType } from './lifting.type';
import { LIFTING_FIELDS, LiftingView } from './lifting.view';

/** Lifting payments: the verification of the move instead of a review, and the regions' quotas. */
export const liftingModule: KindModule = {
  kind: 'lifting',
  type: LiftingApplicationType,
  typeName: 'LiftingApplication',
  fields: LIFTING_FIELDS,
  view: (row, asOf) => new LiftingView(row, asOf),
  resolver: LiftingResolver,
  actions: {
    RESUBMIT: 'resubmitLiftingApplication',
    START_VERIFICATION: 'startVerification',
    VERIFY: 'verifyLiftingApplication',
  },
};
