import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  FundingLimitsDocument,
  ProgramReportDocument,
  ReferenceDataDocument,
  SetFundingLimitDocument,
  UpsertFiscalYearDocument,
  type ApplicationKind,
} from '../../schema/client/graphql';
import { refusalOf, type Refusal } from './client';
import { money, today, words } from './format';
import { PlanChart, type PlanBar } from './plan-chart';
import { hasRole, session, useSession } from './session';

const KINDS: ApplicationKind[] = ['GRANT', 'MICROCREDIT', 'LIFTING'];

/** "3461300000.00" → 3461.3 (millions, for a chart's bar only) */
function millions(amount: string | null | undefined): number {
  if (!amount) return 0;
  return Number(amount) / 1_000_000;
}

/** The CSV of the same report, fetched with the token and handed to the browser as a file. */
async function downloadCsv(year: number, asOf: string, regionCode: string | null): Promise<string | null> {
  const query = new URLSearchParams({ year: String(year), asOf, ...(regionCode ? { regionCode } : {}) });
  const response = await fetch(`/reports/program.csv?${query}`, { headers: { authorization: `Bearer ${session.get().token ?? ''}` } });
  if (response.status === 401) {
    session.expire();
    return 'Your session has expired: sign in again, then download again.';
  }
  if (!response.ok) return `The report could not be downloaded (HTTP ${response.status}).`;
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'program-report.csv';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}

function FieldErrors({ refusal }: { refusal: Refusal | null }) {
  if (!refusal) return null;
  return (
    <div className="refusal" role="alert">
      <p>{refusal.violations.length > 0 ? 'Please correct:' : refusal.message}</p>
      {refusal.violations.length > 0 && (
        <ul>
          {refusal.violations.map((v) => (
            <li key={`${v.field}-${v.rule}`}>
              {v.field}: {v.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Administrators: a year's fiscal parameters, added or corrected. */
function FiscalYears() {
  const client = useApolloClient();
  const reference = useQuery(ReferenceDataDocument);
  const [form, setForm] = useState({ year: '', mci: '', minimumWage: '', note: '' });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    setDone(null);
    try {
      await client.mutate({
        mutation: UpsertFiscalYearDocument,
        variables: { input: { year: Number(form.year), mci: form.mci.trim(), minimumWage: form.minimumWage.trim(), ...(form.note.trim() ? { note: form.note.trim() } : {}) } },
      });
      setDone(`Fiscal year ${form.year} saved.`);
      void reference.refetch();
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  };
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Fiscal years</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">MCI</th>
            <th scope="col">Minimum wage</th>
            <th scope="col">Grant cap (200 MCI)</th>
          </tr>
        </thead>
        <tbody>
          {reference.data?.fiscalYears.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              <td className="amount">{money(y.mci)}</td>
              <td className="amount">{money(y.minimumWage)}</td>
              <td className="amount">{money(y.grantCap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="filters" onSubmit={(e) => void save(e)} aria-label="Add or correct a fiscal year">
        <div>
          <label htmlFor={`${id}-year`}>Year</label>
          <input id={`${id}-year`} inputMode="numeric" value={form.year} onChange={set('year')} required />
        </div>
        <div>
          <label htmlFor={`${id}-mci`}>MCI (₸)</label>
          <input id={`${id}-mci`} inputMode="decimal" value={form.mci} onChange={set('mci')} required />
        </div>
        <div>
          <label htmlFor={`${id}-mw`}>Minimum wage (₸)</label>
          <input id={`${id}-mw`} inputMode="decimal" value={form.minimumWage} onChange={set('minimumWage')} required />
        </div>
        <div>
          <label htmlFor={`${id}-note`}>Note (why)</label>
          <input id={`${id}-note`} value={form.note} onChange={set('note')} />
        </div>
        <button type="submit">Save the year</button>
      </form>
      <FieldErrors refusal={refusal} />
      {done && <p role="status">{done}</p>}
    </section>
  );
}

/** Administrators: each region's limit and plan of a kind and year. */
function FundingLimits({ year }: { year: number }) {
  const client = useApolloClient();
  const limits = useQuery(FundingLimitsDocument, { variables: { year } });
  const [form, setForm] = useState({ regionCode: '', kind: 'GRANT' as ApplicationKind, limitAmount: '', plannedCount: '', plannedAmount: '', note: '' });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    setDone(null);
    try {
      await client.mutate({
        mutation: SetFundingLimitDocument,
        variables: {
          input: {
            year,
            regionCode: form.regionCode.trim(),
            kind: form.kind,
            limitAmount: form.limitAmount.trim(),
            ...(form.plannedCount.trim() ? { plannedCount: Number(form.plannedCount) } : {}),
            ...(form.plannedAmount.trim() ? { plannedAmount: form.plannedAmount.trim() } : {}),
            ...(form.note.trim() ? { note: form.note.trim() } : {}),
          },
        },
      });
      setDone(`The ${words(form.kind)} limit of ${form.regionCode} for ${year} is saved.`);
      void limits.refetch();
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  };
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Limits and plans of {year}</h2>
      {limits.error && <p role="alert">{refusalOf(limits.error).message}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Kind</th>
            <th scope="col">Limit</th>
            <th scope="col">Reserved</th>
            <th scope="col">Committed</th>
            <th scope="col">Available</th>
            <th scope="col">Plan</th>
          </tr>
        </thead>
        <tbody>
          {limits.data?.fundingLimits.map((l) => (
            <tr key={`${l.regionCode}-${l.kind}`}>
              <td>{l.regionCode}</td>
              <td>{words(l.kind)}</td>
              <td className="amount">{money(l.limitAmount)}</td>
              <td className="amount">{money(l.reserved)}</td>
              <td className="amount">{money(l.committed)}</td>
              <td className="amount">{money(l.available)}</td>
              <td>{l.plannedCount != null ? `${l.plannedCount} for ${money(l.plannedAmount)}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="filters" onSubmit={(e) => void save(e)} aria-label="Set a limit">
        <div>
          <label htmlFor={`${id}-region`}>Region code</label>
          <input id={`${id}-region`} value={form.regionCode} onChange={set('regionCode')} required />
        </div>
        <div>
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={form.kind} onChange={set('kind')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {words(k)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-limit`}>Limit (₸)</label>
          <input id={`${id}-limit`} inputMode="decimal" value={form.limitAmount} onChange={set('limitAmount')} required />
        </div>
        <div>
          <label htmlFor={`${id}-pc`}>Planned count</label>
          <input id={`${id}-pc`} inputMode="numeric" value={form.plannedCount} onChange={set('plannedCount')} />
        </div>
        <div>
          <label htmlFor={`${id}-pa`}>Planned amount (₸)</label>
          <input id={`${id}-pa`} inputMode="decimal" value={form.plannedAmount} onChange={set('plannedAmount')} />
        </div>
        <div>
          <label htmlFor={`${id}-note`}>Note (why)</label>
          <input id={`${id}-note`} value={form.note} onChange={set('note')} />
        </div>
        <button type="submit">Save the limit</button>
      </form>
      <FieldErrors refusal={refusal} />
      {done && <p role="status">{done}</p>}
    </section>
  );
}

/**
 * The programme view: plan against fact per region and kind as of a date (the report the seeds
 * are), as a chart and a table, with the CSV download; for administrators the fiscal years and
 * the regions' limits.
 */
export function ProgrammePage() {
  const { claims } = useSession();
  const reference = useQuery(ReferenceDataDocument);
  const [year, setYear] = useState(Number(today().slice(0, 4)));
  const [asOf, setAsOf] = useState(today());
  const [kind, setKind] = useState<ApplicationKind>('GRANT');
  const [region, setRegion] = useState('');
  const [downloadProblem, setDownloadProblem] = useState<string | null>(null);
  const ids = { year: useId(), asOf: useId(), kind: useId(), region: useId() };
  const regionCode = claims?.region ?? (region || null);
  const report = useQuery(ProgramReportDocument, { variables: { year, asOf, ...(regionCode ? { regionCode } : {}) } });
  const rows = useMemo(() => report.data?.programReport?.rows ?? [], [report.data]);
  const bars: PlanBar[] = useMemo(
    () => rows.filter((r) => r.kind === kind).map((r) => ({ label: r.regionName ?? r.regionCode ?? '—', planned: millions(r.plannedAmount), disbursed: millions(r.disbursedAmount) })),
    [rows, kind],
  );
  const admin = hasRole(claims, 'admin');
  return (
    <section aria-labelledby="programme-title">
      <h1 id="programme-title">Programme: plan against fact</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Report">
        <div>
          <label htmlFor={ids.year}>Fiscal year</label>
          <select id={ids.year} value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {(reference.data?.fiscalYears ?? [{ year }]).map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.asOf}>As of</label>
          <input id={ids.asOf} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </div>
        <div>
          <label htmlFor={ids.kind}>Chart of</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as ApplicationKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {words(k)}
              </option>
            ))}
          </select>
        </div>
        {!claims?.region && (
          <div>
            <label htmlFor={ids.region}>Region</label>
            <select id={ids.region} value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">all regions</option>
              {reference.data?.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" onClick={() => void downloadCsv(year, asOf, regionCode).then(setDownloadProblem)}>
          Download CSV
        </button>
      </form>
      {downloadProblem && <p role="alert">{downloadProblem}</p>}
      {report.error && <p role="alert">The report could not be read: {refusalOf(report.error).message}</p>}
      <PlanChart bars={bars} title={`${words(kind)} ${year}, planned against disbursed as of ${asOf}`} />
      <table className="report" data-loaded={report.data && !report.loading ? 'true' : undefined}>
        <caption>
          Plan against fact, {year}, as of {asOf}
        </caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Kind</th>
            <th scope="col">Planned</th>
            <th scope="col">Approved</th>
            <th scope="col">Disbursed</th>
            <th scope="col">Of plan</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.regionCode}-${r.kind}`} data-kind={r.kind}>
              <td>{r.regionName ?? r.regionCode}</td>
              <td>{words(r.kind)}</td>
              <td className="amount">{r.plannedCount != null ? `${r.plannedCount} · ${money(r.plannedAmount)}` : '—'}</td>
              <td className="amount">
                {r.approvedCount} · {money(r.approvedAmount)}
              </td>
              <td className="amount">
                {r.disbursedCount} · {money(r.disbursedAmount)}
              </td>
              <td className="amount">{r.shareOfPlan != null ? `${r.shareOfPlan} %` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {admin && (
        <>
          <FiscalYears />
          <FundingLimits year={year} />
        </>
      )}
    </section>
  );
}
