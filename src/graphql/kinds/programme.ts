import { grantModule } from './grant/grant.module';
import { liftingModule } from './lifting/lifting.module';
import { microcreditModule } from './microcredit/microcredit.module';
import { registerKind } from './registry';

// the programme's kinds, one line each (their machines are registered in workflows/registry.ts)
registerKind(grantModule);
registerKind(microcreditModule);
registerKind(liftingModule);
