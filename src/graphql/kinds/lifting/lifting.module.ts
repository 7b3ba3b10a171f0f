import type { KindModule } from '../kind-module';
import { LiftingResolver } from './lifting.resolver';
import { LiftingApplicationType } from './lifting.type';

/** Lifting payments: the verification of the move instead of a review, and the regions' quotas. */
export const liftingModule: KindModule = {
  kind: 'lifting',
  type: LiftingApplicationType,
  resolver: LiftingResolver,
  actions: {
    RESUBMIT: 'resubmitLiftingApplication',
    START_VERIFICATION: 'startVerification',
    VERIFY: 'verifyLiftingApplication',
  },
};
