import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import {
  ConsoleMeDocument,
  ConsoleQueueDocument,
  ReviewQueueChangedDocument,
  type ApplicationFilterInput,
  type ApplicationKind,
  type ApplicationOrderField,
  type ApplicationState,
  type ConsoleQueueQuery,
  type OrderDirection,
} from '../../schema/client/graphql';
import { liveUpdates, onReconnect, refusalOf } from './client';
import { dateTime, money, words } from './format';
import { hrefOf } from './route';
import { useSession } from './session';

const PAGE_SIZE = 20;
const KINDS: ApplicationKind[] = ['GRANT', 'MICROCREDIT', 'LIFTING'];
/** the states a queue is looked at by, the ones waiting for staff first */
const STATES: ApplicationState[] = [
  'AWAITING_REVIEW',
  'UNDER_REVIEW',
  'RESUBMITTED',
  'RECOMMENDED',
  'AWAITING_VERIFICATION',
  'UNDER_VERIFICATION',
  'VERIFIED',
  'CREDIT_REVIEW',
  'AWAITING_DECISION',
  'CONTRACT_PENDING',
  'CONTRACT_SIGNED',
  'DISBURSEMENT_PENDING',
  'APPROVED',
  'DISBURSED',
  'REPAYING',
  'OVERDUE',
  'FUNDS_USE_REPORTED',
  'CHANGES_REQUESTED',
  'CLOSED',
  'REJECTED',
  'WITHDRAWN',
  'INELIGIBLE',
  'CANCELLED',
  'WRITTEN_OFF',
];
const ORDERS: Array<{ field: ApplicationOrderField; label: string }> = [
  { field: 'SUBMITTED_AT', label: 'submitted' },
  { field: 'UPDATED_AT', label: 'last change' },
  { field: 'DEADLINE', label: 'deadline' },
  { field: 'AMOUNT', label: 'amount requested' },
];

type Row = ConsoleQueueQuery['applications']['edges'][number]['node'];
type Page = { after?: string; before?: string };

function marksOf(row: Row, now: number): string[] {
  const marks: string[] = [];
  if (row.__typename === 'LiftingApplication' && row.escalated) marks.push('escalated');
  if (row.__typename === 'MicrocreditApplication' && row.overdue) marks.push(`overdue ${row.overdue.daysOverdue} days`);
  if (!row.finished && row.deadline && new Date(row.deadline).getTime() < now) marks.push('past deadline');
  if (row.payment?.settlementStatus === 'FAILED') marks.push('payment failed');
  return marks;
}

/**
 * A reviewer's queue: the region's applications by kind and state, filtered and paged by keyset
 * as the API pages them, read again whenever `reviewQueueChanged` says the queue changed (and
 * after the websocket reconnects, since changes made while it was down are not replayed).
 */
export function QueuePage() {
  const { claims } = useSession();
  const me = useQuery(ConsoleMeDocument);
  const [kind, setKind] = useState<ApplicationKind | ''>('');
  const [status, setStatus] = useState<ApplicationState | ''>('');
  const [search, setSearch] = useState('');
  const [escalated, setEscalated] = useState(false);
  const [order, setOrder] = useState<ApplicationOrderField>('SUBMITTED_AT');
  const [direction, setDirection] = useState<OrderDirection>('DESC');
  const [chosenRegion, setChosenRegion] = useState('');
  const [page, setPage] = useState<Page>({});
  const [lastChange, setLastChange] = useState<string | null>(null);
  const ids = { kind: useId(), status: useId(), search: useId(), order: useId(), direction: useId(), region: useId(), escalated: useId() };

  const region = claims?.region ?? (chosenRegion || null);
  const filter: ApplicationFilterInput = {
    ...(kind ? { kind } : {}),
    ...(status ? { statuses: [status] } : {}),
    ...(!claims?.region && chosenRegion ? { regionCode: chosenRegion } : {}),
    ...(escalated ? { escalated: true } : {}),
    ...(search.trim().length >= 2 ? { search: search.trim() } : {}),
  };
  const variables = {
    filter,
    orderBy: { field: order, direction },
    ...(page.before ? { last: PAGE_SIZE, before: page.before } : { first: PAGE_SIZE, ...(page.after ? { after: page.after } : {}) }),
  };
  const queue = useQuery(ConsoleQueueDocument, { variables, notifyOnNetworkStatusChange: false });
  const { refetch } = queue;

  useSubscription(ReviewQueueChangedDocument, {
    variables: { regionCode: region ?? '', ...(kind ? { kind } : {}) },
    skip: region === null,
    onData: ({ data }) => {
      const event = data.data?.reviewQueueChanged;
      if (!event) return;
      setLastChange(`${words(event.action)} · ${event.edge?.node.applicant.fullName ?? event.applicationId} · now ${words(event.toState)}`);
      void refetch();
    },
  });
  useEffect(() => onReconnect(() => void refetch()), [refetch]);
  const liveState = useSyncExternalStore(liveUpdates.subscribe, liveUpdates.get);

  // a new filter starts from the first page
  const reset = <T,>(set: (value: T) => void) => (value: T) => {
    setPage({});
    set(value);
  };
  const connection = queue.data?.applications;
  const now = Date.now();
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">Queue{region ? ` · ${me.data?.regions.find((r) => r.code === region)?.name ?? region}` : ''}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <div>
          <label htmlFor={ids.kind}>Kind</label>
          <select id={ids.kind} value={kind} onChange={(e) => reset(setKind)(e.target.value as ApplicationKind | '')}>
            <option value="">all kinds</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {words(k)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.status}>State</label>
          <select id={ids.status} value={status} onChange={(e) => reset(setStatus)(e.target.value as ApplicationState | '')}>
            <option value="">all states</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        </div>
        {!claims?.region && (
          <div>
            <label htmlFor={ids.region}>Region</label>
            <select id={ids.region} value={chosenRegion} onChange={(e) => reset(setChosenRegion)(e.target.value)}>
              <option value="">all regions</option>
              {me.data?.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor={ids.search}>Applicant (name or IIN)</label>
          <input id={ids.search} type="search" value={search} onChange={(e) => reset(setSearch)(e.target.value)} />
        </div>
        <div className="check">
          <input id={ids.escalated} type="checkbox" checked={escalated} onChange={(e) => reset(setEscalated)(e.target.checked)} />
          <label htmlFor={ids.escalated}>Escalated only</label>
        </div>
        <div>
          <label htmlFor={ids.order}>Order by</label>
          <select id={ids.order} value={order} onChange={(e) => reset(setOrder)(e.target.value as ApplicationOrderField)}>
            {ORDERS.map((o) => (
              <option key={o.field} value={o.field}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.direction}>Direction</label>
          <select id={ids.direction} value={direction} onChange={(e) => reset(setDirection)(e.target.value as OrderDirection)}>
            <option value="DESC">newest / largest first</option>
            <option value="ASC">oldest / smallest first</option>
          </select>
        </div>
      </form>
      <p className="live" role="status" aria-live="polite">
        {region === null
          ? 'Choose a region to follow its changes live.'
          : liveState === 'reconnecting'
            ? 'Live updates interrupted: reconnecting… (the queue is read again once they are back)'
            : lastChange
              ? `Live · last change: ${lastChange}`
              : 'Live: changes appear as they happen.'}
      </p>
      {queue.error && <p role="alert" className="error">The queue could not be read: {refusalOf(queue.error).message}</p>}
      <table className="queue">
        <caption>
          {connection ? `${connection.totalCount ?? connection.edges.length} applications` : 'Loading…'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Applicant</th>
            <th scope="col">Kind</th>
            <th scope="col">State</th>
            <th scope="col">Requested</th>
            <th scope="col">Submitted</th>
            <th scope="col">Deadline</th>
            <th scope="col">Marks</th>
          </tr>
        </thead>
        <tbody>
          {connection?.edges.map(({ node }) => {
            const marks = marksOf(node, now);
            return (
              <tr key={node.id} className={marks.length > 0 ? 'marked' : undefined} data-application-id={node.id}>
                <td>
                  <a href={hrefOf({ page: 'application', id: node.id })}>{node.applicant.fullName}</a>
                </td>
                <td>{words(node.kind)}</td>
                <td>{words(node.status)}</td>
                <td className="amount">{money(node.requestedAmount)}</td>
                <td>{dateTime(node.submittedAt)}</td>
                <td>{dateTime(node.deadline)}</td>
                <td>
                  {marks.map((mark) => (
                    <span key={mark} className="mark">
                      {mark}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <nav className="pager" aria-label="Pages">
        <button type="button" disabled={!connection?.pageInfo.hasPreviousPage} onClick={() => setPage({ before: connection?.pageInfo.startCursor ?? undefined })}>
          Previous page
        </button>
        <button type="button" disabled={!connection?.pageInfo.hasNextPage} onClick={() => setPage({ after: connection?.pageInfo.endCursor ?? undefined })}>
          Next page
        </button>
      </nav>
    </section>
  );
}
