import type { KindModule } from '../kind-module';
import { MicrocreditResolver } from './microcredit.resolver';
import { MicrocreditApplicationType } from './microcredit.type';

/** Microcredits: the credit assessment, the committee's terms, the contract and the repayments. */
export const microcreditModule: KindModule = {
  kind: 'microcredit',
  type: MicrocreditApplicationType,
  resolver: MicrocreditResolver,
  actions: {
    RESUBMIT: 'resubmitMicrocreditApplication',
    SUBMIT_ASSESSMENT: 'submitCreditAssessment',
    SIGN_CONTRACT: 'signContract',
    RECORD_REPAYMENT: 'recordRepayment',
    WRITE_OFF: 'writeOffLoan',
  },
};
