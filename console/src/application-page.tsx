import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState, type ReactNode } from 'react';
import {
  ApplicationChangedDocument,
  ConsoleApplicationDocument,
  ConsolePreviewDocument,
  type ApplicationAction,
  type ConsoleApplicationQuery,
} from '../../schema/client/graphql';
import { formFor, samplePayload, type Facts } from './actions';
import { ActionFormView } from './action-form';
import { onReconnect, refusalOf } from './client';
import { parseDiagram, type Workflow } from './diagram';
import { WorkflowDiagram } from './workflow-diagram';
import { dateTime, money, words } from './format';
import { useSession } from './session';

type Application = NonNullable<ConsoleApplicationQuery['application']>;

function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Reasons({ reasons }: { reasons: Array<{ field?: string | null; rule: string; message: string }> }) {
  if (reasons.length === 0) return <p>Screening found nothing against it.</p>;
  return (
    <ul>
      {reasons.map((r) => (
        <li key={`${r.field}-${r.rule}`}>
          {r.message} <small>({r.rule})</small>
        </li>
      ))}
    </ul>
  );
}

/** What is particular to the kind: the proposal, the loan and its schedule, the move. */
function KindFacts({ app }: { app: Application }) {
  if (app.__typename === 'GrantApplication') {
    return (
      <section aria-labelledby="kind-title">
        <h2 id="kind-title">Grant proposal</h2>
        <Facts
          rows={[
            ['Business idea', app.businessIdea],
            ['Purpose', words(app.purpose)],
            ['Requested', money(app.requestedAmount)],
            ['Certificate', app.certificate ? `${app.certificate.number} of ${app.certificate.issuedOn}` : 'none (not required for TSA-receiving large or low-income families)'],
            ['Cap', `${money(app.screening.cap)} (${app.screening.fiscalYear})`],
            ['Recommended', app.recommendation ? `${money(app.recommendation.amount)} by ${app.recommendation.by}${app.recommendation.note ? ` — ${app.recommendation.note}` : ''}` : null],
            ['Decision', app.decision ? `${words(app.decision.outcome)} by ${app.decision.by}${app.decision.amount ? `, ${money(app.decision.amount)}` : ''}${app.decision.reason ? ` — ${app.decision.reason}` : ''}` : null],
            ['Disbursed', app.disbursement ? `${money(app.disbursement.amount)} on ${app.disbursement.paidOn} (${app.disbursement.paymentReference})` : null],
            ['Funds used', app.fundsUse ? `${money(app.fundsUse.amountUsed)}: ${app.fundsUse.report}` : null],
          ]}
        />
        <h3>Screening</h3>
        <Reasons reasons={app.screening.reasons} />
        {app.changeRequests.length > 0 && (
          <>
            <h3>Changes requested</h3>
            <ul>
              {app.changeRequests.map((c, i) => (
                <li key={i}>
                  {c.note} <small>({c.by}{c.resubmittedAt ? `, resubmitted ${dateTime(c.resubmittedAt)}` : ''})</small>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  }
  if (app.__typename === 'MicrocreditApplication') {
    const terms = app.decision?.terms ?? app.assessment?.proposed;
    return (
      <section aria-labelledby="kind-title">
        <h2 id="kind-title">Microcredit</h2>
        <Facts
          rows={[
            ['Business', app.businessDescription],
            ['Purpose', `${words(app.loanPurpose)}, ${words(app.locality)}`],
            ['Requested', `${money(app.requestedAmount)} over ${app.termMonths} months at ${app.requestedRate} %`],
            ['Financial institution', app.financialInstitution],
            ['Jobs to create', String(app.jobsToCreate)],
            ['Product', app.loanScreening.product ? `${words(app.loanScreening.product.product)}: at most ${money(app.loanScreening.product.maxAmount)}, ${app.loanScreening.product.maxRate} %` : null],
            ['Assessment', app.assessment ? `${app.assessment.by}: ${app.assessment.note ?? ''}` : null],
            ['Terms', terms ? `${money(terms.amount)}, ${terms.rate} %, ${terms.termMonths} months, ${words(terms.method)}` : null],
            ['Contract', app.contract ? `${app.contract.contractNumber} signed ${app.contract.signedOn}` : app.decision?.contractDeadline ? `to be signed by ${app.decision.contractDeadline}` : null],
            ['Outstanding principal', app.disbursement ? money(app.outstandingPrincipal) : null],
            ['Arrears', app.overdue ? `${money(app.arrears)} — overdue since ${app.overdue.since}, ${app.overdue.daysOverdue} days` : null],
          ]}
        />
        <h3>Screening</h3>
        <Reasons reasons={app.loanScreening.reasons} />
        {app.schedule.length > 0 && (
          <table>
            <caption>Repayment schedule</caption>
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">Due on</th>
                <th scope="col">Principal</th>
                <th scope="col">Interest</th>
                <th scope="col">Total</th>
                <th scope="col">Paid</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {app.schedule.map((i) => (
                <tr key={i.number} className={`instalment ${i.status.toLowerCase()}`}>
                  <td>{i.number}</td>
                  <td>{i.dueOn}</td>
                  <td className="amount">{money(i.principal)}</td>
                  <td className="amount">{money(i.interest)}</td>
                  <td className="amount">{money(i.total)}</td>
                  <td className="amount">{money(i.paid)}</td>
                  <td>{words(i.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    );
  }
  if (app.__typename === 'LiftingApplication') {
    return (
      <section aria-labelledby="kind-title">
        <h2 id="kind-title">The move</h2>
        <Facts
          rows={[
            ['From', app.settlementFrom],
            ['To', app.settlementTo],
            ['Arrived', app.arrivalDate],
            ['Project', app.infrastructureProject],
            ['Employer', app.employer],
            ['Family members', String(app.familyMembers)],
            ['Referral', app.referral ? `${app.referral.number} of ${app.referral.issuedOn}, ${app.referral.employmentCentre}` : null],
            ['Submitted on their behalf', app.submittedOnBehalf ? 'yes' : 'no'],
            ['Amount', app.decision?.amount ? money(app.decision.amount) : `${money(app.provisionalAmount)} (two minimum wages of ${app.provisionalFiscalYear}, provisional)`],
            ['Decision due', dateTime(app.decisionDeadline)],
            ['Escalated', app.escalated ? `yes, ${dateTime(app.escalatedAt)}` : null],
            ['Verification', app.verification ? `referral ${app.verification.referralConfirmed ? 'confirmed' : 'not confirmed'}, arrival ${app.verification.arrivalConfirmed ? 'confirmed' : 'not confirmed'} (${app.verification.by})` : null],
          ]}
        />
        <h3>Screening</h3>
        <Reasons reasons={app.screening.reasons} />
      </section>
    );
  }
  return null;
}

/** The workflow as the machine has it, drawn, the current state marked, and where it may go from here in words. */
function WorkflowView({ workflow }: { workflow: Workflow }) {
  const next = workflow.transitions.filter((t) => t.from === workflow.current);
  return (
    <section aria-labelledby="workflow-title">
      <h2 id="workflow-title">Workflow</h2>
      <WorkflowDiagram workflow={workflow} />
      <p>
        Current state: <strong>{workflow.current ? words(workflow.current) : 'not marked'}</strong>
      </p>
      {next.length > 0 && (
        <>
          <h3>From here</h3>
          <ul className="transitions">
            {next.map((t, i) => (
              <li key={i}>
                {t.event ? words(t.event) : 'automatically'} → {words(t.to)}
                {t.roles.length > 0 && <small> ({t.roles.join(', ')})</small>}
                {t.guard && <small> if {words(t.guard)}</small>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function History({ app }: { app: Application }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <table className="history">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Happened on</th>
            <th scope="col">Recorded at</th>
            <th scope="col">What</th>
            <th scope="col">From → to</th>
            <th scope="col">Who</th>
            <th scope="col">Details and facts</th>
          </tr>
        </thead>
        <tbody>
          {app.history.map((entry) => (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td>{entry.occurredOn}</td>
              <td>{dateTime(entry.at)}</td>
              <td>{words(entry.event)}</td>
              <td>
                {entry.fromStatus ? words(entry.fromStatus) : '—'} → {words(entry.toStatus)}
              </td>
              <td>
                {entry.actor.id} <small>({entry.actor.userRoles.map((r) => words(r)).join(', ')})</small>
              </td>
              <td>
                <details>
                  <summary>show</summary>
                  <pre>{JSON.stringify({ details: entry.details, facts: entry.facts }, null, 2)}</pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * An action the person's roles could send from this state but may not now (four eyes, a guard):
 * the dry run says why, in the gateway's own words.
 */
function Unavailable({ applicationId, action, facts }: { applicationId: string; action: ApplicationAction; facts: Facts }) {
  const form = formFor(action, facts.kind);
  const payload = (form ? samplePayload(form, facts) : {}) as Record<string, unknown>;
  const preview = useQuery(ConsolePreviewDocument, { variables: { applicationId, action, payload }, fetchPolicy: 'no-cache' });
  const answer = preview.data?.previewAction;
  const why = preview.error ? refusalOf(preview.error).message : answer && !answer.allowed ? answer.message : null;
  return (
    <li data-unavailable={action}>
      <strong>{words(action)}</strong>: {preview.loading ? 'checking…' : why ?? 'not open to you now'}
    </li>
  );
}

export function ApplicationPage({ id }: { id: string }) {
  const { claims } = useSession();
  const client = useApolloClient();
  const query = useQuery(ConsoleApplicationDocument, { variables: { id } });
  const [notice, setNotice] = useState<string | null>(null);
  const { refetch } = query;
  useSubscription(ApplicationChangedDocument, { variables: { id }, onData: () => void refetch() });
  useEffect(() => onReconnect(() => void refetch()), [refetch]);

  if (query.error && !query.data) return <p role="alert">This application could not be read: {refusalOf(query.error).message}</p>;
  const app = query.data?.application;
  if (!app) return <p>{query.loading ? 'Loading…' : 'No such application, or it is not yours to see.'}</p>;

  const workflow = parseDiagram(app.diagram);
  const available = app.availableActions.filter((a) => formFor(a, app.kind));
  const roles = claims?.roles ?? [];
  const blocked = [
    ...new Set(
      workflow.transitions
        .filter((t) => t.from === workflow.current && t.event && !app.availableActions.includes(t.event as ApplicationAction) && t.roles.some((r) => roles.includes(r)))
        .map((t) => t.event as ApplicationAction),
    ),
  ];
  const facts: Facts = {
    kind: app.kind,
    requestedAmount: app.requestedAmount,
    recommendedAmount: app.__typename === 'GrantApplication' ? app.recommendation?.amount : null,
    termMonths: app.__typename === 'MicrocreditApplication' ? (app.assessment?.proposed.termMonths ?? app.termMonths) : null,
    rate: app.__typename === 'MicrocreditApplication' ? (app.assessment?.proposed.rate ?? app.requestedRate) : null,
  };
  const reread = () => {
    void refetch();
    void client.refetchQueries({ include: 'active' });
  };

  return (
    <article aria-labelledby="application-title" data-version={app.version} data-status={app.status}>
      <p>
        <a href="#/queue">← Queue</a>
      </p>
      <h1 id="application-title">
        {app.applicant.fullName} · {words(app.kind)}
      </h1>
      <p className="status-line">
        <span className="badge">{words(app.status)}</span> version {app.version} · {app.region.name} · submitted {dateTime(app.submittedAt)}
        {app.deadline ? ` · deadline ${dateTime(app.deadline)}` : ''}
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="columns">
        <div>
          <section aria-labelledby="applicant-title">
            <h2 id="applicant-title">Applicant</h2>
            <Facts
              rows={[
                ['Name', app.applicant.fullName],
                ['IIN', app.applicant.iin],
                ['Born', app.applicant.birthDate],
                ['Categories', app.applicant.categories.map((c) => words(c)).join(', ')],
                ['Lives in', `${app.applicant.settlement} (${words(app.applicant.locality)})`],
              ]}
            />
          </section>
          <KindFacts app={app} />
          {app.payment && (
            <section aria-labelledby="payment-title">
              <h2 id="payment-title">Payment</h2>
              <Facts
                rows={[
                  ['Status', words(app.payment.settlementStatus)],
                  ['Attempts', String(app.payment.attempts)],
                  ['Provider reference', app.payment.providerReference],
                  ['Settled', app.payment.settledAt ? dateTime(app.payment.settledAt) : null],
                  ['Error', app.payment.error],
                ]}
              />
            </section>
          )}
        </div>
        <div>
          <section aria-labelledby="actions-title" className="actions">
            <h2 id="actions-title">What you can do now</h2>
            {available.length === 0 && <p>Nothing for you to do on this application now.</p>}
            {available.map((action) => (
              <ActionFormView
                key={`${action}-${app.status}`}
                applicationId={app.id}
                version={app.version}
                kind={app.kind}
                action={action}
                form={formFor(action, app.kind)!}
                facts={facts}
                onDone={(message) => {
                  setNotice(message);
                  reread();
                }}
                onConflict={() => {
                  // said on the page: the form itself may be gone once the application is read again
                  setNotice(`Someone else acted first: the application changed since this page read it (version ${app.version}), so it has been read again. Check it, then act again.`);
                  reread();
                }}
              />
            ))}
            {blocked.length > 0 && (
              <>
                <h3>Not open to you now</h3>
                <ul className="unavailable">
                  {blocked.map((action) => (
                    <Unavailable key={`${action}-${app.version}`} applicationId={app.id} action={action} facts={facts} />
                  ))}
                </ul>
              </>
            )}
          </section>
          <WorkflowView workflow={workflow} />
        </div>
      </div>
      <History app={app} />
    </article>
  );
}
