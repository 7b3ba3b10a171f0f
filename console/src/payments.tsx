import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConsoleQueueDocument, RetryPaymentDocument, type ApplicationState, type ConsoleQueueQuery } from '../../schema/client/graphql';
import { refusalOf } from './client';
import { dateTime, money, words } from './format';
import { hrefOf } from './route';

type Row = ConsoleQueueQuery['applications']['edges'][number]['node'];

/** approved and waiting for the accountant to confirm the payout */
const TO_CONFIRM: ApplicationState[] = ['DISBURSEMENT_PENDING', 'APPROVED', 'CONTRACT_SIGNED'];
/** paid out: the payment job's status is on each */
const PAID_OUT: ApplicationState[] = ['DISBURSED', 'FUNDS_USE_REPORTED', 'REPAYING', 'OVERDUE', 'CLOSED', 'WRITTEN_OFF'];
/** the newest changes first: a pending or failed payment is recent */
const WINDOW = 100;

function Retry({ row, onDone }: { row: Row; onDone: () => void }) {
  const client = useApolloClient();
  const [answer, setAnswer] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!row.availableActions.includes('RETRY_PAYMENT')) return null;
  const retry = async () => {
    setBusy(true);
    try {
      await client.mutate({ mutation: RetryPaymentDocument, variables: { input: { applicationId: row.id, expectedVersion: row.version } } });
      setAnswer('Ordered again.');
      onDone();
    } catch (error) {
      const refusal = refusalOf(error);
      setAnswer(refusal.code === 'VERSION_CONFLICT' ? 'It changed meanwhile: read again, then retry.' : refusal.message);
      onDone();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void retry()} aria-label={`Retry the payment to ${row.applicant.fullName}`}>
        Retry
      </button>
      {answer && <span role="status"> {answer}</span>}
    </>
  );
}

function Rows({ rows, caption, incident, onDone }: { rows: Row[]; caption: string; incident?: boolean; onDone: () => void }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Applicant</th>
          <th scope="col">Kind</th>
          <th scope="col">State</th>
          <th scope="col">Amount</th>
          <th scope="col">Payment</th>
          {incident && <th scope="col">Cause</th>}
          <th scope="col">Last change</th>
          {incident && <th scope="col">Action</th>}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={incident ? 8 : 6}>None.</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.id} data-application-id={row.id}>
            <td>
              <a href={hrefOf({ page: 'application', id: row.id })}>{row.applicant.fullName}</a>
            </td>
            <td>{words(row.kind)}</td>
            <td>{words(row.status)}</td>
            <td className="amount">{money(row.disbursedAmount ?? row.approvedAmount ?? row.requestedAmount)}</td>
            <td>{row.payment ? `${words(row.payment.settlementStatus)}, ${row.payment.attempts} attempt${row.payment.attempts === 1 ? '' : 's'}` : 'not ordered'}</td>
            {incident && <td>{row.payment?.error ?? '—'}</td>}
            <td>{dateTime(row.updatedAt)}</td>
            {incident && (
              <td>
                <Retry row={row} onDone={onDone} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The accountant's view: what waits for their confirmation, payments the job is still paying,
 * and the incidents — failed payments with the provider's cause and a retry.
 */
export function PaymentsPage() {
  const toConfirm = useQuery(ConsoleQueueDocument, { variables: { filter: { statuses: TO_CONFIRM }, orderBy: { field: 'UPDATED_AT', direction: 'ASC' }, first: WINDOW } });
  const paid = useQuery(ConsoleQueueDocument, { variables: { filter: { statuses: PAID_OUT }, orderBy: { field: 'UPDATED_AT', direction: 'DESC' }, first: WINDOW } });
  const reread = () => {
    void toConfirm.refetch();
    void paid.refetch();
  };
  const paidRows = paid.data?.applications.edges.map((e) => e.node) ?? [];
  const failed = paidRows.filter((row) => row.payment?.settlementStatus === 'FAILED');
  const pending = paidRows.filter((row) => row.payment?.settlementStatus === 'PENDING');
  const error = toConfirm.error ?? paid.error;
  return (
    <section aria-labelledby="payments-title">
      <h1 id="payments-title">Payments</h1>
      {error && <p role="alert">The payments could not be read: {refusalOf(error).message}</p>}
      <button type="button" onClick={reread}>
        Read again
      </button>
      <h2>Incidents</h2>
      <Rows rows={failed} caption="Failed payments, with the provider's cause" incident onDone={reread} />
      <h2>Being paid</h2>
      <Rows rows={pending} caption="Ordered, the payment job is paying" onDone={reread} />
      <h2>To confirm</h2>
      <Rows rows={toConfirm.data?.applications.edges.map((e) => e.node) ?? []} caption="Approved, waiting for an accountant's confirmation" onDone={reread} />
      <p className="hint">Payments are looked for among the {WINDOW} most recently changed paid-out applications.</p>
    </section>
  );
}
