import type { KindModule } from '../kind-module';
import { MicrocreditResolver } from './microcredit.resolver';
import { MicrocreditApplicationType } from './microcredit.type';
import { MICROCREDIT_FIELDS, MicrocreditView } from './microcredit.view';

/** Microcredits: the credit assessment, the committee's terms, the contract and the repayments. */
export const microcreditModule: KindModule = {
  kind: 'microcredit',
  type: MicrocreditApplicationType,
  typeName: 'MicrocreditApplication',
  fields: MICROCREDIT_FIELDS,
  view: (row, asOf) => new MicrocreditView(row, asOf),
  resolver: MicrocreditResolver,
  actions: {
    RESUBMIT: 'resubmitMicrocreditApplication',
    SUBMIT_ASSESSMENT: 'submitCreditAssessment',
    SIGN_CONTRACT: 'signContract',
    RECORD_REPAYMENT: 'recordRepayment',
    WRITE_OFF: 'writeOffLoan',
  },
};
